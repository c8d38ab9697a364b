from django.db import migrations

from search.analysis import default_rule_lines


def add_default_rules(apps, schema_editor):
    # Only the portal (public schema) holds the network's rules.
    if schema_editor.connection.schema_name != "public":
        return
    SynonymRule = apps.get_model("search", "SynonymRule")
    if not SynonymRule.objects.exists():
        SynonymRule.objects.bulk_create([SynonymRule(rule=line) for line in default_rule_lines()])


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(add_default_rules, migrations.RunPython.noop)]
