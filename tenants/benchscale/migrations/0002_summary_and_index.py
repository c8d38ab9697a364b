from django.db import migrations, models


class Migration(migrations.Migration):
    """The "new migration" of make bench-scale: a column with a default and an index, in every hub."""

    dependencies = [("benchscale", "0001_initial")]

    operations = [
        migrations.AddField(model_name="scalenote", name="summary", field=models.TextField(blank=True, default="")),
        migrations.AddIndex(
            model_name="scalenote",
            index=models.Index(fields=["title", "created_at"], name="benchscale_title_created"),
        ),
    ]
