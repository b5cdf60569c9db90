"""Seed each timescale at its national (or documented default) value and every step policy as off."""

from django.db import migrations


def seed(apps, schema_editor):
    from hearth.casework.models import NATIONAL_DEFAULTS, Step

    TimescaleSetting = apps.get_model("casework", "TimescaleSetting")
    StepPolicy = apps.get_model("casework", "StepPolicy")
    for key, (value, unit, source) in NATIONAL_DEFAULTS.items():
        TimescaleSetting.objects.get_or_create(
            key=str(key), defaults={"value": value, "unit": str(unit), "national_value": value, "national_unit": str(unit),
                                    "source": source})
    for step in Step.values:
        StepPolicy.objects.get_or_create(step=step, defaults={"needs_second_person": False})


class Migration(migrations.Migration):
    dependencies = [("casework", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
