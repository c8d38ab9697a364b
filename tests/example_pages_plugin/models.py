from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from pages.models import BasePage


class ExamplePage(BasePage):
    text = models.CharField(max_length=200, blank=True)

    content_panels = Page.content_panels + [FieldPanel("text")]

    parent_page_types = ["pages.HomePage"]
    available_on_portal = False

    class Meta:
        verbose_name = "voorbeeldpagina"
