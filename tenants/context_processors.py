from functools import partial

from django_tenants.utils import get_public_schema_name

from tenants.current import current_hub
from tenants.gateway import gateway
from tenants.models import Domain


def _portal_domain():
    return (
        Domain.objects.filter(tenant__schema_name=get_public_schema_name(), is_primary=True)
        .values_list("domain", flat=True)
        .first()
    )


def hub(request):
    """Who is answering (the portal or a hub), and the way back to the portal from a hub."""
    hub = current_hub(request)
    if hub is None:
        return {"current_hub": None}
    # A callable, so a page whose footer comes from the fragment cache does not look it up.
    return {"current_hub": hub, "portal_url": partial(_portal_url, request)}


def _portal_url(request):
    portal_domain = gateway.query("portal-domain", _portal_domain, models=[Domain])
    if not portal_domain:
        return None
    port = request.get_port()
    host = portal_domain if port in ("80", "443") else f"{portal_domain}:{port}"
    return f"{request.scheme}://{host}/"
