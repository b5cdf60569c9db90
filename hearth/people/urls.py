from django.urls import path

from hearth.people import views

app_name = "people"
urlpatterns = [
    path("", views.search, name="search"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/family/", views.family, name="family"),
]
