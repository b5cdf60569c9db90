from django.urls import path

from hearth.spending import views

app_name = "spending"
urlpatterns = [
    path("people/<int:pk>/spending/", views.child, name="child"),
    path("units/<int:pk>/budget/", views.unit_budget, name="unit"),
    path("spending/waiting/", views.waiting, name="waiting"),
    path("spending/oversight/", views.oversight, name="oversight"),
    path("spending/report/", views.report, name="report"),
    path("spending/report.csv", views.report_csv, name="report-csv"),
]
