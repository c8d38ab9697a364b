"""Partners in the Wagtail admin: a hub's editors keep their hub's own, coordinators the region's."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse

from plugins.directory import ownership
from plugins.directory.forms import ScheduleFormSet, ServiceForm
from plugins.registry import is_enabled
from tenants.current import current_hub


def _editor(request):
    hub = current_hub(request)
    if hub is not None and not is_enabled("directory", hub):
        raise Http404("Het partneroverzicht staat in deze hub niet aan.")
    editor = ownership.Editor(request)
    if not editor.may_edit:
        raise PermissionDenied
    return editor


def index(request):
    editor = _editor(request)
    return TemplateResponse(request, "directory/admin/index.html", {
        "page_title": "Partners", "services": ownership.editable_services(editor), "hub": editor.hub,
        "scope": None if editor.hub else editor.scope.describe(),
    })


def edit(request, service_id=None):
    editor = _editor(request)
    initial = ownership.load_service(editor, service_id) if service_id else None
    choices = {"organizations": ownership.editable_organizations(editor), "terms": ownership.term_choices()}
    if request.method == "POST":
        form = ServiceForm(request.POST, **choices)
        schedules = ScheduleFormSet(request.POST, prefix="tijden")
        if form.is_valid() and schedules.is_valid():
            entries = [entry.cleaned_data for entry in schedules if entry.cleaned_data and not entry.cleaned_data.get("DELETE")]
            saved_id = ownership.save_service(editor, service_id, form.cleaned_data, entries)
            messages.success(request, f"'{form.cleaned_data['name']}' is bewaard. Het staat meteen in het partneroverzicht.")
            return redirect("directory_admin_edit", service_id=saved_id)
    else:
        defaults = {"municipalities": ", ".join(editor.hub.municipalities) if editor.hub else "", "languages": "nl"}
        form = ServiceForm(initial=initial["service"] if initial else defaults, **choices)
        schedules = ScheduleFormSet(initial=initial["schedules"] if initial else None, prefix="tijden")
    return TemplateResponse(request, "directory/admin/edit.html", {
        "page_title": initial["service"]["name"] if initial else "Nieuwe partner", "form": form, "schedules": schedules,
    })
