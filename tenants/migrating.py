"""
The migrate command django-tenants runs in each schema (settings.TENANT_BASE_MIGRATE_COMMAND).

Django's migrate builds the project's state from every applied migration and renders all its
models (~150 here, StreamFields included) before it applies anything, and again after; django-tenants
runs it once per hub, so `migrate_schemas --tenant` did that 342 times for 342 identical hubs. This
command keeps, per process, the rendered state for one set of applied migrations and hands
`migrate` a clone of it (`ProjectState.clone`, the same isolation Django's executor relies on
between migrations), so a worker of the multiprocessing executor renders it once for all the hubs
it migrates. A schema with other migrations applied gets a state of its own. The same goes for
the state after the migrations: a migration that adds a plain column leaves it "delayed", and
migrate then renders every model again to send post_migrate; here that rendering is kept too, per
(applied migrations, plan), and the state a hub's migrate returns is a clone of it.

After migrating, Django sends `post_migrate` for every installed app, and contenttypes and auth
answer each with queries of their own (~120 a schema, most of what a hub's migrate cost once the
state was kept). Here it goes to the apps whose migrations ran, the apps of which a content type
or permission is missing in the schema (found with two queries; this also covers apps without
migrations and a migrate stopped before its post_migrate), and `ALWAYS_SIGNALLED` (wagtail's
snippets app, whose handler adds permissions for models of other apps): every app for which a
handler has anything to create.
"""

import sys

from django.apps import apps as global_apps
from django.core.management.commands import migrate
from django.db.migrations.executor import MigrationExecutor
from django.db.models import signals

ALWAYS_SIGNALLED = {"wagtailsnippets"}

_states = {}
KEPT_STATES = 8  # a run meets one or two sets of applied migrations; never let it grow


def _keep(key, state):
    if len(_states) >= KEPT_STATES:
        _states.clear()
    _states[key] = state


def _cached_project_state(original):
    def create_project_state(executor, with_applied_migrations=False):
        if not with_applied_migrations:
            return original(executor, with_applied_migrations)
        key = (frozenset(executor.loader.applied_migrations), frozenset(executor.loader.graph.nodes))
        state = _states.get(key)
        if state is None:
            state = original(executor, with_applied_migrations=True)
            state.apps  # noqa: B018 - rendered once here, cloned rendered from now on
            _keep(key, state)
        return state.clone()

    return create_project_state


def _apps_missing_rows(db):
    """Labels of installed apps with a model whose content type or permissions the schema lacks."""
    from django.contrib.auth.management import _get_all_permissions
    from django.contrib.auth.models import Permission
    from django.contrib.contenttypes.models import ContentType

    content_types = set(ContentType.objects.using(db).values_list("app_label", "model"))
    permissions = set(Permission.objects.using(db).values_list("content_type__app_label", "content_type__model", "codename"))
    missing = set()
    for app_config in global_apps.get_app_configs():
        for model in app_config.get_models():
            opts = model._meta
            if (opts.app_label, opts.model_name) not in content_types or any(
                (opts.app_label, opts.model_name, codename) not in permissions for codename, _name in _get_all_permissions(opts)
            ):
                missing.add(app_config.label)
                break
    return missing


def emit_post_migrate_signal(verbosity, interactive, db, **kwargs):
    """Django's emit_post_migrate_signal, for the apps that may need it (see above)."""
    wanted = {migration.app_label for migration, _backwards in kwargs.get("plan") or []}
    wanted |= ALWAYS_SIGNALLED | _apps_missing_rows(db)
    for app_config in global_apps.get_app_configs():
        if app_config.models_module is None or app_config.label not in wanted:
            continue
        if verbosity >= 2:
            stdout = kwargs.get("stdout", sys.stdout)
            stdout.write(f"Running post-migrate handlers for application {app_config.label}")
        signals.post_migrate.send(
            sender=app_config, app_config=app_config, verbosity=verbosity, interactive=interactive, using=db, **kwargs
        )


def _cached_result_state(original):
    def run_migrations(executor, targets, plan=None, state=None, fake=False, fake_initial=False):
        key = (
            "after",
            frozenset(executor.loader.applied_migrations),
            frozenset(executor.loader.graph.nodes),
            tuple((migration.app_label, migration.name, backwards) for migration, backwards in plan or ()),
        )
        result = original(executor, targets, plan=plan, state=state, fake=fake, fake_initial=fake_initial)
        kept = _states.get(key)
        if kept is None:
            kept = result
            kept.clear_delayed_apps_cache()
            kept.apps  # noqa: B018 - rendered once, as migrate would render it after every hub
            kept.is_delayed = False
            _keep(key, kept)
        return kept.clone()

    return run_migrations


class Command(migrate.Command):
    def handle(self, *args, **options):
        original_state, original_migrate = MigrationExecutor._create_project_state, MigrationExecutor.migrate
        original_emit = migrate.emit_post_migrate_signal
        MigrationExecutor._create_project_state = _cached_project_state(original_state)
        MigrationExecutor.migrate = _cached_result_state(original_migrate)
        migrate.emit_post_migrate_signal = emit_post_migrate_signal
        try:
            return super().handle(*args, **options)
        finally:
            MigrationExecutor._create_project_state = original_state
            MigrationExecutor.migrate = original_migrate
            migrate.emit_post_migrate_signal = original_emit
