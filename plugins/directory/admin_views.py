"""Partners in the Wagtail admin: a hub's editors keep their hub's own, coordinators the region's."""

import json

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse

from plugins.directory import ownership
from plugins.directory.forms import ScheduleFormSet, ServiceForm
from plugins.directory.transfer import Report, export_csv, export_services, import_csv, import_services
from plugins.registry import is_enabled
from tenants.current import current_hub
from tenants.gateway import gateway


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


def export(request):
    """The partners this user keeps, as HSDS 3 JSON."""
    editor = _editor(request)
    mine = {service["id"] for service in ownership.editable_services(editor)}
    if request.GET.get("formaat") == "csv":
        response = HttpResponse(gateway.run(export_csv, only=mine), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="partners.csv"'
        return response
    services = [service for service in gateway.run(export_services) if service["id"] in mine]
    response = HttpResponse(json.dumps(services, ensure_ascii=False, indent=2), content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="partners-hsds.json"'
    return response


def import_file(request):
    """Read HSDS 3 JSON or CSV into the partners this user keeps: all rows or none, with a report."""
    editor = _editor(request)
    report = None
    if request.method == "POST":
        upload = request.FILES.get("bestand")
        rows = text = None
        try:
            if upload and upload.name.lower().endswith(".csv"):
                text = upload.read().decode("utf-8-sig")
            elif upload:
                rows = json.loads(upload.read().decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            report = Report()
            report.error(0, "(bestand)", f"kan het bestand niet lezen: {error}")
        options = {"owner": editor.default_owner(), "editable": editor.organizations_filter()}
        if text is not None:
            report = gateway.run(lambda: import_csv(text, **options))
        elif rows is not None:
            report = gateway.run(lambda: import_services(rows, **options))
        elif report is None:
            report = Report()
            report.error(0, "(bestand)", "kies een bestand")
        if report.ok:
            messages.success(request, "Ingelezen: " + report.lines()[0])
            return redirect("directory_admin_index")
    return TemplateResponse(request, "directory/admin/import.html", {"page_title": "Partners inlezen", "report": report})
