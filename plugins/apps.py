from django.apps import AppConfig


class PluginFrameworkConfig(AppConfig):
    name = "plugins"
    label = "plugins"
    verbose_name = "Plugins"

    def ready(self):
        from plugins import checks  # noqa: F401  (registers the system checks)
        from plugins.registry import registry

        registry.populate()
