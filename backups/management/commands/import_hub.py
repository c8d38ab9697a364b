from django.core.management.base import BaseCommand, CommandError

from backups.service import BackupError, import_hub
from hubplatform.progress import Progress


class Command(BaseCommand):
    help = "Zet een hub terug uit een back-up van export_hub, in een nieuwe of in dezelfde installatie."

    def add_arguments(self, parser):
        parser.add_argument("file", help="het back-upbestand")
        parser.add_argument(
            "--replace", action="store_true", help="een bestaande hub met dezelfde korte naam vervangen door de back-up"
        )

    def handle(self, *args, file, replace, **options):
        try:
            hub = import_hub(file, replace=replace, progress=Progress(self.stdout))
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(self.style.SUCCESS(f"Hub {hub.slug} staat weer online op {hub.primary_domain}."))
