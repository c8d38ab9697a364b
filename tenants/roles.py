"""
The editor roles every hub and the portal start with. Permissions live in each schema, so a role
is made in the schema it belongs to.
"""

from django.contrib.auth.models import Group, Permission
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

HUB_EDITORS = "Hubredactie"
COORDINATORS = "Netwerkcoördinatoren"
REGIONAL_COORDINATORS = "Regiocoördinatoren {region}"

PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]
HUB_EDITOR_MODEL_PERMISSIONS = [("wagtailadmin", "access_admin"), ("branding", "change_brandingsettings")]
REGIONAL_COORDINATOR_MODEL_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("tenants", "view_hub"),
    ("tenants", "change_hub"),
]
COORDINATOR_MODEL_PERMISSIONS = [
    *REGIONAL_COORDINATOR_MODEL_PERMISSIONS,
    ("branding", "change_brandingsettings"),
    ("regions", "view_region"),
    ("regions", "add_region"),
    ("regions", "change_region"),
]


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _ensure_group(name, home_page, model_permissions):
    group, _ = Group.objects.get_or_create(name=name)
    group.permissions.add(*[_permission(app, codename) for app, codename in model_permissions])
    # The home page in every language: each translation of it is the root of its own tree.
    for page in home_page.get_translations(inclusive=True):
        grant_page_permissions(group, page)
    root_collection = Collection.get_first_root_node()
    for app, codename in COLLECTION_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root_collection, permission=_permission(app, codename)
        )
    return group


def grant_page_permissions(group, page):
    for codename in PAGE_PERMISSIONS:
        permission = _permission("wagtailcore", codename)
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


def home_translated(sender, source_obj, target_obj, **kwargs):
    """A new translation of a home page: whoever may edit the Dutch home may edit this one.

    Connected to Wagtail's `copy_for_translation_done`, so it holds for wagtail-localize's
    "Vertalen" as well as for the demo loader.
    """
    from wagtail.models import Page

    if not isinstance(target_obj, Page) or target_obj.depth != 2:
        return
    for permission in GroupPagePermission.objects.filter(page_id=source_obj.pk).select_related("group"):
        GroupPagePermission.objects.get_or_create(
            group=permission.group, page_id=target_obj.pk, permission_id=permission.permission_id
        )


def ensure_editor_group(home_page):
    """A hub's editors: its pages, images, documents and branding, nothing else."""
    return _ensure_group(HUB_EDITORS, home_page, HUB_EDITOR_MODEL_PERMISSIONS)


def ensure_coordinator_group(portal_home):
    """The network's coordinators: the portal's pages, regions, and every hub's plugins."""
    from regions.scopes import set_group_scope

    group = _ensure_group(COORDINATORS, portal_home, COORDINATOR_MODEL_PERMISSIONS)
    set_group_scope(group, whole_network=True)
    return group


def ensure_regional_coordinator_group(portal_home, region):
    """One region's coordinators: the portal's pages, and the plugins of their region's hubs."""
    from regions.scopes import set_group_scope

    group = _ensure_group(
        REGIONAL_COORDINATORS.format(region=region.name), portal_home, REGIONAL_COORDINATOR_MODEL_PERMISSIONS
    )
    set_group_scope(group, regions=[region])
    return group
