from django.urls import path

from hearth.people import views

app_name = "people"
urlpatterns = [
    path("", views.search, name="search"),
    path("new/", views.new, name="new"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/family/", views.family, name="family"),
    path("<int:pk>/details/", views.details, name="details"),
    path("<int:pk>/edit/", views.edit, name="edit"),
    path("<int:pk>/names/new/", views.add_name, name="add-name"),
    path("<int:pk>/addresses/new/", views.add_address, name="add-address"),
    path("<int:pk>/relationships/find/", views.find_relative, name="find-relative"),
    path("<int:pk>/relationships/new/<int:other_pk>/", views.add_relationship, name="add-relationship"),
    path("<int:pk>/relationships/new-person/", views.add_relative, name="add-relative"),
    path("<int:pk>/warnings/new/", views.add_warning, name="add-warning"),
    path("<int:pk>/warnings/<int:warning_pk>/end/", views.end_warning, name="end-warning"),
    path("<int:pk>/school-identifiers/", views.school_identifiers, name="school-identifiers"),
    path("<int:pk>/death/", views.record_death, name="record-death"),
]
