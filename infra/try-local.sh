#!/usr/bin/env bash
# Try the production setup (gunicorn + nginx, the scheduler and the search index's worker,
# production settings) on a dev machine, check it with curl, and stop them again. Needs nginx
# installed (Debian: apt-get install -y nginx), the dev database loaded (make prepare) and Redis;
# run as root (nginx workers run as www-data).
#
#   infra/try-local.sh            # uses ports 8001 (gunicorn) and 8080 (nginx)
#   infra/try-local.sh --load 2000  # then a bounded load test on all five hosts (make bench-load)
#
# Writes only to $TRY_DIR (default /tmp/knooppunt-try) and the project's static/ (collectstatic).
set -euo pipefail

LOAD_REQUESTS=""
if [ "${1:-}" = "--load" ]; then LOAD_REQUESTS="${2:-2000}"; fi

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
TRY_DIR="${TRY_DIR:-/tmp/knooppunt-try}"
APP_PORT="${APP_PORT:-8001}"
WEB_PORT="${WEB_PORT:-8080}"
mkdir -p "$TRY_DIR"
cd "$ROOT"

export DJANGO_SETTINGS_MODULE=hubplatform.settings.production
export DATABASE_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/knooppunt}"
export WAGTAILADMIN_BASE_URL=http://localhost
export KNOOPPUNT_HTTPS=0
export KNOOPPUNT_MEDIA_ROOT="$ROOT/media"
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379/2}"
export GUNICORN_BIND="127.0.0.1:$APP_PORT"

echo "== without DJANGO_SECRET_KEY the production settings refuse to load"
if (unset DJANGO_SECRET_KEY; .venv/bin/python manage.py check >"$TRY_DIR/no-secret.log" 2>&1); then
    echo "UNEXPECTED: manage.py check passed without DJANGO_SECRET_KEY"; exit 1
fi
tail -n 1 "$TRY_DIR/no-secret.log"

export DJANGO_SECRET_KEY="$(.venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(50))')"

echo "== collectstatic"
.venv/bin/python manage.py collectstatic --noinput | tail -n 1

echo "== nginx config for this checkout ($ROOT, port $WEB_PORT, gunicorn $GUNICORN_BIND)"
sed -e "s#/srv/knooppunt#$ROOT#g" \
    -e "s#server 127.0.0.1:8001;#server $GUNICORN_BIND;#" \
    -e "s#listen 80 default_server#listen 127.0.0.1:$WEB_PORT default_server#" \
    -e "s#listen \[::\]:80 default_server#listen [::1]:$WEB_PORT default_server#" \
    infra/nginx/knooppunt.conf >"$TRY_DIR/knooppunt.conf"
cat >"$TRY_DIR/nginx.conf" <<EOF
user www-data;
worker_processes 2;
pid $TRY_DIR/nginx.pid;
error_log $TRY_DIR/nginx-error.log;
events { worker_connections 768; }
http {
    sendfile on;
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log $TRY_DIR/nginx-access.log;
    include $TRY_DIR/knooppunt.conf;
}
EOF
nginx -t -c "$TRY_DIR/nginx.conf" 2>&1 | tail -n 1

stop() {  # graceful: nginx finishes its requests, gunicorn its workers (GUNICORN_GRACEFUL_TIMEOUT)
    local pids="" pid
    for pid in scheduler worker; do
        if [ -s "$TRY_DIR/$pid.pid" ]; then
            pids="$pids $(cat "$TRY_DIR/$pid.pid")"
            kill -TERM "$(cat "$TRY_DIR/$pid.pid")" 2>/dev/null || true
        fi
    done
    if [ -s "$TRY_DIR/nginx.pid" ]; then
        pids="$pids $(cat "$TRY_DIR/nginx.pid")"
        nginx -c "$TRY_DIR/nginx.conf" -s quit 2>/dev/null || true
    fi
    if [ -s "$TRY_DIR/gunicorn.pid" ]; then
        pids="$pids $(cat "$TRY_DIR/gunicorn.pid")"
        kill -TERM "$(cat "$TRY_DIR/gunicorn.pid")" 2>/dev/null || true
    fi
    alive() { local pid; for pid in $pids; do kill -0 "$pid" 2>/dev/null && return 0; done; return 1; }
    for _ in $(seq 70); do alive || break; sleep 0.5; done
    if alive; then echo "== still running: $pids"; else echo "== stopped the scheduler, the search worker, gunicorn and nginx"; fi
}
trap stop EXIT

echo "== start the scheduler, the search worker, gunicorn and nginx"
.venv/bin/python manage.py run_scheduler >"$TRY_DIR/scheduler.log" 2>&1 &
echo $! >"$TRY_DIR/scheduler.pid"
PYTHONUNBUFFERED=1 .venv/bin/python manage.py run_search_worker >"$TRY_DIR/worker.log" 2>&1 &
echo $! >"$TRY_DIR/worker.pid"
.venv/bin/gunicorn -c infra/gunicorn.conf.py --pid "$TRY_DIR/gunicorn.pid" >"$TRY_DIR/gunicorn.log" 2>&1 &
for _ in $(seq 50); do curl -s -o /dev/null "http://$GUNICORN_BIND/" && break; sleep 0.2; done
nginx -c "$TRY_DIR/nginx.conf"
grep -E "Listening at|Booting worker" "$TRY_DIR/gunicorn.log" | sed 's/^\[[^]]*\] //' | head -n 3
for _ in $(seq 50); do grep -q "Starting worker" "$TRY_DIR/worker.log" && break; sleep 0.2; done
grep -m 1 "Starting worker" "$TRY_DIR/worker.log" || echo "the search worker did not start: $(tail -n 1 "$TRY_DIR/worker.log")"

WEB="http://127.0.0.1:$WEB_PORT"
check() {  # check <host> <path>: status, content type, size and <title> or served-by
    local host="$1" path="$2" out="$TRY_DIR/last-body"
    local line
    line=$(curl -s -o "$out" -D "$TRY_DIR/last-headers" -w "%{http_code} %{content_type}" -H "Host: $host" "$WEB$path")
    local title
    title=$(grep -o '<title>[^<]*' "$out" 2>/dev/null | head -n 1 | sed 's/<title>//' || true)
    printf '%-22s %-52s %s %s\n' "$host" "$path" "$line" "${title:+| $title}"
}

echo "== pages"
for host in hardenberg.localhost helmond.localhost twente.localhost cranendonck.localhost localhost nowhere.localhost; do
    check "$host" /
done

echo "== static (nginx, not Django)"
check hardenberg.localhost /static/css/hub.css
grep -iE '^(server|etag):' "$TRY_DIR/last-headers"
echo "gunicorn itself (DEBUG off) does not serve it: $(curl -s -o /dev/null -w '%{http_code}' -H 'Host: hardenberg.localhost' "http://$GUNICORN_BIND/static/css/hub.css")"
hashed=$(curl -s -H "Host: hardenberg.localhost" "$WEB/" | grep -o '/static/css/hub\.[0-9a-f]\{12\}\.css' | head -n 1)
check hardenberg.localhost "$hashed"
grep -i '^cache-control:' "$TRY_DIR/last-headers"

echo "== media: only on the host of the hub it belongs to"
img=$(curl -s -H "Host: hardenberg.localhost" "$WEB/" | grep -o '/media/hardenberg/images/[^" ]*' | head -n 1)
check hardenberg.localhost "$img"
check helmond.localhost "$img"
check localhost "$img"
check hardenberg.localhost "/_protected_media/${img#/media/}"

echo "== uploads: headers that keep them inert (Django's and nginx's)"
curl -s -o /dev/null -D - -H "Host: hardenberg.localhost" "$WEB$img" | grep -iE '^(x-content-type-options|content-security-policy|content-disposition):' | sort | uniq -c

echo "== security headers of a resident page (HSTS only over HTTPS: this trial is plain HTTP)"
curl -s -o /dev/null -D - -H "Host: hardenberg.localhost" "$WEB/" | grep -iE '^(content-security-policy|x-frame-options|x-content-type-options|referrer-policy|cross-origin-opener-policy|permissions-policy|strict-transport-security):'

echo "== healthz: details for this machine (X-Real-IP 127.0.0.1), the plain status for the world"
curl -s -w " %{http_code}\n" -H "Host: hardenberg.localhost" "$WEB/healthz"
echo "a visitor's X-Real-IP is overwritten by nginx: $(curl -s -H 'Host: hardenberg.localhost' -H 'X-Real-IP: 203.0.113.9' "$WEB/healthz" | head -c 40)..."
echo "straight to gunicorn as a remote visitor nginx forwarded: $(curl -s -H 'Host: hardenberg.localhost' -H 'X-Real-IP: 203.0.113.9' "http://$GUNICORN_BIND/healthz")"

echo "== a hub created now is served at once (no restart)"
.venv/bin/python manage.py create_hub proefhub --name "Proefhub" --domain proefhub.localhost --region vechtdal | tail -n 1
check proefhub.localhost /
.venv/bin/python manage.py remove_hub proefhub --yes | tail -n 1

echo "== password guessing on hardenberg's admin login through nginx (status of each POST)"
jar="$TRY_DIR/cookies"; rm -f "$jar"
token=$(curl -s -c "$jar" -H "Host: hardenberg.localhost" "$WEB/admin/login/" | grep -o 'name="csrfmiddlewaretoken" value="[^"]*"' | sed 's/.*value="//;s/"//')
codes=""
for attempt in $(seq 1 8); do
    codes="$codes $(curl -s -o "$TRY_DIR/login-body" -w '%{http_code}' -b "$jar" -H "Host: hardenberg.localhost" \
        -H "Referer: $WEB/admin/login/" -H "Origin: http://hardenberg.localhost:$WEB_PORT" \
        --data-urlencode "csrfmiddlewaretoken=$token" --data-urlencode "username=proef-aanvaller" \
        --data-urlencode "password=fout-$attempt" "$WEB/admin/login/")"
done
echo "POST /admin/login/ x8:$codes"
grep -o '<h1>[^<]*' "$TRY_DIR/login-body" | sed 's/<h1>/last answer: /'
.venv/bin/python manage.py tenant_command axes_reset --schema=hardenberg | tail -n 1

if [ -n "$LOAD_REQUESTS" ]; then
    echo "== load: $LOAD_REQUESTS requests on the five hosts through nginx"
    .venv/bin/python infra/loadtest.py --base "$WEB" --requests "$LOAD_REQUESTS" --threads 8
fi
