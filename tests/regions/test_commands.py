import io

import pytest
from django.core.management import CommandError, call_command

from regions.models import Region


def test_create_region_makes_a_region_hubs_can_join():
    call_command("create_region", "achterhoek", "--name", "Achterhoek", stdout=io.StringIO())
    call_command(
        "create_hub", "winterswijk", "--name", "Hub Winterswijk", "--domain", "winterswijk.localhost",
        "--region", "achterhoek", stdout=io.StringIO(),
    )

    assert Region.objects.get(slug="achterhoek").hubs.get().slug == "winterswijk"


def test_create_region_is_idempotent_but_refuses_a_different_name():
    call_command("create_region", "achterhoek", "--name", "Achterhoek", stdout=io.StringIO())
    call_command("create_region", "achterhoek", "--name", "Achterhoek", stdout=io.StringIO())

    with pytest.raises(CommandError, match="bestaat al"):
        call_command("create_region", "achterhoek", "--name", "De Achterhoek", stdout=io.StringIO())
    with pytest.raises(CommandError, match="Ongeldige korte naam"):
        call_command("create_region", "Achter Hoek", "--name", "X", stdout=io.StringIO())
    assert Region.objects.filter(slug="achterhoek").count() == 1
