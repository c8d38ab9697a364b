from django.urls import path, re_path

from plugins.directory import api

app_name = "hsds"
urlpatterns = [
    path("", api.root, name="root"),
    re_path(r"^services/?$", api.services, name="services"),
    re_path(r"^services/(?P<service_id>[^/]+)/?$", api.service_detail, name="service"),
    re_path(r"^organizations/?$", api.organizations, name="organizations"),
    re_path(r"^organizations/(?P<organization_id>[^/]+)/?$", api.organization_detail, name="organization"),
    re_path(r"^service_at_locations/?$", api.service_at_locations, name="service_at_locations"),
    re_path(r"^service_at_locations/(?P<sal_id>[^/]+)/?$", api.service_at_location_detail, name="service_at_location"),
    re_path(r"^taxonomies/?$", api.taxonomy_list, name="taxonomies"),
    re_path(r"^taxonomies/(?P<taxonomy_id>[^/]+)/?$", api.taxonomy_detail, name="taxonomy"),
    re_path(r"^taxonomy_terms/?$", api.taxonomy_terms, name="taxonomy_terms"),
    re_path(r"^taxonomy_terms/(?P<term_id>[^/]+)/?$", api.taxonomy_term_detail, name="taxonomy_term"),
    re_path(r"^(?P<rest>.*)$", api.not_found),
]
