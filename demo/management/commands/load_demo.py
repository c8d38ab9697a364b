from django.core.management.base import BaseCommand

from demo.loader import (
    COORDINATOR,
    DEMO_HUBS,
    PORTAL_DOMAIN,
    REGIONAL_COORDINATORS,
    editor_credentials,
    hub_domain,
    load_network,
)
from hubplatform.progress import Progress
from pages.cache import clear_install_caches
from tenants.middleware import CACHE_DOWN


class Command(BaseCommand):
    help = "Load (or refresh) the demo network: the portal, four hubs, their content and demo accounts."

    def add_arguments(self, parser):
        parser.add_argument("--only", nargs="*", help="Only these hubs (slugs).")
        parser.add_argument(
            "--refresh", action="store_true", help="Load the content again into hubs that exist (overwrites edits)."
        )

    def handle(self, *args, only=None, refresh=False, **options):
        self.stdout.write("Demonetwerk laden")
        progress = Progress(self.stdout)
        load_network(progress, only=only, refresh=refresh)
        # The database may be new while Redis still holds the old one's sites, hubs and pages.
        try:
            clear_install_caches()
        except CACHE_DOWN:
            self.stdout.write("De cache is niet bereikbaar; er is niets uit geleegd.")
        self.stdout.write(self.style.SUCCESS(f"Klaar in {progress.elapsed:.1f} s."))
        self.stdout.write(self.accounts_table())

    @staticmethod
    def accounts_table():
        lines = ["", "Demo-accounts (alleen voor lokaal gebruik):"]
        for account in (COORDINATOR, *REGIONAL_COORDINATORS.values()):
            lines.append(f"  http://{PORTAL_DOMAIN}:8000/admin/  {account['username']} / {account['password']}")
        for slug, _region in DEMO_HUBS:
            account = editor_credentials(slug)
            lines.append(f"  http://{hub_domain(slug)}:8000/admin/  {account['username']} / {account['password']}")
        return "\n".join(lines)
