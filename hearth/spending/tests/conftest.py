import pytest

from hearth.spending import services
from hearth.spending.models import financial_year


@pytest.fixture
def budget(world):
    """Unit A's budget this financial year: £1,000 travel, £200 food and essentials (other categories have no line)."""
    from django.utils import timezone

    return services.set_budget(actor=world.hos, unit=world.unit_a, year=financial_year(timezone.localdate()),
                               amounts={"travel": 100_000, "food": 20_000})
