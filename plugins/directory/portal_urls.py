"""The directory on the portal: a service's own page, nothing more.

A national service (De Kindertelefoon, Veilig Thuis) is found in the search of every host, the
portal's too, and its result links to a path (plugins/directory/indexers.py): on a hub the hub's
own page of it, on the portal this one. A resident on the portal expects the helpline's number
and hours right there, not a page on some hub they do not live in. Local help keeps linking to
the hub it serves, and the portal has no list of "help nearby": it is near to no one.
"""

from django.urls import path

from plugins.directory import views

# The hubs' namespace, so the service page's template reverses the same names on both.
app_name = "directory"
urlpatterns = [path("<uuid:service_id>/", views.service_detail, name="service")]
