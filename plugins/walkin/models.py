import json

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from blocks.fields import BodyField
from pages.models import BasePage
from plugins.walkin.blocks import SCHEMA_ORG_DAYS, SessionBlock


class WalkInPage(BasePage):
    """When and where residents can walk in without an appointment."""

    intro = models.TextField("inleiding")
    sessions = StreamField([("session", SessionBlock())], verbose_name="spreekuren")
    body = BodyField(verbose_name="meer informatie", blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("sessions"), FieldPanel("body")]

    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("sessions"),
        index.SearchField("body"),
    ]

    parent_page_types = ["pages.HomePage", "pages.AudiencePage", "pages.ContentPage"]
    available_on_portal = False

    class Meta:
        verbose_name = "inloopspreekuur"

    def json_ld(self):
        """schema.org GovernmentService with its weekly opening hours, for search engines."""
        hours = [
            {
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": f"https://schema.org/{SCHEMA_ORG_DAYS[int(session.value['weekday'])]}",
                "opens": session.value["opens"].strftime("%H:%M"),
                "closes": session.value["closes"].strftime("%H:%M"),
            }
            for session in self.sessions
        ]
        data = {
            "@context": "https://schema.org",
            "@type": "GovernmentService",
            "name": self.title,
            "description": self.intro,
            "url": self.full_url,
            "hoursAvailable": hours,
        }
        # "<" escaped so no value can close the surrounding <script> element.
        return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")
