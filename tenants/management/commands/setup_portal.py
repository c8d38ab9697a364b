from django.core.management.base import BaseCommand, CommandError

from tenants.provisioning import ProvisioningError, ensure_portal


class Command(BaseCommand):
    help = "Register the public schema as the regional portal on a domain (run once on a new install)."

    def add_arguments(self, parser):
        parser.add_argument("--domain", required=True, help="The network's own host name, e.g. knooppunt.example.nl.")
        parser.add_argument("--name", default="Knooppunt", help="Name shown in the portal's header.")

    def handle(self, *args, domain, name, **options):
        try:
            ensure_portal(domain, name=name)
        except ProvisioningError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(self.style.SUCCESS(f"Portaal {name!r} staat klaar op {domain}."))
