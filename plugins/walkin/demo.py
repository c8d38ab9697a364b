import json

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
        page.sessions = json.dumps([{"type": "session", "value": _session(session)} for session in spec["sessions"]])
        page.body = context.stream(spec.get("body", []))
        page.show_in_menus = True
        page.save_revision().publish()
        context.log(f"inloopspreekuur met {len(spec['sessions'])} tijden")


def _session(spec):
    return {
        "weekday": str(spec["weekday"]),
        "opens": f"{spec['opens']}:00",
        "closes": f"{spec['closes']}:00",
        "location": spec["location"],
        "address": spec.get("address", ""),
        "with_whom": spec.get("with", ""),
        "appointment": bool(spec.get("appointment", False)),
        "note": spec.get("note", ""),
    }
