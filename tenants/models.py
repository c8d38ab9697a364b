from django.contrib.postgres.fields import ArrayField
from django.core.management import call_command
from django.db import connection, models
from django_tenants.models import DomainMixin, TenantMixin
from django_tenants.utils import (
    get_public_schema_name,
    quote_schema_name,
    schema_exists,
)

from tenants.cloning import clone_schema


class HubQuerySet(models.QuerySet):
    def hubs(self):
        """Every hub, without the row that stands for the portal itself."""
        return self.exclude(schema_name=get_public_schema_name())


class Hub(TenantMixin):
    """A hub: the support site one municipality (or a group of them, as in Twente) runs for
    separating families, in its own PostgreSQL schema with its own Wagtail site, editors and media.

    django-tenants calls this the tenant model. It routes every host through a row here, so the
    regional portal has one too (schema `public`); `Hub.objects.hubs()` leaves it out.
    """

    name = models.CharField("naam", max_length=200)
    slug = models.SlugField("korte naam", max_length=50, unique=True)
    region = models.ForeignKey(
        "regions.Region",
        verbose_name="regio",
        related_name="hubs",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
    )
    enabled_plugins = ArrayField(
        models.CharField(max_length=50), verbose_name="plugins", default=list, blank=True
    )
    # What residents search for on the portal to find their hub (regions.finder).
    municipalities = ArrayField(
        models.CharField(max_length=100), verbose_name="gemeenten", default=list, blank=True,
        help_text="De gemeenten waar deze hub voor is, gescheiden door komma's.",
    )
    postcode_areas = ArrayField(
        models.CharField(max_length=9), verbose_name="postcodegebieden", default=list, blank=True,
        help_text="Postcodes met vier cijfers, los of als reeks, gescheiden door komma's: 7770-7799, 7691.",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = HubQuerySet.as_manager()

    auto_create_schema = True
    #: False builds a new hub's schema by running every migration instead of cloning the template.
    clone_from_template = True
    #: The schema to copy; None: TENANT_BASE_SCHEMA (provisioning sets the ready template).
    template_schema = None
    # Removing a hub drops its schema only through remove_hub, which asks first.
    auto_drop_schema = False

    class Meta:
        verbose_name = "hub"
        verbose_name_plural = "hubs"
        ordering = ["name"]

    def __str__(self):
        return self.name

    def create_schema(self, check_if_exists=False, sync_schema=True, verbosity=1):
        """Copy the template schema with tenants.cloning (or, on request, run the migrations)."""
        if check_if_exists and schema_exists(self.schema_name):
            return False
        base_schema = self.template_schema or self.get_base_schema()
        if sync_schema and self.clone_from_template and base_schema and schema_exists(base_schema):
            # The clone carries the template's migration records, so the fake migrate
            # django-tenants would run next (0.3 s) is skipped.
            clone_schema(base_schema, self.schema_name)
        else:
            with connection.cursor() as cursor:
                cursor.execute(f"CREATE SCHEMA {quote_schema_name(self.schema_name)}")
            if sync_schema:
                call_command(
                    "migrate_schemas", tenant=True, schema_name=self.schema_name, interactive=False, verbosity=verbosity
                )
        connection.set_schema_to_public()
        return True

    def covers_postcode(self, digits):
        """Whether a postcode that starts with `digits` (1 to 4 digits) may lie in this hub's area."""
        for area in self.postcode_areas:
            low, _, high = area.partition("-")
            high = high or low
            lowest, highest = int(digits.ljust(4, "0")), int(digits.ljust(4, "9"))
            if int(low) <= highest and lowest <= int(high):
                return True
        return False

    def plugin_names(self):
        """The switched-on plugins by their Dutch names, for the coordinators' list of hubs."""
        from plugins.registry import registry

        names = [registry.get(key).verbose_name if registry.get(key) else key for key in self.enabled_plugins]
        return ", ".join(names) or "geen"

    @property
    def is_portal(self):
        return self.schema_name == get_public_schema_name()

    @property
    def primary_domain(self):
        domain = self.get_primary_domain()
        return domain.domain if domain else None


class Domain(DomainMixin):
    """A host name a hub (or the portal) answers on."""

    class Meta:
        verbose_name = "domein"
        verbose_name_plural = "domeinen"
