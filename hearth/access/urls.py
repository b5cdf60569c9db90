from django.urls import path

from hearth.access import views

app_name = "access"
urlpatterns = [
    path("<int:pk>/reason/", views.reason, name="reason"),
    path("<int:pk>/access-history/", views.history, name="history"),
]
