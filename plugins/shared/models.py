"""
The shared content library (public schema) and what a hub keeps of it (its own schema).

A `SharedPiece` is written once by coordinators in the portal. Hubs never query it: they ask
plugins.shared.library, which reads it through tenants.gateway. A hub stores only ids: the piece
id (and a pinned revision id) in an embed block, or the source of a `SyndicatedPage`.
"""

from django.contrib.contenttypes.fields import GenericRelation
from django.contrib.postgres.fields import ArrayField
from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.models import (
    DraftStateMixin,
    GroupApprovalTask,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from blocks.blocks import LibraryStreamBlock
from blocks.fields import BodyField
from plugins.shared.forms import SharedPieceForm
from pages.models import AUDIENCE_CHOICES, BasePage
from tenants.gateway import NetworkManager

TOPIC_CHOICES = [
    ("kind", "Scheiden en kinderen"),
    ("ouderschapsplan", "Ouderschapsplan"),
    ("mediation", "Mediation en hulp bij afspraken"),
    ("geld", "Geld en alimentatie"),
    ("wonen", "Wonen"),
    ("emoties", "Gevoelens en steun"),
    ("recht", "Recht en procedure"),
]


class SharedPiece(
    WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, PreviewableMixin, TranslatableMixin, index.Indexed, models.Model
):
    """An explanation coordinators write once, for every hub in its scope (network or one region)."""

    title = models.CharField("titel", max_length=255)
    summary = models.TextField("samenvatting", blank=True, help_text="Eén of twee zinnen: waar gaat dit over?")
    body = BodyField(LibraryStreamBlock(), verbose_name="inhoud", blank=True)
    # An id, not a relation: regions live in the public schema only, this table in every schema.
    region_id = models.PositiveIntegerField("regio", null=True, blank=True, help_text="Leeg: het hele netwerk.")
    audiences = ArrayField(
        models.CharField(max_length=20, choices=AUDIENCE_CHOICES), verbose_name="doelgroepen", default=list, blank=True
    )
    topics = ArrayField(models.CharField(max_length=20, choices=TOPIC_CHOICES), verbose_name="onderwerpen", default=list, blank=True)
    # A piece may be a page below another piece: a coordinator sends the whole tree to hubs, each
    # piece becoming a page below its parent's page. An id, like region_id: this table is in
    # every schema, and a hub never follows it itself.
    parent_piece_id = models.PositiveIntegerField(
        "onderdeel van", null=True, blank=True, help_text="Leeg: een stuk op zichzelf. Anders: een pagina onder dit stuk."
    )

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="sharedpiece")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="sharedpiece",
        for_concrete_model=False,
    )

    objects = NetworkManager()

    base_form_class = SharedPieceForm

    # What wagtail-localize translates; the rest every translation takes from the Dutch source.
    # Named, not guessed from field types: a translation without the source's region would fall
    # outside every regional coordinator's scope (and be shown network-wide).
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("summary"),
        TranslatableField("body"),
        SynchronizedField("region_id"),
        SynchronizedField("audiences"),
        SynchronizedField("topics"),
        SynchronizedField("parent_piece_id"),
    ]

    panels = [
        FieldPanel("title"),
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("region_id"), FieldPanel("audiences"), FieldPanel("topics")], heading="Voor wie en waar"
        ),
        FieldPanel("parent_piece_id"),
        MultiFieldPanel([FieldPanel("go_live_at"), FieldPanel("expire_at")], heading="Planning"),
    ]

    search_fields = [
        index.SearchField("title", boost=2),
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("region_id"),
        index.FilterField("live"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = "gedeeld stuk"
        verbose_name_plural = "gedeelde inhoud"

    def __str__(self):
        return self.title

    @classmethod
    def get_indexed_objects(cls):
        # Wagtail's own search index is per schema; the library has rows in the portal's only.
        from django.db import connection
        from django_tenants.utils import get_public_schema_name

        if connection.schema_name != get_public_schema_name():
            return models.QuerySet(cls).none()
        return super().get_indexed_objects()

    @property
    def revisions(self):
        return self._revisions

    def scope_label(self):
        if self.region_id is None:
            return "het hele netwerk"
        from regions.models import Region

        return Region.objects.filter(pk=self.region_id).values_list("name", flat=True).first() or "onbekende regio"

    def get_preview_template(self, request, mode_name):
        return "shared/piece_preview.html"


class SyndicatedPage(BasePage):
    """A hub's own page made from a shared piece: editable locally, linked to its source.

    `upstream_body` is the piece's body as the hub last took it. Comparing it with the piece's
    current body tells what changed upstream; comparing it with `body` tells what the hub changed.
    """

    available_on_portal = False

    intro = models.TextField("inleiding", blank=True)
    body = BodyField(verbose_name="inhoud", blank=True)
    source_piece_id = models.PositiveIntegerField("gedeeld stuk", editable=False)
    source_revision_id = models.PositiveIntegerField("versie van het gedeelde stuk", null=True, editable=False)
    upstream_title = models.CharField(max_length=255, blank=True, editable=False)
    upstream_body = models.JSONField(default=list, blank=True, editable=False)

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]

    search_fields = BasePage.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    # Below another syndicated page when the coordinator sent a tree of pieces.
    parent_page_types = ["pages.HomePage", "pages.AudiencePage", "pages.ContentPage", "shared.SyndicatedPage"]
    subpage_types = ["shared.SyndicatedPage"]

    template = "shared/syndicated_page.html"

    class Meta:
        verbose_name = "overgenomen gedeelde pagina"


class PieceUse(models.Model):
    """Where a hub uses a shared piece: the coordinators' record, so nobody scans every hub.

    Rows live in the portal's schema only (like the library's). Hubs write them through the
    gateway when one of their pages is published, unpublished, deleted or, for syndicated pages,
    saved as a draft (plugins.shared.signals); `rebuild_shared_usage` makes them again from the
    hubs. Ids, not relations: hubs, their pages and the pieces live in other schemas.
    """

    EMBEDDED, PINNED, SYNDICATED = "ingesloten", "vastgezet", "overgenomen"

    piece_id = models.PositiveIntegerField("gedeeld stuk", db_index=True)
    hub_id = models.PositiveIntegerField("hub")
    page_id = models.PositiveIntegerField("pagina")
    page_title = models.CharField("titel van de pagina", max_length=255)
    how = models.CharField(
        "hoe", max_length=20, choices=[(EMBEDDED, "ingesloten"), (PINNED, "vastgezet"), (SYNDICATED, "overgenomen")]
    )
    # The pinned version, or the version a syndicated page took; None: always the latest.
    revision_id = models.PositiveIntegerField("versie", null=True, blank=True)
    differs_locally = models.BooleanField("lokaal aangepast", default=False)
    page_live = models.BooleanField("pagina gepubliceerd", default=True)
    recorded_at = models.DateTimeField("vastgelegd", auto_now=True)

    objects = NetworkManager()

    class Meta:
        verbose_name = "gebruik van een gedeeld stuk"
        verbose_name_plural = "gebruik van gedeelde stukken"
        indexes = [models.Index(fields=["hub_id", "page_id"], name="shared_pieceuse_hub_page")]


class SharedContentSettings(BaseSiteSetting):
    """A hub's choice: do pages coordinators send arrive as drafts (default) or published at once?"""

    publish_syndicated_at_once = models.BooleanField(
        "gedeelde pagina's meteen publiceren",
        default=False,
        help_text="Uit: een pagina die een coördinator stuurt, komt als concept binnen zodat u hem eerst kunt nakijken.",
    )

    panels = [FieldPanel("publish_syndicated_at_once")]

    class Meta:
        verbose_name = "instellingen gedeelde inhoud"


class SecondCoordinatorApprovalTask(GroupApprovalTask):
    """Approval by a coordinator of the chosen groups who is not the one who asked for it.

    Wagtail's group approval lets a submitter who is in the group approve their own change; the
    network wants four eyes on everything every hub will show.
    """

    def get_actions(self, obj, user):
        state = getattr(obj, "current_workflow_state", None)
        if state is not None and state.requested_by_id == user.pk:
            return []
        return super().get_actions(obj, user)

    def user_can_access_editor(self, obj, user):
        return bool(self.get_actions(obj, user)) and super().user_can_access_editor(obj, user)

    class Meta:
        verbose_name = "goedkeuring door een tweede coördinator"
        verbose_name_plural = "goedkeuringen door een tweede coördinator"
