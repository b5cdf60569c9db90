from django.urls import path

from hearth.partners import views

app_name = "partners"
urlpatterns = [
    path("people/<int:pk>/team/", views.team, name="team"),
]
