"""
The NL Design System components residents' pages use, built into one local stylesheet.

The components come from the Utrecht component library (npm `@utrecht/component-library-css`,
pinned in package.json), the most complete set of NL Design System CSS components. Only the
components the templates use are taken, which keeps a page light (the whole library is 400 KB);
their look comes from each hub's design tokens (tenants.branding.theme), not from Utrecht's.
The result is committed (`hubplatform/static/nlds/`), so production needs no Node; a test
rebuilds it from node_modules and fails when it differs.
"""

import re
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
NODE_PACKAGES = PROJECT_DIR / "node_modules" / "@utrecht"
OUTPUT = PROJECT_DIR / "hubplatform" / "static" / "nlds" / "utrecht-components.css"
COMPONENTS = [
    "document",
    "page-body",
    "page-header",
    "page-content",
    "page-footer",
    "skip-link",
    "link",
    "heading-1",
    "heading-2",
    "heading-3",
    "paragraph",
    "unordered-list",
    "ordered-list",
    "button",
    "textbox",
    "form-label",
    "breadcrumb-nav",
    "alternate-lang-nav",
    "blockquote",
    "alert",
]


def build():
    """The concatenated component CSS (licence headers kept), or raise when a package is missing."""
    parts = ["/* NL Design System components (Utrecht component library, EUPL-1.2), built by `manage.py build_nlds`. */\n"]
    for name in COMPONENTS:
        source = NODE_PACKAGES / f"{name}-css" / "dist" / "index.css"
        if not source.exists():
            raise FileNotFoundError(f"{source} ontbreekt: voer eerst `npm ci` uit.")
        parts.append(f"\n/* @utrecht/{name}-css */\n{_minify(source.read_text())}")
    return "".join(parts)


def _minify(css):
    # Comments and indentation are a third of the size; the licence is named above each part.
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    css = re.sub(r"\s+", " ", css)
    css = re.sub(r"\s*([{};,>])\s*", r"\1", css)
    return css.strip() + "\n"
