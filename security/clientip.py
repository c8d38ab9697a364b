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
