"""Who may change which partner: crafted requests against other hubs' and the region's records."""

import json
import re

import pytest
from django.db import connection

from demo.loader import REGIONAL_COORDINATORS
from plugins.directory.demo import demo_id
from plugins.directory.models import Organization, Service
from tests.conftest import HostClient, hub_client

HELMOND_WALK_IN = demo_id("service:helmond:inloop")
HARDENBERG_WALK_IN = demo_id("service:hardenberg:inloop")
VECHTDAL_REGIONAL = demo_id("service:region:vechtdal-mediators")
BRABANT_REGIONAL = demo_id("service:region:zob-omgangshuis")
KINDERTELEFOON = demo_id("service:national:kindertelefoon")


def form_data(client, path):
    """What the edit form would post back unchanged (text fields, checked boxes, selected options)."""
    page = client.get(path).content.decode()
    data = {}
    for name, value in re.findall(r'<input type="(?:text|email|url|hidden|number)" name="([^"]+)"(?: value="([^"]*)")?', page):
        data[name] = value
    for name, value in re.findall(r'<input type="(?:checkbox)" name="([^"]+)" value="([^"]*)"[^>]*checked', page):
        data.setdefault(name, [])
        data[name] = [*data[name], value] if isinstance(data[name], list) else [value]
    for name, body in re.findall(r'<select name="([^"]+)"[^>]*>(.*?)</select>', page, re.S):
        selected = re.search(r'<option value="([^"]*)" selected', body)
        data[name] = selected.group(1) if selected else ""
    for name, body in re.findall(r'<textarea name="([^"]+)"[^>]*>(.*?)</textarea>', page, re.S):
        data[name] = body.strip()
    return data


def service_name(pk):
    connection.set_schema_to_public()
    return Service.objects.get(pk=pk).name


def test_a_hub_editor_lists_only_the_partners_their_hub_keeps(editor_client):
    page = editor_client("hardenberg").get("/admin/partners/").content.decode()

    assert "Inloopuur Samen Doen" in page and "Mediation bij scheiding" in page
    assert "Echtscheidingsspreekuur" not in page  # Helmond's
    assert "Gratis oriënterend mediationgesprek" not in page  # the region's, though shown in Hardenberg
    assert "De Kindertelefoon" not in page


def test_a_hub_editor_changes_their_own_partner_and_every_page_shows_it(editor_client):
    client = editor_client("hardenberg")
    path = f"/admin/partners/{HARDENBERG_WALK_IN}/"
    data = form_data(client, path)
    data["name"] = "Inloopuur Samen Doen (nieuw)"

    response = client.post(path, data)

    assert response.status_code == 302, response.content.decode()[:2000]
    assert service_name(HARDENBERG_WALK_IN) == "Inloopuur Samen Doen (nieuw)"
    assert "Inloopuur Samen Doen (nieuw)" in hub_client("hardenberg").get("/hulp-in-de-buurt/").content.decode()


@pytest.mark.parametrize("target", [HELMOND_WALK_IN, VECHTDAL_REGIONAL, KINDERTELEFOON])
def test_another_hubs_or_the_regions_record_cannot_be_read_or_written_by_its_id(editor_client, target):
    client = editor_client("hardenberg")
    own = form_data(client, f"/admin/partners/{HARDENBERG_WALK_IN}/")
    before = service_name(target)

    assert client.get(f"/admin/partners/{target}/").status_code == 404
    response = client.post(f"/admin/partners/{target}/", {**own, "name": "Gekaapt"})

    assert response.status_code == 404
    assert service_name(target) == before


def test_a_new_partner_cannot_be_hung_under_another_hubs_organization(editor_client):
    client = editor_client("hardenberg")
    data = form_data(client, f"/admin/partners/{HARDENBERG_WALK_IN}/")
    connection.set_schema_to_public()
    helmond_organization = Organization.objects.get(pk=demo_id("org:helmond:inloop"))
    count = Service.objects.filter(organization=helmond_organization).count()
    data.update({"organization": str(helmond_organization.pk), "new_organization": "", "name": "Ondergeschoven dienst"})
    data = {key: value for key, value in data.items() if not key.startswith("tijden-0-id")}

    response = client.post("/admin/partners/nieuw/", data)

    assert response.status_code == 200 and "Selecteer een geldige keuze" in response.content.decode()
    connection.set_schema_to_public()
    assert Service.objects.filter(organization=helmond_organization).count() == count
    assert not Service.objects.filter(name="Ondergeschoven dienst").exists()


def test_a_hub_editor_adds_a_partner_owned_by_their_hub(editor_client):
    client = editor_client("cranendonck")
    data = {
        "new_organization": "Praktijk Voorbeeld", "name": "Kindercoach bij scheiding", "description": "Gesprekken met kinderen.",
        "municipalities": "Cranendonck", "languages": "nl", "terms": ["jeugdhulp"], "phone": "0495 000 999",
        "tijden-TOTAL_FORMS": "1", "tijden-INITIAL_FORMS": "0", "tijden-0-freq": "WEEKLY", "tijden-0-byday": "TH",
        "tijden-0-opens_at": "15:00", "tijden-0-closes_at": "16:00", "tijden-0-attending_type": "walk-in",
    }

    assert client.post("/admin/partners/nieuw/", data).status_code == 302
    connection.set_schema_to_public()
    service = Service.objects.get(name="Kindercoach bij scheiding")
    assert service.organization.owner_hub.slug == "cranendonck" and service.schedules.get().byday == "TH"
    assert "Kindercoach bij scheiding" in hub_client("cranendonck").get("/hulp-in-de-buurt/").content.decode()
    assert "Kindercoach bij scheiding" not in hub_client("helmond").get("/hulp-in-de-buurt/").content.decode()


def test_a_schedule_with_a_malformed_day_is_refused_with_a_dutch_message(editor_client):
    client = editor_client("hardenberg")
    path = f"/admin/partners/{HARDENBERG_WALK_IN}/"
    data = {**form_data(client, path), "tijden-0-byday": "dinsdag"}

    response = client.post(path, data)

    assert response.status_code == 200 and "Onbekende dag" in response.content.decode()


def test_a_regional_coordinator_keeps_their_regions_partners_only():
    credentials = REGIONAL_COORDINATORS["zuidoost-brabant"]
    client = HostClient("localhost")
    assert client.login_form(credentials["username"], credentials["password"]).status_code == 302

    page = client.get("/admin/partners/").content.decode()
    assert "Begeleide omgang" in page and "Gratis oriënterend mediationgesprek" not in page
    assert "Echtscheidingsspreekuur" not in page  # Helmond keeps its own
    assert client.get(f"/admin/partners/{BRABANT_REGIONAL}/").status_code == 200
    for target in (VECHTDAL_REGIONAL, HELMOND_WALK_IN, KINDERTELEFOON):
        assert client.get(f"/admin/partners/{target}/").status_code == 404


def test_the_admin_exports_own_partners_and_refuses_an_import_that_touches_another_hubs(editor_client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client = editor_client("hardenberg")
    response = client.get("/admin/partners/exporteren/")
    rows = json.loads(response.content)
    assert response.status_code == 200
    assert "Inloopuur Samen Doen" in [row["name"] for row in rows] and "Echtscheidingsspreekuur" not in [row["name"] for row in rows]

    unchanged = client.post("/admin/partners/inlezen/", {"bestand": SimpleUploadedFile("p.json", response.content)})
    assert unchanged.status_code == 302

    helmond = json.loads(editor_client("helmond").get("/admin/partners/exporteren/").content)
    helmond[0]["name"] = "Gekaapt via import"
    refused = client.post("/admin/partners/inlezen/", {"bestand": SimpleUploadedFile("p.json", json.dumps(helmond).encode())})
    assert refused.status_code == 200 and "deze dienst beheert u niet" in refused.content.decode()
    assert service_name(helmond[0]["id"]) != "Gekaapt via import"


def test_a_hub_editor_keeps_holiday_closures_and_changed_hours_in_the_form(editor_client):
    client = editor_client("cranendonck")
    connection.set_schema_to_public()
    service_id = demo_id("service:cranendonck:inloop")
    path = f"/admin/partners/{service_id}/"
    data = form_data(client, path)
    monday = next(key for key, value in data.items() if key.endswith("-byday") and value == "MO")
    prefix = monday.removesuffix("byday")
    assert "2027-02-15 gesloten Gemeentehuis gesloten (carnaval)" in data[prefix + "exceptions"]

    data[prefix + "exceptions"] += "\n2027-03-01 19:00-20:00 Later begonnen"
    assert client.post(path, data).status_code == 302

    connection.set_schema_to_public()
    schedule = Service.objects.get(pk=service_id).schedules.get(byday="MO")
    changed = schedule.exceptions.get(date="2027-03-01")
    assert not changed.closed and changed.opens_at.hour == 19 and changed.reason == "Later begonnen"
    assert schedule.exceptions.filter(date="2027-02-15", closed=True).exists()

    data[prefix + "exceptions"] = "25 december dicht"
    refused = client.post(path, data)
    assert refused.status_code == 200 and "begrijpen we niet" in refused.content.decode()
