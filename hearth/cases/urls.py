from django.urls import path

from hearth.cases import views

app_name = "cases"
urlpatterns = [
    path("people/<int:pk>/record/", views.record, name="record"),
    path("units/<int:pk>/meetings/", views.start_meeting, name="meeting-start"),
    path("meetings/<int:pk>/", views.meeting, name="meeting"),
    path("meetings/<int:pk>/children/<int:case_pk>/", views.meeting_child, name="meeting-child"),
    path("meetings/<int:pk>/finish/", views.finish_meeting, name="meeting-finish"),
]
