from django.urls import path

from hearth.looked_after import views

app_name = "looked_after"
urlpatterns = [
    path("people/<int:pk>/care/", views.care, name="care"),
    path("people/<int:pk>/care/<slug:slug>/", views.step, name="step"),
    path("units/<int:pk>/care-costs/", views.unit_costs, name="unit-costs"),
]
