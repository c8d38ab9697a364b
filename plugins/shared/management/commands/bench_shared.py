"""
`make bench-shared`: a hub page with 10 embedded shared pieces against the same page with the same
content inline, rendered without the page cache and without keeping the pages' rendered fragments
(a body kept as a fragment would hide what embedding costs): time and queries of each. Works on the demo
network inside a transaction it rolls back, so it leaves nothing behind.
"""

import statistics
import time

from django.core.cache import caches
from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django_tenants.utils import tenant_context
from wagtail.models import Locale, Site

from pages.models import ContentPage
from tenants.models import Hub

PIECES = 10


class _Rollback(Exception):
    pass


class Command(BaseCommand):
    help = "Meet een hubpagina met 10 ingesloten gedeelde stukken tegen dezelfde inhoud direct op de pagina."

    def add_arguments(self, parser):
        parser.add_argument("--hub", default="hardenberg")
        parser.add_argument("--rounds", type=int, default=30)

    def handle(self, *args, hub, rounds, **options):
        try:
            # Fragments live as long as pages in the page cache: 0 keeps none, every view renders.
            with transaction.atomic(), override_settings(KNOOPPUNT_PAGE_CACHE_SECONDS=0):
                self._run(Hub.objects.get(slug=hub), rounds)
                raise _Rollback
        except _Rollback:
            pass
        connection.set_schema_to_public()

    def _run(self, hub, rounds):
        from plugins.shared.models import SharedPiece

        body = []
        for number in range(PIECES):
            body.append({"type": "heading", "value": f"Onderdeel {number + 1}"})
            body.append({"type": "paragraph", "value": f"<p>Uitleg {number + 1}: {'een zin met wat woorden. ' * 20}</p>"})
            body.append({"type": "callout", "value": {"title": "Goed om te weten", "text": "<p>Vraag hulp op tijd.</p>", "tone": "info"}})
        pieces = []
        for number in range(PIECES):
            piece = SharedPiece(
                title=f"Meetstuk {number + 1}", body=body[number * 3 : number * 3 + 3], locale=Locale.objects.get(language_code="nl")
            )
            piece.save()
            piece.save_revision().publish()
            pieces.append(piece)
        with tenant_context(hub):
            home = Site.objects.get(is_default_site=True).root_page.specific
            embedded = home.add_child(
                instance=ContentPage(
                    title="Meting ingesloten",
                    slug="meting-ingesloten",
                    body=[{"type": "shared_content", "value": {"piece": str(p.pk), "pin": False, "pinned_revision": None}} for p in pieces],
                )
            )
            embedded.save_revision().publish()
            inline_body = []
            for piece in pieces:
                inline_body.append({"type": "heading", "value": piece.title})
                inline_body.extend({"type": block["type"], "value": block["value"]} for block in piece.body.raw_data)
            inline = home.add_child(instance=ContentPage(title="Meting direct", slug="meting-direct", body=inline_body))
            inline.save_revision().publish()
        host = hub.domains.filter(is_primary=True).first().domain
        self.stdout.write(f"{PIECES} stukken op {host}, zonder paginacache, mediaan van {rounds} keer:")
        for label, path in (("direct op de pagina", "/meting-direct/"), ("ingesloten", "/meting-ingesloten/")):
            warm_ms, warm_queries = self._measure(host, path, rounds)
            cold_ms, cold_queries = self._measure(host, path, max(3, rounds // 5), cold=True)
            self.stdout.write(
                f"  {label:22} {warm_ms:6.1f} ms, {warm_queries:3} queries"
                f"   (netwerkcache leeg: {cold_ms:6.1f} ms, {cold_queries:3} queries)"
            )

    def _measure(self, host, path, rounds, cold=False):
        client = Client(HTTP_HOST=host)
        client.cookies["sessionid"] = "bench"  # a session cookie bypasses the page cache
        client.get(path)
        times, queries = [], 0
        for _ in range(rounds):
            if cold:
                caches["network"].clear()
            started = time.perf_counter()
            with CaptureQueriesContext(connection) as captured:
                response = client.get(path)
            times.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, response.status_code
            queries = len(captured)
        connection.set_schema_to_public()
        return statistics.median(times), queries
