from django.apps import AppConfig


class AccessConfig(AppConfig):
    name = "hearth.access"
    label = "access"
