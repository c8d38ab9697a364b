import sys

from django.core.management.base import BaseCommand, CommandError

from hubplatform.progress import Progress
from tenants.provisioning import ProvisioningError, remove_hub


class Command(BaseCommand):
    help = "Remove a hub for good: its schema (pages, users, images), domains and uploaded files."

    def add_arguments(self, parser):
        parser.add_argument("slug")
        parser.add_argument("--yes", action="store_true", help="Do not ask for confirmation.")

    def handle(self, *args, slug, yes=False, **options):
        if not yes:
            if not sys.stdin.isatty():
                raise CommandError("Bevestiging nodig: voer dit uit in een terminal, of geef --yes mee.")
            answer = input(
                f"Hiermee verdwijnen alle pagina's, gebruikers en bestanden van hub {slug!r}. "
                "Typ de korte naam van de hub om te bevestigen: "
            )
            if answer.strip() != slug:
                raise CommandError("Niet bevestigd; er is niets verwijderd.")
        try:
            remove_hub(slug, progress=Progress(self.stdout))
        except ProvisioningError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(self.style.SUCCESS(f"Hub {slug} is verwijderd."))
