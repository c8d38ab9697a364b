# One name per thing: the model is a hub (Twente's hub serves fourteen municipalities).

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("regions", "0001_initial"),
        ("tenants", "0001_initial"),
    ]

    operations = [
        migrations.RenameModel(old_name="Municipality", new_name="Hub"),
        migrations.AlterModelOptions(
            name="hub",
            options={"ordering": ["name"], "verbose_name": "hub", "verbose_name_plural": "hubs"},
        ),
        migrations.AlterField(
            model_name="hub",
            name="region",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="hubs",
                to="regions.region",
                verbose_name="regio",
            ),
        ),
    ]
