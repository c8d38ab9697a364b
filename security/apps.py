from django.apps import AppConfig


class SecurityConfig(AppConfig):
    name = "security"
    verbose_name = "Beveiliging"

    def ready(self):
        from security import mail_links

        mail_links.install()
