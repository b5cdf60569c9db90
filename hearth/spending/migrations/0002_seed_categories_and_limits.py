"""The authority's starting set-up: six categories and the default authority limits (it may change both in admin)."""

from django.db import migrations

from hearth.spending.defaults import seed


def forwards(apps, schema_editor):
    seed(apps.get_model("spending", "SpendCategory"), apps.get_model("spending", "AuthorityLimit"))


class Migration(migrations.Migration):
    dependencies = [("spending", "0001_initial")]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
