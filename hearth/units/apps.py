from django.apps import AppConfig


class UnitsConfig(AppConfig):
    name = "hearth.units"
    label = "units"
