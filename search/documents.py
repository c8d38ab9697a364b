"""
What the federated index holds: one `SearchDocument` per searchable thing (a hub page, a piece
of shared content, a partner service, a walk-in session...). Plugins contribute documents through
`Indexer` subclasses they declare in `PluginConfig.indexers`; `search.indexing` calls them and
keeps the index in step (see the README, "Federated search").
"""

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class SearchDocument:
    #: Stable identity of the thing, unique across the network, e.g. "walkin:helmond:12:0".
    source: str
    #: What kind of thing it is, in Dutch as residents see it: "pagina", "gedeelde inhoud",
    #: "partner", "inloopspreekuur", ... (the search page offers it as a filter).
    kind: str
    title: str
    #: Full URL, with the host of the hub (or portal) that serves it; or a path, for a network-wide
    #: thing that every host showing it serves (a national partner service).
    url: str
    #: Slug of the hub it belongs to; None for network-wide things (shared content, partners).
    hub: str | None = None
    language: str = "nl"
    #: The same for every translation of one thing (a page's translation_key), so a resident
    #: gets the version in their language; "" when there are no translations.
    translation_key: str = ""
    summary: str = ""
    body: str = ""
    #: Audience keys (pages.models.AUDIENCE_CHOICES: "ouders", "kinderen", "netwerk", "professionals").
    audiences: tuple = field(default_factory=tuple)
    published_from: datetime | None = None
    published_until: datetime | None = None
    #: Where a network-wide thing (hub=None) may be found: region slugs and hub slugs. Empty
    #: means everywhere; both set means a hub in one of the regions or one of the hubs. Ignored
    #: for a hub's own things (they are found wherever that hub's pages are).
    regions: tuple = field(default_factory=tuple)
    hubs: tuple = field(default_factory=tuple)


class Indexer:
    """Produces the documents of one kind of thing.

    `documents()` is called in the schema whose things it indexes: inside a hub's
    `tenant_context` for a per-hub plugin (once per hub where the plugin is on), in the public
    schema for a network-wide plugin and for a per-hub plugin's `network_indexers`. It yields
    only what residents may see: nothing draft, login-restricted or expired. After a save, ask
    for a re-sync with `search.indexing.request_reindex(plugin_key)` (see the README).
    """

    kind = ""

    def documents(self):
        raise NotImplementedError(f"{type(self).__name__} must yield the SearchDocuments of its {self.kind!r} things.")
