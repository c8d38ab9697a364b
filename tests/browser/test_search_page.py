"""The results page in a real browser: a search field residents can see, and everything usable
without JavaScript (scopes, filters and pages are plain links)."""

import re

from selenium.webdriver.common.by import By


def _rgb(css):
    return tuple(int(part) for part in re.findall(r"\d+", css)[:3])


def _luminance(rgb):
    def channel(value):
        value /= 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(value) for value in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(first, second):
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_the_search_field_on_the_results_page_stands_out_from_the_page(live_network, browser):
    browser.get(live_network("hardenberg.localhost", "/zoeken/?q=scheiding"))

    field = browser.find_element(By.ID, "search-query")
    page_background = _rgb(browser.find_element(By.TAG_NAME, "main").value_of_css_property("background-color") or "rgb(255,255,255)")
    if page_background == (0, 0, 0):  # transparent: the body's white shows through
        page_background = (255, 255, 255)
    border = _rgb(field.value_of_css_property("border-top-color"))

    # WCAG 2.1 SC 1.4.11: a field's boundary needs 3:1 against what surrounds it.
    assert contrast(border, page_background) >= 3
    assert field.get_attribute("value") == "scheiding"


def test_scopes_filters_and_pages_work_without_javascript(live_network, browser_without_js):
    browser = browser_without_js
    browser.get(live_network("helmond.localhost", "/zoeken/?q=scheiding"))

    browser.find_element(By.LINK_TEXT, "Deze hub").click()
    assert "scope=hub" in browser.current_url
    results = browser.find_elements(By.CSS_SELECTOR, ".kp-results li")
    assert results and len(results) <= 10

    browser.find_element(By.PARTIAL_LINK_TEXT, "Volgende pagina").click()
    assert "page=2" in browser.current_url
    assert browser.find_elements(By.CSS_SELECTOR, ".kp-results li")
    link = browser.find_element(By.CSS_SELECTOR, ".kp-results li a").get_attribute("href")
    assert "/zoeken/naar/?" in link and "naar=http" in link


def test_on_a_phone_the_first_result_comes_before_the_filters(live_network, browser):
    browser.set_window_size(390, 844)
    browser.get(live_network("hardenberg.localhost", "/zoeken/?q=scheiding"))

    first_result = browser.find_element(By.CSS_SELECTOR, ".kp-results li").rect["y"]
    filters = browser.find_element(By.CSS_SELECTOR, ".kp-search-facets").rect["y"]
    screen = browser.execute_script("return window.innerHeight")

    # The filters came first, and the first result a screen and a half down.
    assert first_result < filters
    assert first_result < screen
