from django.core.management.base import BaseCommand, CommandError

from hubplatform import nlds


class Command(BaseCommand):
    help = "Bouwt hubplatform/static/nlds/utrecht-components.css uit de npm-pakketten van NL Design System."

    def handle(self, *args, **options):
        try:
            css = nlds.build()
        except FileNotFoundError as error:
            raise CommandError(str(error)) from None
        nlds.OUTPUT.write_text(css)
        self.stdout.write(f"{nlds.OUTPUT.relative_to(nlds.PROJECT_DIR)}: {len(css) // 1024} KB uit {len(nlds.COMPONENTS)} componenten")
