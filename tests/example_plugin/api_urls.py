from django.urls import path

from tests.example_plugin import views

app_name = "example_api"
urlpatterns = [path("", views.notice_api, name="list")]
