from django.core.management.base import BaseCommand

from hubplatform.progress import Progress
from search import benchmark


class Command(BaseCommand):
    help = "Benchmark van het zoeken: p50/p95 bij ~100.000 documenten (PostgreSQL en OpenSearch op osmem), en naïef tegen federatief."

    def add_arguments(self, parser):
        parser.add_argument("--municipalities", type=int, default=benchmark.MUNICIPALITIES)
        parser.add_argument("--real-hubs", type=int, default=benchmark.REAL_HUBS)
        parser.add_argument("--per-hub", type=int, default=benchmark.PER_HUB)
        parser.add_argument("--no-osmem", action="store_true", help="OpenSearch overslaan.")
        parser.add_argument(
            "--remove-leftovers", action="store_true",
            help="Alleen de hubs en documenten van een afgebroken run verwijderen (make prepare doet dit).",
        )

    def handle(self, *args, municipalities, real_hubs, per_hub, no_osmem, remove_leftovers, **options):
        if remove_leftovers:
            removed = benchmark.remove_leftovers()
            if removed:
                self.stdout.write(f"{removed} hubs van een afgebroken benchmark verwijderd.")
            return
        server = None
        if not no_osmem:
            from osmem_server import OsmemServer

            server = OsmemServer.start(japanese=False)
        try:
            lines = benchmark.run(
                Progress(self.stdout), opensearch_url=server.url if server else None,
                municipalities=municipalities, real_hubs=real_hubs, per_hub=per_hub,
            )
        finally:
            if server:
                server.close()
        self.stdout.write("")
        for line in lines:
            self.stdout.write(line)
