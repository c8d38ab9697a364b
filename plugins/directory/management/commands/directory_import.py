import json

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from hubplatform.progress import Progress
from plugins.directory.transfer import import_csv, import_services
from regions.models import Region
from tenants.models import Hub


class Command(BaseCommand):
    help = (
        "Leest diensten in HSDS 3 JSON (of CSV, bij een .csv-bestand) in het partneroverzicht. Eerst wordt elke rij gecontroleerd; bij één fout "
        "wordt niets ingelezen. Bestaande records (zelfde id) worden bijgewerkt."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        owner = parser.add_mutually_exclusive_group()
        owner.add_argument("--hub", help="Nieuwe organisaties worden van deze hub.")
        owner.add_argument("--region", help="Nieuwe organisaties worden van deze regio.")

    def handle(self, *args, file, hub=None, region=None, **options):
        connection.set_schema_to_public()
        owner = {}
        if hub:
            owner = {"owner_hub": Hub.objects.hubs().filter(slug=hub).first()}
            if owner["owner_hub"] is None:
                raise CommandError(f"Er is geen hub {hub!r}.")
        if region:
            owner = {"owner_region": Region.objects.filter(slug=region).first()}
            if owner["owner_region"] is None:
                raise CommandError(f"Er is geen regio {region!r}.")
        try:
            with open(file, encoding="utf-8-sig") as handle:
                text = handle.read()
            rows = None if file.endswith(".csv") else json.loads(text)
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            raise CommandError(f"Kan {file} niet lezen: {error}") from error
        progress = Progress(self.stderr)
        if rows is None:
            report = import_csv(text, owner=owner, progress=progress)
        else:
            report = import_services(rows, owner=owner, progress=progress)
        for line in report.lines():
            self.stdout.write(line)
        if not report.ok:
            raise CommandError(f"{len(report.errors)} fouten; er is niets ingelezen.")
