from functools import wraps

from django.contrib.admin.utils import unquote
from django.http import Http404
from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets import ListingButton
from wagtail.contrib.settings.registry import register_setting
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from plugins.shared import views
from plugins.shared.chooser import shared_piece_chooser
from plugins.shared.models import SharedContentSettings, SharedPiece
from regions.scopes import scope_of
from tenants.current import on_portal


class CoordinatorPiecePolicy(ModelPermissionPolicy):
    """Pieces are written in the portal, each by coordinators whose scope covers it.

    A hub's admin has the same snippet routes (Wagtail is installed in every schema), but the
    library is not there: nobody gets any permission on pieces outside the portal.
    """

    def user_has_permission(self, user, action):
        return on_portal() and not scope_of(user).is_empty and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return on_portal() and not scope_of(user).is_empty and super().user_has_any_permission(user, actions)

    def users_with_any_permission(self, actions):
        users = super().users_with_any_permission(actions)
        return users if on_portal() else users.none()

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and _covers(user, instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_any_permission(user, actions) and _covers(user, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return self.model._default_manager.none()
        scope = scope_of(user)
        pieces = self.model._default_manager.all()
        return pieces if scope.whole_network else pieces.filter(region_id__in=scope.region_ids)


def _on_portal_only(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not on_portal(request):
            raise Http404("Gedeelde inhoud wordt in het portaal beheerd.")
        # Every view of one piece (edit, publish, unpublish, delete, history, workflow actions,
        # preview) is refused outside the coordinator's scope, whatever Wagtail checks itself.
        pk = kwargs.get("pk")
        if pk is not None:
            piece = SharedPiece.objects.filter(pk=unquote(str(pk))).first()
            if piece is not None and not _covers(request.user, piece):
                raise Http404("Dit stuk valt buiten uw werkgebied.")
        return view(request, *args, **kwargs)

    return wrapped


def _covers(user, piece):
    scope = scope_of(user)
    return scope.whole_network or (piece.region_id is not None and piece.region_id in scope.region_ids)


register_permission_policy(SharedPiece, CoordinatorPiecePolicy(SharedPiece))


class SharedPieceViewSet(SnippetViewSet):
    model = SharedPiece
    icon = "doc-full-inverse"
    menu_label = "Gedeelde inhoud"
    menu_name = "gedeelde-inhoud"
    menu_order = 165
    add_to_admin_menu = True
    list_display = ["title", Column("scope_label", label="voor"), "live"]
    list_filter = ["live", "locale"]
    search_fields = ["title", "summary"]

    def get_queryset(self, request):
        scope = scope_of(request.user)
        pieces = SharedPiece.objects.all()
        return pieces if scope.whole_network else pieces.filter(region_id__in=scope.region_ids)

    def get_urlpatterns(self):
        # Wagtail is installed in every schema, so these routes exist in hubs' admins too; there
        # the library's table is not theirs to read, whoever asks.
        patterns = super().get_urlpatterns()
        for pattern in patterns:
            if hasattr(pattern, "callback"):
                pattern.callback = _on_portal_only(pattern.callback)
        return patterns

    def get_menu_item_is_registered(self):
        return True

    def register_chooser_viewset(self):
        # Pieces are chosen only in hubs' page editors, through plugins.shared.chooser. Wagtail's
        # snippet chooser would list the library's table as it is: every piece, drafts included,
        # whatever the coordinator's scope, and in a hub's admin a table it may not read.
        pass

    @property
    def permission_policy(self):
        return CoordinatorPiecePolicy(SharedPiece)


register_snippet(SharedPieceViewSet)
register_setting(SharedContentSettings, icon="doc-full-inverse")


@hooks.register("register_admin_viewset")
def register_piece_chooser():
    return shared_piece_chooser


@hooks.register("register_admin_urls")
def register_shared_urls():
    portal = [
        path("", views.usage_index, name="usage_index"),
        path("<int:piece_id>/", views.piece_usage, name="piece_usage"),
    ]
    hub = [
        path("", views.hub_overview, name="overview"),
        path("stuk/<int:piece_id>/", views.hub_preview, name="preview"),
        path("pagina/<int:page_id>/stuk/<int:piece_id>/", views.hub_pin, name="pin"),
        path("overgenomen/<int:page_id>/", views.hub_syndicated, name="syndicated"),
    ]
    return [
        path("gedeeld-gebruik/", include((portal, "shared_portal"))),
        path("gedeelde-inhoud/", include((hub, "shared_hub"))),
    ]


@hooks.register("register_admin_urls", order=-1)
def guard_translating_pieces():
    """wagtail-localize's routes (translate, edit a translation, update translations), guarded.

    The same paths as wagtail-localize's own, resolved before them: for a shared piece each is
    refused outside the portal and outside the coordinator's scope (wagtail-localize checks
    only the permission on the model); for anything else the original view runs unchanged.
    """
    from wagtail_localize.wagtail_hooks import register_admin_urls as localize_urls

    patterns = []
    for mounted in localize_urls():
        prefix = str(mounted.pattern)
        for pattern in mounted.url_patterns:
            patterns.append(path(prefix + str(pattern.pattern), _guard_piece_translation(pattern.callback)))
    return patterns


_NOT_A_PIECE = object()


def _piece_behind_localize_route(request, kwargs):
    """The Dutch piece a wagtail-localize route works on; _NOT_A_PIECE when it is about something else."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail_localize.models import Translation, TranslationSource

    if "app_label" in kwargs:
        if (kwargs["app_label"], kwargs.get("model_name")) != ("shared", "sharedpiece"):
            return _NOT_A_PIECE
        if not on_portal(request) or "pk" not in kwargs:
            return None
        piece = SharedPiece.objects.filter(pk=unquote(str(kwargs["pk"]))).select_related("locale").first()
        if piece is None or piece.locale.language_code == "nl":
            return piece
        return SharedPiece.objects.filter(translation_key=piece.translation_key, locale__language_code="nl").first()
    if "translation_id" in kwargs:
        source = TranslationSource.objects.filter(translations__pk=kwargs["translation_id"]).first()
    elif "translation_source_id" in kwargs:
        source = TranslationSource.objects.filter(pk=kwargs["translation_source_id"]).first()
    else:
        return _NOT_A_PIECE
    if source is None or source.specific_content_type_id != ContentType.objects.get_for_model(SharedPiece).pk:
        return _NOT_A_PIECE
    if not on_portal(request):
        return None
    return SharedPiece.objects.filter(translation_key=source.object_id, locale_id=source.locale_id).first()


def _guard_piece_translation(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        piece = _piece_behind_localize_route(request, kwargs)
        if piece is not _NOT_A_PIECE:
            if not on_portal(request):
                raise Http404("Gedeelde inhoud wordt in het portaal beheerd.")
            if piece is None and not scope_of(request.user).whole_network:
                raise Http404("Dit stuk valt buiten uw werkgebied.")
            if piece is not None and not _covers(request.user, piece):
                raise Http404("Dit stuk valt buiten uw werkgebied.")
        return view(request, *args, **kwargs)

    return wrapped


@hooks.register("register_snippet_listing_buttons")
def usage_button(snippet, user, next_url=None):
    if isinstance(snippet, SharedPiece):
        yield ListingButton("Gebruik en naar hubs sturen", reverse("shared_portal:piece_usage", args=[snippet.pk]), priority=50)


def _refuse_while_used(request, piece, action):
    """Refuse to take a piece away from hubs that use it, unless the coordinator insists."""
    from django.template.response import TemplateResponse

    from plugins.shared.usage import recorded_uses
    from tenants.models import Hub

    if not isinstance(piece, SharedPiece) or piece.locale.language_code != "nl" or request.POST.get("toch"):
        return None
    hubs = Hub.objects.hubs().order_by("name")
    if piece.region_id is not None:
        hubs = hubs.filter(region_id=piece.region_id)
    usage = recorded_uses(piece, hubs)
    if not usage:
        return None
    return TemplateResponse(
        request, "shared/refuse_while_used.html", {"piece": piece, "usage": usage, "action": action}, status=409
    )


@hooks.register("before_unpublish")
def refuse_unpublishing_used_pieces(request, instance):
    return _refuse_while_used(request, instance, "depubliceren")


@hooks.register("before_delete_snippet")
def refuse_deleting_used_pieces(request, instances):
    for instance in instances:
        response = _refuse_while_used(request, instance, "verwijderen")
        if response is not None:
            return response
    return None


class SharedContentPanel(Component):
    """On a hub's admin dashboard: shared content that changed upstream or was withdrawn."""

    name = "shared_content"
    order = 120
    template_name = "shared/dashboard_panel.html"

    def __init__(self, uses):
        self.behind = [use for use in uses if use.latest_revision_id and use.behind]
        self.withdrawn = [use for use in uses if not use.latest_revision_id]

    def get_context_data(self, parent_context):
        return {"behind": self.behind, "withdrawn": self.withdrawn}


@hooks.register("construct_homepage_panels")
def add_shared_content_panel(request, panels):
    from plugins.registry import is_enabled
    from plugins.shared.usage import uses_in_current_hub

    if on_portal(request) or not is_enabled("shared"):
        return
    panel = SharedContentPanel(uses_in_current_hub())
    if panel.behind or panel.withdrawn:
        panels.append(panel)
