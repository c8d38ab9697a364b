"""The gateway: hubs read network-wide data in the public schema, cached once for every hub."""

import io

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.files.images import ImageFile
from django.db import connection
from django_tenants.utils import get_public_schema_name
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Page

from tenants.gateway import NetworkDataOutsidePublicSchema, gateway
from tests.example_plugin.models import Notice


def _image(title):
    buffer = io.BytesIO()
    PILImage.new("RGB", (8, 8), (10, 120, 60)).save(buffer, format="PNG")
    image = get_image_model()(title=title)
    image.file = ImageFile(buffer, name="beeld.png")
    image.save()
    return image


def image_title_of(pk):
    return get_image_model().objects.get(pk=pk).title


def page_title(page):
    return page.title


def notice_text(notice):
    return notice.text


def test_a_public_image_id_never_resolves_to_the_hubs_image_of_that_id(hardenberg, in_hub):
    Image = get_image_model()
    with in_hub(hardenberg):
        hub_ids = set(Image.objects.values_list("pk", flat=True))
    public_image = _image("Beeld van het portaal")
    while public_image.pk not in hub_ids:  # make the ids collide, as they will in real life
        public_image = _image("Beeld van het portaal")

    with in_hub(hardenberg):
        through_the_gateway = gateway.run(image_title_of, public_image.pk)
        directly = Image.objects.get(pk=public_image.pk).title  # the trap the gateway exists for

    assert through_the_gateway == "Beeld van het portaal"
    assert directly != "Beeld van het portaal"


def test_a_public_page_id_never_resolves_to_the_hubs_page_of_that_id(hardenberg, in_hub):
    portal_pages = dict(Page.objects.values_list("pk", "title"))
    with in_hub(hardenberg):
        hub_pages = dict(Page.objects.values_list("pk", "title"))
        shared_id = next(pk for pk in portal_pages if pk in hub_pages and portal_pages[pk] != hub_pages[pk])
        title = gateway.run(lambda: Page.objects.get(pk=shared_id).title)

    assert title == portal_pages[shared_id]


def test_network_models_refuse_queries_from_a_hubs_schema(hardenberg, in_hub):
    with in_hub(hardenberg), pytest.raises(NetworkDataOutsidePublicSchema, match="Read it through tenants.gateway"):
        list(Notice.objects.all())


def test_the_gateway_returns_to_the_hubs_schema_even_when_building_fails(hardenberg, in_hub):
    def broken(notice):
        raise ValueError("kapot")

    notice = Notice.objects.create(code="kapot", title="Kapot")
    with in_hub(hardenberg):
        with pytest.raises(ValueError):
            gateway.get(Notice, notice.pk, broken)
        assert connection.schema_name == hardenberg.schema_name
    assert connection.schema_name == get_public_schema_name()


def test_one_cache_entry_serves_every_hub_and_a_save_invalidates_it(hardenberg, helmond, in_hub, django_assert_num_queries):
    notice = Notice.objects.create(code="sluiting", title="Sluiting", text="Gesloten op tweede kerstdag.")
    with in_hub(hardenberg):
        assert gateway.get(Notice, notice.pk, notice_text) == "Gesloten op tweede kerstdag."
    with in_hub(helmond), django_assert_num_queries(0):
        assert gateway.get(Notice, notice.pk, notice_text) == "Gesloten op tweede kerstdag."

    notice.text = "Gesloten op beide kerstdagen."
    notice.save()

    with in_hub(helmond):
        assert gateway.get(Notice, notice.pk, notice_text) == "Gesloten op beide kerstdagen."


def test_cached_queries_follow_saves_of_the_models_they_depend_on(hardenberg, in_hub):
    def codes():
        return sorted(Notice.objects.values_list("code", flat=True))

    with in_hub(hardenberg):
        before = gateway.query("notice-codes", codes, models=[Notice])
    Notice.objects.create(code="nieuw", title="Nieuw")
    with in_hub(hardenberg):
        after = gateway.query("notice-codes", codes, models=[Notice])

    assert "nieuw" not in before
    assert "nieuw" in after


def test_a_pinned_revision_is_read_as_it_was(in_hub, hardenberg):
    page = Page.objects.get(depth=2).specific
    original_title = page.title
    revision = page.save_revision()
    page.title = "Later veranderd"
    page.save_revision().publish()

    with in_hub(hardenberg):
        pinned = gateway.get(Page, page.pk, page_title, revision_id=revision.pk)

    assert pinned == original_title
    assert Page.objects.get(pk=page.pk).title == "Later veranderd"


def test_reading_an_untracked_model_through_the_cache_is_refused(hardenberg, in_hub):
    with in_hub(hardenberg), pytest.raises(ImproperlyConfigured, match="not tracked by the gateway"):
        gateway.get(Page, 1, page_title)


def test_builders_must_return_plain_data(hardenberg, in_hub):
    def lazy():
        return Notice.objects.all()

    with in_hub(hardenberg), pytest.raises(TypeError, match="return plain data"):
        gateway.run(lazy)


def _notice_titles():
    return [notice.title for notice in Notice.objects.order_by("code")]


def test_a_memoised_query_is_kept_in_the_process_until_the_data_changes():
    first = gateway.query("test-memo-notices", _notice_titles, models=[Notice], memo=True)
    again = gateway.query("test-memo-notices", _notice_titles, models=[Notice], memo=True)
    assert again is first  # no unpickling from the cache

    Notice.objects.create(code="memo", title="Nieuw in het netwerk")

    assert "Nieuw in het netwerk" in gateway.query("test-memo-notices", _notice_titles, models=[Notice], memo=True)
