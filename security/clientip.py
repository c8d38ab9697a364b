"""
The visitor's address, for login lockouts and for /healthz's "only from this machine".

Behind the shipped nginx every request comes from 127.0.0.1 and nginx puts the visitor's address
in X-Real-IP, overwriting whatever the client sent (infra/nginx/knooppunt.conf). That header is
believed only when KNOOPPUNT_TRUST_X_REAL_IP is on (production) and the request itself came from
loopback, so a client that reaches the app directly cannot choose its own address.
"""

import ipaddress

from django.conf import settings


def _is_loopback(address):
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return False


def client_ip(request):
    remote = request.META.get("REMOTE_ADDR", "")
    if getattr(settings, "KNOOPPUNT_TRUST_X_REAL_IP", False) and _is_loopback(remote):
        forwarded = request.META.get("HTTP_X_REAL_IP", "").strip()
        if forwarded:
            return forwarded
    return remote


def from_loopback(request):
    return _is_loopback(client_ip(request))


#: What django-axes can store of a user name (AccessAttempt.username).
MAX_USERNAME = 255


def client_username(request, credentials=None):
    """The user name a login attempt is counted under (AXES_USERNAME_CALLABLE): axes' own choice,
    cut to what it can store. A longer one, which no account has, made every login form answer 500."""
    field = settings.AXES_USERNAME_FORM_FIELD
    username = (credentials or {}).get(field) if credentials else request.POST.get(field)
    return username[:MAX_USERNAME] if isinstance(username, str) else username
