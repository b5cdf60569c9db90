from django.urls import path

from hearth.adoption import views

app_name = "adoption"
urlpatterns = [
    path("adoption/", views.households, name="households"),
    path("adoption/new/", views.new_household, name="new"),
    path("adoption/<int:pk>/", views.household, name="household"),
    path("adoption/<int:pk>/adopter/", views.add_adopter, name="add-adopter"),
    path("adoption/<int:pk>/adopter/<int:person_pk>/", views.change_adopter, name="change-adopter"),
    path("adoption/<int:pk>/<slug:slug>/", views.step, name="step"),
]
