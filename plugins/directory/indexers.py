from urllib.parse import urlsplit

from search.documents import Indexer, SearchDocument

AUDIENCE_CODES = {"ouders", "kinderen", "netwerk", "professionals"}


class PartnerServiceIndexer(Indexer):
    """One document per partner service, findable in the hubs whose area it serves (national: everywhere)."""

    kind = "partner"

    def documents(self):
        from plugins.directory.reading import _build_directory, serves_hub
        from tenants.models import Hub

        hubs = list(Hub.objects.hubs())
        portal = _portal_root()
        for service in _build_directory():
            if service["status"] != "active":
                continue
            served = () if service["is_national"] else tuple(sorted(hub.slug for hub in hubs if serves_hub(service, hub)))
            if not service["is_national"] and not served:
                continue
            places = " ".join(f"{location['name']} {location['address']} {location['city']}" for location in service["locations"])
            yield SearchDocument(
                source=f"directory:{service['id']}",
                kind=self.kind,
                title=service["name"],
                url=_service_url(service, hubs, served, portal),
                summary=f"{service['organization']['name']}. {service['description']}",
                body=" ".join([service["description"], service["organization"]["name"], places,
                               *(term["name"] for term in service["terms"])]),
                audiences=tuple(term["code"] for term in service["terms"] if term["code"] in AUDIENCE_CODES),
                hubs=served,
            )


def _portal_root():
    from wagtail.models import Site

    site = Site.objects.filter(is_default_site=True).first()
    return urlsplit(site.root_url if site else "http://localhost")


def _service_url(service, hubs, served, portal):
    """National help: a path every host serves (the portal too, portal_urls.py), so a resident stays
    on the hub they search. Local help: its page on the hub that keeps it (or the first hub it
    serves), so a resident who finds it from another hub's search, or the portal's, lands where it
    is shown."""
    path = f"/hulp-in-de-buurt/{service['id']}/"
    if service["is_national"]:
        return path
    slug = service["organization"]["owner_hub"] if service["organization"]["owner_hub"] in served else served[0]
    domain = next(hub.primary_domain for hub in hubs if hub.slug == slug)
    port = f":{portal.port}" if portal.port else ""
    return f"{portal.scheme}://{domain}{port}{path}"
