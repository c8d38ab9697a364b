"""axe-core, run in Chromium, finds no WCAG 2.1 A/AA violations on the pages residents use."""

from pathlib import Path

import pytest

from demo.content import cranendonck, hardenberg, helmond, twente
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
        "/",
        f"/{audience['slug']}/",
        f"/{audience['slug']}/{audience['pages'][0]['slug']}/",
        *faq_pages[:1],
        f"/{WALK_IN_PAGES[hub['slug']]['slug']}/",
        "/toegankelijkheid/",
        "/zoeken/?q=hulp",
    ]


PAGES = [("localhost", "/"), ("localhost", "/over-het-netwerk/"), ("helmond.localhost", "/bestaat-niet/")] + [
    (f"{module.HUB['slug']}.localhost", path)
    for module in (hardenberg, helmond, twente, cranendonck)
    for path in _pages_of(module.HUB)
]


@pytest.fixture(scope="module")
def axe_source():
    if not AXE.exists():
        pytest.fail("axe-core is missing: `make test` installs it with npm ci.")
    return AXE.read_text()


@pytest.mark.parametrize("host, path", PAGES)
def test_resident_pages_have_no_wcag_violations(live_network, browser, axe_source, host, path):
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
