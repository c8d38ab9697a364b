import re
from datetime import date, time

from django import forms

from plugins.directory.schedules import parse_byday


def _split(value):
    return [part.strip() for part in value.split(",") if part.strip()]


class ServiceForm(forms.Form):
    organization = forms.ChoiceField(label="Organisatie", required=False)
    new_organization = forms.CharField(label="Of een nieuwe organisatie", required=False, max_length=200)
    name = forms.CharField(label="Naam van de dienst", max_length=200)
    description = forms.CharField(label="Omschrijving", widget=forms.Textarea(attrs={"rows": 4}))
    url = forms.URLField(label="Website", required=False)
    email = forms.EmailField(label="E-mail", required=False)
    phone = forms.CharField(label="Telefoon", required=False, max_length=30)
    is_free = forms.BooleanField(label="Gratis", required=False)
    fees_description = forms.CharField(label="Kosten", required=False, max_length=300)
    municipalities = forms.CharField(label="Gemeenten (werkgebied)", help_text="Gescheiden door komma's.", max_length=1000)
    languages = forms.CharField(label="Talen", help_text="Taalcodes gescheiden door komma's, bijvoorbeeld nl, en, tr.", initial="nl")
    terms = forms.MultipleChoiceField(label="Soort hulp en doelgroep", required=False, widget=forms.CheckboxSelectMultiple)
    location_name = forms.CharField(label="Locatie", required=False, max_length=200)
    address = forms.CharField(label="Straat en huisnummer", required=False, max_length=200)
    postal_code = forms.CharField(label="Postcode", required=False, max_length=10)
    city = forms.CharField(label="Plaats", required=False, max_length=100)

    def __init__(self, *args, organizations=(), terms=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organization"].choices = [("", "---------"), *organizations]
        self.fields["terms"].choices = list(terms)

    def clean_municipalities(self):
        return _split(self.cleaned_data["municipalities"])

    def clean_languages(self):
        return _split(self.cleaned_data["languages"]) or ["nl"]

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("organization") and not cleaned.get("new_organization"):
            self.add_error("organization", "Kies een organisatie of vul een nieuwe in.")
        return cleaned


class ScheduleForm(forms.Form):
    id = forms.CharField(required=False, widget=forms.HiddenInput)
    freq = forms.ChoiceField(label="Herhaling", choices=[("WEEKLY", "elke week"), ("MONTHLY", "elke maand")])
    byday = forms.CharField(label="Dagen", max_length=40, help_text="TU, MO,WE of maandelijks 1TU, -1FR.")
    opens_at = forms.TimeField(label="Van")
    closes_at = forms.TimeField(label="Tot")
    attending_type = forms.ChoiceField(label="Zo komt u", choices=[("walk-in", "inloop zonder afspraak"), ("appointment", "op afspraak")])
    description = forms.CharField(label="Met wie", required=False, max_length=300)
    notes = forms.CharField(label="Goed om te weten", required=False, max_length=300)
    valid_from = forms.DateField(label="Geldig vanaf", required=False)
    valid_to = forms.DateField(label="Geldig tot en met", required=False)
    exceptions = forms.CharField(
        label="Uitzonderingen", required=False, widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Eén per regel: '2026-12-25 gesloten Eerste kerstdag' of '2026-12-31 13:00-15:00 Oudejaarsdag'.",
    )

    def clean_exceptions(self):
        parsed = []
        for number, line in enumerate(filter(None, (line.strip() for line in self.cleaned_data["exceptions"].splitlines())), 1):
            match = _EXCEPTION.match(line)
            try:
                if not match:
                    raise ValueError
                day = date.fromisoformat(match["date"])
                opens = time.fromisoformat(match["opens"]) if match["opens"] else None
                closes = time.fromisoformat(match["closes"]) if match["closes"] else None
            except ValueError:
                raise forms.ValidationError(
                    f"Regel {number} ('{line}') begrijpen we niet: schrijf een datum (JJJJ-MM-DD) en 'gesloten' of 13:00-15:00."
                ) from None
            parsed.append({"date": day, "closed": opens is None, "opens_at": opens, "closes_at": closes,
                           "reason": (match["reason"] or "").strip()})
        return parsed

    def clean_byday(self):
        value = self.cleaned_data["byday"].upper().replace(" ", "")
        try:
            parse_byday(value)
        except ValueError as error:
            raise forms.ValidationError(str(error)) from None
        return value

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("opens_at") and cleaned.get("closes_at") and cleaned["closes_at"] <= cleaned["opens_at"]:
            self.add_error("closes_at", "De eindtijd moet na de begintijd liggen.")
        return cleaned


_EXCEPTION = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2})\s+(?:gesloten|(?P<opens>\d{1,2}:\d{2})\s*-\s*(?P<closes>\d{1,2}:\d{2}))(?P<reason>.*)$", re.I)


def exceptions_text(exceptions):
    """The form's text for stored exceptions (dicts with date, closed, opens_at, closes_at, reason)."""
    return "\n".join(
        f"{item['date']} {'gesloten' if item['closed'] else item['opens_at'].strftime('%H:%M') + '-' + item['closes_at'].strftime('%H:%M')}"
        f"{' ' + item['reason'] if item['reason'] else ''}"
        for item in exceptions
    )


ScheduleFormSet = forms.formset_factory(ScheduleForm, extra=1, can_delete=True)
