from django.core.management.base import BaseCommand

from hubplatform.progress import Progress
from tenants.provisioning import (
    prepare_template,
    template_is_current,
    template_schema_name,
)


class Command(BaseCommand):
    help = "Create or migrate the template schema that new hubs are cloned from."

    def add_arguments(self, parser):
        parser.add_argument("--if-stale", action="store_true", help="Do nothing when the template is up to date.")

    def handle(self, *args, if_stale=False, **options):
        if if_stale and template_is_current():
            self.stdout.write(f"Sjabloon {template_schema_name()} is bij.")
            return
        prepare_template(verbosity=max(0, options["verbosity"] - 1), progress=Progress(self.stdout))
        self.stdout.write(self.style.SUCCESS(f"Sjabloon {template_schema_name()} is klaar."))
