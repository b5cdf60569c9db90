from django.urls import path

from hearth.redaction import views

app_name = "redaction"
urlpatterns = [
    path("people/<int:pk>/redaction/", views.person_jobs, name="person"),
    path("redaction/<int:pk>/", views.review, name="review"),
    path("redaction/<int:pk>/decide/<int:redaction_pk>/", views.decide, name="decide"),
    path("redaction/<int:pk>/add/", views.add, name="add"),
    path("redaction/<int:pk>/check/", views.check, name="check"),
    path("redaction/<int:pk>/pdf/", views.download_pdf, name="pdf"),
    path("redaction/<int:pk>/key/", views.key, name="key"),
]
