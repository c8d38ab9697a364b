from django.utils.translation import gettext, gettext_noop
from wagtail import blocks

# Dutch (the editor and the search index use them as they are); the session block translates them.
WEEKDAYS = [
    (1, gettext_noop("maandag")),
    (2, gettext_noop("dinsdag")),
    (3, gettext_noop("woensdag")),
    (4, gettext_noop("donderdag")),
    (5, gettext_noop("vrijdag")),
    (6, gettext_noop("zaterdag")),
    (7, gettext_noop("zondag")),
]
SCHEMA_ORG_DAYS = {1: "Monday", 2: "Tuesday", 3: "Wednesday", 4: "Thursday", 5: "Friday", 6: "Saturday", 7: "Sunday"}


class SessionBlock(blocks.StructBlock):
    """One weekly walk-in hour."""

    weekday = blocks.ChoiceBlock(label="dag", choices=WEEKDAYS)
    opens = blocks.TimeBlock(label="van", format="%H:%M")
    closes = blocks.TimeBlock(label="tot", format="%H:%M")
    location = blocks.CharBlock(label="plek")
    address = blocks.CharBlock(label="adres", required=False)
    with_whom = blocks.CharBlock(label="met wie", required=False, help_text="Bijvoorbeeld: een mediator en een jeugdprofessional")
    appointment = blocks.BooleanBlock(label="alleen op afspraak", required=False)
    note = blocks.CharBlock(label="goed om te weten", required=False)

    class Meta:
        label = "Inloopspreekuur"
        icon = "time"
        template = "walkin/session_block.html"
        description = "Een vast inloopspreekuur per week."
        preview_value = {"weekday": "2", "opens": "09:00", "closes": "11:00", "location": "Gemeentehuis"}

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        name = dict(WEEKDAYS).get(int(value["weekday"]), "")
        context["weekday_name"] = gettext(name) if name else ""
        return context
