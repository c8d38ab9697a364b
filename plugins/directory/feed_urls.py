from django.urls import path

from plugins.directory import views

app_name = "directory_feed"
urlpatterns = [path("inloopspreekuren.ics", views.walk_in_feed, name="walk_ins")]
