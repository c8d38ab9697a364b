from django.apps import AppConfig


class TenantsConfig(AppConfig):
    name = "tenants"
    verbose_name = "Hubs"

    def ready(self):
        from tenants.gateway import gateway
        from tenants.models import Domain, Hub

        # Hubs read the registry's public facts (the portal's address) through the gateway.
        gateway.track(Hub)
        gateway.track(Domain)

        from tenants.middleware import connect_signals

        connect_signals()

        from wagtail.signals import copy_for_translation_done

        from tenants.roles import home_translated

        copy_for_translation_done.connect(home_translated, dispatch_uid="roles:home_translated")
