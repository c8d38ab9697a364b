from django.urls import path

from regions import views

urlpatterns = [path("regio/<slug:slug>/", views.region_page, name="region")]
