from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('shared', '0003_piece_body_downloads_and_document_links'),
    ]

    operations = [
        migrations.AddField(
            model_name='sharedpiece',
            name='parent_piece_id',
            field=models.PositiveIntegerField(blank=True, help_text='Leeg: een stuk op zichzelf. Anders: een pagina onder dit stuk.', null=True, verbose_name='onderdeel van'),
        ),
    ]
