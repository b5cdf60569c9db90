"""The authority's starting set-up: six categories and the default authority limits (changed in admin afterwards).

Used by the seed migration, and by tests and the demo after a flush has emptied the tables.
"""

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


def seed(SpendCategory=None, AuthorityLimit=None) -> None:  # noqa: N803 (model classes, possibly historical)
    if SpendCategory is None:
        from hearth.spending.models import AuthorityLimit, SpendCategory
    for position, (code, name) in enumerate(CATEGORIES):
        SpendCategory.objects.get_or_create(code=code, defaults={"name": name, "position": position})
    for role, (item, month) in LIMITS.items():
        AuthorityLimit.objects.get_or_create(role=role, defaults={"per_item_pence": item, "per_child_month_pence": month})
