from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_noop

from tenants.gateway import NetworkManager

PAGE_KIND = "pagina"
#: The kinds residents filter on, in the order the facet lists them. Plugins may add others.
#: Dutch here (the API and the index use them as they are); the results page translates them.
KIND_LABELS = {
    PAGE_KIND: gettext_noop("Pagina"),
    "gedeelde inhoud": gettext_noop("Gedeelde inhoud"),
    "partner": gettext_noop("Hulpverlener"),
    "inloopspreekuur": gettext_noop("Inloopspreekuur"),
}


class IndexedDocument(models.Model):
    """One searchable thing of the whole network (a hub's page, shared content, a partner
    service, a walk-in session), kept once in the public schema so that one query searches every
    hub: looping over the hubs' schemas costs ~2.5 ms a hub, this table ~0.2 ms flat.

    Only what residents may see is ever stored here; the backends search these rows (PostgreSQL)
    or a copy of them (OpenSearch), and rebuild from the sources when asked.
    """

    #: Stable identity across the network: "page:hardenberg:42", "walkin:helmond:12:0".
    source = models.CharField(max_length=255, unique=True)
    #: What produced it: "pages" or an indexer's dotted path; with `hub` the unit of a re-sync.
    indexer = models.CharField(max_length=200)
    #: Key of the plugin it belongs to ("" for the core page types).
    plugin = models.CharField(max_length=50, blank=True)
    kind = models.CharField(max_length=40)
    #: The hub it belongs to; null for network-wide things. Removing a hub removes its documents.
    hub = models.ForeignKey("tenants.Hub", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    #: Where a network-wide thing may be found: region and hub slugs (empty: everywhere).
    regions = ArrayField(models.CharField(max_length=50), default=list, blank=True)
    hubs = ArrayField(models.CharField(max_length=50), default=list, blank=True)
    language = models.CharField(max_length=10, default="nl")
    #: Shared by the translations of one thing, so a resident gets the one in their language.
    translation_key = models.CharField(max_length=64, blank=True)
    audiences = ArrayField(models.CharField(max_length=20), default=list, blank=True)
    title = models.TextField()
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    url = models.CharField(max_length=500)
    published_from = models.DateTimeField(null=True, blank=True)
    published_until = models.DateTimeField(null=True, blank=True)
    # The analysed terms (search.analysis) the engines match against, and their weighted vector.
    title_terms = models.TextField(blank=True)
    summary_terms = models.TextField(blank=True)
    body_terms = models.TextField(blank=True)
    search_vector = SearchVectorField(null=True)
    #: Hash of everything above, so a rebuild can tell what changed.
    fingerprint = models.CharField(max_length=40)
    indexed_at = models.DateTimeField(auto_now=True)

    objects = NetworkManager()

    class Meta:
        verbose_name = "zoekdocument"
        verbose_name_plural = "zoekdocumenten"
        indexes = [
            # A small pending list (64 kB, PostgreSQL's least): with the default 4 MB a bulk index
            # left its entries there, which every search then read in full until a VACUUM
            # (measured: 312 pages after `bench_search` filled 100,000 rows). Without a pending
            # list (fastupdate off) filling those 100,000 rows took over 4 minutes instead of 30 s.
            GinIndex(fields=["search_vector"], name="search_doc_vector", gin_pending_list_limit=64),
            models.Index(fields=["hub", "kind"], name="search_doc_hub_kind"),
            models.Index(fields=["indexer", "hub"], name="search_doc_indexer_hub"),
        ]

    def __str__(self):
        return self.title


class SearchTerm(models.Model):
    """A word that occurs in the index, for "bedoelde u ...?" and typo tolerance (pg_trgm).

    Words of documents that left the index may linger until the next rebuild; search.service
    offers a correction only when it finds something the resident may see, so they reveal nothing.
    """

    word = models.CharField(max_length=60, unique=True)

    objects = NetworkManager()

    class Meta:
        # A small pending list, as for the documents' vectors: a rebuilt vocabulary sat wholly in
        # the default 4 MB one, and PostgreSQL then never used this index for `%`.
        indexes = [GinIndex(fields=["word"], name="search_term_trgm", opclasses=["gin_trgm_ops"], gin_pending_list_limit=64)]

    def __str__(self):
        return self.word


class SynonymRule(models.Model):
    """A synonym rule of the network, kept by coordinators: residents say "inloopspreekuur" where
    a hub writes "inloopuur"; the query is widened with the rule on every backend."""

    rule = models.CharField(
        "regel",
        max_length=500,
        help_text=(
            "Woorden met dezelfde betekenis, gescheiden door komma's: 'mediator, bemiddelaar'. "
            "Eén richting met =>: 'alimentatie => kinderalimentatie, partneralimentatie'."
        ),
    )

    objects = NetworkManager()

    class Meta:
        verbose_name = "synoniem"
        verbose_name_plural = "synoniemen"
        ordering = ["rule"]

    def __str__(self):
        return self.rule


class SearchStatistic(models.Model):
    """How often a query was searched on a hub on one day, and how often it found nothing.

    Counts only: no address, session, cookie or browser of the resident is ever stored.
    """

    hub = models.ForeignKey("tenants.Hub", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    day = models.DateField()
    query = models.CharField(max_length=200)
    searches = models.PositiveIntegerField(default=0)
    without_results = models.PositiveIntegerField(default=0)

    objects = NetworkManager()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["hub", "day", "query"], name="search_stat_unique", nulls_distinct=False)]


class SearchClick(models.Model):
    """How often residents opened a result for a query on a hub on one day (counts only)."""

    hub = models.ForeignKey("tenants.Hub", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    day = models.DateField()
    query = models.CharField(max_length=200)
    url = models.CharField(max_length=500)
    title = models.CharField(max_length=300)
    clicks = models.PositiveIntegerField(default=0)

    objects = NetworkManager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["hub", "day", "query", "url"], name="search_click_unique", nulls_distinct=False)
        ]
