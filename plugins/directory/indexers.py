from search.documents import Indexer, SearchDocument

AUDIENCE_CODES = {"ouders", "kinderen", "netwerk", "professionals"}


class PartnerServiceIndexer(Indexer):
    """One document per partner service, findable in the hubs whose area it serves (national: everywhere)."""

    kind = "partner"

    def documents(self):
        from plugins.directory.reading import _build_directory, serves_hub
        from tenants.models import Hub

        hubs = list(Hub.objects.hubs())
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
                url=f"/hulp-in-de-buurt/{service['id']}/",
                summary=f"{service['organization']['name']}. {service['description']}",
                body=" ".join([service["description"], service["organization"]["name"], places,
                               *(term["name"] for term in service["terms"])]),
                audiences=tuple(term["code"] for term in service["terms"] if term["code"] in AUDIENCE_CODES),
                hubs=served,
            )
