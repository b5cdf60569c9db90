from django.apps import AppConfig


class AdoptionConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "hearth.adoption"
    verbose_name = "Prospective adopters"
