"""
Translations of pieces made as plain copies become wagtail-localize translations of their Dutch piece.

Runs in the public schema only (the library's rows are there; every hub's table is empty). It
uses the current models, not the historical ones: wagtail-localize reads a piece's segments
through its block definitions and `translatable_fields`, which historical models lack (so a
later migration that adds a column to the piece must come before this one on an old database,
or this step must be moved after it). Each copy
keeps its text: only its block ids change (to those of the Dutch blocks they translate), without
a new version. Nothing is published or regenerated from wagtail-localize, which would fill every
string it cannot pair with the Dutch text.
"""

from django.db import migrations
from django_tenants.utils import get_public_schema_name


def register_copies(apps, schema_editor):
    if schema_editor.connection.schema_name != get_public_schema_name():
        return
    from plugins.shared.translations import register_all_copies

    register_all_copies()


class Migration(migrations.Migration):
    dependencies = [
        ("shared", "0004_piece_parent_for_page_trees"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(register_copies, migrations.RunPython.noop)]
