from django.conf import settings
from django.test import override_settings

from hubplatform.checks import check_relations_stay_within_schemas


def test_the_project_passes_its_own_checks():
    assert check_relations_stay_within_schemas(None) == []


def test_a_page_type_missing_from_the_public_schema_is_reported():
    shared_without_walkin = [app for app in settings.SHARED_APPS if app != "plugins.walkin"]
    with override_settings(SHARED_APPS=shared_without_walkin):
        errors = check_relations_stay_within_schemas(None)

    assert any(
        error.id == "hubplatform.E003" and "walkin.WalkInPage" in error.msg and "wagtailcore.Page" in error.msg
        for error in errors
    )


def test_a_public_only_model_relating_to_per_schema_users_is_reported():
    # The leak this check exists for: regions only in public, auth in every schema.
    tenant_with_regions = [*settings.TENANT_APPS, "regions"]
    with override_settings(TENANT_APPS=tenant_with_regions):
        errors = check_relations_stay_within_schemas(None)

    assert any("tenants.Hub.region" in error.msg for error in errors)
