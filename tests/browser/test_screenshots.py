"""`make screenshots`: the home page, a content page and the search page of every hub (and the
portal) at phone and desktop width, written to a folder for a person to look at. Skipped in
`make test`; the Makefile target sets KNOOPPUNT_SCREENSHOTS to the folder."""

import os
from pathlib import Path

import pytest

from demo.content import cranendonck, hardenberg, helmond, twente

FOLDER = os.environ.get("KNOOPPUNT_SCREENSHOTS")
WIDTHS = {"telefoon": 390, "desktop": 1280}
pytestmark = pytest.mark.skipif(not FOLDER, reason="make screenshots sets KNOOPPUNT_SCREENSHOTS")


def _pages(hub):
    audience = hub["audiences"][0]
    return {"home": "/", "inhoud": f"/{audience['slug']}/{audience['pages'][0]['slug']}/", "zoeken": "/zoeken/?q=ouders"}


TARGETS = [(module.HUB["slug"], _pages(module.HUB)) for module in (hardenberg, helmond, twente, cranendonck)]
TARGETS += [("hardenberg-ar", {"home": "/ar/"}), ("portaal", {"home": "/", "regio": "/regio/twente/"})]


def _host(name):
    return {"portaal": "localhost", "hardenberg-ar": "hardenberg.localhost"}.get(name, f"{name}.localhost")


@pytest.mark.parametrize("name, pages", TARGETS)
def test_screenshots(live_network, module_browser, name, pages):
    folder = Path(FOLDER)
    folder.mkdir(parents=True, exist_ok=True)
    for page_name, path in pages.items():
        for width_name, width in WIDTHS.items():
            module_browser.set_window_size(width, 900)
            module_browser.get(live_network(_host(name), path))
            height = module_browser.execute_script("return document.documentElement.scrollHeight")
            module_browser.set_window_size(width, min(height, 4000))
            target = folder / f"{name}-{page_name}-{width_name}.png"
            module_browser.save_screenshot(str(target))
            assert target.stat().st_size > 1000
