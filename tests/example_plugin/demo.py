import json

from demo.plugins import PluginDemo
from pages.models import ContentPage
from tests.example_plugin.models import Notice


class ExampleDemo(PluginDemo):
    """A notice for the network, and in each hub a page that shows it."""

    def load_network(self, context):
        Notice.objects.update_or_create(
            code="welkom", defaults={"title": "Welkom in het netwerk", "text": "Een mededeling voor alle hubs."}
        )
        context.log("mededeling 'welkom'")

    def load_hub(self, context):
        page = context.child(context.home, ContentPage, "netwerknieuws", "Nieuws uit het netwerk")
        page.intro = "Mededelingen die voor alle hubs gelden."
        page.body = json.dumps([{"type": "example_notice", "value": {"code": "welkom"}}])
        page.save_revision().publish()
        context.pages[page.slug] = page
