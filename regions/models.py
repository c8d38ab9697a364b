from django.db import models


class Region(models.Model):
    """A group of hubs in one part of the country, kept by the portal's coordinators.

    It has no relation to users: auth lives in every schema, and a relation from a public-only
    table to a per-schema one lets a delete in a hub reach public rows (see hubplatform.checks).
    """

    name = models.CharField("naam", max_length=200, unique=True)
    slug = models.SlugField("korte naam", unique=True)

    class Meta:
        verbose_name = "regio"
        verbose_name_plural = "regio's"
        ordering = ["name"]

    def __str__(self):
        return self.name
