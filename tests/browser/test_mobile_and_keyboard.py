"""On a phone nothing scrolls sideways; the menu, FAQ, search, language switcher and quick exit
work with the keyboard alone; the home page stays light and asks nothing of another host."""

from urllib.parse import urlparse

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from demo.content import cranendonck, hardenberg, helmond, twente
from plugins.directory.demo import demo_id
from plugins.walkin.demo_content import WALK_IN_PAGES
from tests.browser.conftest import NEUTRAL_SITE

HUBS = [module.HUB for module in (hardenberg, helmond, twente, cranendonck)]
WEIGHT_BUDGET = 250 * 1024


def _pages(hub):
    audience = hub["audiences"][0]
    return ["/", f"/{audience['slug']}/", f"/{audience['slug']}/{audience['pages'][0]['slug']}/", "/contact/",
            f"/{WALK_IN_PAGES[hub['slug']]['slug']}/", "/zoeken/?q=ouders", "/hulp-in-de-buurt/",
            f"/hulp-in-de-buurt/{demo_id('service:' + hub['slug'] + ':inloop')}/"]


def test_no_page_scrolls_sideways_at_320_and_390_px(live_network, module_browser):
    browser = module_browser
    too_wide = []
    targets = [(f"{hub['slug']}.localhost", path) for hub in HUBS for path in _pages(hub)]
    targets += [("hardenberg.localhost", "/ar/"), ("helmond.localhost", "/ar/ouders/"), ("localhost", "/"), ("localhost", "/regio/twente/")]
    for width in (320, 390):
        browser.set_window_size(width, 800)
        for host, path in targets:
            browser.get(live_network(host, path))
            overflow = browser.execute_script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            if overflow > 0:
                too_wide.append(f"{width}px {host}{path}: {overflow}px")
    assert too_wide == []


def _tab_to(browser, predicate, limit=60):
    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.TAB)
    for _ in range(limit):
        element = browser.switch_to.active_element
        if predicate(element):
            return element
        element.send_keys(Keys.TAB)
    raise AssertionError("the keyboard never reached the element")


def test_the_menu_opens_and_is_walked_with_the_keyboard_on_a_phone(live_network, browser):
    browser.set_window_size(390, 800)
    browser.get(live_network("helmond.localhost"))
    menu_link = browser.find_element(By.CSS_SELECTOR, ".kp-menu__list a")
    assert not menu_link.is_displayed()  # collapsed: the page starts right under the header
    toggle = _tab_to(browser, lambda element: element.tag_name == "summary")
    toggle.send_keys(Keys.ENTER)
    assert menu_link.is_displayed()
    toggle.send_keys(Keys.TAB)
    assert browser.switch_to.active_element == menu_link
    menu_link.send_keys(Keys.ENTER)
    WebDriverWait(browser, 10).until(lambda driver: driver.current_url.rstrip("/").endswith("/ouders"))


def test_the_menu_is_open_on_a_desktop_without_javascript(live_network, browser_without_js):
    browser_without_js.set_window_size(1280, 900)
    browser_without_js.get(live_network("twente.localhost"))
    link = browser_without_js.find_element(By.CSS_SELECTOR, ".kp-menu__list a")
    # Selenium's is_displayed() calls anything inside a closed <details> hidden, whatever the CSS
    # says; the browser's own checkVisibility() and the link's size tell what a person sees.
    assert browser_without_js.execute_script(
        "return arguments[0].checkVisibility() && arguments[0].getBoundingClientRect().height > 0", link
    )
    browser_without_js.set_window_size(360, 800)
    browser_without_js.find_element(By.CSS_SELECTOR, ".kp-menu__toggle").click()
    assert browser_without_js.find_element(By.CSS_SELECTOR, ".kp-menu__list a").is_displayed()


def test_the_faq_accordion_works_with_the_keyboard(live_network, browser):
    hub = hardenberg.HUB
    audience = hub["audiences"][0]
    browser.get(live_network("hardenberg.localhost", f"/{audience['slug']}/{audience['pages'][0]['slug']}/"))
    answer = browser.find_element(By.CSS_SELECTOR, ".kp-faq details p")
    assert not answer.is_displayed()
    question = _tab_to(browser, lambda element: element.tag_name == "summary" and "advocaat" in element.text)
    question.send_keys(Keys.ENTER)
    assert answer.is_displayed()
    question.send_keys(Keys.SPACE)
    assert not answer.is_displayed()


def test_the_search_form_works_with_the_keyboard(live_network, browser):
    browser.get(live_network("cranendonck.localhost"))
    field = _tab_to(browser, lambda element: element.get_attribute("id") == "kp-q")
    field.send_keys("ouderschapsplan" + Keys.ENTER)
    WebDriverWait(browser, 10).until(lambda driver: "/zoeken/" in driver.current_url)
    results_field = browser.find_element(By.ID, "search-query")
    assert results_field.get_attribute("value") == "ouderschapsplan"
    # The field on the results page is visible: its border contrasts with the white page.
    border = results_field.value_of_css_property("border-top-color")
    assert border not in ("rgba(255, 255, 255, 1)", "rgb(255, 255, 255)")
    assert "resultaten voor" in browser.find_element(By.CSS_SELECTOR, "[role=status]").text or \
        "resultaat voor" in browser.find_element(By.CSS_SELECTOR, "[role=status]").text


def test_the_language_switcher_works_with_the_keyboard(live_network, browser):
    browser.get(live_network("hardenberg.localhost", "/ouders/"))
    arabic = _tab_to(browser, lambda element: element.get_attribute("hreflang") == "ar")
    arabic.send_keys(Keys.ENTER)
    WebDriverWait(browser, 10).until(lambda driver: "/ar/ouders/" in driver.current_url)
    html = browser.find_element(By.TAG_NAME, "html")
    assert (html.get_attribute("lang"), html.get_attribute("dir")) == ("ar", "rtl")
    offered = {link.get_attribute("hreflang") for link in browser.find_elements(By.CSS_SELECTOR, ".kp-langs a")}
    assert offered == {"nl", "en", "ar", "tr", "pl"}
    browser.get(live_network("hardenberg.localhost", "/contact/"))
    assert browser.find_elements(By.CSS_SELECTOR, ".kp-langs a") == []  # Dutch only: nothing to offer


def _neutral(browser):
    return urlparse(browser.current_url).path == "/weer" and urlparse(browser.current_url).hostname == "127.0.0.1"


def test_quick_exit_is_the_second_tab_stop_and_leaves_no_way_back(live_network, browser):
    browser.get(live_network("twente.localhost"))
    browser.get(live_network("twente.localhost", "/contact/"))
    browser.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    browser.switch_to.active_element.send_keys(Keys.TAB)
    quick_exit = browser.switch_to.active_element
    assert quick_exit.text == "Snel weg"
    quick_exit.send_keys(Keys.ENTER)
    WebDriverWait(browser, 10).until(_neutral)
    browser.back()
    # The contact page was replaced in the history: Back does not return to it.
    assert "/contact/" not in browser.current_url


def test_pressing_escape_twice_leaves(live_network, browser):
    browser.get(live_network("helmond.localhost", "/ouders/"))
    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.ESCAPE)
    assert "helmond.localhost" in browser.current_url  # once is not enough (it closes things)
    body.send_keys(Keys.ESCAPE)
    WebDriverWait(browser, 10).until(_neutral)


def test_quick_exit_without_javascript_is_a_plain_link(live_network, browser_without_js):
    browser_without_js.get(live_network("cranendonck.localhost"))
    link = browser_without_js.find_element(By.LINK_TEXT, "Snel weg")
    assert link.get_attribute("href") == NEUTRAL_SITE.format(port=urlparse(browser_without_js.current_url).port)
    link.click()
    WebDriverWait(browser_without_js, 10).until(_neutral)


@pytest.mark.parametrize("slug", [hub["slug"] for hub in HUBS])
def test_the_home_page_is_light_and_asks_nothing_of_another_host(live_network, module_browser, slug):
    browser = module_browser
    browser.set_window_size(390, 800)
    url = live_network(f"{slug}.localhost")
    browser.get("about:blank")
    browser.get(url)
    browser.execute_script("window.scrollTo(0, document.body.scrollHeight)")
    entries = browser.execute_script(
        "return [performance.getEntriesByType('navigation')[0]].concat(performance.getEntriesByType('resource'))"
        ".map(e => ({name: e.name, size: e.transferSize || e.encodedBodySize || 0}))"
    )
    hosts = {urlparse(entry["name"]).hostname for entry in entries}
    assert hosts == {f"{slug}.localhost"}
    total = sum(entry["size"] for entry in entries)
    assert total < WEIGHT_BUDGET, f"{total // 1024} KB: {entries}"
    assert browser.get_cookies() == []
