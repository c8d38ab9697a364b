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
from wagtail.models import Site

from demo.illustrations import TITLES, draw_illustration, draw_logo
from demo.plugins import HubDemoContext, NetworkDemoContext, StreamBuilder, child_page
from demo.translations import load_translations
from hubplatform.progress import Progress
from pages.models import AudiencePage, ContentPage, PortalHomePage
from plugins.registry import registry
from regions.models import Region
from tenants.branding.models import BrandingSettings
from tenants.models import Hub
from tenants.provisioning import ensure_portal, provision_hub
from tenants.roles import COORDINATORS, HUB_EDITORS, ensure_regional_coordinator_group

REGIONS = {"vechtdal": "Vechtdal", "twente": "Twente", "zuidoost-brabant": "Zuidoost-Brabant"}
PORTAL_DOMAIN = "localhost"
DEMO_HUBS = [
    # (content module, region)
    ("hardenberg", "vechtdal"),
    ("helmond", "zuidoost-brabant"),
    ("twente", "twente"),
    ("cranendonck", "zuidoost-brabant"),
]
COORDINATOR = {"username": "coordinator", "password": "portaal-demo", "email": "coordinator@knooppunt.example.nl"}
# Local-only demo accounts of coordinators who work for one region.
REGIONAL_COORDINATORS = {
    "twente": {"username": "coordinator-twente", "password": "twente-regio-demo", "email": "twente@knooppunt.example.nl"},
    "zuidoost-brabant": {
        "username": "coordinator-brabant",
        "password": "brabant-regio-demo",
        "email": "brabant@knooppunt.example.nl",
    },
}
# Pages shown in the footer of every demo hub, by slug.
FOOTER_SLUGS = ["contact", "toegankelijkheid", "privacy"]
MENU_SLUGS = ["over-ons", "contact"]


def hub_domain(slug):
    return f"{slug}.localhost"


def editor_credentials(slug):
    """Local-only demo account of a hub's editor."""
    return {"username": f"redacteur-{slug}", "password": f"{slug}-demo", "email": f"redactie@{slug}.example.nl"}


def content_module(name):
    return importlib.import_module(f"demo.content.{name}")


class HubContentLoader:
    def __init__(self, data, region, progress, refresh=False):
        self.data = data
        self.region = region
        self.progress = progress
        self.refresh = refresh
        self.slug = data["slug"]

    def log(self, message):
        self.progress.note(f"{self.slug}: {message}")

    def load(self):
        result = provision_hub(self.slug, self.data["name"], hub_domain(self.slug), self.region)
        # Structure, not content: what the portal's finder searches, kept current on every run.
        Hub.objects.filter(pk=result.hub.pk).update(
            municipalities=self.data.get("municipalities", []), postcode_areas=self.data.get("postcode_areas", [])
        )
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
            context = HubDemoContext(result.hub, site, site.root_page.specific, images, self.progress)
            plan = self.create_pages(context)
            for plugin in registry.enabled(result.hub):
                demo = plugin.get_demo()
                if demo is not None:
                    demo.load_hub(context)
            self.fill_pages(context, plan)
            self.log(f"{len(context.pages)} pagina's gepubliceerd")
            load_translations(context)
            self.set_footer(branding, context.pages)
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
        branding.layout = colours.get("layout", "banner")
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
            colours = self.data["branding"]
            png = draw_logo(
                colours.get("logo", "circle"), colours.get("initials", self.slug[0]), branding.primary_colour, branding.accent_colour
            )
            logo = Image(title="Logo")
            logo.file = ImageFile(_named_bytes(png, "logo.png"), name="logo.png")
            logo.save()
        branding.logo = logo
        branding.save()
        return images

    def create_pages(self, context):
        """The hub's pages as drafts, in tree order, so that links between them resolve."""
        home = context.home
        plan = []  # (page, spec, kind)
        for audience in self.data["audiences"]:
            audience_page = child_page(home, AudiencePage, audience["slug"], audience["title"], audience=audience["audience"])
            plan.append((audience_page, audience, "audience"))
            for spec in audience["pages"]:
                plan.append((child_page(audience_page, ContentPage, spec["slug"], spec["title"]), spec, "content"))
        for spec in self.data["pages"]:
            plan.append((child_page(home, ContentPage, spec["slug"], spec["title"]), spec, "content"))
        context.pages.update({page.slug: page for page, _spec, _kind in plan})
        return plan

    def fill_pages(self, context, plan):
        home = context.home
        home_spec = self.data["home"]
        home.title = self.data["name"]
        home.hero_title = home_spec["hero_title"]
        home.hero_intro = home_spec["hero_intro"]
        home.hero_image = context.images.get(home_spec.get("hero_image"))
        home.body = context.stream(home_spec.get("body", []))
        home.save_revision().publish()

        for page, spec, kind in plan:
            page.title = spec["title"]
            page.body = context.stream(spec.get("body", []))
            page.intro = spec.get("intro", "")
            if kind == "content":
                page.image = context.images.get(spec.get("image"))
            if kind == "audience":
                page.audience = spec["audience"]
            page.show_in_menus = kind == "audience" or page.slug in MENU_SLUGS
            page.save_revision().publish()

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


def _ensure_user(credentials, group_name, first_name, last_name, keep_password=False):
    User = get_user_model()
    user, created = User.objects.get_or_create(username=credentials["username"])
    user.email = credentials["email"]
    user.first_name = first_name
    user.last_name = last_name[:150]
    user.is_active = True
    if created or not keep_password:
        user.set_password(credentials["password"])
    user.save()
    user.groups.add(Group.objects.get(name=group_name))
    return user


def load_regions_and_coordinators(home):
    """The demo regions, their hubs' membership and the coordinators' groups and accounts.

    Structure, not content: brought up to date on every run.
    """
    regions = {slug: Region.objects.get_or_create(slug=slug, defaults={"name": name})[0] for slug, name in REGIONS.items()}
    for slug, region_slug in DEMO_HUBS:
        Hub.objects.filter(slug=slug).exclude(region=regions[region_slug]).update(region=regions[region_slug])
    _ensure_user(COORDINATOR, group_name=COORDINATORS, first_name="Netwerk", last_name="Coördinator", keep_password=True)
    for region_slug, credentials in REGIONAL_COORDINATORS.items():
        group = ensure_regional_coordinator_group(home, regions[region_slug])
        _ensure_user(credentials, group_name=group.name, first_name="Coördinator", last_name=regions[region_slug].name, keep_password=True)
    return regions


def load_portal(progress, refresh=False):
    data = content_module("portal").PORTAL
    portal_existed = Hub.objects.filter(schema_name=get_public_schema_name()).exists()
    ensure_portal(PORTAL_DOMAIN, name=data["title"])
    site = Site.objects.get(is_default_site=True)
    regions = load_regions_and_coordinators(site.root_page)
    progress.note(f"portaal: {len(regions)} regio's, {1 + len(REGIONAL_COORDINATORS)} coördinatoren")
    if portal_existed and not refresh:
        progress.note("portaal: bestaat al; inhoud ongemoeid gelaten (--refresh laadt hem opnieuw)")
        return
    with transaction.atomic():
        site = Site.objects.get(is_default_site=True)
        home = PortalHomePage.objects.get(pk=site.root_page_id)
        pages = {spec["slug"]: child_page(home, ContentPage, spec["slug"], spec["title"]) for spec in data["pages"]}
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
        contact = data.get("contact", {})
        branding.contact_address = contact.get("address", "")
        branding.contact_phone = contact.get("phone", "")
        branding.contact_email = contact.get("email", "")
        branding.contact_hours = contact.get("hours", "")
        branding.layout = "licht"
        branding.save()
    progress.note(f"portaal: {len(pages)} pagina's gepubliceerd op {PORTAL_DOMAIN}")


def load_network(progress=None, only=None, refresh=False):
    """Load the portal, the plugins' network-wide demo data and the demo hubs; returns the hubs."""
    progress = progress or Progress()
    selected = [(name, region) for name, region in DEMO_HUBS if not only or name in only]
    progress.steps(2 + len(selected))
    progress.step("Portaal")
    load_portal(progress, refresh=refresh)
    progress.step("Netwerkgegevens van plugins")
    network_context = NetworkDemoContext(progress)
    for plugin in registry.all():
        demo = plugin.get_demo()
        if demo is not None:
            demo.load_network(network_context)
    hubs = []
    for module_name, region in selected:
        progress.step(f"Hub {module_name}")
        data = content_module(module_name).HUB
        hubs.append(HubContentLoader(data, region, progress, refresh=refresh).load())
    return hubs
