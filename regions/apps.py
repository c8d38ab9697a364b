from django.apps import AppConfig


class RegionsConfig(AppConfig):
    name = "regions"
    verbose_name = "Regio's"

    def ready(self):
        from django.contrib.auth.models import Group
        from django.db.models.signals import post_delete

        from regions.models import Region
        from tenants.gateway import gateway

        gateway.track(Region)
        post_delete.connect(forget_scope_of_deleted_group, sender=Group, dispatch_uid="regions:group-deleted")


def forget_scope_of_deleted_group(sender, instance, **kwargs):
    from regions.models import CoordinatorScope
    from tenants.current import on_portal

    # Only the portal's groups have scopes; a hub's group with the same id is another group.
    if on_portal():
        CoordinatorScope.objects.filter(group_id=instance.pk).delete()
