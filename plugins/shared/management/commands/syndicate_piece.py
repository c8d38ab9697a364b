from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.core.management.base import BaseCommand, CommandError
from django_tenants.utils import get_public_schema_name, schema_context

from hubplatform.progress import Progress
from plugins.shared.syndication import syndicate
from tenants.models import Hub


class Command(BaseCommand):
    help = "Stuur een gedeeld stuk naar hubs, namens een coördinator (wiens werkgebied geldt)."

    def add_arguments(self, parser):
        parser.add_argument("piece_id", type=int, help="Nummer van het gedeelde stuk.")
        parser.add_argument("--as", dest="username", required=True, help="Gebruikersnaam van de coördinator in het portaal.")
        parser.add_argument("--hub", dest="hubs", action="append", default=[], help="Slug van een hub (herhaalbaar).")
        parser.add_argument("--all-in-scope", action="store_true", help="Alle hubs in het werkgebied van de coördinator.")
        parser.add_argument(
            "--with-children", action="store_true", help="Ook de stukken eronder, elk als pagina onder de pagina erboven."
        )

    def handle(self, piece_id, username, hubs, all_in_scope, with_children, **options):
        from regions.scopes import scope_of

        with schema_context(get_public_schema_name()):
            user = get_user_model().objects.filter(username=username).first()
            if user is None:
                raise CommandError(f"Geen portaalgebruiker {username!r}.")
            if all_in_scope:
                chosen = list(scope_of(user).hubs().order_by("slug"))
            else:
                chosen = list(Hub.objects.hubs().filter(slug__in=hubs).order_by("slug"))
                missing = set(hubs) - {hub.slug for hub in chosen}
                if missing:
                    raise CommandError(f"Onbekende hub(s): {', '.join(sorted(missing))}.")
            if not chosen:
                raise CommandError("Geef --hub of --all-in-scope.")
            progress = Progress(self.stdout)
            progress.steps(1).step(f"Stuk {piece_id} naar {len(chosen)} hub(s)")
            try:
                sent = syndicate(piece_id, chosen, user, progress=progress, with_children=with_children)
            except PermissionDenied as refused:
                raise CommandError(str(refused)) from refused
        created = sum(item.created for item in sent)
        self.stdout.write(f"Klaar: {created} nieuwe pagina('s), {len(sent) - created} bestonden al.")
