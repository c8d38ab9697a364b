from django.urls import path

from plugins.shared import views

app_name = "shared_media"
urlpatterns = [
    path("document/<int:document_id>/<str:filename>", views.serve_shared_document, name="document"),
    path("<path:path>", views.serve_shared_media, name="file"),
]
