from django.core.management.base import BaseCommand, CommandError
from django.utils.text import slugify

from regions.models import Region


class Command(BaseCommand):
    help = "Create a region that hubs can belong to (create_hub --region SLUG)."

    def add_arguments(self, parser):
        parser.add_argument("slug")
        parser.add_argument("--name", required=True)

    def handle(self, *args, slug, name, **options):
        if slugify(slug) != slug:
            raise CommandError(f"Ongeldige korte naam {slug!r}: gebruik kleine letters, cijfers en streepjes.")
        region, created = Region.objects.get_or_create(slug=slug, defaults={"name": name})
        if not created and region.name != name:
            raise CommandError(f"Regio {slug!r} bestaat al, met de naam {region.name!r}.")
        self.stdout.write(self.style.SUCCESS(f"Regio {name} {'aangemaakt' if created else 'bestond al'}."))
