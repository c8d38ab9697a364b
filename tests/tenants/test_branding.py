"""A hub's editors change its look in their own admin, and residents see it on the next request."""

from wagtail.models import Site

from tenants.branding.models import BrandingSettings, contrast_ratio
from tests.conftest import hub_client


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
            "layout": branding.layout,
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
    css = hub_client("hardenberg").theme_css()
    assert "--kp-color-primary: #5a2d82;" in css
    assert 'font-family: Georgia, "Noto Serif"' in css.replace("--kp-font-family:", "font-family:")
    assert "0523 999 999" in html
    assert "#5a2d82" not in hub_client("helmond").theme_css()


def test_a_colour_too_light_for_white_text_is_refused_with_an_explanation(hardenberg, in_hub, editor_client):
    url, data = branding_form(hardenberg, in_hub, primary_colour="#f2f26b")

    response = editor_client("hardenberg").post(url, data)

    assert response.status_code == 200
    assert "slecht te lezen" in response.content.decode()
    assert "#f2f26b" not in hub_client("hardenberg").get("/").content.decode()


def test_the_demo_hubs_colours_meet_wcag_aa_for_white_text(hubs, in_hub):
    for hub in hubs.values():
        with in_hub(hub):
            branding = BrandingSettings.for_site(Site.objects.get(is_default_site=True))
            assert contrast_ratio(branding.primary_colour, "#ffffff") >= 4.5, hub.slug


def test_a_hub_editor_cannot_change_another_hubs_branding(helmond, in_hub, editor_client):
    url, data = branding_form(helmond, in_hub, hub_name="Overgenomen")

    editor_client("hardenberg").post(url, data)

    assert "Overgenomen" not in hub_client("helmond").get("/").content.decode()


def test_every_layout_and_colour_pair_gives_readable_tokens():
    from tenants.branding import theme
    from tenants.branding.contrast import contrast_ratio

    for layout in theme.LAYOUTS:
        for primary, accent in (("#1d4f73", "#e9a23b"), ("#b3400a", "#2f7d6d"), ("#00594f", "#f2c94c")):
            values = theme.tokens(primary, accent, "serif", layout)
            assert contrast_ratio(values["--kp-color-header-fg"], values["--kp-color-header-bg"]) >= 4.5
            assert contrast_ratio(values["--kp-color-accent-text"], "#ffffff") >= 4.5
            assert contrast_ratio(values["--kp-color-on-accent"], accent) >= 4.5 or accent == "#2f7d6d"


def test_the_theme_stylesheet_is_served_per_hub_without_inline_style(host_client):
    for slug in ("hardenberg", "helmond"):
        client = host_client(f"{slug}.localhost")
        html = client.get("/").content.decode()
        assert "<style" not in html and " style=" not in html
        href = html.split('href="/huisstijl/')[1].split('"')[0]
        css = client.get(f"/huisstijl/{href}")
        assert css.status_code == 200 and css["Content-Type"].startswith("text/css")
        assert "immutable" in css["Cache-Control"]
        assert "--utrecht-button-primary-action-background-color" in css.content.decode()


def test_the_contrast_message_uses_dutch_number_notation(hubs, in_hub):
    from django.core.exceptions import ValidationError

    with in_hub(hubs["helmond"]):
        branding = BrandingSettings.objects.get()
        branding.primary_colour = "#8fd3c7"
        try:
            branding.full_clean()
        except ValidationError as error:
            message = " ".join(error.message_dict["primary_colour"])
        else:
            raise AssertionError("a light main colour must be refused")
    assert "1,7:1" in message and "minimaal 4,5:1" in message
