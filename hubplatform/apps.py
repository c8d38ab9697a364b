from django.apps import AppConfig


class HubplatformConfig(AppConfig):
    name = "hubplatform"
    verbose_name = "Knooppunt platform"

    def ready(self):
        from hubplatform.plugins import registry

        registry.populate()
        from hubplatform import checks  # noqa: F401  (registers the system checks)
