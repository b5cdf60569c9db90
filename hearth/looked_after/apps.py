from django.apps import AppConfig


class LookedAfterConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "hearth.looked_after"
    verbose_name = "Children looked after and care leavers"
