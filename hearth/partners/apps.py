from django.apps import AppConfig


class PartnersConfig(AppConfig):
    name = "hearth.partners"
    label = "partners"
    verbose_name = "Partner agencies"
