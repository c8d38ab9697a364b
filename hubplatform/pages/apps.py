from django.apps import AppConfig


class PagesConfig(AppConfig):
    name = "hubplatform.pages"
    label = "pages"
    verbose_name = "Pagina's"
