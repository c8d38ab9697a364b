"""
`make bench-directory`: the directory at network size (default 5,000 services, 20,000 schedules)
in a transaction that is rolled back, timed through the full request stack of one demo hub.
"""

import random
import statistics
import time
import uuid
from datetime import time as clock

from django.db import connection, transaction
from django.test import Client

from plugins.directory import models as m
from tenants.gateway import gateway

MUNICIPALITIES = ["Helmond", "Cranendonck", "Hardenberg", "Enschede", "Hengelo", "Almelo", "Eindhoven", "Someren",
                  "Geldrop-Mierlo", "Ommen", "Dalfsen", "Coevorden", "Borne", "Oldenzaal", "Losser", "Tubbergen",
                  "Wierden", "Deurne", "Asten", "Laarbeek", "Gemert-Bakel", "Nuenen", "Heeze-Leende", "Valkenswaard",
                  "Waalre"]


class Rollback(Exception):
    pass


def _fill(services, schedules, progress):
    rng = random.Random(7)
    terms = list(m.TaxonomyTerm.objects.all())
    organizations = [m.Organization(id=uuid.uuid4(), name=f"Benchorganisatie {n}", description="Voor de benchmark.")
                     for n in range(services // 5)]
    m.Organization.objects.bulk_create(organizations)
    rows = []
    for number in progress.items(range(services), "diensten"):
        rows.append(m.Service(
            id=uuid.uuid4(), organization=organizations[number % len(organizations)], name=f"Benchdienst {number}",
            description="Hulp bij scheiden, met mediation en gesprekken voor kinderen.", is_free=number % 2 == 0,
            municipalities=rng.sample(MUNICIPALITIES, 2), languages=["nl", "en"] if number % 3 else ["nl"],
        ))
    m.Service.objects.bulk_create(rows, batch_size=1000)
    links = m.Service.terms.through
    links.objects.bulk_create([links(service_id=row.id, taxonomyterm_id=term.id)
                               for row in rows for term in rng.sample(terms, 2)], batch_size=5000)
    days = ["MO", "TU", "WE", "TH", "FR", "1TU", "-1FR"]
    m.Schedule.objects.bulk_create([
        m.Schedule(id=uuid.uuid4(), service=rows[n % len(rows)], freq="MONTHLY" if n % 7 > 4 else "WEEKLY",
                   byday=days[n % 7], opens_at=clock(9 + n % 8), closes_at=clock(10 + n % 8),
                   attending_type="walk-in" if n % 2 else "appointment")
        for n in progress.items(range(schedules), "openingstijden")
    ], batch_size=5000)


def _median_ms(client, path, params_list, host):
    timings = []
    for params in params_list:
        started = time.perf_counter()
        response = client.get(path, params, HTTP_HOST=host)
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (path, params, response.status_code)
    return statistics.median(timings)


def run(progress, services=5000, schedules=20000, hub="helmond.localhost", repeats=30):
    lines = []
    try:
        with transaction.atomic():
            connection.set_schema_to_public()
            progress.steps(3)
            progress.step(f"{services} diensten en {schedules} openingstijden aanmaken (worden teruggedraaid)")
            _fill(services, schedules, progress)
            # bulk_create sends no signals: tell the gateway, as a save would.
            gateway.invalidate(m.Service)
            client = Client()
            progress.step("Gefilterde overzichtspagina van een hub")
            started = time.perf_counter()
            client.get("/hulp-in-de-buurt/", HTTP_HOST=hub)
            cold = (time.perf_counter() - started) * 1000
            filters = [{"categorie": "mediation"}, {"doelgroep": "ouders", "gratis": "1"}, {"taal": "en", "inloop": "1"},
                       {"nu-open": "1"}, {"q": "kinderen"}]
            page_ms = _median_ms(client, "/hulp-in-de-buurt/", [filters[n % len(filters)] for n in range(repeats)], hub)
            progress.step("HSDS /api/hsds/services per pagina")
            api_ms = _median_ms(client, "/api/hsds/services", [{"page": str(1 + n % 5), "per_page": "50"} for n in range(repeats)], hub)
            total = client.get("/api/hsds/services", {"per_page": "1"}, HTTP_HOST=hub).json()["total_items"]
            lines = [
                f"Directory at {services} services / {schedules} schedules; hub {hub} serves {total} of them",
                f"  first directory page after a change (builds the hub's cache): {cold:.1f} ms",
                f"  filtered directory page, median of {repeats}: {page_ms:.1f} ms (goal < 50 ms)",
                f"  HSDS /services, 50 per page, median of {repeats}: {api_ms:.1f} ms (goal < 25 ms)",
            ]
            raise Rollback
    except Rollback:
        pass
    gateway.invalidate(m.Service)
    return lines
