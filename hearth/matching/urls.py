from django.urls import path

from hearth.matching import views

app_name = "matching"
urlpatterns = [
    path("people/<int:pk>/merge/", views.merge, name="merge"),
    path("merges/<int:pk>/undo/", views.undo, name="undo"),
]
