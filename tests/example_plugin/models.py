from django.db import models

from tenants.gateway import NetworkManager


class Notice(models.Model):
    """A notice for every hub, kept once in the public schema."""

    code = models.SlugField(unique=True)
    title = models.CharField(max_length=200)
    text = models.TextField(blank=True)

    objects = NetworkManager()

    class Meta:
        verbose_name = "mededeling"
