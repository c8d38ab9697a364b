"""
A hub's theme: the design tokens of NL Design System components, made from its branding.

An editor picks two colours and a layout; this turns them into a coherent set of tokens: the
main colour for the header and buttons (white text on it, 4.5:1 or more), a darker shade for
hover and the footer, a light tint for surfaces, the accent for lines and the focus ring, and a
text colour on the accent that keeps 4.5:1. The layout picks the arrangement (a coloured banner,
a light header with a coloured menu bar, cards, or quiet lines) and the corner radius, so two
hubs with similar colours still look like two services.

The tokens are served as a stylesheet of their own (`tenants.branding.views.theme_css`), so no
page needs an inline <style> and a strict Content-Security-Policy holds.
"""

import hashlib

from tenants.branding.contrast import contrast_ratio, mix

LAYOUTS = {
    # key: (Dutch label for editors, corner radius, header style)
    "banner": ("Banier: kopbalk in de hoofdkleur, afbeelding naast de kop", "6px", "solid"),
    "licht": ("Licht: witte kopbalk, menubalk in de hoofdkleur", "0", "light"),
    "kaart": ("Kaarten: ronde hoeken, kop in een gekleurd vlak", "18px", "light"),
    "lijn": ("Lijnen: rustig, met een dikke lijn in de accentkleur", "2px", "solid"),
}
LAYOUT_CHOICES = [(key, label) for key, (label, _radius, _header) in LAYOUTS.items()]

WHITE = "#ffffff"
TEXT = "#1b1b1b"


def readable_on(background):
    """Black-ish or white text, whichever reads better on `background`."""
    return WHITE if contrast_ratio(background, WHITE) >= contrast_ratio(background, TEXT) else TEXT


def darkest_accent_for_text(accent):
    """The accent, darkened until it reaches 4.5:1 on white (for accent-coloured text and icons)."""
    colour, step = accent, 0
    while contrast_ratio(colour, WHITE) < 4.5 and step < 20:
        step += 1
        colour = mix(accent, "#000000", step * 0.05)
    return colour


def tokens(primary, accent, font_stack, layout):
    """The custom properties for one hub: NL Design System tokens plus the platform's own."""
    radius, header = LAYOUTS.get(layout, LAYOUTS["banner"])[1:]
    primary_dark = mix(primary, "#000000", 0.25)
    tint = mix(primary, WHITE, 0.92)
    header_bg, header_fg = (primary, WHITE) if header == "solid" else (WHITE, TEXT)
    accent_text = darkest_accent_for_text(accent)
    values = {
        # Platform tokens (hubplatform/static/css/hub.css reads these).
        "--kp-color-primary": primary,
        "--kp-color-primary-dark": primary_dark,
        "--kp-color-primary-tint": tint,
        "--kp-color-accent": accent,
        "--kp-color-accent-text": accent_text,
        "--kp-color-on-accent": readable_on(accent),
        "--kp-color-header-bg": header_bg,
        "--kp-color-header-fg": header_fg,
        "--kp-color-surface": mix(accent, WHITE, 0.9),
        "--kp-font-family": font_stack,
        "--kp-radius": radius,
        # NL Design System (Utrecht component library) tokens.
        "--utrecht-document-font-family": font_stack,
        "--utrecht-document-color": TEXT,
        "--utrecht-document-background-color": WHITE,
        "--utrecht-document-line-height": "1.6",
        "--utrecht-heading-font-family": font_stack,
        "--utrecht-heading-color": TEXT,
        "--utrecht-heading-1-font-size": "clamp(1.75rem, 1.4rem + 1.8vw, 2.5rem)",
        "--utrecht-heading-1-font-weight": "700",
        "--utrecht-heading-1-line-height": "1.2",
        "--utrecht-heading-1-margin-block-end": "0.5em",
        "--utrecht-heading-2-font-size": "clamp(1.35rem, 1.2rem + 0.8vw, 1.75rem)",
        "--utrecht-heading-2-font-weight": "700",
        "--utrecht-heading-2-line-height": "1.25",
        "--utrecht-heading-2-margin-block-start": "1.5em",
        "--utrecht-heading-2-margin-block-end": "0.5em",
        "--utrecht-heading-3-font-size": "1.2rem",
        "--utrecht-heading-3-font-weight": "700",
        "--utrecht-heading-3-line-height": "1.3",
        "--utrecht-paragraph-font-size": "1rem",
        "--utrecht-paragraph-lead-font-size": "1.2rem",
        "--utrecht-paragraph-margin-block-end": "0.75em",
        "--utrecht-link-color": primary,
        "--utrecht-link-hover-color": primary_dark,
        "--utrecht-link-visited-color": primary_dark,
        "--utrecht-link-text-decoration": "underline",
        "--utrecht-link-text-underline-offset": "0.15em",
        "--utrecht-focus-outline-color": TEXT,
        "--utrecht-focus-outline-style": "solid",
        "--utrecht-focus-outline-width": "3px",
        "--utrecht-focus-inverse-outline-color": WHITE,
        "--utrecht-focus-background-color": accent,
        "--utrecht-focus-color": readable_on(accent),
        "--utrecht-button-primary-action-background-color": primary,
        "--utrecht-button-primary-action-color": WHITE,
        "--utrecht-button-primary-action-hover-background-color": primary_dark,
        "--utrecht-button-primary-action-hover-color": WHITE,
        "--utrecht-button-secondary-action-background-color": WHITE,
        "--utrecht-button-secondary-action-color": primary,
        "--utrecht-button-secondary-action-border-color": primary,
        "--utrecht-button-border-radius": radius,
        "--utrecht-button-border-width": "2px",
        "--utrecht-button-font-family": font_stack,
        "--utrecht-button-font-size": "1rem",
        "--utrecht-button-font-weight": "700",
        "--utrecht-button-min-block-size": "44px",
        "--utrecht-button-min-inline-size": "44px",
        "--utrecht-button-padding-inline-start": "1rem",
        "--utrecht-button-padding-inline-end": "1rem",
        "--utrecht-button-padding-block-start": "0.4rem",
        "--utrecht-button-padding-block-end": "0.4rem",
        "--utrecht-textbox-border-color": "#4a4a4a",
        "--utrecht-textbox-border-width": "2px",
        "--utrecht-textbox-border-radius": radius,
        "--utrecht-textbox-background-color": WHITE,
        "--utrecht-textbox-color": TEXT,
        "--utrecht-textbox-font-size": "1rem",
        "--utrecht-textbox-min-block-size": "44px",
        "--utrecht-textbox-padding-inline-start": "0.6rem",
        "--utrecht-textbox-padding-inline-end": "0.6rem",
        "--utrecht-textbox-padding-block-start": "0.35rem",
        "--utrecht-textbox-padding-block-end": "0.35rem",
        "--utrecht-textbox-max-inline-size": "100%",
        "--utrecht-form-label-font-weight": "700",
        "--utrecht-breadcrumb-nav-link-color": primary,
        "--utrecht-breadcrumb-nav-font-size": "0.95rem",
        "--utrecht-page-header-background-color": header_bg,
        "--utrecht-page-header-color": header_fg,
        "--utrecht-page-footer-background-color": primary_dark,
        "--utrecht-page-footer-color": WHITE,
        "--utrecht-page-footer-padding-block-start": "2rem",
        "--utrecht-page-footer-padding-block-end": "2rem",
        "--utrecht-page-content-padding-block-start": "1.5rem",
        "--utrecht-page-content-padding-block-end": "3rem",
        "--utrecht-page-max-inline-size": "72rem",
        "--utrecht-page-padding-inline-start": "1rem",
        "--utrecht-page-padding-inline-end": "1rem",
        "--utrecht-skip-link-background-color": WHITE,
        "--utrecht-skip-link-color": TEXT,
        "--utrecht-skip-link-padding-inline-start": "1rem",
        "--utrecht-skip-link-padding-inline-end": "1rem",
        "--utrecht-skip-link-padding-block-start": "0.5rem",
        "--utrecht-skip-link-padding-block-end": "0.5rem",
        "--utrecht-blockquote-content-font-size": "1.1rem",
        "--utrecht-alert-background-color": mix(accent, WHITE, 0.85),
        "--utrecht-alert-border-color": accent_text,
        "--utrecht-alert-border-width": "0 0 0 6px",
        "--utrecht-alert-padding-inline-start": "1rem",
        "--utrecht-alert-padding-inline-end": "1rem",
        "--utrecht-alert-padding-block-start": "0.75rem",
        "--utrecht-alert-padding-block-end": "0.75rem",
        "--utrecht-alert-color": TEXT,
        "--utrecht-unordered-list-marker-color": primary,
    }
    return values


def stylesheet(values):
    declarations = "\n".join(f"  {name}: {value};" for name, value in values.items())
    return f"/* Design tokens of this hub, made from its branding settings. */\n:root {{\n{declarations}\n}}\n"


def version(values):
    return hashlib.sha1(stylesheet(values).encode()).hexdigest()[:10]
