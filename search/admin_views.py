from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse

from regions.scopes import scope_of
from search import statistics
from search.forms import SynonymRulesForm
from search.models import SynonymRule
from tenants.current import current_hub, on_portal


def can_edit_synonyms(user):
    return on_portal() and scope_of(user).whole_network


def synonyms(request):
    """The network's synonym rules, edited by the network's coordinators in the portal."""
    if not on_portal():
        raise Http404
    if not can_edit_synonyms(request.user):
        raise PermissionDenied
    if request.method == "POST":
        form = SynonymRulesForm(request.POST)
        if form.is_valid():
            with transaction.atomic():
                SynonymRule.objects.all().delete()
                SynonymRule.objects.bulk_create([SynonymRule(rule=line) for line in form.cleaned_data["rules"]])
            messages.success(request, f"{len(form.cleaned_data['rules'])} synoniemregels bewaard. Ze werken meteen in elke hub.")
            return redirect("search_synonyms")
    else:
        form = SynonymRulesForm(initial={"rules": "\n".join(SynonymRule.objects.values_list("rule", flat=True))})
    return TemplateResponse(request, "search/admin/synonyms.html", {"form": form, "page_title": "Synoniemen voor zoeken"})


def report(request):
    """What residents of this hub searched for, what found nothing and what they opened."""
    hub = current_hub(request)
    if hub is None:
        raise Http404
    context = {
        "page_title": "Zoekrapport",
        "hub": hub,
        "days": statistics.REPORT_DAYS,
        **statistics.report(hub),
    }
    return TemplateResponse(request, "search/admin/report.html", context)
