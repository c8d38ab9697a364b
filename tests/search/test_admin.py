"""Editors' report in each hub's admin; synonyms kept by the network's coordinators in the portal."""

from django.db import connection

from search.models import SearchStatistic, SynonymRule
from tests.conftest import HostClient, hub_client
from tests.search.conftest import api


def portal_login(username, password):
    client = HostClient("localhost")
    assert client.login_form(username, password).status_code == 302
    return client


def test_a_network_coordinator_edits_synonyms_and_they_work_at_once():
    client = portal_login("coordinator", "portaal-demo")
    page = client.get("/admin/zoeken/synoniemen/").content.decode()
    assert "inloopspreekuur, inloopuur, spreekuur" in page

    rules = "\n".join(SynonymRule.objects.values_list("rule", flat=True)) + "\nknoestboom, uit elkaar\n# opmerking"
    response = client.post("/admin/zoeken/synoniemen/", {"rules": rules})
    connection.set_schema_to_public()

    assert response.status_code == 302
    assert SynonymRule.objects.filter(rule="knoestboom, uit elkaar").exists()
    urls = [result["url"] for result in api(hub_client("hardenberg"), q="knoestboom")["results"][:3]]
    assert "http://hardenberg.localhost/ouders/uit-elkaar-waar-begint-u/" in urls


def test_a_rule_that_makes_no_sense_is_refused_in_dutch_and_nothing_changes():
    client = portal_login("coordinator", "portaal-demo")
    before = SynonymRule.objects.count()

    response = client.post("/admin/zoeken/synoniemen/", {"rules": "mediator, bemiddelaar\na => b => c\nalleen"})
    connection.set_schema_to_public()

    html = response.content.decode()
    assert response.status_code == 200
    assert "Regel 2 begrijpen we niet" in html and "Regel 3 noemt maar één woord" in html
    assert SynonymRule.objects.count() == before


def test_regional_coordinators_and_hub_editors_cannot_edit_synonyms(editor_client):
    regional = portal_login("coordinator-twente", "twente-regio-demo")
    # Wagtail's admin answers a refused page by sending the user back to the dashboard.
    refused = regional.get("/admin/zoeken/synoniemen/")
    assert refused.status_code == 302 and refused["Location"] == "/admin/"
    assert "Synoniemen (zoeken)" not in regional.get("/admin/").content.decode()
    assert editor_client("helmond").get("/admin/zoeken/synoniemen/").status_code == 404


def test_a_hubs_editors_see_what_residents_of_that_hub_searched(editor_client):
    SearchStatistic.objects.all().delete()  # the browser tests' server searched too
    resident = hub_client("hardenberg")
    for query in ("alimentatie", "Alimentatie", "qqxyzzy", "qqxyzzy", "mijn naam is piet klaassen"):
        resident.get("/zoeken/", {"q": query})
    hub_client("helmond").get("/zoeken/", {"q": "helmondsgeheim"})
    connection.set_schema_to_public()

    editor = editor_client("hardenberg")
    admin_home = editor.get("/admin/").content.decode()
    html = editor.get("/admin/zoeken/rapport/").content.decode()

    assert "Zoekrapport" in admin_home
    assert "<td>alimentatie</td><td>2</td>" in html
    assert "qqxyzzy" in html.split("Zoekopdrachten zonder resultaat", 1)[1]
    assert "helmondsgeheim" not in html
    assert "klaassen" not in html  # searched once: maybe one resident's own story
    assert "IP-adres" in html  # says what is not stored
