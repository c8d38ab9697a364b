from demo.plugins import PluginDemo
from plugins.walkin.demo_content import WALK_IN_PAGES


class WalkInDemo(PluginDemo):
    """Each demo hub's walk-in page, shown in its main menu."""

    def load_hub(self, context):
        from plugins.walkin.models import WalkInPage

        spec = WALK_IN_PAGES.get(context.hub.slug)
        if spec is None:
            return
        page = context.child(context.home, WalkInPage, spec["slug"], spec["title"])
        context.pages[page.slug] = page
        page.title = spec["title"]
        page.intro = spec["intro"]
        page.body = context.stream(spec.get("body", []))
        page.show_in_menus = True
        page.save_revision().publish()
        context.log("inloopspreekuur (de tijden staan in het partneroverzicht)")

