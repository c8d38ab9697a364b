"""
Admin views of shared content.

On the portal: a coordinator's overview per piece (which hubs use it, how, at which version,
which copies differ) and sending a piece to hubs. On a hub: the editor's library (search,
preview), what the hub uses and what changed upstream, moving a pin, taking upstream changes.
Each view refuses to run on the other side.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from wagtail.models import Page

from plugins.shared import library, syndication
from plugins.shared.usage import recorded_uses, uses_in_current_hub
from regions.scopes import scope_of
from security.headers import protect_upload
from tenants.current import current_hub, on_portal


def _portal_only(request):
    if not on_portal(request):
        raise Http404("Alleen in het portaal.")
    scope = scope_of(request.user)
    if scope.is_empty:
        raise PermissionDenied("U coördineert geen hubs.")
    return scope


def _hub_only(request):
    if on_portal(request):
        raise Http404("Alleen in de beheeromgeving van een hub.")
    if not request.user.has_perm("wagtailadmin.access_admin"):
        raise PermissionDenied
    return current_hub(request)


def pieces_in_scope(scope):
    from plugins.shared.models import SharedPiece

    pieces = SharedPiece.objects.filter(locale__language_code="nl")
    return pieces if scope.whole_network else pieces.filter(region_id__in=scope.region_ids)


# --- portal ----------------------------------------------------------------------------


def usage_index(request):
    scope = _portal_only(request)
    return TemplateResponse(
        request,
        "shared/portal_usage_index.html",
        {"pieces": pieces_in_scope(scope).order_by("title"), "scope": scope},
    )


class SendForm(forms.Form):
    hubs = forms.ModelMultipleChoiceField(queryset=None, widget=forms.CheckboxSelectMultiple, label="Naar deze hubs")
    with_children = forms.BooleanField(
        label="Met de onderliggende pagina's",
        required=False,
        help_text="Elk gepubliceerd stuk onder dit stuk wordt een pagina onder deze pagina, in elke hub die het mag tonen.",
    )

    def __init__(self, *args, hubs, has_children=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["hubs"].queryset = hubs
        if not has_children:
            del self.fields["with_children"]


def piece_usage(request, piece_id):
    scope = _portal_only(request)
    piece = get_object_or_404(pieces_in_scope(scope), pk=piece_id)
    reachable = scope.hubs().order_by("name")
    if piece.region_id is not None:
        reachable = reachable.filter(region_id=piece.region_id)
    children = pieces_in_scope(scope).filter(parent_piece_id=piece.pk).order_by("pk")
    form = SendForm(request.POST or None, hubs=reachable, has_children=children.exists())
    if request.method == "POST":
        if not piece.live:
            messages.error(request, "Publiceer het stuk eerst; alleen gepubliceerde stukken gaan naar hubs.")
        elif form.is_valid():
            hubs = list(form.cleaned_data["hubs"])
            sent = syndication.syndicate(
                piece.pk, hubs, request.user, with_children=form.cleaned_data.get("with_children", False)
            )
            for hub in hubs:
                made = [item for item in sent if item.hub == hub and item.created]
                kept = [item for item in sent if item.hub == hub and not item.created]
                state = "gepubliceerd" if any(item.published for item in made) else "als concept"
                if made:
                    messages.success(request, f"{hub.name}: {len(made)} pagina('s) aangemaakt, {state}" + (f"; {len(kept)} had de hub al." if kept else "."))
                else:
                    messages.success(request, f"{hub.name}: had deze pagina's al.")
            return redirect("shared_portal:piece_usage", piece.pk)
    usage = recorded_uses(piece, scope.hubs())
    return TemplateResponse(
        request, "shared/portal_piece_usage.html", {"piece": piece, "usage": usage, "form": form, "children": children}
    )


# --- hub -------------------------------------------------------------------------------


def hub_overview(request):
    hub = _hub_only(request)
    query = request.GET.get("q", "").strip()
    uses = uses_in_current_hub()
    changes = []
    from plugins.shared.models import SyndicatedPage

    for page in SyndicatedPage.objects.all():
        latest, block_changes = syndication.upstream_changes(page.get_latest_revision_as_object())
        if block_changes:
            changes.append((page, block_changes))
    return TemplateResponse(
        request,
        "shared/hub_overview.html",
        {
            "hub": hub,
            "query": query,
            "pieces": library.available_pieces(hub, search=query),
            "uses": uses,
            "syndicated_changes": changes,
        },
    )


def hub_preview(request, piece_id):
    _hub_only(request)
    revision_id = request.GET.get("versie")
    shown = library.render(piece_id, revision_id=int(revision_id) if revision_id and revision_id.isdigit() else None)
    if shown is None:
        raise Http404("Dit stuk is niet beschikbaar voor uw hub.")
    return TemplateResponse(request, "shared/hub_preview.html", {"shared": shown})


def hub_pin(request, page_id, piece_id):
    """Compare the pinned version of a piece in a page with the latest, and move the pin."""
    _hub_only(request)
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    found = library.visible_status(piece_id)
    if found is None:
        raise Http404("Dit stuk is niet beschikbaar voor uw hub.")
    latest_page = page.get_latest_revision_as_object()
    pinned = [
        block
        for block in latest_page.body.raw_data
        if block.get("type") == "shared_content" and str(block["value"].get("piece")) == str(piece_id) and block["value"].get("pin")
    ]
    if not pinned:
        raise Http404("Deze pagina zet dit stuk niet vast.")
    if request.method == "POST":
        # Read before saving: get_latest_revision_as_object() may be `page` itself.
        publish_now = page.live and not page.has_unpublished_changes
        body = []
        for block in latest_page.body.raw_data:
            block = dict(block)
            if block in pinned:
                block["value"] = {**block["value"], "pinned_revision": found["live_revision_id"]}
            body.append(block)
        latest_page.body = body
        revision = latest_page.save_revision(user=request.user, log_action=True)
        if publish_now:
            revision.publish(user=request.user)
            messages.success(request, f"'{page.title}' toont nu de nieuwste versie van '{found['title']}'.")
        else:
            messages.success(request, f"Nieuwste versie vastgezet in het concept van '{page.title}'. Publiceer de pagina om hem te tonen.")
        return redirect("shared_hub:overview")
    old_revision = pinned[0]["value"].get("pinned_revision")
    return TemplateResponse(
        request,
        "shared/hub_pin.html",
        {
            "page": page,
            "piece": found,
            "old": library.render(piece_id, revision_id=old_revision),
            "new": library.render(piece_id),
            "old_stream": library.revision_stream(piece_id, old_revision) if old_revision else None,
            "new_stream": library.live_stream(piece_id),
        },
    )


def hub_syndicated(request, page_id):
    """Upstream changes to a syndicated page, block by block; take them or keep the local text."""
    from plugins.shared.models import SyndicatedPage

    _hub_only(request)
    page = get_object_or_404(SyndicatedPage, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    current = page.get_latest_revision_as_object()
    latest, changes = syndication.upstream_changes(current)
    if request.method == "POST":
        syndication.take_upstream(current, request.POST.getlist("blokken"), user=request.user)
        messages.success(request, "Wijzigingen verwerkt in een concept. Bekijk de pagina en publiceer hem.")
        return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    return TemplateResponse(
        request, "shared/hub_syndicated.html", {"page": page, "changes": changes, "latest": latest}
    )


def serve_shared_media(request, path):
    """A file of a shared piece, on the host of a hub that may show that piece, and nowhere else."""
    from django.conf import settings

    from pages.views import INLINE_MEDIA_TYPES, PRIVATE_MEDIA_DIRS

    parts = path.split("/")
    if on_portal(request) or ".." in parts or parts[0] in PRIVATE_MEDIA_DIRS or not library.media_allowed(path, current_hub(request)):
        raise Http404("Dit bestand hoort niet bij deze website.")
    full_path = settings.MEDIA_ROOT / "public" / path
    if not full_path.is_file():
        raise Http404("Onbekend bestand.")
    import mimetypes

    content_type = mimetypes.guess_type(path)[0] or "application/octet-stream"
    attachment = None if content_type in INLINE_MEDIA_TYPES else full_path.name
    return protect_upload(FileResponse(open(full_path, "rb"), content_type=content_type), attachment)


def serve_shared_document(request, document_id, filename):
    """A portal document a shared piece links to, on the host of a hub that may show that piece.

    Always a download (like the hub's own documents): a document is never shown as a page of the hub.
    """
    import mimetypes

    if on_portal(request) or not library.document_allowed(document_id, current_hub(request)):
        raise Http404("Dit document hoort niet bij deze website.")
    found = library.document_file(document_id)
    if found is None or found["name"] != filename:
        raise Http404("Onbekend document.")
    try:
        handle = open(found["path"], "rb")
    except OSError:
        raise Http404("Onbekend document.") from None
    content_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    return protect_upload(FileResponse(handle, content_type=content_type), filename)


def portal_piece(request, piece_id):
    """A live piece on the portal, in the resident's language when translated: where the
    federated search sends residents for shared content."""
    from django.utils import translation

    from plugins.shared.models import SharedPiece

    if not on_portal(request):
        raise Http404("Gedeelde inhoud staat op het portaal.")
    piece = get_object_or_404(SharedPiece, pk=piece_id, live=True, locale__language_code="nl")
    shown = (
        SharedPiece.objects.filter(
            translation_key=piece.translation_key, locale__language_code=translation.get_language(), live=True
        ).first()
        or piece
    )
    return TemplateResponse(
        request, "shared/portal_piece.html", {"piece": shown, "translated": shown.locale.language_code == translation.get_language()}
    )
