"""What residents see in a real browser: their hub's own look, pages that work without
JavaScript, a keyboard route to the content, and no cookies."""

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from demo.content import cranendonck, hardenberg, helmond, twente

HUBS = {module.HUB["slug"]: module.HUB for module in (hardenberg, helmond, twente, cranendonck)}


def rgba(hex_colour):
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r}, {g}, {b}, 1)"


@pytest.mark.parametrize("slug", sorted(HUBS))
def test_each_hub_shows_its_own_colours_name_and_logo(live_network, browser, slug):
    browser.get(live_network(f"{slug}.localhost"))

    branding = HUBS[slug]["branding"]
    # The hub's own theme: its main colour as a design token, and its own layout.
    primary = browser.execute_script("return getComputedStyle(document.documentElement).getPropertyValue('--kp-color-primary').trim()")
    assert primary == branding["primary"]
    assert f"kp-layout-{branding['layout']}" in browser.find_element(By.TAG_NAME, "body").get_attribute("class")
    coloured = ".kp-header" if branding["layout"] in ("banner", "lijn") else ".kp-nav"
    assert browser.find_element(By.CSS_SELECTOR, coloured).value_of_css_property("background-color") in (
        rgba(branding["primary"]), rgba(branding["primary"]).replace("rgba", "rgb").replace(", 1)", ")")
    )
    assert browser.find_element(By.CSS_SELECTOR, ".kp-brand__name").text == HUBS[slug]["name"]
    logo = browser.find_element(By.CSS_SELECTOR, ".kp-brand__logo")
    assert browser.execute_script("return arguments[0].complete && arguments[0].naturalWidth > 0", logo)
    assert browser.find_element(By.TAG_NAME, "h1").text == HUBS[slug]["home"]["hero_title"]
    assert len(browser.find_elements(By.CSS_SELECTOR, ".kp-route")) == 4


def test_the_fonts_differ_per_hub(live_network, browser):
    fonts = {}
    for slug in ("hardenberg", "cranendonck"):
        browser.get(live_network(f"{slug}.localhost"))
        fonts[slug] = browser.find_element(By.TAG_NAME, "body").value_of_css_property("font-family")

    assert "Georgia" in fonts["cranendonck"]
    assert "Georgia" not in fonts["hardenberg"]


def test_pages_work_without_javascript(live_network, browser_without_js):
    browser = browser_without_js
    browser.get(live_network("cranendonck.localhost"))
    audience = HUBS["cranendonck"]["audiences"][0]
    browser.find_element(By.LINK_TEXT, audience["title"]).click()
    WebDriverWait(browser, 10).until(lambda driver: driver.current_url.endswith(f"/{audience['slug']}/"))
    assert browser.find_element(By.TAG_NAME, "h1").text == audience["title"]

    search = browser.find_element(By.ID, "kp-q")
    search.send_keys("inloopspreekuur")
    search.submit()
    WebDriverWait(browser, 10).until(lambda driver: "/zoeken/" in driver.current_url)
    assert "resultaten voor" in browser.find_element(By.CSS_SELECTOR, "[role=status]").text

    faq_page = _first_page_with(HUBS["cranendonck"], "faq")
    browser.get(live_network("cranendonck.localhost", faq_page))
    details = browser.find_element(By.CSS_SELECTOR, ".kp-faq details")
    answer = details.find_element(By.CSS_SELECTOR, "p")
    assert not answer.is_displayed()
    details.find_element(By.TAG_NAME, "summary").click()
    assert answer.is_displayed()


def _first_page_with(hub, block_type):
    for audience in hub["audiences"]:
        for page in audience["pages"]:
            if any(kind == block_type for kind, _value in page["body"]):
                return f"/{audience['slug']}/{page['slug']}/"
    raise AssertionError(f"no page with a {block_type} block")


def test_the_first_tab_stop_skips_to_the_content(live_network, browser):
    browser.get(live_network("helmond.localhost"))

    browser.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    skip_link = browser.switch_to.active_element
    assert skip_link.text == "Naar de inhoud"
    assert skip_link.is_displayed()
    skip_link.send_keys(Keys.ENTER)
    assert browser.current_url.endswith("#inhoud")


def test_residents_get_no_cookies(live_network, browser):
    for path in ("/", "/ouders/", "/zoeken/?q=ouderschap", "/inloopuur/"):
        browser.get(live_network("hardenberg.localhost", path))

    assert browser.get_cookies() == []


def test_an_editor_logs_in_to_their_own_hubs_admin_only(live_network, browser):
    from demo.loader import editor_credentials

    account = editor_credentials("twente")
    for host, should_work in (("cranendonck.localhost", False), ("twente.localhost", True)):
        browser.delete_all_cookies()
        browser.get(live_network(host, "/admin/login/"))
        browser.find_element(By.ID, "id_username").send_keys(account["username"])
        browser.find_element(By.ID, "id_password").send_keys(account["password"] + Keys.ENTER)
        # page_source holds no element reference, so it cannot go stale while the page changes.
        WebDriverWait(browser, 10).until(
            lambda driver: not driver.current_url.endswith("/admin/login/") or "komen niet overeen" in driver.page_source
        )
        logged_in = not browser.current_url.endswith("/admin/login/")
        assert logged_in is should_work, host
