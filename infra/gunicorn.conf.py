"""
Gunicorn for Knooppunt in production, behind nginx (infra/nginx/knooppunt.conf).

    cd /srv/knooppunt && .venv/bin/gunicorn -c infra/gunicorn.conf.py

Settings come from the environment (see infra/README.md); hubplatform/wsgi.py defaults
DJANGO_SETTINGS_MODULE to hubplatform.settings.production, which refuses to start without its
secrets. Overridable here:

    GUNICORN_BIND              address to listen on (default 127.0.0.1:8001; nginx proxies to it)
    GUNICORN_WORKERS           worker processes (default 2 * cores + 1, at most 8)
    GUNICORN_TIMEOUT           seconds a request may take before its worker is restarted (60)
    GUNICORN_GRACEFUL_TIMEOUT  seconds workers get to finish requests on stop/reload (30)
    GUNICORN_MAX_REQUESTS      requests after which a worker is replaced (1000, with jitter)
    GUNICORN_LOG_LEVEL         info by default
    GUNICORN_CONTROL_SOCKET    path for gunicornc's control socket (off by default)
"""

import multiprocessing
import os


def _int_env(name, default):
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


wsgi_app = "hubplatform.wsgi:application"
# The project root (the folder above infra/), so `hubplatform` imports wherever gunicorn starts.
chdir = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8001")
# Sync workers: 2 cores -> 5 workers. Capped so a big machine does not open dozens of DB
# connections (each worker keeps one for CONN_MAX_AGE=60 s).
workers = _int_env("GUNICORN_WORKERS", min(multiprocessing.cpu_count() * 2 + 1, 8))
worker_class = "sync"  # one request per worker at a time; nginx buffers slow clients
timeout = _int_env("GUNICORN_TIMEOUT", 60)
graceful_timeout = _int_env("GUNICORN_GRACEFUL_TIMEOUT", 30)
# Recycle workers now and then so a slow leak cannot grow forever; jitter avoids all at once.
max_requests = _int_env("GUNICORN_MAX_REQUESTS", 1000)
max_requests_jitter = 100

# nginx is the only client and runs on this machine; Django reads X-Forwarded-Proto itself
# (SECURE_PROXY_SSL_HEADER), gunicorn trusts forwarded headers only from these addresses.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

# Logs to stdout/stderr, for journald / docker to collect.
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
access_log_format = '%({x-forwarded-for}i)s %(h)s "%({host}i)s" "%(r)s" %(s)s %(b)s %(M)sms "%(a)s"'
proc_name = "knooppunt"

# gunicorn >= 25.1 opens a control socket ($HOME/.gunicorn/gunicorn.ctl) for `gunicornc`; a
# service account often has no writable home, so only when GUNICORN_CONTROL_SOCKET names a path.
if os.environ.get("GUNICORN_CONTROL_SOCKET"):
    control_socket = os.environ["GUNICORN_CONTROL_SOCKET"]
else:
    control_socket_disable = True
