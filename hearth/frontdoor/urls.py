from django.urls import path

from hearth.frontdoor import views

app_name = "frontdoor"
urlpatterns = [
    path("front-door/", views.board, name="board"),
    path("front-door/contacts/new/", views.contact_new, name="contact-new"),
    path("front-door/referrals/<int:pk>/", views.referral, name="referral"),
    path("front-door/referrals/<int:pk>/strategy-discussion/", views.strategy, name="strategy"),
    path("refer/", views.refer, name="refer"),
    path("refer/<int:pk>/sent/", views.refer_done, name="refer-done"),
]
