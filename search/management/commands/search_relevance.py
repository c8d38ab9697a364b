from contextlib import ExitStack

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.test import override_settings

from search.backends import DEFAULT_BACKENDS, get_search_backend
from search.relevance import evaluate


class Command(BaseCommand):
    help = "Meet de zoekkwaliteit op de beoordeelde zoekvragen: precisie bij 3 en MRR, per zoekmachine."

    def add_arguments(self, parser):
        parser.add_argument("--osmem", action="store_true", help="Meet ook OpenSearch, op een osmem-server die dit commando start.")
        parser.add_argument("--failures", action="store_true", help="Toon de vragen die niet slagen.")

    def handle(self, *args, osmem=False, failures=False, **options):
        backends = [("ingesteld", dict(getattr(settings, "KNOOPPUNT_SEARCH_BACKENDS", DEFAULT_BACKENDS)["default"]))]
        with ExitStack() as stack:
            if osmem:
                try:
                    from osmem_server import OsmemServer
                except ImportError as error:
                    raise CommandError("osmem-server is niet geïnstalleerd (requirements-dev.txt).") from error
                server = OsmemServer.start(japanese=False)
                stack.callback(server.close)
                backends.append(("osmem", {"BACKEND": "search.backends.opensearch", "URLS": [server.url], "INDEX": "relevance"}))
            self.stdout.write(f"{'backend':<32} {'P@3':>6} {'MRR':>6} {'geslaagd':>10} {'stil':>6}")
            for label, config in backends:
                with override_settings(KNOOPPUNT_SEARCH_BACKENDS={"default": config}):
                    backend = get_search_backend()
                    if backend.has_engine:
                        backend.rebuild()
                    result = evaluate()
                quiet = sum(1 for _query, ok in result.quiet if ok)
                name = f"{backend.name} ({label})"
                self.stdout.write(
                    f"{name:<32} {result.precision_at_3:6.3f} {result.mrr:6.3f} "
                    f"{result.passed:>4}/{result.judged:<5} {quiet:>2}/{len(result.quiet)}"
                )
                self.stdout.write("  per soort: " + ", ".join(f"{tag} {ok}/{total}" for tag, (ok, total) in result.per_tag().items()))
                if failures:
                    for score in result.failures():
                        query = score.query
                        self.stdout.write(f"  NIET: {query['query']!r} op {query['hub'] or 'portaal'}: {score.ranked[:3]} verwacht {query['relevant']}")
