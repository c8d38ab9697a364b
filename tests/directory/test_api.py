"""The HSDS 3 API: official shapes, each hub's area, JSON errors."""

import gzip
import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from tests.conftest import hub_client

# The official schemas, kept beside the tests (hsds3/README.md). The compiled objects are
# self-contained: their $refs point at their own definitions.
STANDARDS = Path(__file__).resolve().parent / "hsds3"
PAGE = json.loads((STANDARDS / "openapi.json").read_text())["components"]["schemas"]["Page"]


def _schema(name):
    compressed = STANDARDS / f"{name}.json.gz"
    if compressed.exists():
        return json.loads(gzip.decompress(compressed.read_bytes()))
    return json.loads((STANDARDS / f"{name}.json").read_text())


def _definition(name):
    # taxonomy.json and taxonomy_term.json are not among the compiled schemas; the same objects are
    # defined in service_with_definitions.json, whose $refs point into its own definitions.
    definitions = _schema("service_with_definitions")["definitions"]
    return {"$ref": f"#/definitions/{name}", "definitions": definitions}


def validate(data, schema_name):
    schema = _definition(schema_name) if schema_name in ("taxonomy", "taxonomy_term") else _schema(schema_name)
    errors = sorted(Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
                    .iter_errors(data), key=str)
    assert not errors, "\n".join(f"{list(error.path)}: {error.message}" for error in errors[:10])


def validate_page(data, item_schema):
    Draft202012Validator(PAGE).validate(data)
    assert set(PAGE["properties"]) <= set(data)
    for item in data["contents"]:
        validate(item, item_schema)


def get_json(client, path, **params):
    response = client.get(path, params)
    assert response["Content-Type"].startswith("application/json"), (path, response.status_code)
    return response.status_code, response.json()


@pytest.mark.parametrize("host", ["hardenberg", "twente", "portal"])
def test_every_list_and_object_matches_the_official_hsds3_schemas(host, portal_client):
    client = portal_client if host == "portal" else hub_client(host)
    status, services = get_json(client, "/api/hsds/services", per_page=200)
    assert status == 200 and services["total_items"] > 10
    validate_page(services, "service_list")
    for item in services["contents"][:25]:
        status, full = get_json(client, f"/api/hsds/services/{item['id']}")
        assert status == 200
        validate(full, "service")
    status, organizations = get_json(client, "/api/hsds/organizations")
    validate_page(organizations, "organization_list")
    status, organization = get_json(client, f"/api/hsds/organizations/{organizations['contents'][0]['id']}")
    validate(organization, "organization")
    status, links = get_json(client, "/api/hsds/service_at_locations")
    validate_page(links, "service_at_location_list")
    status, link = get_json(client, f"/api/hsds/service_at_locations/{links['contents'][0]['id']}")
    validate(link, "service_at_location")
    status, root = get_json(client, "/api/hsds/")
    assert status == 200 and root["version"].startswith("3")


def test_a_full_service_carries_schedules_areas_languages_and_costs():
    status, services = get_json(hub_client("cranendonck"), "/api/hsds/services", search="Inloopspreekuur scheiden")
    service = get_json(hub_client("cranendonck"), f"/api/hsds/services/{services['contents'][0]['id']}")[1]

    schedule = next(item for item in service["schedules"] if item["byday"] == "WE")
    assert schedule["freq"] == "WEEKLY" and schedule["opens_at"].startswith("13:30:00")
    assert schedule["attending_type"] == "Zonder afspraak binnenlopen"
    assert "Gesloten op" in next(item for item in service["schedules"] if item["byday"] == "MO")["notes"]
    assert [area["name"] for area in service["service_areas"]] == ["Cranendonck"]
    assert {language["code"] for language in service["languages"]} >= {"nl"}
    assert service["cost_options"][0]["amount"] == 0
    assert service["service_at_locations"][0]["location"]["addresses"][0]["city"] == "Budel"


def _names(client, **params):
    data = get_json(client, "/api/hsds/services", per_page=200, **params)[1]
    return {item["name"] + " / " + item["organization"]["name"] for item in data["contents"]}, data


def test_a_hub_serves_only_its_own_area_and_the_national_helplines(portal_client):
    hardenberg, _ = _names(hub_client("hardenberg"))
    helmond, _ = _names(hub_client("helmond"))
    everything, _ = _names(portal_client)

    assert any("Samen Doen Hardenberg" in name for name in hardenberg)
    assert not any("Helmond" in name for name in hardenberg)
    assert not any("Hardenberg" in name for name in helmond)
    assert any("Jeugdbescherming Zuidoost-Brabant" in name for name in helmond)
    assert not any("Zuidoost-Brabant" in name for name in hardenberg)
    national = {name for name in everything if "Kindertelefoon" in name or "Veilig Thuis" in name or "Juridisch Loket" in name}
    assert len(national) == 3 and national <= hardenberg and national <= helmond
    assert hardenberg | helmond <= everything and len(everything) > len(hardenberg | helmond)


def test_another_hubs_service_is_a_404_on_this_hub_but_found_on_the_portal(portal_client):
    helmond_only = get_json(hub_client("helmond"), "/api/hsds/services", search="Centrum voor ouders")[1]["contents"][0]

    status, body = get_json(hub_client("hardenberg"), f"/api/hsds/services/{helmond_only['id']}")
    assert status == 404 and body["error"]["status"] == 404
    assert get_json(portal_client, f"/api/hsds/services/{helmond_only['id']}")[0] == 200


@pytest.mark.parametrize("path, params", [
    ("/api/hsds/services", {"page": "0"}),
    ("/api/hsds/services", {"page": "twee"}),
    ("/api/hsds/services", {"per_page": "100000"}),
    ("/api/hsds/services", {"modified_after": "gisteren"}),
    ("/api/hsds/services", {"taxonomy_term_id": "geen-uuid"}),
    ("/api/hsds/organizations", {"modified_after": "2026-13-45"}),
    ("/api/hsds/taxonomy_terms", {"taxonomy_id": "x"}),
])
def test_bad_parameters_get_a_400_in_json(path, params):
    status, body = get_json(hub_client("helmond"), path, **params)
    assert status == 400 and body["error"]["message"]


@pytest.mark.parametrize("path", [
    "/api/hsds/services/00000000-0000-0000-0000-000000000000",
    "/api/hsds/services/niet-een-id",
    "/api/hsds/organizations/00000000-0000-0000-0000-000000000000",
    "/api/hsds/service_at_locations/abc",
    "/api/hsds/bestaat-niet",
])
def test_unknown_ids_and_paths_get_a_404_in_json(path):
    status, body = get_json(hub_client("helmond"), path)
    assert status == 404 and body["error"]["status"] == 404


def test_pagination_search_taxonomy_and_modified_after(portal_client):
    _, first = _names(portal_client)
    page_two = get_json(portal_client, "/api/hsds/services", per_page=5, page=2)[1]
    assert page_two["page_number"] == 2 and page_two["size"] == 5 and not page_two["first_page"]
    assert page_two["total_pages"] == -(-first["total_items"] // 5)
    beyond = get_json(portal_client, "/api/hsds/services", page=999)[1]
    assert beyond["empty"] and beyond["last_page"]

    terms = get_json(portal_client, "/api/hsds/taxonomy_terms", per_page=100)[1]["contents"]
    mediation = next(term for term in terms if term["code"] == "mediation")
    names, _ = _names(portal_client, taxonomy_term_id=mediation["id"])
    assert names and all("ediat" in name for name in names)
    taxonomies = get_json(portal_client, "/api/hsds/taxonomies")[1]["contents"]
    assert {taxonomy["name"] for taxonomy in taxonomies} == {"categorie", "doelgroep"}
    assert get_json(portal_client, f"/api/hsds/taxonomies/{taxonomies[0]['id']}")[1]["name"] == taxonomies[0]["name"]
    assert get_json(portal_client, f"/api/hsds/taxonomy_terms/{mediation['id']}")[1]["code"] == "mediation"
    validate_page(get_json(portal_client, "/api/hsds/taxonomy_terms", per_page=100)[1], "taxonomy_term")
    validate_page(get_json(portal_client, "/api/hsds/taxonomies")[1], "taxonomy")
    validate(get_json(portal_client, f"/api/hsds/taxonomy_terms/{mediation['id']}")[1], "taxonomy_term")
    validate(get_json(portal_client, f"/api/hsds/taxonomies/{taxonomies[0]['id']}")[1], "taxonomy")
    assert get_json(portal_client, "/api/hsds/taxonomy_terms/onbekend")[0] == 404

    found, _ = _names(portal_client, search="kindertelefoon")
    assert found == {"De Kindertelefoon: bellen of chatten / De Kindertelefoon"}
    assert get_json(portal_client, "/api/hsds/services", modified_after="2999-01-01T00:00:00Z")[1]["total_items"] == 0
    assert get_json(portal_client, "/api/hsds/services", modified_after="2000-01-01")[1]["total_items"] == first["total_items"]
