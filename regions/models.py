from django.db import models


class Region(models.Model):
    """A group of hubs in one part of the country (Twente, Zuidoost-Brabant, ...).

    Above all regions is the network itself; coordinators work for the whole network or for one
    or more regions (`CoordinatorScope`).
    """

    name = models.CharField("naam", max_length=200, unique=True)
    slug = models.SlugField("korte naam", unique=True)

    class Meta:
        verbose_name = "regio"
        verbose_name_plural = "regio's"
        ordering = ["name"]

    def __str__(self):
        return self.name

    def hub_names(self):
        return ", ".join(self.hubs.values_list("name", flat=True)) or "nog geen hubs"


class CoordinatorScope(models.Model):
    """What the members of one portal group coordinate: the whole network, or some regions.

    It keeps the portal group's id, not a relation: auth lives in every schema, and a relation
    from this public-only table to a per-schema one would let a delete of a hub's group (with
    the same id) reach public rows (see hubplatform.checks).
    """

    group_id = models.PositiveIntegerField("groep", unique=True)
    whole_network = models.BooleanField("het hele netwerk", default=False)
    regions = models.ManyToManyField(Region, verbose_name="regio's", blank=True, related_name="coordinator_scopes")

    class Meta:
        verbose_name = "werkgebied van coördinatoren"
        verbose_name_plural = "werkgebieden van coördinatoren"

    def __str__(self):
        return "het hele netwerk" if self.whole_network else ", ".join(region.name for region in self.regions.all())
