"""
Background work that keeps the federated index in step (django-tasks, backend alias "search").

`make run` starts a worker (`manage.py run_search_worker`, search/worker.py), production runs it as
a service; tests run these at once.
Arguments are plain data (a worker may run them much later, in another process), and every task
enters the schema it reads itself.
"""

from django_tasks import task

from plugins.registry import registry
from search import indexing
from tenants.models import Hub


def _hub(hub_slug):
    from tenants.gateway import gateway

    with gateway.public_schema():
        return Hub.objects.hubs().filter(slug=hub_slug).first()


@task(backend="search")
def reindex_hub_pages(hub_slug, page_ids=None):
    """Re-sync the given pages of a hub (all when None) and its per-hub plugins' documents;
    hub_slug "portal" means the portal's own pages."""
    if hub_slug == indexing.PORTAL:
        return indexing.sync_portal(page_ids).describe()
    hub = _hub(hub_slug)
    if hub is None:
        return "hub bestaat niet meer"
    return indexing.sync_hub(hub, page_ids).describe()


@task(backend="search")
def remove_hub_pages(hub_slug, page_ids):
    """Forget deleted pages (and re-sync the hub's plugins, whose things may have lived on them)."""
    report = indexing.remove_sources([indexing.page_source(hub_slug, pk) for pk in page_ids])
    hub = _hub(hub_slug) if hub_slug != indexing.PORTAL else None
    if hub is not None:
        report += indexing.sync_hub(hub, page_ids=[])
    return report.describe()


@task(backend="search")
def reindex_plugin(plugin_key, hub_slug=None):
    """Re-sync a plugin's documents: a network-wide plugin's everywhere, a per-hub one's in one hub
    (without a hub: its network-wide documents, when it declares `network_indexers`)."""
    plugin = registry.get(plugin_key)
    if plugin is None:
        return "onbekende plugin"
    if plugin.is_network_wide or (not hub_slug and plugin.network_indexer_paths):
        return indexing.sync_network_plugin(plugin).describe()
    hub = _hub(hub_slug) if hub_slug else None
    if hub is None:
        return "geen hub opgegeven"
    return indexing.sync_hub(hub, page_ids=[]).describe()
