"""Coordinators work for the whole network or for some regions, set on their portal group."""

import pytest
from django.contrib.auth.models import Group

from demo.loader import COORDINATOR, REGIONAL_COORDINATORS
from regions.models import CoordinatorScope, Region
from regions.scopes import scope_of
from tests.conftest import HostClient, hub_client


@pytest.fixture
def twente_coordinator(portal_client):
    credentials = REGIONAL_COORDINATORS["twente"]
    assert portal_client.login_form(credentials["username"], credentials["password"]).status_code == 302
    return portal_client


def test_the_demo_network_has_three_regions_with_their_hubs():
    hubs_by_region = {region.slug: sorted(region.hubs.values_list("slug", flat=True)) for region in Region.objects.all()}

    assert hubs_by_region == {
        "twente": ["twente"],
        "vechtdal": ["hardenberg"],
        "zuidoost-brabant": ["cranendonck", "helmond"],
    }


def test_scopes_follow_the_coordinators_groups(django_user_model):
    network = django_user_model.objects.get(username=COORDINATOR["username"])
    twente = django_user_model.objects.get(username=REGIONAL_COORDINATORS["twente"]["username"])
    brabant = django_user_model.objects.get(username=REGIONAL_COORDINATORS["zuidoost-brabant"]["username"])

    assert scope_of(network).whole_network
    assert sorted(scope_of(twente).hubs().values_list("slug", flat=True)) == ["twente"]
    assert sorted(scope_of(brabant).hubs().values_list("slug", flat=True)) == ["cranendonck", "helmond"]
    assert scope_of(twente).describe() == "Twente"


def test_hub_users_coordinate_nothing_even_when_group_ids_collide(hardenberg, in_hub, django_user_model):
    portal_group_with_scope = CoordinatorScope.objects.filter(whole_network=True).first().group_id
    with in_hub(hardenberg):
        editor = django_user_model.objects.get(username="redacteur-hardenberg")
        group = Group.objects.create(name="Toevallig hetzelfde id")
        group.pk, group.name = portal_group_with_scope, "Toevallig"
        editor.groups.add(*Group.objects.filter(pk=portal_group_with_scope))
        assert scope_of(editor).is_empty


def test_a_regional_coordinator_sees_and_changes_only_hubs_in_their_region(twente_coordinator, hubs):
    listing = twente_coordinator.get("/admin/hubs/").content.decode()

    assert "Platform Scheiding en Omgang Twente" in listing
    assert "Duurzaam Ouderschap Helmond" not in listing
    assert twente_coordinator.get(f"/admin/hubs/edit/{hubs['twente'].pk}/").status_code == 200
    outside = twente_coordinator.post(
        f"/admin/hubs/edit/{hubs['helmond'].pk}/", {"name": "Overgenomen", "enabled_plugins": []}
    )
    assert outside.status_code == 404
    hubs["helmond"].refresh_from_db()
    assert hubs["helmond"].name == "Duurzaam Ouderschap Helmond"


def test_only_network_coordinators_manage_regions(twente_coordinator, portal_client):
    assert twente_coordinator.get("/admin/regios/").status_code in (302, 403)

    network = HostClient("localhost")
    network.login_form(COORDINATOR["username"], COORDINATOR["password"])
    listing = network.get("/admin/regios/").content.decode()
    assert "Zuidoost-Brabant" in listing and "Duurzaam Ouderschap Helmond" in listing


def test_the_scope_is_set_on_the_groups_page_in_the_portal_admin(django_user_model):
    admin = HostClient("localhost")
    django_user_model.objects.create_superuser("beheer-portaal", password="beheer-portaal-1")
    admin.login_form("beheer-portaal", "beheer-portaal-1")
    vechtdal = Region.objects.get(slug="vechtdal")

    form = admin.get("/admin/groups/new/").content.decode()
    assert "Werkgebied" in form and "Vechtdal" in form
    response = admin.post(
        "/admin/groups/new/",
        {
            "name": "Regiocoördinatoren Vechtdal",
            "werkgebied-regions": [vechtdal.pk],
            **_empty_permission_formsets(form),
        },
    )

    assert response.status_code == 302, response.content.decode()[:3000]
    group = Group.objects.get(name="Regiocoördinatoren Vechtdal")
    user = django_user_model.objects.create_user("coord-vechtdal", password="x-coord-123")
    user.groups.add(group)
    assert list(scope_of(user).hubs().values_list("slug", flat=True)) == ["hardenberg"]


def test_a_hubs_group_page_has_no_scope_panel(hardenberg, in_hub, django_user_model):
    with in_hub(hardenberg):
        django_user_model.objects.create_superuser("beheer-hardenberg", password="beheer-secret-1")
    client = hub_client("hardenberg")
    client.login_form("beheer-hardenberg", "beheer-secret-1")

    assert "Werkgebied" not in client.get("/admin/groups/new/").content.decode()


def _empty_permission_formsets(html):
    """Management forms of the group page's permission formsets, with no rows."""
    import re

    data = {}
    for prefix in set(re.findall(r'name="([\w-]+)-TOTAL_FORMS"', html)):
        data[f"{prefix}-TOTAL_FORMS"] = "0"
        data[f"{prefix}-INITIAL_FORMS"] = "0"
        data[f"{prefix}-MIN_NUM_FORMS"] = "0"
        data[f"{prefix}-MAX_NUM_FORMS"] = "1000"
    return data
