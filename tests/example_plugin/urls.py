from django.urls import path

from tests.example_plugin import views

app_name = "example"
urlpatterns = [path("", views.notice_list, name="list")]
