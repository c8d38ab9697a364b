"""
Project-wide system checks. The plugin framework's own rules are in plugins.checks.
"""

from django.apps import apps
from django.conf import settings
from django.core import checks


def _schemas_of(app_config):
    """Which kinds of schema hold this app's tables: a subset of {"public", "hub"}."""
    kinds = set()
    if app_config.name in settings.SHARED_APPS:
        kinds.add("public")
    if app_config.name in settings.TENANT_APPS:
        kinds.add("hub")
    return frozenset(kinds)


@checks.register(checks.Tags.models)
def check_relations_stay_within_schemas(app_configs, **kwargs):
    """A relation between apps installed in different schemas crosses schemas.

    Under a hub's search_path a table the hub lacks resolves to public's copy, so a cascade from a
    hub page or user would delete public rows; on the portal a missing table fails the delete.
    """
    errors = []
    for model in apps.get_models(include_auto_created=True):
        source = _schemas_of(apps.get_app_config(model._meta.app_label))
        for field in model._meta.get_fields(include_hidden=True):
            if not field.is_relation or field.related_model is None or field.auto_created:
                continue
            target = _schemas_of(apps.get_app_config(field.related_model._meta.app_label))
            if source != target:
                errors.append(
                    checks.Error(
                        f"{model._meta.label}.{field.name} relates to {field.related_model._meta.label}, "
                        f"whose tables live in other schemas ({', '.join(sorted(source))} vs {', '.join(sorted(target))}).",
                        hint="Install both apps in the same schemas, or keep an id instead of a relation.",
                        obj=model,
                        id="hubplatform.E003",
                    )
                )
    return errors
