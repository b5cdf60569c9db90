"""The authority's starting table of decisions that need a second person or a panel (editable in admin)."""

from django.db import migrations

RULES = [
    ("legal_gateway", "panel", "Care proceedings: the legal gateway (legal planning) meeting decides before an application"),
    ("connected_person", "second_person", "Care Planning Regulations 2010 reg 24: a nominated officer approves"),
]


def seed(apps, schema_editor):
    DecisionRule = apps.get_model("decisions", "DecisionRule")
    for kind, needs, why in RULES:
        DecisionRule.objects.get_or_create(kind=kind, defaults={"needs": needs, "why": why})


class Migration(migrations.Migration):
    dependencies = [("decisions", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
