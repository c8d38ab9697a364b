import json

from django.core.management.base import BaseCommand
from django.db import connection

from hubplatform.progress import Progress
from plugins.directory.transfer import export_csv, export_services


class Command(BaseCommand):
    help = "Schrijft het hele partneroverzicht als HSDS 3 JSON (een lijst van diensten), of als CSV bij een .csv-bestand."

    def add_arguments(self, parser):
        parser.add_argument("file", help="Bestand om naar te schrijven; - voor de standaarduitvoer.")

    def handle(self, *args, file, **options):
        connection.set_schema_to_public()
        progress = Progress(self.stderr)
        if file.endswith(".csv"):
            text = export_csv(progress)
            count = text.count("\n") - 1
        else:
            services = export_services(progress)
            text, count = json.dumps(services, ensure_ascii=False, indent=2), len(services)
        if file == "-":
            self.stdout.write(text)
        else:
            with open(file, "w", encoding="utf-8") as handle:
                handle.write(text)
        progress.note(f"{count} diensten geschreven")
