"""Shared content end to end in a real browser: a regional coordinator writes a piece in the portal's
admin and submits it, a second coordinator approves it (the demo's moderation workflow), and a hub
editor inserts it in a page with the chooser modal and publishes: residents see it."""

import threading
import time

import pytest
from django.db import connections
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as when
from selenium.webdriver.support.ui import Select, WebDriverWait

from demo.loader import COORDINATOR, REGIONAL_COORDINATORS, editor_credentials

TITLE = "Browsertest: samen naar de ouderavond"
SUMMARY = "Ook na de scheiding gaan u en de andere ouder allebei naar school."
PAGE_SLUG = "browsertest-gedeelde-inhoud"


def committed(django_db_blocker, work):
    """Run `work()` on a connection of its own, outside the test's transaction, so the live server
    sees what it commits (and the cleanup is not rolled back with the test)."""
    outcome = {}

    def run():
        try:
            outcome["result"] = work()
        except BaseException as error:  # re-raised in the test's thread
            outcome["error"] = error
        finally:
            connections.close_all()

    with django_db_blocker.unblock():
        thread = threading.Thread(target=run)
        thread.start()
        thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")


def _twente_page():
    from django_tenants.utils import tenant_context
    from wagtail.models import Site

    from pages.models import ContentPage
    from tenants.models import Hub

    with tenant_context(Hub.objects.get(slug="twente")):
        home = Site.objects.get(is_default_site=True).root_page
        page = ContentPage(title="Naar school na de scheiding", slug=PAGE_SLUG, intro="Voor ouders met schoolgaande kinderen.")
        home.add_child(instance=page)
        page.save_revision().publish()
        return page.pk


def _clean_up():
    from django_tenants.utils import tenant_context

    from pages.models import ContentPage
    from plugins.shared.models import SharedPiece
    from tenants.models import Hub

    with tenant_context(Hub.objects.get(slug="twente")):
        for page in ContentPage.objects.filter(slug=PAGE_SLUG):
            page.delete()
    for piece in SharedPiece.objects.filter(title=TITLE):
        piece.delete()


def _piece_id():
    from plugins.shared.models import SharedPiece

    return SharedPiece.objects.filter(title=TITLE).values_list("pk", flat=True).first()


def _piece_is_live():
    from plugins.shared.models import SharedPiece

    return SharedPiece.objects.filter(title=TITLE, live=True).exists()


@pytest.fixture
def twente_page(django_db_blocker):
    committed(django_db_blocker, _clean_up)
    page_id = committed(django_db_blocker, _twente_page)
    yield page_id
    committed(django_db_blocker, _clean_up)


def log_in(browser, url, credentials):
    browser.delete_all_cookies()
    browser.get(url)
    browser.find_element(By.ID, "id_username").send_keys(credentials["username"])
    browser.find_element(By.ID, "id_password").send_keys(credentials["password"])
    browser.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    WebDriverWait(browser, 30).until(lambda driver: "/admin/login/" not in driver.current_url)


def press(browser, selector):
    """Click an action that sits in a closed dropdown of the admin's footer, as its menu item would."""
    button = WebDriverWait(browser, 30).until(when.presence_of_element_located((By.CSS_SELECTOR, selector)))
    browser.execute_script("arguments[0].click()", button)


def wait(browser, condition, timeout=30):
    return WebDriverWait(browser, timeout).until(condition)


def test_a_coordinator_publishes_a_piece_and_a_hub_editor_embeds_it_with_the_chooser(
    live_network, browser, django_db_blocker, twente_page
):
    portal = lambda path: live_network("localhost", path)  # noqa: E731
    twente = lambda path: live_network("twente.localhost", path)  # noqa: E731

    # 1. The Twente coordinator writes a piece for Twente and submits it to the workflow.
    log_in(browser, portal("/admin/login/"), REGIONAL_COORDINATORS["twente"])
    browser.get(portal("/admin/snippets/shared/sharedpiece/add/"))
    browser.find_element(By.ID, "id_title").send_keys(TITLE)
    browser.find_element(By.ID, "id_summary").send_keys(SUMMARY)
    Select(browser.find_element(By.NAME, "region_id")).select_by_visible_text("Twente")
    press(browser, "button[name='action-submit']")
    wait(browser, lambda driver: "/add/" not in driver.current_url)
    piece_id = committed(django_db_blocker, _piece_id)
    assert piece_id is not None
    assert not committed(django_db_blocker, _piece_is_live), "submitted, not yet approved"

    # 2. The network coordinator, a second pair of eyes, approves: the piece is published.
    log_in(browser, portal("/admin/login/"), COORDINATOR)
    browser.get(portal(f"/admin/snippets/shared/sharedpiece/edit/{piece_id}/"))
    press(browser, "button[data-workflow-action-name='approve']:not([data-workflow-action-modal-url])")
    deadline = time.monotonic() + 30
    while not committed(django_db_blocker, _piece_is_live):
        assert time.monotonic() < deadline, "the approval should publish the piece"
        time.sleep(0.5)

    # 3. Twente's editor inserts it in a page through the chooser modal and publishes.
    log_in(browser, twente("/admin/login/"), editor_credentials("twente"))
    browser.get(twente(f"/admin/pages/{twente_page}/edit/"))
    add = wait(browser, when.element_to_be_clickable((By.CSS_SELECTOR, "[data-contentpath='body'] button.c-sf-add-button")))
    add.click()
    block_type = "//*[@role='option'][.//*[normalize-space()='Gedeelde inhoud'] or normalize-space()='Gedeelde inhoud']"
    wait(browser, when.element_to_be_clickable((By.XPATH, block_type))).click()
    choose = "[data-contentpath='body'] button[data-chooser-action-choose]"
    wait(browser, when.element_to_be_clickable((By.CSS_SELECTOR, choose))).click()

    modal = wait(browser, when.visibility_of_element_located((By.CSS_SELECTOR, ".modal-dialog")))
    assert "Kies een gedeeld stuk" in modal.text
    search = wait(browser, when.visibility_of_element_located((By.CSS_SELECTOR, ".modal-dialog input[name='q']")))
    search.send_keys("ouderavond")
    wait(browser, lambda driver: len(driver.find_elements(By.CSS_SELECTOR, "#search-results a[data-chooser-modal-choice]")) == 1)
    results = browser.find_element(By.ID, "search-results")
    assert "Lotgenotengroepen" not in results.text  # searched: only the new piece is left
    assert SUMMARY in results.text
    results.find_element(By.TAG_NAME, "summary").click()  # the preview folds open
    assert TITLE in wait(browser, lambda driver: results.find_element(By.CSS_SELECTOR, ".kp-shared")).text
    results.find_element(By.CSS_SELECTOR, "a[data-chooser-modal-choice]").click()
    wait(browser, when.invisibility_of_element_located((By.CSS_SELECTOR, ".modal-dialog")))
    chosen = browser.find_element(By.CSS_SELECTOR, "[data-contentpath='body'] [data-chooser-title]")
    assert chosen.text == TITLE

    press(browser, "button[name='action-publish']")
    wait(browser, lambda driver: "/edit/" not in driver.current_url)

    # 4. Residents of Twente see it on the page.
    browser.get(twente(f"/{PAGE_SLUG}/"))
    shared = wait(browser, when.visibility_of_element_located((By.CSS_SELECTOR, f".kp-shared[data-shared-piece='{piece_id}']")))
    assert TITLE in shared.text
