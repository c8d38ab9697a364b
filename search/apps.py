from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Zoeken"

    def ready(self):
        from search import signals
        from search.models import SynonymRule
        from tenants.gateway import gateway

        gateway.track(SynonymRule)
        signals.connect()
