from django.core.management.base import BaseCommand, CommandError

from plugins.registry import registry
from tenants.models import Hub
from tenants.provisioning import ProvisioningError, set_hub_plugins


class Command(BaseCommand):
    help = "Show or change which plugins are switched on in a hub."

    def add_arguments(self, parser):
        parser.add_argument("slug", nargs="?", help="The hub; leave out to list every hub.")
        parser.add_argument("--enable", action="append", default=[], metavar="KEY")
        parser.add_argument("--disable", action="append", default=[], metavar="KEY")

    def handle(self, *args, slug=None, enable, disable, **options):
        hubs = Hub.objects.hubs()
        if slug is None:
            if enable or disable:
                raise CommandError("Noem de hub waarvoor u plugins aan- of uitzet.")
            for hub in hubs:
                self.stdout.write(f"{hub.slug}: {', '.join(hub.enabled_plugins) or '(geen)'}")
            return
        hub = hubs.filter(slug=slug).first()
        if hub is None:
            raise CommandError(f"Er is geen hub met korte naam {slug!r}.")
        if enable or disable:
            try:
                set_hub_plugins(hub, enable=enable, disable=disable)
            except ProvisioningError as error:
                raise CommandError(str(error)) from None
        for plugin in registry.all():
            state = "aan" if plugin.plugin_key in hub.enabled_plugins else "uit"
            self.stdout.write(f"{plugin.plugin_key:<20} {state:<4} {plugin.verbose_name}")
