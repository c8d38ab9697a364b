from django.core.management.base import BaseCommand, CommandError

from hubplatform.progress import Progress
from plugins.shared import usage
from tenants.models import Hub


class Command(BaseCommand):
    help = (
        "Maak het overzicht van gebruik van gedeelde inhoud (welke hub welk stuk gebruikt) opnieuw "
        "uit de pagina's van de hubs."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--hub", dest="hubs", action="append", default=[], help="Slug van een hub (herhaalbaar); standaard alle hubs."
        )

    def handle(self, hubs, **options):
        chosen = Hub.objects.hubs().order_by("slug")
        if hubs:
            chosen = chosen.filter(slug__in=hubs)
            unknown = sorted(set(hubs) - set(chosen.values_list("slug", flat=True)))
            if unknown:
                raise CommandError(f"Onbekende hub: {', '.join(unknown)}.")
        progress = Progress(self.stdout)
        total = usage.rebuild(list(chosen), progress, forget_other_hubs=not hubs)
        self.stdout.write(f"Klaar: {total} keer gebruik van gedeelde inhoud vastgelegd in {chosen.count()} hub(s).")
