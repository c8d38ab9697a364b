from django.core.management.base import BaseCommand, CommandError

from hubplatform.progress import Progress
from tenants.provisioning import (
    ProvisioningError,
    provision_hub,
    template_is_current,
    template_schema_name,
)


class Command(BaseCommand):
    help = "Provision a hub: schema (cloned), domain, Wagtail site, home page, branding, plugins."

    def add_arguments(self, parser):
        parser.add_argument("slug", help="Short name, e.g. hardenberg; also the schema name.")
        parser.add_argument("--name", required=True, help="Display name of the hub.")
        parser.add_argument("--domain", required=True, help="Host name the hub answers on, e.g. hardenberg.localhost.")
        parser.add_argument("--region", required=True, help="Short name of an existing region.")
        parser.add_argument(
            "--plugins", help="Comma-separated plugin keys to switch on (default: KNOOPPUNT_DEFAULT_PLUGINS)."
        )

    def handle(self, *args, slug, name, domain, region, plugins=None, **options):
        if not template_is_current():
            raise CommandError(
                f"Het sjabloonschema {template_schema_name()} ontbreekt of is niet bij. "
                "Voer eerst 'manage.py prepare_template' uit."
            )
        plugin_keys = None if plugins is None else [key.strip() for key in plugins.split(",") if key.strip()]
        try:
            result = provision_hub(slug, name, domain, region, plugins=plugin_keys, progress=Progress(self.stdout))
        except ProvisioningError as error:
            raise CommandError(str(error)) from None
        if result.created:
            self.stdout.write(self.style.SUCCESS(f"Hub {slug} aangemaakt op {domain} in {result.seconds:.2f} s."))
        else:
            self.stdout.write(self.style.SUCCESS(f"Hub {slug} bestond al op {domain}; niets nieuws aangemaakt."))
