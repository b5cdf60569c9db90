from django.urls import path

from hearth.casework import views

app_name = "casework"
urlpatterns = [
    path("people/<int:pk>/statutory/<slug:slug>/", views.step, name="step"),
]
