"""Spending over the JSON API: the same services and access gate as the pages.

Amounts are text in pounds ("30", "12.50"), never JSON numbers, so that no float ever holds money.
"""

import datetime as dt

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from ninja import Field, Router, Schema, Status

from hearth.access.gate import open_person
from hearth.access.services import visible_unit
from hearth.audit import services as audit
from hearth.core.idempotency import idempotent
from hearth.spending import selectors, services
from hearth.spending.models import Spend

router = Router(tags=["spending"])


class SpendIn(Schema):
    category: str = Field(description="A category code, for example travel")
    amount: str = Field(description='Pounds as text, for example "30" or "12.50"')
    description: str = ""
    reason: str


class AnswerIn(Schema):
    approve: bool
    note: str = ""


class SpendOut(Schema):
    id: int
    child_id: int
    category: str
    amount_pence: int
    description: str
    reason: str
    spent_on: dt.date
    status: str
    recorded_by: str
    sent_to: str | None
    answered_by: str | None
    answer_note: str


class BudgetOut(Schema):
    year: int
    allocated_pence: int
    spent_pence: int
    committed_pence: int
    left_pence: int


def _out(s: Spend) -> dict:
    return {"id": s.pk, "child_id": s.child_id, "category": s.category.code, "amount_pence": s.amount_pence,
            "description": s.description, "reason": s.reason, "spent_on": s.spent_on, "status": s.status,
            "recorded_by": str(s.recorded_by), "sent_to": str(s.sent_to) if s.sent_to else None,
            "answered_by": str(s.answered_by) if s.answered_by else None, "answer_note": s.answer_note}


@router.get("/people/{pk}/spends", response=list[SpendOut])
def spends(request, pk: int):
    child = open_person(request.user, pk, action="api_view", detail={"what": "spends"})
    return [_out(s) for s in selectors.child_spends(child)]


@router.post("/people/{pk}/spends", response={201: SpendOut})
@idempotent
def record(request, pk: int, payload: SpendIn):
    child = open_person(request.user, pk, action="api_open_spending")
    return Status(201, _out(services.record_spend(actor=request.user, child=child, **payload.dict())))


@router.post("/spends/{spend_pk}/answer", response=SpendOut)
@idempotent
def answer(request, spend_pk: int, payload: AnswerIn):
    """As every call about a child: 404 when there is no such spend (as the gate answers for no such person), then the
    access gate on the spend's child (403 for a child the caller may not open, a restricted one included; logged), then
    403 for anyone but the person asked or the unit's head of service."""
    spend = get_object_or_404(Spend.objects.select_related("unit", "line"), pk=spend_pk)
    open_person(request.user, spend.child_id, action="api_open_spending", detail={"spend": spend.pk})
    if not services.may_answer(request.user, spend):
        raise PermissionDenied("Only the person the request was sent to, or the unit's head of service, can answer it.")
    answered = services.answer_spend_request(actor=request.user, request=spend, approve=payload.approve, note=payload.note)
    return _out(Spend.objects.select_related("category", "recorded_by", "sent_to", "answered_by").get(pk=answered.pk))


@router.get("/units/{pk}/budget", response={200: BudgetOut, 404: dict})
def budget(request, pk: int):
    unit = visible_unit(request.user, pk, to="see its budget")
    summary = selectors.budget_summary(unit.pk)
    audit.record(actor=request.user, action="view_unit_budget", obj=unit, detail={"api": True})
    if summary is None:
        return Status(404, {"detail": "No budget for this financial year"})
    return {"year": summary["year"], "allocated_pence": summary["allocated"], "spent_pence": summary["spent"],
            "committed_pence": summary["committed"], "left_pence": summary["left"]}
