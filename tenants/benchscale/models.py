from django.db import models


class ScaleNote(models.Model):
    """A table in every hub, so that bench-scale has something real to migrate in 342 schemas."""

    title = models.CharField(max_length=200)
    created_at = models.DateTimeField(auto_now_add=True)
    # Added by migration 0002, the migration make bench-scale times.
    summary = models.TextField(blank=True, default="")

    class Meta:
        indexes = [models.Index(fields=["title", "created_at"], name="benchscale_title_created")]
