"""record_spend and answer_spend_request: limits, the lowest authoriser, wrong input changing nothing, access, audit."""

import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from hearth.audit.models import AuditEvent
from hearth.cases.models import ChronologyEntry, EntryKind
from hearth.spending import services
from hearth.spending.models import AuthorityLimit, BudgetLine, Spend, SpendStatus, financial_year, pounds
from hearth.units.models import Membership, Role
from tests.factories import member


def line(world, code="travel"):
    return BudgetLine.objects.get(budget__unit=world.unit_a, category__code=code)


def spend(world, actor=None, amount="30", **kw):
    kw.setdefault("category", "travel")
    kw.setdefault("reason", "So that mother and baby can visit family")
    kw.setdefault("description", "Family railcard")
    return services.record_spend(actor=actor or world.sw, child=kw.pop("child", world.ada), amount=amount, **kw)


def test_money_is_pence_never_float():
    assert services.to_pence("30") == 3000
    assert services.to_pence("£1,250.50") == 125050
    assert services.to_pence(Decimal("12.5")) == 1250
    assert services.to_pence("12.345") is None and services.to_pence("thirty") is None
    with pytest.raises(TypeError):
        services.to_pence(30.0)
    assert pounds(3000) == "£30" and pounds(125050) == "£1,250.50"


def test_financial_year_runs_april_to_march():
    assert financial_year(dt.date(2026, 4, 1)) == 2026
    assert financial_year(dt.date(2027, 3, 31)) == 2026
    assert financial_year(dt.date(2027, 4, 1)) == 2027


def test_within_limit_is_authorised_at_once_on_the_chronology_and_audited(world, budget):
    s = spend(world)
    assert s.status == SpendStatus.AUTHORISED and s.sent_to is None and s.amount_pence == 3000
    assert line(world).spent_pence == 3000 and line(world).committed_pence == 0
    entry = ChronologyEntry.objects.get(child=world.ada, kind=EntryKind.SPEND)
    assert entry.title == "Spent £30 on travel" and "Family railcard" in entry.narrative and entry.author == world.sw
    event = AuditEvent.objects.get(action="record_spend")
    assert event.person_id == world.ada.pk and event.detail["amount_pence"] == 3000 and event.actor_id == world.sw.pk


def test_above_the_social_workers_limit_goes_to_the_consultant(world, budget):
    s = spend(world, amount="150")
    assert s.status == SpendStatus.PENDING and s.sent_to == world.csw and s.sent_to_role == Role.CONSULTANT_SOCIAL_WORKER
    assert line(world).committed_pence == 15000 and line(world).spent_pence == 0
    assert AuditEvent.objects.filter(action="request_spend", person_id=world.ada.pk).exists()


def test_above_the_consultants_limit_goes_to_the_head_of_service(world, budget):
    s = spend(world, amount="600")
    assert s.sent_to == world.hos and s.sent_to_role == "hos"
    # Waiting requests count against the child's month: the consultant's £200 for Ada now needs the head of service too,
    assert spend(world, actor=world.csw, amount="200").sent_to == world.hos
    # but £200 for Byron is within the consultant's own £500.
    assert spend(world, actor=world.csw, child=world.byron, amount="200").status == SpendStatus.AUTHORISED


def test_per_child_monthly_limit_counts_earlier_spends_this_month(world, budget):
    assert spend(world, amount="60").status == SpendStatus.AUTHORISED
    second = spend(world, amount="60")  # £120 this month for Ada: above the social worker's £100 a child a month
    assert second.status == SpendStatus.PENDING and second.sent_to == world.csw
    assert spend(world, child=world.byron, amount="60").status == SpendStatus.AUTHORISED  # another child: own total


def test_limits_are_the_authoritys_to_change(world, budget):
    AuthorityLimit.objects.filter(role=Role.SOCIAL_WORKER).update(per_item_pence=20_000, per_child_month_pence=20_000)
    assert spend(world, amount="150").status == SpendStatus.AUTHORISED


def test_a_role_with_no_limit_row_authorises_nothing_alone(world, budget):
    assert spend(world, actor=world.coordinator, amount="5").sent_to == world.sw  # lowest role that can: a social worker


def test_answer_approve_moves_committed_to_spent_and_tells_the_requester(world, budget):
    s = spend(world, amount="150")
    services.answer_spend_request(actor=world.csw, request=s, approve=True, note="Yes, good idea")
    s.refresh_from_db()
    assert s.status == SpendStatus.APPROVED and s.answered_by == world.csw
    assert line(world).spent_pence == 15000 and line(world).committed_pence == 0
    entry = ChronologyEntry.objects.filter(child=world.ada, kind=EntryKind.SPEND).first()
    assert "approved £150" in entry.title and "Yes, good idea" in entry.narrative
    assert AuditEvent.objects.filter(action="approved_spend", object_id=str(s.pk)).exists()


def test_decline_needs_a_note_and_frees_the_commitment(world, budget):
    s = spend(world, amount="150")
    with pytest.raises(ValidationError) as exc:
        services.answer_spend_request(actor=world.csw, request=s, approve=False, note="")
    assert "note" in exc.value.error_dict
    services.answer_spend_request(actor=world.csw, request=s, approve=False, note="Try the family fund first")
    assert line(world).committed_pence == 0 and line(world).spent_pence == 0
    with pytest.raises(ValidationError, match="already answered"):
        services.answer_spend_request(actor=world.csw, request=s, approve=True)


def test_only_the_person_asked_or_the_head_of_service_answers(world, budget):
    s = spend(world, amount="150")
    for wrong in (world.sw, world.other, world.coordinator, world.outsider):
        with pytest.raises(PermissionDenied):
            services.answer_spend_request(actor=wrong, request=s, approve=True)
    services.answer_spend_request(actor=world.hos, request=s, approve=True)
    assert Spend.objects.get(pk=s.pk).answered_by == world.hos


@pytest.mark.parametrize(("kwargs", "field", "message"), [
    ({"amount": "-5"}, "amount", "Amount must be more than £0"),
    ({"amount": "0"}, "amount", "Amount must be more than £0"),
    ({"amount": "lots"}, "amount", "Enter the amount in pounds and pence"),
    ({"category": "yachts"}, "category", "Select what the money is for from the list"),
    ({"category": "childcare"}, "category", "has nothing for childcare"),
    ({"reason": " "}, "reason", "Enter why the child needs it"),
    ({"amount": "1001"}, "amount", "Only £1,000 is left for travel"),
])
def test_wrong_input_gets_a_clear_message_and_changes_nothing(world, budget, kwargs, field, message):
    before = (Spend.objects.count(), ChronologyEntry.objects.count(), AuditEvent.objects.count())
    with pytest.raises(ValidationError) as exc:
        spend(world, **kwargs)
    assert message in " ".join(exc.value.message_dict[field])
    assert (Spend.objects.count(), ChronologyEntry.objects.count(), AuditEvent.objects.count()) == before
    assert line(world).spent_pence == 0 and line(world).committed_pence == 0


def test_no_budget_for_the_year_is_refused(world):
    with pytest.raises(ValidationError, match="has no budget for April"):
        spend(world)
    assert not Spend.objects.exists()


def test_a_child_the_unit_does_not_hold_is_refused(world, budget):
    with pytest.raises(ValidationError, match="Unit A does not hold Zed Other's case"):
        spend(world, child=world.zed, unit=world.unit_a)
    with pytest.raises(ValidationError, match="does not hold"):
        spend(world, child=world.mother)  # an adult with no case
    assert not Spend.objects.exists()


def test_only_the_unit_and_its_head_of_service_spend_for_the_child(world, budget):
    for wrong in (world.other, world.outsider):
        with pytest.raises(PermissionDenied):
            spend(world, actor=wrong)
    Membership.objects.filter(user=world.sw).update(ended_on=timezone.localdate())
    world.sw = type(world.sw).objects.get(pk=world.sw.pk)  # fresh: no cached unit list
    with pytest.raises(PermissionDenied):
        spend(world)
    assert spend(world, actor=world.hos, amount="900").status == SpendStatus.AUTHORISED
    assert not Spend.objects.exclude(recorded_by=world.hos).exists()


def test_no_one_able_to_authorise_is_a_clear_refusal(world, budget):
    world.unit_a.head_of_service = None
    world.unit_a.save()
    with pytest.raises(ValidationError, match="No one in Unit A or its head of service can authorise"):
        spend(world, amount="600")


def test_the_lowest_role_is_chosen_not_the_highest(world, budget):
    practitioner = member(world.unit_a, Role.CHILDRENS_PRACTITIONER, username="cp")
    assert spend(world, actor=practitioner, amount="150").sent_to == world.csw
