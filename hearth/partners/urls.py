from django.urls import path

from hearth.partners import views

app_name = "partners"
urlpatterns = [
    path("people/<int:pk>/team/", views.team, name="team"),
    path("people/<int:pk>/team/add/", views.add_involvement, name="involvement-add"),
    path("people/<int:pk>/team/<int:involvement_pk>/change/", views.change_involvement, name="involvement-change"),
    path("people/<int:pk>/team/<int:involvement_pk>/end/", views.end_involvement, name="involvement-end"),
    path("people/<int:pk>/team/information/request/", views.request_information, name="share-request"),
    path("people/<int:pk>/team/information/record/", views.record_share, name="share-record"),
    path("people/<int:pk>/team/information/<int:share_pk>/reply/", views.record_response, name="share-response"),
]
