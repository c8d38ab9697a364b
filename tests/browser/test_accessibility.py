"""axe-core, run in Chromium, finds no WCAG 2.1 A/AA violations on every page type of every hub,
in Dutch and in Arabic (right to left), nor on the portal's pages."""

from pathlib import Path

import pytest

from demo.content import cranendonck, hardenberg, helmond, twente
from demo.content.translations import TRANSLATIONS
from plugins.directory.demo import demo_id
from plugins.walkin.demo_content import WALK_IN_PAGES

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def _pages_of(hub):
    audience = hub["audiences"][1]
    faq_pages = [
        f"/{a['slug']}/{page['slug']}/"
        for a in hub["audiences"]
        for page in a["pages"]
        if any(kind == "faq" for kind, _ in page["body"])
    ]
    return [
        "/",  # home page
        f"/{audience['slug']}/",  # audience page
        f"/{audience['slug']}/{audience['pages'][0]['slug']}/",  # content page
        *faq_pages[:1],  # content page with the FAQ accordion
        f"/{WALK_IN_PAGES[hub['slug']]['slug']}/",  # walk-in page (plugin)
        "/hulp-in-de-buurt/?categorie=mediation&gratis=1",  # partner directory with filters (plugin)
        f"/hulp-in-de-buurt/{demo_id('service:' + hub['slug'] + ':inloop')}/",  # a partner service
        "/hulp-in-de-buurt/inloopspreekuren/",  # walk-in overview
        "/contact/",
        "/zoeken/?q=hulp",  # search page
        "/bestaat-niet/",  # 404
    ]


def _arabic_pages_of(hub):
    translated = TRANSLATIONS.get(hub["slug"])
    if not translated:
        # No Arabic pages: the Arabic 404 and search page are what a resident gets there.
        return ["/ar/", "/ar/zoeken/?q=hulp"]
    audiences = {a["slug"]: a for a in hub["audiences"]}
    content = [
        f"/ar/{slug}/{page['slug']}/"
        for slug, audience in audiences.items()
        for page in audience["pages"]
        if page["slug"] in translated["ar"]["pages"]
    ]
    return ["/ar/", f"/ar/{hub['audiences'][0]['slug']}/", *content[:1], "/ar/zoeken/?q=hulp", "/ar/contact/"]


HUBS = [module.HUB for module in (hardenberg, helmond, twente, cranendonck)]
PAGES = (
    [("localhost", "/"), ("localhost", "/?gemeente=5701"), ("localhost", "/regio/twente/"), ("localhost", "/over-het-netwerk/")]
    + [(f"{hub['slug']}.localhost", path) for hub in HUBS for path in _pages_of(hub)]
    + [(f"{hub['slug']}.localhost", path) for hub in HUBS for path in _arabic_pages_of(hub)]
)


@pytest.fixture(scope="module")
def axe_source():
    if not AXE.exists():
        pytest.fail("axe-core is missing: `make test` installs it with npm ci.")
    return AXE.read_text()


@pytest.mark.parametrize("host, path", PAGES)
def test_resident_pages_have_no_wcag_violations(live_network, module_browser, axe_source, host, path):
    browser = module_browser
    browser.get(live_network(host, path))
    browser.execute_script(axe_source)
    result = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}}).then(done);",
        WCAG_TAGS,
    )

    assert len(result["passes"]) > 10  # the rules ran
    violations = [
        f"{violation['id']} ({violation['impact']}): {violation['help']} -> "
        + "; ".join(node["target"][0] if isinstance(node["target"][0], str) else str(node["target"]) for node in violation["nodes"][:3])
        for violation in result["violations"]
    ]
    assert violations == []
