from django.urls import path

from hearth.units import views

app_name = "units"
urlpatterns = [path("<int:pk>/", views.board, name="board")]
