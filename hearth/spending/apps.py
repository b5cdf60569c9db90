from django.apps import AppConfig


class SpendingConfig(AppConfig):
    name = "hearth.spending"
    label = "spending"
    verbose_name = "Unit budgets and spending"
