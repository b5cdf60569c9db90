from django.apps import AppConfig


class DecisionsConfig(AppConfig):
    name = "hearth.decisions"
    label = "decisions"
    verbose_name = "Significant decisions and the rules for a second person or panel"
