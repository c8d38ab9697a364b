"""A hub's editors change its look in their own admin, and residents see it on the next request."""

from wagtail.models import Site

from tenants.branding.models import BrandingSettings, contrast_ratio
from tests.conftest import design_tokens_css, hub_client


def branding_form(hub, in_hub, **changes):
    with in_hub(hub):
        branding = BrandingSettings.for_site(Site.objects.get(is_default_site=True))
        data = {
            "hub_name": branding.hub_name,
            "tagline": branding.tagline,
            "logo": branding.logo_id or "",
            "primary_colour": branding.primary_colour,
            "accent_colour": branding.accent_colour,
            "font": branding.font,
            "contact_address": branding.contact_address,
            "contact_phone": branding.contact_phone,
            "contact_email": branding.contact_email,
            "contact_hours": branding.contact_hours,
            "footer_links-count": "0",
        }
        site_id = Site.objects.get(is_default_site=True).pk
    data.update(changes)
    return f"/admin/settings/branding/brandingsettings/{site_id}/", data


def test_an_editor_rebrands_their_hub_and_it_shows_on_the_next_page_view(hardenberg, in_hub, editor_client):
    url, data = branding_form(
        hardenberg, in_hub, hub_name="Knooppunt Vechtdal", primary_colour="#5a2d82", font="serif", contact_phone="0523 999 999"
    )

    response = editor_client("hardenberg").post(url, data)

    assert response.status_code == 302
    html = hub_client("hardenberg").get("/").content.decode()
    assert "Knooppunt Vechtdal" in html
    assert "0523 999 999" in html
    css = design_tokens_css(hub_client("hardenberg"), html)
    assert "--kp-color-primary: #5a2d82;" in css
    assert 'font-family: Georgia, "Noto Serif"' in css.replace("--kp-font-family:", "font-family:")
    assert "#5a2d82" not in design_tokens_css(hub_client("helmond"), hub_client("helmond").get("/").content.decode())



def test_a_colour_too_light_for_white_text_is_refused_with_an_explanation(hardenberg, in_hub, editor_client):
    url, data = branding_form(hardenberg, in_hub, primary_colour="#f2f26b")

    response = editor_client("hardenberg").post(url, data)

    assert response.status_code == 200
    assert "slecht te lezen" in response.content.decode()
    html = hub_client("hardenberg").get("/").content.decode()
    assert "#f2f26b" not in design_tokens_css(hub_client("hardenberg"), html)


def test_the_demo_hubs_colours_meet_wcag_aa_for_white_text(hubs, in_hub):
    for hub in hubs.values():
        with in_hub(hub):
            branding = BrandingSettings.for_site(Site.objects.get(is_default_site=True))
            assert contrast_ratio(branding.primary_colour, "#ffffff") >= 4.5, hub.slug


def test_a_hub_editor_cannot_change_another_hubs_branding(helmond, in_hub, editor_client):
    url, data = branding_form(helmond, in_hub, hub_name="Overgenomen")

    editor_client("hardenberg").post(url, data)

    assert "Overgenomen" not in hub_client("helmond").get("/").content.decode()
