"""
The partner directory, modelled on Open Referral HSDS 3 and kept once in the public schema.

Who may change a record follows its organization: `owner_hub` set means that hub's editors keep
it; otherwise `owner_region` (coordinators of that region) or, with neither, the coordinators of
the whole network. Hubs read the directory only through `plugins.directory.reading` (the gateway);
writes go through `plugins.directory.ownership`.
"""

import uuid

from django.contrib.postgres.fields import ArrayField
from django.db import models

from tenants.gateway import NetworkManager

WEEKDAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


class DirectoryRecord(models.Model):
    """HSDS 3 identifies every record by a UUID; `last_modified` feeds the API's modified_after."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    last_modified = models.DateTimeField(auto_now=True)

    objects = NetworkManager()

    class Meta:
        abstract = True


class Taxonomy(DirectoryRecord):
    """A vocabulary of terms: here "categorie" (what kind of help) and "doelgroep" (for whom)."""

    name = models.CharField("naam", max_length=100)
    description = models.TextField("omschrijving", blank=True)
    uri = models.URLField(blank=True)
    version = models.CharField(max_length=20, blank=True)

    class Meta:
        verbose_name = "taxonomie"
        verbose_name_plural = "taxonomieën"
        ordering = ["name"]

    def __str__(self):
        return self.name


class TaxonomyTerm(DirectoryRecord):
    taxonomy = models.ForeignKey(Taxonomy, on_delete=models.CASCADE, related_name="terms")
    code = models.SlugField(max_length=60, unique=True)
    name = models.CharField("naam", max_length=100)
    description = models.TextField("omschrijving", blank=True)

    class Meta:
        verbose_name = "term"
        verbose_name_plural = "termen"
        ordering = ["taxonomy__name", "name"]

    def __str__(self):
        return self.name


class Organization(DirectoryRecord):
    name = models.CharField("naam", max_length=200)
    alternate_name = models.CharField("andere naam", max_length=200, blank=True)
    description = models.TextField("omschrijving")
    email = models.EmailField("e-mail", blank=True)
    website = models.URLField("website", blank=True)
    #: A municipality's own service is a schema.org GovernmentService.
    is_government = models.BooleanField("gemeentelijke organisatie", default=False)
    owner_hub = models.ForeignKey(
        "tenants.Hub", verbose_name="beheerd door hub", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    owner_region = models.ForeignKey(
        "regions.Region", verbose_name="beheerd door regio", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        verbose_name = "organisatie"
        verbose_name_plural = "organisaties"
        ordering = ["name"]

    def __str__(self):
        return self.name


class Location(DirectoryRecord):
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="locations")
    name = models.CharField("naam", max_length=200)
    description = models.TextField("omschrijving", blank=True)
    address = models.CharField("straat en huisnummer", max_length=200, blank=True)
    postal_code = models.CharField("postcode", max_length=10, blank=True)
    city = models.CharField("plaats", max_length=100, blank=True)
    is_virtual = models.BooleanField("online", default=False)
    accessibility = models.TextField("toegankelijkheid", blank=True)

    class Meta:
        verbose_name = "locatie"
        verbose_name_plural = "locaties"
        ordering = ["name"]

    def __str__(self):
        return self.name


class Service(DirectoryRecord):
    STATUS_CHOICES = [("active", "actief"), ("inactive", "niet actief"), ("temporarily closed", "tijdelijk gesloten")]

    organization = models.ForeignKey(Organization, verbose_name="organisatie", on_delete=models.CASCADE, related_name="services")
    name = models.CharField("naam", max_length=200)
    description = models.TextField("omschrijving")
    url = models.URLField("website", blank=True)
    email = models.EmailField("e-mail", blank=True)
    status = models.CharField("status", max_length=20, choices=STATUS_CHOICES, default="active")
    application_process = models.TextField("zo komt u in contact", blank=True)
    is_free = models.BooleanField("gratis", default=False)
    fees_description = models.CharField("kosten", max_length=300, blank=True)
    #: HSDS service_area: the municipalities the service covers, or the whole country.
    is_national = models.BooleanField("landelijk", default=False)
    municipalities = ArrayField(models.CharField(max_length=100), verbose_name="gemeenten", default=list, blank=True)
    #: ISO 639-1 codes of the languages spoken.
    languages = ArrayField(models.CharField(max_length=10), verbose_name="talen", default=list, blank=True)
    terms = models.ManyToManyField(TaxonomyTerm, verbose_name="categorieën en doelgroepen", blank=True, related_name="services")
    locations = models.ManyToManyField(Location, through="ServiceAtLocation", related_name="services", blank=True)

    class Meta:
        verbose_name = "dienst"
        verbose_name_plural = "diensten"
        ordering = ["name"]

    def __str__(self):
        return self.name


class ServiceAtLocation(DirectoryRecord):
    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="service_at_locations")
    location = models.ForeignKey(Location, on_delete=models.CASCADE, related_name="service_at_locations")
    description = models.TextField("omschrijving", blank=True)

    class Meta:
        verbose_name = "dienst op locatie"
        verbose_name_plural = "diensten op locatie"
        constraints = [models.UniqueConstraint(fields=["service", "location"], name="directory_sal_unique")]


class Phone(DirectoryRecord):
    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="phones")
    number = models.CharField("nummer", max_length=30)
    description = models.CharField("omschrijving", max_length=200, blank=True)

    class Meta:
        verbose_name = "telefoonnummer"
        verbose_name_plural = "telefoonnummers"


class Contact(DirectoryRecord):
    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="contacts")
    name = models.CharField("naam", max_length=200)
    title = models.CharField("functie", max_length=200, blank=True)
    email = models.EmailField("e-mail", blank=True)

    class Meta:
        verbose_name = "contactpersoon"
        verbose_name_plural = "contactpersonen"


class Schedule(DirectoryRecord):
    """When a service is open, as an iCalendar recurrence (HSDS 3): weekly or monthly on some days."""

    FREQ_CHOICES = [("WEEKLY", "elke week"), ("MONTHLY", "elke maand")]
    ATTENDING_CHOICES = [("walk-in", "inloop zonder afspraak"), ("appointment", "op afspraak")]

    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="schedules")
    service_at_location = models.ForeignKey(
        ServiceAtLocation, verbose_name="locatie", null=True, blank=True, on_delete=models.CASCADE, related_name="schedules"
    )
    freq = models.CharField("herhaling", max_length=10, choices=FREQ_CHOICES, default="WEEKLY")
    interval = models.PositiveSmallIntegerField("om de hoeveel weken of maanden", default=1)
    #: "TU", "MO,WE"; monthly also "1TU" (first Tuesday) or "-1FR" (last Friday).
    byday = models.CharField("dagen", max_length=40, help_text="Bijvoorbeeld TU, MO,WE of (maandelijks) 1TU of -1FR.")
    opens_at = models.TimeField("van")
    closes_at = models.TimeField("tot")
    valid_from = models.DateField("geldig vanaf", null=True, blank=True)
    valid_to = models.DateField("geldig tot en met", null=True, blank=True)
    attending_type = models.CharField("zo komt u", max_length=20, choices=ATTENDING_CHOICES, default="walk-in")
    description = models.CharField("met wie", max_length=300, blank=True)
    notes = models.CharField("goed om te weten", max_length=300, blank=True)

    class Meta:
        verbose_name = "openingstijd"
        verbose_name_plural = "openingstijden"
        ordering = ["opens_at"]


class ScheduleException(DirectoryRecord):
    """A holiday or closure on one day, or other hours that day."""

    schedule = models.ForeignKey(Schedule, on_delete=models.CASCADE, related_name="exceptions")
    date = models.DateField("datum")
    closed = models.BooleanField("gesloten", default=True)
    opens_at = models.TimeField("van", null=True, blank=True)
    closes_at = models.TimeField("tot", null=True, blank=True)
    reason = models.CharField("reden", max_length=200, blank=True)

    class Meta:
        verbose_name = "uitzondering"
        verbose_name_plural = "uitzonderingen"
        ordering = ["date"]
        constraints = [models.UniqueConstraint(fields=["schedule", "date"], name="directory_exception_unique")]


class CostOption(DirectoryRecord):
    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="cost_options")
    option = models.CharField("wat", max_length=200)
    amount = models.DecimalField("bedrag", max_digits=8, decimal_places=2, null=True, blank=True)

    class Meta:
        verbose_name = "kosten"
        verbose_name_plural = "kosten"


TRACKED_MODELS = [
    Taxonomy, TaxonomyTerm, Organization, Location, Service, ServiceAtLocation, Phone, Contact, Schedule,
    ScheduleException, CostOption,
]
