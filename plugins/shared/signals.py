from django.db import transaction
from django.db.models.signals import post_delete, post_save

from tenants.gateway import gateway
from tenants.models import Hub


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


def _helplines_changed(sender, instance, **kwargs):
    # A piece with a helplines block is cached rendered per version of the piece; the helplines
    # themselves come from the directory, so a change to a national helpline builds those pieces
    # again (the page cache follows by itself: any directory change is network-wide).
    service_id = instance.pk if sender.__name__ == "Service" else instance.service_id
    if sender.__name__ == "Service":
        national = instance.is_national
    else:
        from plugins.directory.models import Service

        national = Service.objects.filter(pk=service_id, is_national=True).exists()
    if not national:
        return
    from django.db.models import TextField
    from django.db.models.functions import Cast

    from plugins.shared.models import SharedPiece

    keys = list(
        SharedPiece.objects.annotate(text=Cast("body", TextField()))
        .filter(text__contains='"helplines"')
        .values_list("pk", flat=True)
    )

    def invalidate():
        for pk in keys:
            gateway.invalidate(SharedPiece, pk)

    invalidate()
    transaction.on_commit(invalidate)


def _hub_of_this_change():
    """The hub whose page changed; None on the portal, whose pages are nobody's use of a piece."""
    from tenants.current import current_hub, on_portal

    return None if on_portal() else current_hub()


def _page_published_or_unpublished(sender, instance, **kwargs):
    from plugins.shared import usage

    hub = _hub_of_this_change()
    if hub is not None:
        usage.record_page(instance, hub)


def _page_deleted(sender, instance, **kwargs):
    from wagtail.models import Page

    from plugins.shared import usage

    if isinstance(instance, Page):
        hub = _hub_of_this_change()
        if hub is not None:
            usage.forget_page(instance.pk, hub)


def _hub_removed(sender, instance, **kwargs):
    # The records hold a hub's id, not a relation (they live in another schema than its pages).
    from plugins.shared import usage

    usage.forget_hub(instance.pk)


def _revision_saved(sender, instance, **kwargs):
    # A syndicated page is a use from the moment it arrives as a draft, and whether it differs
    # from its source changes with every draft its editors save.
    from plugins.shared import usage
    from plugins.shared.models import SyndicatedPage

    hub = _hub_of_this_change()
    if hub is None or instance.content_type.model_class() is not SyndicatedPage:
        return
    page = SyndicatedPage.objects.filter(pk=instance.object_id).first()
    if page is not None:
        usage.record_page(page, hub, current=instance.as_object())


def _sync_library():
    from plugins.shared.indexers import sync_library

    sync_library()


def connect():
    from wagtail.models import Revision
    from wagtail.signals import page_published, page_unpublished

    from plugins.shared.models import SharedPiece

    page_published.connect(_page_published_or_unpublished, dispatch_uid="shared:usage:published")
    page_unpublished.connect(_page_published_or_unpublished, dispatch_uid="shared:usage:unpublished")
    post_delete.connect(_page_deleted, dispatch_uid="shared:usage:deleted")
    post_save.connect(_revision_saved, sender=Revision, dispatch_uid="shared:usage:draft")
    post_delete.connect(_hub_removed, sender=Hub, dispatch_uid="shared:usage:hub_removed")

    post_save.connect(_translations_changed, sender=SharedPiece, dispatch_uid="shared:translations:save")
    post_delete.connect(_translations_changed, sender=SharedPiece, dispatch_uid="shared:translations:delete")
    from django.apps import apps

    if apps.is_installed("plugins.directory"):
        from plugins.directory.models import Phone, Service

        for model in (Service, Phone):
            post_save.connect(_helplines_changed, sender=model, dispatch_uid=f"shared:helplines:{model.__name__}:save")
            post_delete.connect(_helplines_changed, sender=model, dispatch_uid=f"shared:helplines:{model.__name__}:delete")
