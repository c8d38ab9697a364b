"""The migrate command migrate_schemas runs in every schema (tenants/migrating.py)."""

import io

from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django_tenants.utils import schema_context

from tenants.migrating import _cached_project_state, _cached_result_state, _states


def migrate_hub(schema):
    call_command(
        "migrate_schemas", tenant=True, schema_name=schema, interactive=False, verbosity=0, skip_checks=True,
        stdout=io.StringIO(),
    )
    connection.set_schema_to_public()


def test_the_kept_project_state_is_handed_out_as_clones_of_one_rendering():
    _states.clear()
    create = _cached_project_state(MigrationExecutor._create_project_state)
    with schema_context("hardenberg"):
        first = create(MigrationExecutor(connection), with_applied_migrations=True)
        second = create(MigrationExecutor(connection), with_applied_migrations=True)

    assert first is not second and first.apps is not second.apps
    assert first.models.keys() == second.models.keys()
    assert first.apps.get_model("wagtailcore", "Page") is second.apps.get_model("wagtailcore", "Page")
    second.remove_model("branding", "brandingsettings")
    assert ("branding", "brandingsettings") in first.models


def test_a_hub_missing_a_permission_gets_it_back_from_migrate_without_a_migration_to_run():
    with schema_context("hardenberg"):
        Permission.objects.filter(codename="view_brandingsettings").delete()

    migrate_hub("hardenberg")

    with schema_context("hardenberg"):
        assert Permission.objects.filter(codename="view_brandingsettings").exists()


def test_the_state_after_a_hubs_migrations_is_kept_rendered_and_handed_out_as_clones():
    _states.clear()
    run = _cached_result_state(MigrationExecutor.migrate)
    results = []
    with schema_context("hardenberg"):
        for _ in range(2):
            executor = MigrationExecutor(connection)
            targets = executor.loader.graph.leaf_nodes()
            plan = executor.migration_plan(targets)
            state = executor._create_project_state(with_applied_migrations=True)
            results.append(run(executor, targets, plan=plan, state=state))

    first, second = results
    assert first is not second and first.apps is not second.apps
    assert not first.is_delayed and "apps" in first.__dict__ and "apps" in second.__dict__
    assert first.models.keys() == second.models.keys()
