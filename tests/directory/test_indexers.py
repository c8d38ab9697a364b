"""Partner services in the federated search: found in the hubs they serve."""

from search.indexing import sync_everything
from tests.conftest import hub_client


def search(host, q, **params):
    return hub_client(host).get("/api/search/", {"q": q, **params}).json()["results"]


def test_partner_services_are_found_in_the_hubs_of_their_area_only():
    sync_everything()

    helmond = [result for result in search("helmond", "schuldhulp", kind="partner")]
    assert helmond and all(result["kind"] == "partner" and result["hub"] is None for result in helmond)
    assert hub_client("helmond").get(helmond[0]["url"]).status_code == 200
    omgang = search("helmond", "begeleide omgang", kind="partner", scope="hub")
    assert "Begeleide omgang" in [result["title"] for result in omgang]
    elsewhere = search("hardenberg", "begeleide omgang", kind="partner", scope="hub")
    assert "Begeleide omgang" not in [result["title"] for result in elsewhere]
    # Found from another hub's search, a local partner links to a hub that shows it.
    from_hardenberg = next(r for r in search("hardenberg", "begeleide omgang", kind="partner") if r["title"] == "Begeleide omgang")
    assert from_hardenberg["url"].startswith(("http://helmond.localhost", "http://cranendonck.localhost"))
    national = [r for r in search("twente", "kindertelefoon", kind="partner", scope="hub") if r["title"] == "De Kindertelefoon: bellen of chatten"]
    assert national and national[0]["url"].startswith("/hulp-in-de-buurt/")


def test_walk_in_sessions_are_indexed_from_the_directory():
    sync_everything()

    results = search("cranendonck", "woensdag", kind="inloopspreekuur", scope="hub")
    assert results and all(result["url"].endswith("/inloopspreekuur/") for result in results)
    assert any("13:30" in result["title"] for result in results)
