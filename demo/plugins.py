"""
How a plugin adds its own demo content to the demo network (`PluginConfig.demo`).
"""

import json
from dataclasses import dataclass, field

from wagtail.models import Page


class PluginDemo:
    """Subclass and override what the plugin needs; both steps must be safe to run again."""

    def load_network(self, context):
        """Runs once, in the public schema, before any hub is loaded."""

    def load_hub(self, context):
        """Runs in each demo hub where the plugin is on, inside the hub's schema.

        The hub's own pages exist by then (as drafts, so links to them resolve) and are filled
        after, so they can link to pages made here too: add those to `context.pages`.
        """


@dataclass
class NetworkDemoContext:
    progress: object

    def log(self, message):
        self.progress.note(f"netwerk: {message}")


@dataclass
class HubDemoContext:
    hub: object
    site: object
    home: object
    images: dict
    progress: object
    pages: dict = field(default_factory=dict)

    def log(self, message):
        self.progress.note(f"{self.hub.slug}: {message}")

    def stream(self, blocks):
        """StreamField JSON for demo blocks written as (type, value) tuples (see content/FORMAT.md)."""
        return StreamBuilder(self.images, self.pages).stream(blocks)

    def child(self, parent, model, slug, title, **fields):
        return child_page(parent, model, slug, title, **fields)


class StreamBuilder:
    """Turns the content files' (type, value) tuples into StreamField JSON."""

    def __init__(self, images, pages_by_slug, documents=None):
        self.images = images
        self.pages_by_slug = pages_by_slug
        self.documents = documents or {}

    def stream(self, blocks):
        return json.dumps([{"type": kind, "value": self.value(kind, value)} for kind, value in blocks])

    def value(self, kind, value):
        if kind in ("heading", "paragraph"):
            return value
        if kind == "image":
            return {"image": self.images[value["image"]].pk, "caption": value.get("caption", "")}
        if kind == "links":
            return {"title": value.get("title", ""), "links": [self.link(link) for link in value["links"]]}
        if kind == "contact":
            fields = ("title", "name", "role", "phone", "email", "address", "hours")
            return {name: value.get(name, "") for name in fields}
        if kind == "callout":
            return {"title": value["title"], "text": value["text"], "tone": value.get("tone", "info")}
        if kind == "faq":
            return {"title": value.get("title", ""), "items": value["items"]}
        if kind == "steps":
            return {"title": value.get("title", ""), "steps": value["steps"]}
        if kind == "quote":
            return {"text": value["text"], "attribution": value.get("attribution", "")}
        if kind == "video":
            return {"title": value["title"], "url": value["url"], "transcript": value["transcript"]}
        if kind == "helplines":
            return {"title": value.get("title", "")}
        if kind == "download":
            document = self.documents[value["document"]].pk
            return {"document": document, "title": value.get("title", ""), "description": value.get("description", "")}
        raise ValueError(f"Unknown block type {kind!r} in demo content")

    def link(self, link):
        url = link["url"]
        page = None
        if url.startswith("page:"):
            page = self.pages_by_slug[url.removeprefix("page:")].pk
            url = ""
        return {"title": link["title"], "page": page, "url": url, "description": link.get("description", "")}


def child_page(parent, model, slug, title, **fields):
    """The child page of `parent` with `slug`, created (as a draft) when missing."""
    existing = Page.objects.child_of(parent).filter(slug=slug).first()
    if existing is not None:
        return existing.specific
    page = model(title=title, slug=slug, live=False, **fields)
    parent.add_child(instance=page)
    return page
