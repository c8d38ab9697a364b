"""
Keeps the federated index in step with its sources.

The unit of work is a re-sync: compute the documents a source has now (one hub's pages, one
indexer in one hub, one network-wide indexer) and make the index hold exactly those, reporting
what was added, changed and removed. Tasks (search.tasks) run re-syncs after publishes and saves;
`rebuild_search_index` runs them all.
"""

import hashlib
import json
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchVector
from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.module_loading import import_string
from django_tenants.utils import schema_context, schema_exists
from wagtail.models import Page, Site

from hubplatform.progress import Progress
from plugins.registry import exclude_unavailable, registry
from search.analysis import analyzer, compound_head, words
from search.documents import SearchDocument
from search.models import PAGE_KIND, IndexedDocument, SearchTerm
from tenants.gateway import gateway
from tenants.models import Hub

PAGES = "pages"
#: How the portal's own pages are named in sources and by the judged set.
PORTAL = "portal"
SUMMARY_FIELDS = {"intro", "hero_intro", "search_description"}
SKIPPED_FIELDS = {"title", "slug"}


@dataclass
class SyncReport:
    added: list = field(default_factory=list)
    changed: list = field(default_factory=list)
    removed: list = field(default_factory=list)
    unchanged: int = 0

    def __iadd__(self, other):
        self.added += other.added
        self.changed += other.changed
        self.removed += other.removed
        self.unchanged += other.unchanged
        return self

    def describe(self):
        return (
            f"{len(self.added)} nieuw, {len(self.changed)} gewijzigd, {len(self.removed)} verwijderd, "
            f"{self.unchanged} ongewijzigd"
        )


@contextmanager
def in_schema(schema_name):
    """Run the block in `schema_name` and return the connection to where it was."""
    previous = connection.tenant
    with schema_context(schema_name):
        yield
    connection.set_tenant(previous)


# ---------------------------------------------------------------- hub pages


def page_source(hub_slug, page_id):
    return f"page:{hub_slug}:{page_id}"


def indexable_pages():
    """The pages residents can see in the current hub: live, public, not expired, in its site
    (every language), of page types whose plugin is on here."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        return Page.objects.none()
    roots = [site.root_page, *site.root_page.get_translations()]
    in_sites = Q()
    for root in roots:
        in_sites |= Q(path__startswith=root.path)
    now = timezone.now()
    pages = Page.objects.live().public().filter(in_sites).filter(Q(expire_at__isnull=True) | Q(expire_at__gt=now))
    return exclude_unavailable(pages)


def page_document(page, hub):
    """The SearchDocument of one (specific) page of `hub` (None: of the portal)."""
    from pages.models import AudiencePage

    summary, body = [], []
    for search_field in page.get_search_fields():
        name = getattr(search_field, "field_name", "")
        if type(search_field).__name__ != "SearchField" or name in SKIPPED_FIELDS:
            continue
        value = search_field.get_value(page)
        texts = value if isinstance(value, (list, tuple)) else [value]
        cleaned = " ".join(strip_tags(str(text)) for text in texts if text)
        (summary if name in SUMMARY_FIELDS else body).append(cleaned)
    audience_pages = AudiencePage.objects.filter(pk__in=[page.pk, *page.get_ancestors().values_list("pk", flat=True)])
    plugin = registry.for_app_label(page._meta.app_label)
    return SearchDocument(
        source=page_source(hub.slug if hub else PORTAL, page.pk),
        kind=PAGE_KIND,
        title=page.seo_title or page.title,
        url=page.full_url or "",
        hub=hub.slug if hub else None,
        language=page.locale.language_code,
        translation_key=str(page.translation_key),
        summary=" ".join(text for text in summary if text),
        body=" ".join(text for text in body if text),
        audiences=tuple(audience_pages.values_list("audience", flat=True)),
        published_from=page.first_published_at,
        published_until=page.expire_at,
    ), (plugin.plugin_key if plugin else "")


def hub_page_documents(hub, page_ids=None):
    """(document, plugin key) of the hub's indexable pages, or of those among `page_ids`."""
    pages = indexable_pages()
    if page_ids is not None:
        pages = pages.filter(pk__in=page_ids)
    for page in pages.specific().iterator(chunk_size=200):
        yield page_document(page, hub)


# ---------------------------------------------------------------- writing the index


def _fingerprint(values):
    return hashlib.sha1(json.dumps(values, sort_keys=True, default=str).encode()).hexdigest()


def _row_values(document, indexer, plugin, hub_ids):
    language_analyzer = analyzer(document.language)
    values = {
        "indexer": indexer,
        "plugin": plugin,
        "kind": document.kind,
        "hub_id": hub_ids.get(document.hub) if document.hub else None,
        "regions": sorted(document.regions),
        "hubs": sorted(document.hubs),
        "language": document.language,
        "translation_key": document.translation_key,
        "audiences": sorted(document.audiences),
        "title": document.title,
        "summary": document.summary,
        "body": document.body,
        "url": document.url,
        "published_from": document.published_from,
        "published_until": document.published_until,
        "title_terms": language_analyzer.index_text(document.title),
        "summary_terms": language_analyzer.index_text(document.summary),
        "body_terms": language_analyzer.index_text(document.body),
    }
    values["fingerprint"] = _fingerprint(values)
    return values


def _hub_ids():
    return dict(Hub.objects.hubs().values_list("slug", "pk"))


def apply(entries, existing):
    """Make the index rows in `existing` (a queryset) become exactly `entries`.

    `entries`: (SearchDocument, indexer, plugin key) triples. Runs in the public schema.
    """
    from search.backends import get_search_backend

    report = SyncReport()
    with gateway.public_schema(), transaction.atomic():
        hub_ids = _hub_ids()
        wanted = {}
        for document, indexer, plugin in entries:
            if document.hub and document.hub not in hub_ids:
                continue
            wanted[document.source] = _row_values(document, indexer, plugin, hub_ids)
        current = dict(existing.values_list("source", "fingerprint"))
        # Another unit may hold a source this one now produces (a page moved between plugins).
        outside = dict(IndexedDocument.objects.filter(source__in=set(wanted) - set(current)).values_list("source", "fingerprint"))
        current.update(outside)
        to_create, to_update = [], []
        for source, values in wanted.items():
            if source not in current:
                to_create.append(IndexedDocument(source=source, **values))
                report.added.append(source)
            elif current[source] != values["fingerprint"]:
                to_update.append((source, values))
                report.changed.append(source)
            else:
                report.unchanged += 1
        report.removed = sorted(set(current) - set(wanted) - set(outside))
        if report.removed:
            IndexedDocument.objects.filter(source__in=report.removed).delete()
        IndexedDocument.objects.bulk_create(to_create, batch_size=500)
        for source, values in to_update:
            IndexedDocument.objects.filter(source=source).update(**values, indexed_at=timezone.now())
        touched = report.added + report.changed
        _update_vectors(touched)
        _add_vocabulary(wanted[source] for source in touched)
    if touched or report.removed:
        get_search_backend().mirror(touched, report.removed)
    return report


def _update_vectors(sources):
    for start in range(0, len(sources), 1000):
        IndexedDocument.objects.filter(source__in=sources[start : start + 1000]).update(
            search_vector=SearchVector("title_terms", weight="A", config="simple")
            + SearchVector("summary_terms", weight="B", config="simple")
            + SearchVector("body_terms", weight="C", config="simple")
        )


def _add_vocabulary(rows):
    vocabulary = set()
    for values in rows:
        for text in (values["title"], values["summary"], values["body"]):
            for word in words(text):
                if 3 < len(word) <= 40 and not word.isdigit():
                    vocabulary.add(word)
                    head = compound_head(word)
                    if head:
                        vocabulary.add(head)
    if vocabulary:
        SearchTerm.objects.bulk_create([SearchTerm(word=word) for word in sorted(vocabulary)], ignore_conflicts=True, batch_size=1000)


def rebuild_vocabulary():
    with gateway.public_schema(), transaction.atomic():
        SearchTerm.objects.all().delete()
        for start in range(0, IndexedDocument.objects.count(), 2000):
            rows = IndexedDocument.objects.order_by("pk").values("title", "summary", "body")[start : start + 2000]
            _add_vocabulary(rows)


# ---------------------------------------------------------------- units of re-sync


def _hub_plugin_entries(hub):
    for plugin in registry.enabled(hub):
        for path in plugin.hub_indexer_paths:
            for document in import_string(path)().documents():
                yield document, path, plugin.plugin_key


def sync_hub(hub, page_ids=None):
    """Re-sync a hub's pages (all, or those among `page_ids`) and its per-hub plugins' documents."""
    if not schema_exists(hub.schema_name):
        return SyncReport()
    with in_schema(hub.schema_name):
        pages = [(document, PAGES, plugin) for document, plugin in hub_page_documents(hub, page_ids)]
        plugin_entries = list(_hub_plugin_entries(hub))
    with gateway.public_schema():
        page_rows = IndexedDocument.objects.filter(indexer=PAGES, hub=hub)
        if page_ids is not None:
            page_rows = page_rows.filter(source__in=[page_source(hub.slug, pk) for pk in page_ids])
        network_keys = [plugin.plugin_key for plugin in registry.all() if plugin.is_network_wide]
        plugin_rows = IndexedDocument.objects.filter(hub=hub).exclude(indexer=PAGES).exclude(plugin__in=network_keys)
    report = apply(pages, page_rows)
    report += apply(plugin_entries, plugin_rows)
    return report


def sync_portal(page_ids=None):
    """Re-sync the portal's own pages (network-wide documents of kind "pagina")."""
    with gateway.public_schema():
        pages = [(document, PAGES, plugin) for document, plugin in hub_page_documents(None, page_ids)]
        rows = IndexedDocument.objects.filter(indexer=PAGES, hub=None)
        if page_ids is not None:
            rows = rows.filter(source__in=[page_source(PORTAL, pk) for pk in page_ids])
    return apply(pages, rows)


def _network_plugins():
    """The plugins with network-wide documents: network-wide plugins, and per-hub plugins that
    declare `network_indexers` (shared content)."""
    return [plugin for plugin in registry.all() if plugin.network_indexer_paths]


def sync_network_plugin(plugin):
    """Re-sync every network-wide document of one plugin (what its network indexers produce)."""
    paths = plugin.network_indexer_paths
    entries = []
    with gateway.public_schema():
        for path in paths:
            entries += [(document, path, plugin.plugin_key) for document in import_string(path)().documents()]
        # By indexer, not plugin: a per-hub plugin's hub rows (its pages) are no part of this unit.
        existing = IndexedDocument.objects.filter(indexer__in=paths)
    return apply(entries, existing)


def withdraw(sources):
    """Take these documents out of the index now, in the caller's transaction: an unpublished,
    private or deleted page must not be found a moment longer than the page itself can be read,
    not only once a worker has run the task that re-syncs it. The engine's copy (if any) follows
    when the transaction commits."""
    from search.backends import get_search_backend

    with gateway.public_schema():
        removed = list(IndexedDocument.objects.filter(source__in=sources).values_list("source", flat=True))
        IndexedDocument.objects.filter(source__in=removed).delete()
    if removed:
        transaction.on_commit(lambda: get_search_backend().mirror([], removed))
    return removed


def withdraw_pages(hub_slug, page_ids):
    """`withdraw` for pages of a hub (or the portal), with what lives on them: documents of the
    same hub at the same address (a walk-in page's sessions, `walkin:<hub>:<page>:<n>`)."""
    sources = [page_source(hub_slug, pk) for pk in page_ids]
    with gateway.public_schema():
        pages = list(IndexedDocument.objects.filter(source__in=sources).values_list("hub_id", "url"))
        on_them = Q()
        for hub_id, url in pages:
            on_them |= Q(hub_id=hub_id, url=url) if hub_id is not None else Q(hub__isnull=True, url=url)
        if pages:
            sources += list(IndexedDocument.objects.filter(on_them).values_list("source", flat=True))
    return withdraw(sources)


def remove_sources(sources):
    with gateway.public_schema():
        existing = IndexedDocument.objects.filter(source__in=sources)
    return apply([], existing)


def sync_everything(progress=None):
    """Rebuild the whole index from its sources; returns a SyncReport of what changed."""
    with gateway.public_schema():
        hubs = list(Hub.objects.hubs().order_by("slug"))
        network_plugins = _network_plugins()
    progress = progress or Progress()
    report = SyncReport()
    units = [("hub", hub) for hub in hubs] + [("plugin", plugin) for plugin in network_plugins]
    for kind, unit in progress.items(units, label="hubs en netwerkplugins"):
        report += sync_hub(unit) if kind == "hub" else sync_network_plugin(unit)
    report += sync_portal()
    # Rows no unit produces any more: plugins that were removed from the install.
    with gateway.public_schema():
        known = {PAGES} | {path for plugin in registry.all() for path in (*plugin.indexers, *plugin.network_indexers)}
        orphans = IndexedDocument.objects.exclude(indexer__in=known)
    report += apply([], orphans)
    rebuild_vocabulary()
    return report


# ---------------------------------------------------------------- for plugins


#: The re-syncs asked for inside `reindex_once()`, in order; None outside it.
_gathered_requests = ContextVar("gathered_reindex_requests", default=None)


def request_reindex(plugin_key, hub=None):
    """Ask for a plugin's documents to be re-synced: a network-wide plugin's everywhere, or a
    per-hub plugin's in `hub` (a Hub or its slug; None: its `network_indexers`' documents).
    Returns at once; a task does the work."""
    from search.tasks import reindex_plugin

    hub_slug = getattr(hub, "slug", hub)
    gathered = _gathered_requests.get()
    if gathered is not None:
        gathered[(plugin_key, hub_slug)] = None
        return
    reindex_plugin.enqueue(plugin_key, hub_slug)


@contextmanager
def reindex_once():
    """Ask for each re-sync requested in the block once, at its end (not when it fails).

    A cascade asks once per deleted row (removing a hub deletes hundreds of its partners' rows),
    and a re-sync run in the middle of one (at once, in tests) would read half-deleted records.
    """
    if _gathered_requests.get() is not None:
        yield
        return
    gathered = {}
    token = _gathered_requests.set(gathered)
    try:
        yield
    finally:
        _gathered_requests.reset(token)
    for plugin_key, hub_slug in gathered:
        request_reindex(plugin_key, hub_slug)


def reindex_on_save(model, plugin_key):
    """Re-sync `plugin_key`'s documents whenever an object of `model` is saved or deleted.

    Call it in the plugin's AppConfig.ready(), for a network-wide plugin's models.
    """
    from django.db.models.signals import post_delete, post_save

    def changed(sender, instance, **kwargs):
        request_reindex(plugin_key)

    uid = f"search:reindex:{model._meta.label_lower}"
    post_save.connect(changed, sender=model, weak=False, dispatch_uid=f"{uid}:save")
    post_delete.connect(changed, sender=model, weak=False, dispatch_uid=f"{uid}:delete")
