"""Built files that are committed match their sources: NL Design System CSS and translations."""

import polib
from django.conf import settings

from hubplatform import nlds


def test_the_committed_nl_design_system_css_matches_the_npm_packages():
    assert nlds.OUTPUT.read_text() == nlds.build(), "run `manage.py build_nlds` and commit the result"


def test_the_committed_translations_are_compiled_from_the_po_files():
    locale_dir = settings.LOCALE_PATHS[0]
    languages = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
    for language in languages:
        po = polib.pofile(str(locale_dir / language / "LC_MESSAGES" / "django.po"))
        mo = polib.mofile(str(locale_dir / language / "LC_MESSAGES" / "django.mo"))
        assert po.percent_translated() == 100, language
        compiled = {(entry.msgid, entry.msgstr, tuple(sorted(entry.msgstr_plural.items()))) for entry in mo}
        source = {(entry.msgid, entry.msgstr, tuple(sorted(entry.msgstr_plural.items()))) for entry in po if entry.msgid}
        assert source <= compiled, f"run `manage.py compilemessages` for {language}"
