"""The authority's starting set-up: six categories and the default authority limits (it may change both in admin)."""

from django.db import migrations

CATEGORIES = [
    ("travel", "Travel"),
    ("food", "Food and essentials"),
    ("household", "Household items"),
    ("activities", "Activities"),
    ("section17", "Section 17 payments"),
    ("childcare", "Childcare"),
]
# role: (per item, per child per month) in pence; None is no limit. Roles not listed may authorise nothing alone.
LIMITS = {"sw": (10_000, 10_000), "cp": (10_000, 10_000), "csw": (50_000, 50_000), "hos": (None, None)}


def seed(apps, schema_editor):
    SpendCategory = apps.get_model("spending", "SpendCategory")
    AuthorityLimit = apps.get_model("spending", "AuthorityLimit")
    for position, (code, name) in enumerate(CATEGORIES):
        SpendCategory.objects.get_or_create(code=code, defaults={"name": name, "position": position})
    for role, (item, month) in LIMITS.items():
        AuthorityLimit.objects.get_or_create(role=role, defaults={"per_item_pence": item, "per_child_month_pence": month})


class Migration(migrations.Migration):
    dependencies = [("spending", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
