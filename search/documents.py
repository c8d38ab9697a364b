"""
What the federated index holds: one `SearchDocument` per searchable thing (a hub page, a piece
of shared content, a partner service, a walk-in session...). Plugins contribute documents through
`Indexer` subclasses they declare in `PluginConfig.indexers`.
"""

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class SearchDocument:
    #: Stable identity of the thing, unique across the network, e.g. "walkin:helmond:12:0".
    source: str
    #: What kind of thing it is, in Dutch as residents see it: "pagina", "inloopspreekuur", ...
    kind: str
    title: str
    #: Full URL, with the host of the hub (or portal) that serves it.
    url: str
    #: Slug of the hub it belongs to; None for network-wide things (shared content, partners).
    hub: str | None = None
    language: str = "nl"
    summary: str = ""
    body: str = ""
    audiences: tuple = field(default_factory=tuple)
    published_from: datetime | None = None
    published_until: datetime | None = None


class Indexer:
    """Produces the documents of one kind of thing.

    `documents()` is called in the schema whose things it indexes: inside a hub's
    `tenant_context` for a per-hub plugin (once per hub where the plugin is on), in the public
    schema for a network-wide plugin. It yields only what residents may see: nothing draft,
    login-restricted or expired.
    """

    kind = ""

    def documents(self):
        raise NotImplementedError(f"{type(self).__name__} must yield the SearchDocuments of its {self.kind!r} things.")


def matches(document, words):
    """Whether every word occurs in the document's title, summary or body (case-insensitive)."""
    haystack = " ".join((document.title, document.summary, document.body)).lower()
    return all(word in haystack for word in words)
