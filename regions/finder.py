"""
How a resident finds their hub on the portal: by the name of their municipality, the hub or the
region, or by the first digits of their postcode.
"""

import re
import unicodedata

from tenants.models import Hub

MAX_QUERY_LENGTH = 100


def _plain(text):
    # "Súdwest-Fryslân" and "sudwest fryslan" should find each other.
    decomposed = unicodedata.normalize("NFKD", text or "")
    return re.sub(r"[^a-z0-9]+", " ", "".join(c for c in decomposed if not unicodedata.combining(c)).lower()).strip()


def find_hubs(query):
    """(hubs that serve `query`, how it was read: "postcode" or "naam"); [] for an empty query."""
    query = (query or "").strip()[:MAX_QUERY_LENGTH]
    hubs = list(Hub.objects.hubs().select_related("region").prefetch_related("domains").order_by("name"))
    digits = re.sub(r"\s+", "", query)
    match = re.fullmatch(r"(\d{1,4})([a-zA-Z]{0,2})", digits)
    if match:
        return [hub for hub in hubs if hub.covers_postcode(match.group(1))], "postcode"
    wanted = _plain(query)
    if not wanted:
        return [], "naam"
    found = []
    for hub in hubs:
        names = [hub.name, *(hub.municipalities or []), hub.region.name if hub.region else ""]
        if any(wanted in _plain(name) for name in names):
            found.append(hub)
    return found, "naam"


def hub_url(request, hub):
    """The address of a hub's site, on the port this request came in on (for local demo hosts)."""
    domain = hub.primary_domain
    if not domain:
        return None
    port = request.get_port()
    return f"{request.scheme}://{domain}{'' if port in ('80', '443') else ':' + port}/"
