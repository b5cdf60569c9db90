from django.apps import AppConfig


class MatchingConfig(AppConfig):
    name = "hearth.matching"
    label = "matching"
    verbose_name = "Matching and merging people"
