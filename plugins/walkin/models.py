import json
from datetime import timedelta

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index

from blocks.fields import BodyField
from pages.models import BasePage

#: Days ahead the page lists sessions for.
SESSION_DAYS = 28


class WalkInPage(BasePage):
    """When and where residents can walk in without an appointment.

    The hours are not typed here: they are the partner directory's schedules of the services
    this hub keeps that are walk-in hours (category "inloopspreekuur"), so one change in the
    directory reaches this page, the directory pages, the iCal feed and the HSDS API alike.
    """

    intro = models.TextField("inleiding")
    body = BodyField(verbose_name="meer informatie", blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]

    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["pages.HomePage", "pages.AudiencePage", "pages.ContentPage"]
    available_on_portal = False

    class Meta:
        verbose_name = "inloopspreekuur"

    def walk_in_services(self):
        """This hub's own walk-in services from the directory (plain dicts, through the gateway)."""
        from plugins.directory.reading import services_for
        from tenants.current import current_hub

        hub = current_hub()
        if hub is None:
            return []
        return [
            service for service in services_for(hub)
            if service["organization"]["owner_hub"] == hub.slug
            and any(term["code"] == "inloopspreekuur" for term in service["terms"])
        ]

    def regular_hours(self):
        """The weekly hours of all its services in one week, Monday first, then by time; each row
        (plugins.directory.presenting.hours) with its `service`."""
        from plugins.directory.presenting import hours
        from plugins.directory.schedules import week_order

        # hours() gives one row per schedule, in the schedules' order.
        rows = [
            (week_order(schedule), {**row, "service": service})
            for service in self.walk_in_services()
            for schedule, row in zip(service["schedules"], hours(service))
        ]
        return [row for _order, row in sorted(rows, key=lambda item: item[0])]

    def coming_sessions(self):
        from plugins.directory.presenting import now, session_view
        from plugins.directory.schedules import sessions_between

        moment = now()
        sessions = [
            session_view(session, service)
            for service in self.walk_in_services()
            for session in sessions_between(service["schedules"], moment, moment + timedelta(days=SESSION_DAYS))
        ]
        return sorted(sessions, key=lambda session: session["starts"])

    def json_ld(self):
        """schema.org GovernmentService with the weekly hours and holiday closures, for search engines."""
        from plugins.directory.presenting import json_ld

        services = self.walk_in_services()
        if not services:
            return json.dumps({"@context": "https://schema.org", "@type": "GovernmentService", "name": self.title})
        data = json.loads(json_ld(services[0], self.full_url))
        data["name"], data["description"] = self.title, self.intro
        return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")
