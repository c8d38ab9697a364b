from django.urls import path
from wagtail import hooks

from plugins.directory import admin_views


@hooks.register("register_admin_urls")
def register_directory_admin_urls():
    return [
        path("partners/", admin_views.index, name="directory_admin_index"),
        path("partners/nieuw/", admin_views.edit, name="directory_admin_add"),
        path("partners/<uuid:service_id>/", admin_views.edit, name="directory_admin_edit"),
        path("partners/exporteren/", admin_views.export, name="directory_admin_export"),
        path("partners/inlezen/", admin_views.import_file, name="directory_admin_import"),
    ]
