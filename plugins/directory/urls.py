from django.urls import path

from plugins.directory import views

app_name = "directory"
urlpatterns = [
    path("", views.directory, name="list"),
    path("inloopspreekuren/", views.walk_in_overview, name="walk_ins"),
    path("<uuid:service_id>/", views.service_detail, name="service"),
]
