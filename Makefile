# The two commands of the README's quick start are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# Database and cache for every target that needs them (see infra/dev/*.py).
SERVICES = export DATABASE_URL="$$($(PY) infra/dev/ensure_postgres.py)" && test -n "$$DATABASE_URL" && \
	export REDIS_URL="$$($(PY) infra/dev/redis_url.py $(REDIS_DB))"

NODE_STAMP := node_modules/.installed

.PHONY: install run prepare test browser bench bench-provision bench-pages bench-scale bench-load bench-search bench-shared screenshots css clean

$(STAMP): requirements.txt requirements-dev.txt
	@echo "==> Python-pakketten installeren in $(VENV)"
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(VENV)/bin/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $@

install: $(STAMP)

prepare: REDIS_DB = 0
prepare: install
	@$(SERVICES) && \
	echo "==> Database migreren (portaal)" && $(PY) manage.py migrate_schemas --shared -v 0 && \
	echo "==> Sjabloonschema voor nieuwe hubs" && $(PY) manage.py prepare_template --if-stale && \
	$(PY) manage.py bench_search --remove-leftovers && \
	echo "==> Hubs migreren" && $(PY) manage.py migrate_schemas --tenant -v 0 && \
	echo "==> Demonetwerk laden" && $(PY) manage.py load_demo && \
	echo "==> Zoekindex bijwerken" && $(PY) manage.py rebuild_search_index --if-empty && \
	$(PY) manage.py collectstatic --noinput -v 0

# Beside the dev server run the scheduler (scheduled publishing and expiry in every hub) and the
# search index's worker; Ctrl-C stops all three.
run: REDIS_DB = 0
run: prepare
	@$(SERVICES) && echo "==> Knooppunt draait op http://localhost:8000/ (hubs: http://hardenberg.localhost:8000/ ...)" && \
	{ $(PY) manage.py run_scheduler & scheduler=$$!; $(PY) manage.py run_search_worker & worker=$$!; \
	  trap 'kill $$scheduler $$worker 2>/dev/null; wait $$scheduler $$worker' EXIT INT TERM; \
	  $(PY) manage.py runserver 127.0.0.1:8000; }

# axe-core, which the browser tests run against resident pages (WCAG 2.1 AA).
$(NODE_STAMP): package.json package-lock.json
	@echo "==> npm-pakketten voor de tests installeren"
	@npm ci --no-audit --no-fund --silent
	@touch $@

# Debian's chromium and its driver, for the browser tests.
browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || { \
	  echo "==> chromium en chromium-driver installeren"; \
	  apt-get update -qq >/dev/null && apt-get install -y -qq chromium chromium-driver >/dev/null; }

test: REDIS_DB = 15
test: install browser $(NODE_STAMP)
	@$(SERVICES) && export KNOOPPUNT_CACHE_PREFIX=knooppunt-test && \
	$(PY) -m pytest $(PYTEST_ARGS)

bench: bench-provision bench-pages bench-scale bench-load bench-search bench-directory bench-shared

bench-provision: REDIS_DB = 0
bench-provision: install
	@$(SERVICES) && $(PY) manage.py migrate_schemas --shared -v 0 && \
	$(PY) manage.py prepare_template --if-stale && $(PY) manage.py bench_provision --hubs 20

# 342 hubs in a database of their own next to DATABASE_URL's: provisioning, one new migration in
# every hub (django-tenants' multiprocessing executor), disk per hub, an app worker's memory.
bench-scale: REDIS_DB = 0
bench-scale: install
	@$(SERVICES) && $(PY) manage.py bench_scale --hubs $${HUBS:-342}

# The production stack (gunicorn behind nginx, infra/) under a bounded load on all five hosts.
bench-load: REDIS_DB = 0
bench-load: prepare
	@command -v nginx >/dev/null || { echo "==> nginx installeren"; apt-get update -qq >/dev/null && apt-get install -y -qq nginx >/dev/null; }
	@$(SERVICES) && infra/try-local.sh --load $${REQUESTS:-2000}

# A hub page with 10 embedded shared pieces against the same content inline (plugins/shared).
bench-shared: REDIS_DB = 0
bench-shared: prepare
	@$(SERVICES) && $(PY) manage.py bench_shared

# Search at the network's full size (~100,000 documents) and against looping over hub schemas,
# with production's settings where they matter (DEBUG off: no query log around every query).
bench-search: REDIS_DB = 0
bench-search: prepare
	@$(SERVICES) && DJANGO_SETTINGS_MODULE=hubplatform.settings.bench $(PY) manage.py bench_search

# The partner directory at 5,000 services and 20,000 schedules (rolled back after): a hub's filtered
# directory page and the HSDS services endpoint, medians.
bench-directory: REDIS_DB = 0
bench-directory: prepare
	@$(SERVICES) && $(PY) manage.py bench_directory

clean:
	rm -rf $(VENV) node_modules static media .run screenshots

# Residents' pages: requests per second through gunicorn (2 workers), cached and uncached, and
# queries per page (pages/management/commands/bench_pages.py). Needs the demo network.
bench-pages: REDIS_DB = 0
bench-pages: prepare
	@command -v wrk >/dev/null || { echo "==> wrk installeren"; apt-get update -qq >/dev/null && apt-get install -y -qq wrk >/dev/null; }
	@$(SERVICES) && $(PY) manage.py bench_pages

# Home, content and search page of every hub at phone and desktop width, in screenshots/.
SCREENSHOTS ?= screenshots
screenshots: REDIS_DB = 15
screenshots: install browser $(NODE_STAMP)
	@$(SERVICES) && export KNOOPPUNT_CACHE_PREFIX=knooppunt-test KNOOPPUNT_SCREENSHOTS="$(abspath $(SCREENSHOTS))" && \
	$(PY) -m pytest -q -p no:randomly tests/browser/test_screenshots.py && echo "==> Schermafbeeldingen in $(SCREENSHOTS)/"

# Rebuild the NL Design System stylesheet from the npm packages (the result is committed).
css: install $(NODE_STAMP)
	@$(PY) manage.py build_nlds
