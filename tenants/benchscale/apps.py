from django.apps import AppConfig


class BenchScaleConfig(AppConfig):
    """Installed only by hubplatform.settings.bench: the "new migration" make bench-scale applies to every hub."""

    name = "tenants.benchscale"
    label = "benchscale"
    verbose_name = "Schaalproef"
