from django.http import Http404
from django.shortcuts import render

from regions.finder import hub_url
from regions.models import Region
from tenants.current import on_portal
from tenants.models import Hub


def region_page(request, slug):
    """A region on the portal: its hubs, the municipalities each serves, and a link to each."""
    if not on_portal():
        raise Http404("Regio's staan op het portaal.")
    region = Region.objects.filter(slug=slug).first()
    if region is None:
        raise Http404("Deze regio kennen we niet.")
    hubs = [
        {"hub": hub, "url": hub_url(request, hub)}
        for hub in Hub.objects.hubs().filter(region=region).prefetch_related("domains").order_by("name")
    ]
    return render(request, "regions/region_page.html", {"region": region, "hubs": hubs, "regions": Region.objects.all()})
