"""One answer to "which hub is this?", for requests and for commands working inside a hub."""

from django.test import RequestFactory

from tenants.current import current_hub, on_portal
from tenants.models import Hub


def test_outside_any_hub_the_portal_is_current():
    assert current_hub() is None
    assert on_portal() is True


def test_a_request_names_its_hub(hardenberg):
    request = RequestFactory().get("/")
    request.tenant = hardenberg

    assert current_hub(request) == hardenberg
    assert on_portal(request) is False


def test_tenant_context_and_schema_context_both_name_the_hub(hardenberg, in_hub, in_schema):
    with in_hub(hardenberg):
        assert current_hub() == hardenberg
        assert on_portal() is False
    with in_schema("hardenberg"):
        hub = current_hub()
        assert isinstance(hub, Hub) and hub.slug == "hardenberg"
        assert on_portal() is False


def test_the_template_schema_is_no_hub(in_schema, settings):
    with in_schema(settings.TENANT_BASE_SCHEMA):
        assert current_hub() is None
        assert on_portal() is False
