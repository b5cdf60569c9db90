"""Spending for a child: within the recorder's limit it is authorised at once; above it, one request to one person.

Every function runs in one transaction and writes its audit row inside it. A spend takes the lock on its unit's
budget row for the year (SELECT ... FOR UPDATE) and re-reads the budget line under it, so two spends racing for
the last pounds can never both succeed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Sum
from django.utils import timezone

from hearth.audit import services as audit
from hearth.cases.models import Case, EntryKind
from hearth.cases.sign_off import chronology_entry, unit_people
from hearth.people.models import Person
from hearth.spending.models import (
    COUNTS_AGAINST,
    Authoriser,
    AuthorityLimit,
    Budget,
    BudgetLine,
    Spend,
    SpendCategory,
    SpendStatus,
    financial_year,
    pounds,
    year_label,
)
from hearth.units.models import Unit

MAX_PENCE = 10_000_000  # £100,000: anything larger is a typing mistake, not a unit spend
ROLE_ORDER = [Authoriser.UNIT_COORDINATOR, Authoriser.CLINICIAN, Authoriser.CHILDRENS_PRACTITIONER,
              Authoriser.SOCIAL_WORKER, Authoriser.CONSULTANT_SOCIAL_WORKER, Authoriser.HEAD_OF_SERVICE]


def to_pence(amount) -> int | None:
    """Pounds (Decimal, int or text such as "30", "£1,250.50") to whole pence; None if it is not an amount of money."""
    if isinstance(amount, float):
        raise TypeError("Give money as Decimal or text, never float")
    text = str(amount if amount is not None else "").strip().replace(",", "").removeprefix("£").strip()
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    if not value.is_finite() or value != value.quantize(Decimal("0.01")):
        return None
    return int(value * 100)


def amount_errors(pence: int | None) -> str | None:
    if pence is None:
        return "Enter the amount in pounds and pence, like 30 or 12.50"
    if pence <= 0:
        return "Amount must be more than £0"
    if pence > MAX_PENCE:
        return f"Amount must be {pounds(MAX_PENCE)} or less"
    return None


# --- who may authorise what ---------------------------------------------------------------------------------------

def limits() -> dict[str, AuthorityLimit]:
    return {row.role: row for row in AuthorityLimit.objects.all()}


def covers(limit: AuthorityLimit | None, amount: int, child_month_total: int) -> bool:
    """Whether a role's limit covers an item of `amount` when the child has already had `child_month_total` this month."""
    if limit is None:
        return False
    if limit.per_item_pence is not None and amount > limit.per_item_pence:
        return False
    return limit.per_child_month_pence is None or child_month_total + amount <= limit.per_child_month_pence


def actor_role(actor, unit: Unit, rows=None) -> str | None:
    """The actor's strongest role for the unit (a member who is also its head of service counts as head of service)."""
    mine = [role for role, user in (rows if rows is not None else unit_people(unit)) if user.pk == getattr(actor, "pk", None)]
    return max(mine, key=ROLE_ORDER.index) if mine else None


def _rank(limit: AuthorityLimit) -> tuple:
    big = MAX_PENCE * 1000
    item = limit.per_item_pence if limit.per_item_pence is not None else big
    month = limit.per_child_month_pence if limit.per_child_month_pence is not None else big
    return item, month, ROLE_ORDER.index(limit.role)


def lowest_authoriser(unit: Unit, amount: int, month_total: int, *, exclude, rows=None, table=None):
    """(role, user) of the lowest role in the unit whose limit covers the spend, leaving out the requester; or None."""
    table = table if table is not None else limits()
    able = [(role, user) for role, user in (rows if rows is not None else unit_people(unit))
            if user.pk != getattr(exclude, "pk", None) and user.is_active and covers(table.get(role), amount, month_total)]
    return min(able, key=lambda ru: _rank(table[ru[0]])) if able else None


def child_month_total(child: Person, day: dt.date, *, exclude_pk=None) -> int:
    """Everything spent or asked for this child in `day`'s calendar month (declined requests do not count)."""
    qs = Spend.objects.filter(child=child, spent_on__year=day.year, spent_on__month=day.month, status__in=COUNTS_AGAINST)
    if exclude_pk:
        qs = qs.exclude(pk=exclude_pk)
    return qs.aggregate(total=Sum("amount_pence"))["total"] or 0


def may_spend_for(actor, case: Case | None) -> bool:
    """Only members of the unit holding the child, and its head of service, spend for the child."""
    from hearth.access.services import holds_case

    return holds_case(actor, case)


# --- recording and answering --------------------------------------------------------------------------------------

@dataclass
class _Checked:
    case: Case
    category: SpendCategory
    amount: int
    budget: Budget
    line: BudgetLine
    spent_on: dt.date


def _category(category) -> SpendCategory | None:
    if isinstance(category, SpendCategory):
        return category if category.active else None
    return SpendCategory.objects.filter(code=str(category or ""), active=True).first()


def _check(*, actor, child: Person, category, amount, description: str, reason: str, spent_on, unit) -> _Checked:
    errors: dict[str, str] = {}
    pence = to_pence(amount)
    if problem := amount_errors(pence):
        errors["amount"] = problem
    cat = _category(category)
    if cat is None:
        errors["category"] = "Select what the money is for from the list"
    if not (description or "").strip():
        errors["description"] = "Enter what the money is for"
    if not (reason or "").strip():
        errors["reason"] = "Enter why the child needs it"
    today = timezone.localdate()
    spent_on = spent_on or today
    if spent_on > today:
        errors["spent_on"] = "The date must be today or in the past"
    case = Case.objects.filter(child=child, closed_on__isnull=True).select_related("unit").first()
    if case is None or (unit is not None and case.unit_id != unit.pk):
        holder = unit.name if unit is not None else "No unit"
        raise ValidationError({"__all__": f"{holder} does not hold {child.full_name}'s case, so cannot spend for them"})
    if not may_spend_for(actor, case):
        raise PermissionDenied("Only members of the unit holding the child, and its head of service, may spend for the child.")
    budget = line = None
    if cat is not None and "spent_on" not in errors:
        year = financial_year(spent_on)
        budget = Budget.objects.filter(unit=case.unit, year=year).first()
        if budget is None:
            errors["category"] = f"{case.unit.name} has no budget for {year_label(year)}: ask your head of service to set one"
        else:
            line = BudgetLine.objects.filter(budget=budget, category=cat).first()
            if line is None:
                errors["category"] = f"{case.unit.name}'s budget for {year_label(year)} has nothing for {cat.name.lower()}"
    if errors:
        raise ValidationError(errors)
    return _Checked(case=case, category=cat, amount=pence, budget=budget, line=line, spent_on=spent_on)


@transaction.atomic
def record_spend(*, actor, child: Person, category, amount, reason: str, description: str = "",
                 spent_on: dt.date | None = None, unit: Unit | None = None) -> Spend:
    """Record money spent for a child (amount in pounds: Decimal or text, never float).

    Within the recorder's authority limit (per item, and per child per calendar month) it is authorised at once.
    Above it, it becomes a request sent to the lowest role in the unit that can authorise it, and the money is
    committed until they answer. Either way it goes on the child's chronology. Wrong input changes nothing.
    """
    description = (description or "").strip() or (reason or "").strip()[:200]
    c = _check(actor=actor, child=child, category=category, amount=amount, description=description, reason=reason,
               spent_on=spent_on, unit=unit)
    Budget.objects.select_for_update().get(pk=c.budget.pk)  # the lock; everything below re-reads under it
    line = BudgetLine.objects.get(pk=c.line.pk)
    if c.amount > line.left_pence:
        raise ValidationError({"amount": f"Only {pounds(max(line.left_pence, 0))} is left for {c.category.name.lower()} in "
                                         f"{c.case.unit.name}'s budget for {year_label(c.budget.year)}"})
    month_total = child_month_total(child, c.spent_on)
    rows, table = unit_people(c.case.unit), limits()
    role = actor_role(actor, c.case.unit, rows)
    spend = Spend(unit=c.case.unit, child=child, line=line, category=c.category, amount_pence=c.amount,
                  description=description, reason=reason.strip(), spent_on=c.spent_on, recorded_by=actor)
    if covers(table.get(role), c.amount, month_total):
        spend.status = SpendStatus.AUTHORISED
        line.spent_pence += c.amount
        title = f"Spent {pounds(c.amount)} on {c.category.name.lower()}"
    else:
        found = lowest_authoriser(c.case.unit, c.amount, month_total, exclude=actor, rows=rows, table=table)
        if found is None:
            raise ValidationError({"amount": f"No one in {c.case.unit.name} or its head of service can authorise "
                                             f"{pounds(c.amount)} for {child.full_name} this month"})
        spend.status, spend.sent_to_role, spend.sent_to = SpendStatus.PENDING, found[0], found[1]
        line.committed_pence += c.amount
        title = (f"Asked {found[1]} ({Authoriser(found[0]).label.lower()}) to authorise {pounds(c.amount)} "
                 f"for {c.category.name.lower()}")
    line.save(update_fields=["spent_pence", "committed_pence"])
    spend.save()
    spend.entry = chronology_entry(actor=actor, record=spend, case=c.case, kind=EntryKind.SPEND, title=title,
                                   narrative=f"{description}. Why: {spend.reason}" if description != spend.reason else spend.reason)
    spend.save(update_fields=["entry"])
    audit.record(actor=actor, action="record_spend" if spend.status == SpendStatus.AUTHORISED else "request_spend",
                 person=child, obj=spend, detail={"amount_pence": c.amount, "category": c.category.code,
                                                  "status": spend.status, "sent_to": spend.sent_to_id, "role": role})
    return spend


def may_answer(actor, spend: Spend) -> bool:
    """The person it was sent to answers; the unit's head of service may answer in their place."""
    if spend.recorded_by_id == getattr(actor, "pk", None):
        return False
    return actor.pk == spend.sent_to_id or actor.pk == spend.unit.head_of_service_id


@transaction.atomic
def answer_spend_request(*, actor, request: Spend, approve: bool, note: str = "") -> Spend:
    """Approve or decline a spend request in one step. The requester sees the answer on the child's chronology."""
    Budget.objects.select_for_update().get(pk=request.line.budget_id)
    spend = Spend.objects.select_related("unit", "child", "category").get(pk=request.pk)
    if not may_answer(actor, spend):
        raise PermissionDenied("Only the person the request was sent to, or the unit's head of service, can answer it.")
    if spend.status != SpendStatus.PENDING:
        raise ValidationError(f"This request was already answered ({spend.get_status_display().lower()})")
    note = (note or "").strip()
    if approve is None:
        raise ValidationError({"approve": "Select whether you approve the spend"})
    if not approve and not note:
        raise ValidationError({"note": "Enter why you are declining, so the requester knows what to do next"})
    line = BudgetLine.objects.get(pk=spend.line_id)
    line.committed_pence -= spend.amount_pence
    if approve:
        line.spent_pence += spend.amount_pence
    line.save(update_fields=["spent_pence", "committed_pence"])
    spend.status = SpendStatus.APPROVED if approve else SpendStatus.DECLINED
    spend.answered_by, spend.answered_at, spend.answer_note = actor, timezone.now(), note
    spend.save(update_fields=["status", "answered_by", "answered_at", "answer_note"])
    verb = "approved" if approve else "declined"
    case = Case.objects.filter(child_id=spend.child_id, closed_on__isnull=True).first()
    chronology_entry(actor=actor, record=spend, case=case, kind=EntryKind.SPEND,
                     title=f"{actor} {verb} {pounds(spend.amount_pence)} for {spend.category.name.lower()} (asked by {spend.recorded_by})",
                     narrative=f"{spend.description}." + (f" {note}" if note else ""))
    audit.record(actor=actor, action=f"{verb}_spend", person=spend.child, obj=spend,
                 detail={"amount_pence": spend.amount_pence, "note": note})
    return spend


# --- the authority's set-up ---------------------------------------------------------------------------------------

@transaction.atomic
def set_budget(*, actor, unit: Unit, year: int, amounts: dict[str, int]) -> Budget:
    """Set a unit's allocation per category (code -> pence) for a financial year. Never below what is spent and committed."""
    budget, _ = Budget.objects.get_or_create(unit=unit, year=year)
    budget = Budget.objects.select_for_update().get(pk=budget.pk)
    cats = {c.code: c for c in SpendCategory.objects.filter(code__in=amounts)}
    errors = {}
    for code, pence in amounts.items():
        if code not in cats:
            errors[code] = f"Unknown category {code}"
            continue
        line = BudgetLine.objects.filter(budget=budget, category=cats[code]).first()
        if pence < 0 or (line and pence < line.spent_pence + line.committed_pence):
            errors[code] = f"{cats[code].name} cannot be less than what is spent and committed"
            continue
        BudgetLine.objects.update_or_create(budget=budget, category=cats[code], defaults={"amount_pence": pence})
    if errors:
        raise ValidationError(errors)
    audit.record(actor=actor, action="set_budget", obj=budget, detail={"unit": unit.pk, "year": year, "amounts": amounts})
    return budget
