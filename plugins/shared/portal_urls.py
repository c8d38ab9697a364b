from django.urls import path

from plugins.shared import views

app_name = "shared_pieces"
urlpatterns = [path("<int:piece_id>/", views.portal_piece, name="piece")]
