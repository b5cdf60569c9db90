"""The demo authority has a budget per unit, spends that add up, a request waiting for the consultant, and decisions."""

import datetime as dt

import pytest
from django.db.models import Sum

from hearth.decisions.models import Decision, DecisionStatus
from hearth.demo.generate import DEMO_SPEC, generate, with_children
from hearth.spending.models import Budget, BudgetLine, Spend, SpendStatus
from hearth.units.models import Unit

TODAY = dt.date(2026, 5, 20)


@pytest.mark.django_db
def test_demo_budgets_spends_requests_and_decisions():
    generate(with_children(DEMO_SPEC, 80), today=TODAY, action="load_demo")
    assert Budget.objects.filter(year=2026).count() == Unit.objects.exclude(service_area="front_door").count()
    for line in BudgetLine.objects.all():
        spends = Spend.objects.filter(line=line)
        assert line.spent_pence == (spends.exclude(status="pending").aggregate(t=Sum("amount_pence"))["t"] or 0)
        assert line.committed_pence == (spends.filter(status="pending").aggregate(t=Sum("amount_pence"))["t"] or 0)
    pending = Spend.objects.filter(status=SpendStatus.PENDING).select_related("unit")
    assert pending and all(s.sent_to_id and s.entry_id for s in pending)
    assert Spend.objects.filter(spent_on__lt=dt.date(2026, 4, 1)).count() == 0  # all in this financial year
    assert Decision.objects.filter(status=DecisionStatus.AWAITING).count() == 1
    assert Decision.objects.count() == 4


@pytest.mark.django_db
def test_large_authority_gets_budgets_only():
    generate(with_children(DEMO_SPEC, 40), today=TODAY, action="generate_large_authority")
    assert Budget.objects.count() == Unit.objects.count() and not Spend.objects.exists() and not Decision.objects.exists()
