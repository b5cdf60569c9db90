from django.urls import path

from hearth.decisions import views

app_name = "decisions"
urlpatterns = [
    path("people/<int:pk>/decisions/", views.child, name="child"),
    path("people/<int:pk>/decisions/<int:decision_pk>/", views.confirm, name="confirm"),
]
