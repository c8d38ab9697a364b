from django.core.management.base import BaseCommand, CommandError

from backups.service import BackupError, export_hub
from hubplatform.progress import Progress


class Command(BaseCommand):
    help = "Zet één hub (schema, registergegevens en geüploade bestanden) in een back-upbestand."

    def add_arguments(self, parser):
        parser.add_argument("slug", help="korte naam van de hub")
        parser.add_argument("file", help="het back-upbestand dat wordt geschreven, bijvoorbeeld hardenberg.knooppunt.tar")

    def handle(self, *args, slug, file, **options):
        try:
            export_hub(slug, file, progress=Progress(self.stdout))
        except BackupError as error:
            raise CommandError(str(error)) from None
