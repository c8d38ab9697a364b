from django.core.management.base import BaseCommand

from hubplatform.progress import Progress
from plugins.directory import benchmark


class Command(BaseCommand):
    help = "Benchmark van het partneroverzicht: mediaan van de gefilterde overzichtspagina en van de HSDS-API."

    def add_arguments(self, parser):
        parser.add_argument("--services", type=int, default=5000)
        parser.add_argument("--schedules", type=int, default=20000)
        parser.add_argument("--host", default="helmond.localhost")

    def handle(self, *args, services, schedules, host, **options):
        lines = benchmark.run(Progress(self.stdout), services=services, schedules=schedules, hub=host)
        self.stdout.write("")
        for line in lines:
            self.stdout.write(line)
