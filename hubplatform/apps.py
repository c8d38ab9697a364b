from django.apps import AppConfig


class HubplatformConfig(AppConfig):
    name = "hubplatform"
    verbose_name = "Knooppunt"

    def ready(self):
        from hubplatform import checks  # noqa: F401  (registers the system checks)
