"""Two spends racing for the last pounds of a budget can never both succeed (PostgreSQL, real threads and connections)."""

import threading

import pytest
from django.core.exceptions import ValidationError
from django.db import connection, connections
from django.utils import timezone

from hearth.spending import defaults, services
from hearth.spending.models import BudgetLine, Spend, financial_year
from tests import factories

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif("connection.vendor != 'postgresql'",
                       reason="SQLite has no row locks (SELECT ... FOR UPDATE) and one writer at a time; "
                              "the race is proved on PostgreSQL (DATABASE_URL)"),
]


def _race(world, amounts: list[str]) -> tuple[list, list]:
    barrier = threading.Barrier(len(amounts))
    done, refused = [], []

    def attempt(amount):
        try:
            barrier.wait(timeout=10)
            done.append(services.record_spend(actor=world.sw, child=world.ada, category="travel", amount=amount,
                                              description="Bus fares", reason="To see family"))
        except ValidationError as exc:
            refused.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=attempt, args=(a,)) for a in amounts]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    return done, refused


@pytest.fixture(autouse=True)
def _seeded():
    defaults.seed()  # a transactional test empties the tables the seed migration filled


def test_two_spends_for_the_last_pounds_cannot_both_succeed():
    assert connection.vendor == "postgresql"
    world = factories.build_world()
    services.set_budget(actor=world.hos, unit=world.unit_a, year=financial_year(timezone.localdate()),
                        amounts={"travel": 5_000})  # £50 left; each spend asks for £30
    done, refused = _race(world, ["30", "30"])
    assert len(done) == 1 and len(refused) == 1
    assert "Only £20 is left" in " ".join(refused[0].message_dict["amount"])
    line = BudgetLine.objects.get(budget__unit=world.unit_a)
    assert line.spent_pence == 3000 and Spend.objects.count() == 1


def test_many_racing_spends_never_overspend():
    world = factories.build_world()
    services.set_budget(actor=world.hos, unit=world.unit_a,
                        year=financial_year(timezone.localdate()), amounts={"travel": 10_000})
    # Eight spends of £30 race for £100 (and Ada's £100 a month limit sends the rest to the consultant, still committed).
    done, refused = _race(world, ["30"] * 8)
    line = BudgetLine.objects.get(budget__unit=world.unit_a)
    assert len(done) == 3 and len(refused) == 5
    assert line.spent_pence + line.committed_pence == 9000 <= line.amount_pence


def test_two_answers_to_one_request_cannot_both_land():
    world = factories.build_world()
    services.set_budget(actor=world.hos, unit=world.unit_a, year=financial_year(timezone.localdate()),
                        amounts={"travel": 50_000})
    request = services.record_spend(actor=world.sw, child=world.ada, category="travel", amount="150", reason="Visit")
    barrier = threading.Barrier(2)
    answered, refused = [], []

    def answer(actor, approve):
        try:
            barrier.wait(timeout=10)
            answered.append(services.answer_spend_request(actor=actor, request=request, approve=approve, note="No"))
        except ValidationError as exc:
            refused.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=answer, args=(world.csw, True)), threading.Thread(target=answer, args=(world.hos, False))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert len(answered) == 1 and len(refused) == 1 and "already answered" in refused[0].messages[0]
    line = BudgetLine.objects.get(budget__unit=world.unit_a)
    assert line.committed_pence == 0 and line.spent_pence in (0, 15_000)
