from django.urls import path

from plugins.shared import views

app_name = "shared_media"
urlpatterns = [path("<path:path>", views.serve_shared_media, name="file")]
