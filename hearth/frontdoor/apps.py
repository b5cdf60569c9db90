from django.apps import AppConfig


class FrontDoorConfig(AppConfig):
    name = "hearth.frontdoor"
    label = "frontdoor"
    verbose_name = "Front door (MASH)"
