from django.db import transaction
from django.db.models.signals import post_delete, post_save

from tenants.gateway import gateway


def _translations_changed(sender, instance, **kwargs):
    # A hub renders a piece in the resident's language from its Dutch source's cache entry, so
    # saving any translation must make every version of the piece be built again.
    keys = list(sender.objects.filter(translation_key=instance.translation_key).values_list("pk", flat=True))

    def invalidate():
        for pk in keys:
            gateway.invalidate(sender, pk)

    invalidate()
    transaction.on_commit(invalidate)
    transaction.on_commit(_sync_library)


def _sync_library():
    from plugins.shared.indexers import sync_library

    sync_library()


def connect():
    from plugins.shared.models import SharedPiece

    post_save.connect(_translations_changed, sender=SharedPiece, dispatch_uid="shared:translations:save")
    post_delete.connect(_translations_changed, sender=SharedPiece, dispatch_uid="shared:translations:delete")
