from django.apps import AppConfig


class PagesConfig(AppConfig):
    name = "pages"
    label = "pages"
    verbose_name = "Pagina's"

    def ready(self):
        from pages.signals import connect_signals

        connect_signals()
