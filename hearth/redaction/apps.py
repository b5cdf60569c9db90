from django.apps import AppConfig


class RedactionConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "hearth.redaction"
    verbose_name = "Redaction"
