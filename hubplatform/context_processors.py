from django_tenants.utils import get_public_schema_name

from hubplatform.plugins import on_portal
from tenants.models import Domain


def hub(request):
    """Who is answering (the portal or a hub), and the way back to the portal from a hub."""
    tenant = getattr(request, "tenant", None)
    if tenant is None or on_portal():
        return {"current_hub": None}
    portal_domain = (
        Domain.objects.filter(tenant__schema_name=get_public_schema_name(), is_primary=True)
        .values_list("domain", flat=True)
        .first()
    )
    port = request.get_port()
    host = portal_domain if port in ("80", "443") else f"{portal_domain}:{port}"
    return {"current_hub": tenant, "portal_url": f"{request.scheme}://{host}/" if portal_domain else None}
