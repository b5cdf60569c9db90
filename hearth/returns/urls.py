from django.urls import path

from hearth.returns import views

app_name = "returns"
urlpatterns = [
    path("returns/", views.index, name="index"),
    path("returns/<slug:slug>/", views.detail, name="detail"),
    path("returns/<slug:slug>/download/", views.download, name="download"),
]
