"""The production settings read everything from the environment (hubplatform/settings/production.py)."""

import json

from tests.processes import manage, production_env

PRINT_MAIL_SETTINGS = """
import json
from django.conf import settings
names = ["EMAIL_BACKEND", "EMAIL_HOST", "EMAIL_PORT", "EMAIL_USE_TLS", "EMAIL_HOST_USER", "EMAIL_HOST_PASSWORD",
         "DEFAULT_FROM_EMAIL", "SERVER_EMAIL"]
print(json.dumps({name: getattr(settings, name) for name in names}))
"""

# Loading settings needs the variable, not the database.
UNUSED_DATABASE = "postgres://nobody@127.0.0.1:9/none"


def mail_settings(**env):
    inherited = production_env(UNUSED_DATABASE)
    for name in [name for name in inherited if name.startswith("EMAIL_") or name in ("DEFAULT_FROM_EMAIL", "SERVER_EMAIL")]:
        del inherited[name]
    output = manage({**inherited, **env}, "shell", "-c", PRINT_MAIL_SETTINGS)
    return json.loads(output.strip().splitlines()[-1])


def test_production_mail_goes_through_the_smtp_server_of_the_environment():
    mail = mail_settings(
        EMAIL_HOST="smtp.gemeente.example.nl",
        EMAIL_HOST_USER="knooppunt",
        EMAIL_HOST_PASSWORD="geheim",
        DEFAULT_FROM_EMAIL="Knooppunt Twente <noreply@twente.example.nl>",
    )

    assert mail == {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "smtp.gemeente.example.nl",
        "EMAIL_PORT": 587,
        "EMAIL_USE_TLS": True,
        "EMAIL_HOST_USER": "knooppunt",
        "EMAIL_HOST_PASSWORD": "geheim",
        "DEFAULT_FROM_EMAIL": "Knooppunt Twente <noreply@twente.example.nl>",
        "SERVER_EMAIL": "Knooppunt Twente <noreply@twente.example.nl>",
    }
    assert mail_settings(EMAIL_HOST="smtp.gemeente.example.nl", EMAIL_PORT="25", EMAIL_USE_TLS="0")["EMAIL_USE_TLS"] is False


def test_production_mail_without_settings_goes_to_a_relay_on_this_machine_from_a_noreply_address():
    mail = mail_settings()

    assert (mail["EMAIL_HOST"], mail["EMAIL_PORT"], mail["EMAIL_USE_TLS"]) == ("localhost", 25, False)
    assert mail["DEFAULT_FROM_EMAIL"] == "Knooppunt <noreply@knooppunt.example.nl>"
    assert "webmaster@localhost" not in (mail["DEFAULT_FROM_EMAIL"], mail["SERVER_EMAIL"])
