"""
Loads the demo network: two regions, the portal, four hubs with their content, images, walk-in
hours and editor accounts. Running it again updates what is there instead of adding copies.
"""

import importlib
import io
import json

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.db import transaction
from django_tenants.utils import get_public_schema_name, tenant_context
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from hubplatform.demo.illustrations import TITLES, draw_illustration
from hubplatform.pages.models import AudiencePage, ContentPage, PortalHomePage
from regions.models import Region
from tenants.branding.models import BrandingSettings
from tenants.models import Municipality
from tenants.provisioning import ensure_portal, provision_hub
from tenants.roles import COORDINATORS, HUB_EDITORS

REGIONS = {"overijssel": "Overijssel", "zuidoost-brabant": "Zuidoost-Brabant"}
PORTAL_DOMAIN = "localhost"
DEMO_HUBS = [
    # (content module, region)
    ("hardenberg", "overijssel"),
    ("helmond", "zuidoost-brabant"),
    ("twente", "overijssel"),
    ("cranendonck", "zuidoost-brabant"),
]
COORDINATOR = {"username": "coordinator", "password": "portaal-demo", "email": "coordinator@knooppunt.example.nl"}
# Pages shown in the footer of every demo hub, by slug.
FOOTER_SLUGS = ["contact", "toegankelijkheid", "privacy"]
MENU_SLUGS = ["over-ons", "contact"]


def hub_domain(slug):
    return f"{slug}.localhost"


def editor_credentials(slug):
    """Local-only demo account of a hub's editor."""
    return {"username": f"redacteur-{slug}", "password": f"{slug}-demo", "email": f"redactie@{slug}.example.nl"}


def content_module(name):
    return importlib.import_module(f"hubplatform.demo.content.{name}")


class StreamBuilder:
    """Turns the content files' (type, value) tuples into StreamField JSON."""

    def __init__(self, images, pages_by_slug):
        self.images = images
        self.pages_by_slug = pages_by_slug

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
            return {field: value.get(field, "") for field in fields}
        if kind == "callout":
            return {"title": value["title"], "text": value["text"], "tone": value.get("tone", "info")}
        if kind == "faq":
            return {"title": value.get("title", ""), "items": value["items"]}
        if kind == "steps":
            return {"title": value.get("title", ""), "steps": value["steps"]}
        if kind == "quote":
            return {"text": value["text"], "attribution": value.get("attribution", "")}
        raise ValueError(f"Unknown block type {kind!r} in demo content")

    def link(self, link):
        url = link["url"]
        page = None
        if url.startswith("page:"):
            page = self.pages_by_slug[url.removeprefix("page:")].pk
            url = ""
        return {"title": link["title"], "page": page, "url": url, "description": link.get("description", "")}


class HubContentLoader:
    def __init__(self, data, region, stdout, refresh=False):
        self.data = data
        self.region = region
        self.stdout = stdout
        self.refresh = refresh
        self.slug = data["slug"]

    def log(self, message):
        self.stdout.write(f"  {self.slug}: {message}")

    def load(self):
        result = provision_hub(self.slug, self.data["name"], hub_domain(self.slug), self.region)
        if not result.created and not self.refresh:
            # Editors may have changed the demo content since; keep their work.
            self.log("bestaat al; inhoud ongemoeid gelaten (--refresh laadt hem opnieuw)")
            return result.hub
        self.log(f"hub {'aangemaakt' if result.created else 'bestond al'} ({result.seconds:.2f} s)")
        with tenant_context(result.hub), transaction.atomic():
            site = Site.objects.get(is_default_site=True)
            branding = self.load_branding(site)
            images = self.load_images(branding)
            self.log(f"{len(images)} afbeeldingen")
            pages = self.load_pages(site, images)
            self.log(f"{len(pages)} pagina's gepubliceerd")
            self.set_footer(branding, pages)
            self.load_editor()
        return result.hub

    def load_branding(self, site):
        branding = BrandingSettings.for_site(site)
        colours = self.data["branding"]
        contact = self.data["contact"]
        branding.hub_name = self.data["name"]
        branding.tagline = self.data.get("tagline", "")
        branding.primary_colour = colours["primary"]
        branding.accent_colour = colours["accent"]
        branding.font = colours.get("font", "humanist")
        branding.contact_address = contact.get("address", "")
        branding.contact_phone = contact.get("phone", "")
        branding.contact_email = contact.get("email", "")
        branding.contact_hours = contact.get("hours", "")
        branding.full_clean()
        branding.save()
        return branding

    def load_images(self, branding):
        Image = get_image_model()
        images = {}
        for key, description in TITLES.items():
            title = f"Illustratie: {description.lower()}"
            image = Image.objects.filter(title=title).first()
            if image is None:
                png = draw_illustration(key, branding.primary_colour, branding.accent_colour)
                image = Image(title=title)
                image.file = ImageFile(_named_bytes(png, f"{key}.png"), name=f"{key}.png")
                image.save()
            images[key] = image
        logo = Image.objects.filter(title="Logo").first()
        if logo is None:
            logo = Image(title="Logo")
            logo.file = ImageFile(
                _named_bytes(draw_illustration("netwerk", branding.primary_colour, branding.accent_colour), "logo.png"),
                name="logo.png",
            )
            logo.save()
        branding.logo = logo
        branding.save()
        return images

    def load_pages(self, site, images):
        home = site.root_page.specific
        plan = []  # (page, spec, kind) in tree order
        for audience in self.data["audiences"]:
            audience_page = _child(home, AudiencePage, audience["slug"], audience["title"], audience=audience["audience"])
            plan.append((audience_page, audience, "audience"))
            for spec in audience["pages"]:
                plan.append((_child(audience_page, ContentPage, spec["slug"], spec["title"]), spec, "content"))
        for spec in self.data["pages"]:
            plan.append((_child(home, ContentPage, spec["slug"], spec["title"]), spec, "content"))
        walkin = self.data.get("walkin")
        if walkin:
            from plugins.walkin.models import WalkInPage

            plan.append((_child(home, WalkInPage, walkin["slug"], walkin["title"]), walkin, "walkin"))

        pages_by_slug = {page.slug: page for page, _spec, _kind in plan}
        builder = StreamBuilder(images, pages_by_slug)

        home_spec = self.data["home"]
        home.title = self.data["name"]
        home.hero_title = home_spec["hero_title"]
        home.hero_intro = home_spec["hero_intro"]
        home.hero_image = images.get(home_spec.get("hero_image"))
        home.body = builder.stream(home_spec.get("body", []))
        home.save_revision().publish()

        for page, spec, kind in plan:
            page.title = spec["title"]
            page.body = builder.stream(spec.get("body", []))
            page.intro = spec.get("intro", "")
            if kind == "content":
                page.image = images.get(spec.get("image"))
            if kind == "audience":
                page.audience = spec["audience"]
            if kind == "walkin":
                page.sessions = json.dumps([{"type": "session", "value": _session(s)} for s in spec["sessions"]])
            page.show_in_menus = kind in ("audience", "walkin") or page.slug in MENU_SLUGS
            page.save_revision().publish()
        return pages_by_slug

    def set_footer(self, branding, pages):
        branding.footer_links = json.dumps(
            [
                {"type": "link", "value": {"label": pages[slug].title, "page": pages[slug].pk, "url": ""}}
                for slug in FOOTER_SLUGS
                if slug in pages
            ]
        )
        branding.save()

    def load_editor(self):
        credentials = editor_credentials(self.slug)
        _ensure_user(credentials, group_name=HUB_EDITORS, first_name="Redactie", last_name=self.data["name"])


def _named_bytes(data, name):
    buffer = io.BytesIO(data)
    buffer.name = name
    return buffer


def _session(spec):
    return {
        "weekday": str(spec["weekday"]),
        "opens": f"{spec['opens']}:00",
        "closes": f"{spec['closes']}:00",
        "location": spec["location"],
        "address": spec.get("address", ""),
        "with_whom": spec.get("with", ""),
        "appointment": bool(spec.get("appointment", False)),
        "note": spec.get("note", ""),
    }


def _child(parent, model, slug, title, **fields):
    """The child page of `parent` with `slug`, created (as a draft) when missing."""
    existing = Page.objects.child_of(parent).filter(slug=slug).first()
    if existing is not None:
        return existing.specific
    page = model(title=title, slug=slug, live=False, **fields)
    parent.add_child(instance=page)
    return page


def _ensure_user(credentials, group_name, first_name, last_name):
    User = get_user_model()
    user, _ = User.objects.get_or_create(username=credentials["username"])
    user.email = credentials["email"]
    user.first_name = first_name
    user.last_name = last_name[:150]
    user.is_active = True
    user.set_password(credentials["password"])
    user.save()
    user.groups.add(Group.objects.get(name=group_name))
    return user


def load_portal(stdout, refresh=False):
    data = content_module("portal").PORTAL
    for slug, name in REGIONS.items():
        Region.objects.get_or_create(slug=slug, defaults={"name": name})
    portal_existed = Municipality.objects.filter(schema_name=get_public_schema_name()).exists()
    ensure_portal(PORTAL_DOMAIN, name=data["title"])
    if portal_existed and not refresh:
        stdout.write("  portaal: bestaat al; inhoud ongemoeid gelaten (--refresh laadt hem opnieuw)")
        return
    with transaction.atomic():
        site = Site.objects.get(is_default_site=True)
        home = PortalHomePage.objects.get(pk=site.root_page_id)
        pages = {spec["slug"]: _child(home, ContentPage, spec["slug"], spec["title"]) for spec in data["pages"]}
        builder = StreamBuilder({}, pages)
        home.title = data["title"]
        home.hero_title = data["hero_title"]
        home.hero_intro = data["hero_intro"]
        home.body = builder.stream(data.get("body", []))
        home.save_revision().publish()
        for spec in data["pages"]:
            page = pages[spec["slug"]]
            page.title = spec["title"]
            page.intro = spec.get("intro", "")
            page.body = builder.stream([block for block in spec.get("body", []) if block[0] != "image"])
            page.show_in_menus = True
            page.save_revision().publish()
        branding = BrandingSettings.for_site(site)
        branding.hub_name = data["title"]
        branding.tagline = "Samen werken aan scheiden zonder schade"
        branding.save()
        _ensure_user(COORDINATOR, group_name=COORDINATORS, first_name="Regio", last_name="Coördinator")
    stdout.write(f"  portaal: {len(pages)} pagina's gepubliceerd op {PORTAL_DOMAIN}")


def load_network(stdout, only=None, refresh=False):
    load_portal(stdout, refresh=refresh)
    hubs = []
    for module_name, region in DEMO_HUBS:
        if only and module_name not in only:
            continue
        data = content_module(module_name).HUB
        hubs.append(HubContentLoader(data, region, stdout, refresh=refresh).load())
    return hubs

