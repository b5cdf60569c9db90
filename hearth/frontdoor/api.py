"""The front door's API: partner agencies send referrals with their API key; front-door staff work the board.

Every POST takes an Idempotency-Key header (hearth/core/idempotency.py): a retry is stored once and answered
the same. Bad input gets 422 with a plain message per field and stores nothing.
"""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404
from ninja import Field, Router, Schema, Status

from hearth.audit import services as audit
from hearth.core.idempotency import idempotent
from hearth.frontdoor import selectors, services
from hearth.frontdoor.models import STAFF_CHANNELS, Channel, Referral
from hearth.partners.auth import PartnerKeyAuth
from hearth.people.models import Person

partner_router = Router(tags=["partner referrals"], auth=PartnerKeyAuth())
staff_router = Router(tags=["front door"])


class ErrorOut(Schema):
    detail: str
    errors: dict[str, list[str]] | None = None


class ChildIn(Schema):
    """The child as you know them. Only the names are required."""

    child_given_name: str = Field(..., description="The child's first name")
    child_family_name: str = Field(..., description="The child's last name")
    child_date_of_birth: dt.date | None = Field(None, description="YYYY-MM-DD; not in the future")
    child_nhs_number: str = Field("", description="10 digits, if known; the check digit is verified")
    child_sex: str = Field("", description="M, F or U (not known)")
    child_address_line_1: str = ""
    child_address_line_2: str = ""
    child_town: str = ""
    child_postcode: str = Field("", description="A UK postcode, like NE1 4ST")
    child_school: str = ""
    parents_carers: str = Field("", description="Parents or carers named: names and how they are related to the child")
    concerns: str = Field(..., description="What the concerns are: what happened, when, what the child said")


class PartnerReferralIn(ChildIn):
    referrer_name: str = Field(..., description="Who is making the referral")
    referrer_role: str = ""
    referrer_phone: str = ""
    referrer_email: str = ""
    source: str = Field("", description="CIN census referral source code (for example 2A schools, 6 police); "
                                        "defaults from your organisation's kind")


class StaffContactIn(PartnerReferralIn):
    channel: str = Field(..., description="phone, email or walk_in")
    referrer_name: str = Field("", description="Blank only for an anonymous referral (source 9)")
    source: str = Field(..., description="CIN census referral source code")


class ReceiptOut(Schema):
    id: int
    reference: str
    status: str = Field(..., description="received")
    matched: bool = Field(..., description="True once the referral is linked to a child's record without waiting for "
                                           "a worker. It does not say whether the child was already known.")
    received_at: dt.datetime
    decision_due_at: dt.datetime


class PartnerStatusOut(Schema):
    id: int
    reference: str
    received_at: dt.datetime
    status: str = Field(..., description="received or decided")
    decision_category: str | None = Field(None, description="no_further_action, early_help or social_care")
    advice: str | None = Field(None, description="The advice given, for no further action")


def _receipt(referral: Referral) -> dict:
    return {"id": referral.pk, "reference": referral.reference, "status": "received",
            "matched": selectors.matched_for_partner(referral), "received_at": referral.received_at,
            "decision_due_at": referral.due_at}


@partner_router.post("/referrals", response={201: ReceiptOut, 400: ErrorOut, 401: ErrorOut, 422: ErrorOut},
                     summary="Send a referral about a child")
@idempotent
def partner_referral(request, payload: PartnerReferralIn):
    """Send a referral. Answers with its reference and whether it was linked to a child's record; never with
    anything from the record. Send an Idempotency-Key so a retry after a timeout is not stored twice."""
    referral = services.receive_referral(actor=None, channel=Channel.PARTNER_API, organisation=request.auth,
                                         **payload.dict())
    return Status(201, _receipt(referral))


@partner_router.get("/referrals/{pk}", response={200: PartnerStatusOut, 401: ErrorOut, 404: ErrorOut, 422: ErrorOut},
                    summary="Has a referral been decided?")
def partner_referral_status(request, pk: int):
    """Your organisation's referrals only: received or decided, and a broad category of the decision."""
    referral = get_object_or_404(Referral, pk=pk, organisation=request.auth)
    audit.record(actor=None, action="partner_referral_status", obj=referral,
                 detail={"organisation": request.auth.pk, "key": getattr(getattr(request, "partner_key", None), "prefix", "")})
    return {"id": referral.pk, "reference": referral.reference, "received_at": referral.received_at,
            **selectors.partner_status(referral)}


# --- Staff ------------------------------------------------------------------------------------------------------


class CandidateOut(Schema):
    person_id: int
    name: str
    date_of_birth: dt.date | None
    score: float
    reasons: list[str]


class ReferralOut(Schema):
    id: int
    reference: str
    channel: str
    received_at: dt.datetime
    due_at: dt.datetime
    clock: str
    overdue: bool
    source: str
    organisation: str | None
    referrer: str
    concerns: str
    child_given_name: str
    child_family_name: str
    child_date_of_birth: dt.date | None
    child_nhs_number: str
    child_postcode: str
    match_status: str
    person_id: int | None
    candidates: list[CandidateOut]
    decision: str
    decision_reason: str
    advice_given: str
    decided_by: str | None
    decided_at: dt.datetime | None
    allocated_unit: str | None
    case_id: int | None


class MatchIn(Schema):
    person_id: int | None = Field(None, description="One of the candidates' person_id, or null to add a new person")


class DecisionIn(Schema):
    decision: str = Field(..., description="nfa, early_help, assessment, strategy or add_to_case")
    reason: str
    advice: str = Field("", description="Required for nfa")


class AttendeeIn(Schema):
    name: str = ""
    agency: str = Field("", description="police, health, education, social_care or other")
    role: str = ""


class ActionIn(Schema):
    description: str = ""
    owner: str = ""
    due_on: dt.date | None = None


class StrategyIn(Schema):
    held_on: dt.date | None = None
    attendees: list[AttendeeIn] = Field(..., max_length=50)
    information_shared: str
    s47_enquiry: bool | None = None
    decision_reason: str
    actions: list[ActionIn] = Field([], max_length=50)


class StrategyOut(Schema):
    id: int
    held_on: dt.date
    s47_enquiry: bool
    s47_started_on: dt.date | None
    icpc_due_on: dt.date | None


def _front_door(request) -> None:
    if not selectors.is_front_door_worker(request.user):
        raise PermissionDenied("Only front door (MASH) staff can use these endpoints.")


def _referral_out(r: Referral, *, with_candidates: bool = False) -> dict:
    c = selectors.clock(r)
    candidates = []
    if with_candidates and r.person_id is None:
        candidates = [{"person_id": m.person_id, "name": m.person.full_name, "date_of_birth": m.person.date_of_birth,
                       "score": m.score, "reasons": m.reasons} for m in r.candidates.select_related("person")]
    return {
        "id": r.pk, "reference": r.reference, "channel": r.channel, "received_at": r.received_at, "due_at": r.due_at,
        "clock": c.text, "overdue": c.overdue and r.decided_at is None, "source": r.source,
        "organisation": r.organisation.name if r.organisation_id else None, "referrer": r.referrer_display,
        "concerns": r.concerns, "child_given_name": r.child_given_name, "child_family_name": r.child_family_name,
        "child_date_of_birth": r.child_date_of_birth, "child_nhs_number": r.child_nhs_number,
        "child_postcode": r.child_postcode, "match_status": r.match_status, "person_id": r.person_id,
        "candidates": candidates, "decision": r.decision, "decision_reason": r.decision_reason,
        "advice_given": r.advice_given, "decided_by": r.decided_by.display_name if r.decided_by_id else None,
        "decided_at": r.decided_at, "allocated_unit": r.allocated_unit.name if r.allocated_unit_id else None,
        "case_id": r.case_id,
    }


def _load(pk: int) -> Referral:
    return get_object_or_404(Referral.objects.select_related("organisation", "decided_by", "allocated_unit"), pk=pk)


STAFF_ERRORS = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut}


@staff_router.get("/referrals", response={200: list[ReferralOut], 401: ErrorOut, 403: ErrorOut},
                  summary="The front-door board: every open referral, most urgent first")
def board(request):
    _front_door(request)
    rows = list(selectors.open_referrals())
    audit.record(actor=request.user, action="view_front_door_board", detail={"open": len(rows), "api": True})
    return [_referral_out(r) for r in rows]


@staff_router.post("/referrals", response={201: ReferralOut, 400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 422: ErrorOut},
                   summary="Record a contact received by phone, email or in person")
@idempotent
def record_contact(request, payload: StaffContactIn):
    _front_door(request)
    data = payload.dict()
    if data["channel"] not in {c.value for c in STAFF_CHANNELS}:
        raise ValidationError({"channel": "Channel must be phone, email or walk_in"})
    referral = services.receive_referral(actor=request.user, **data)
    return Status(201, _referral_out(_load(referral.pk), with_candidates=True))


@staff_router.get("/referrals/{pk}", response={200: ReferralOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut},
                  summary="One referral, with the candidates when a worker must choose the match")
def referral_detail(request, pk: int):
    _front_door(request)
    referral = _load(pk)
    audit.record(actor=request.user, action="view_referral", person=referral.person_id, obj=referral,
                 detail={"api": True, "candidates_shown": list(referral.candidates.values_list("person_id", flat=True))})
    return _referral_out(referral, with_candidates=True)


@staff_router.post("/referrals/{pk}/match", response={200: ReferralOut, **STAFF_ERRORS},
                   summary="Say which record the child is (a candidate), or null to add a new person")
@idempotent
def confirm_match(request, pk: int, payload: MatchIn):
    _front_door(request)
    referral = _load(pk)
    person = None
    if payload.person_id is not None:
        person = Person.objects.filter(pk=payload.person_id).first()
        if person is None:
            raise ValidationError({"person_id": "Choose one of the candidates, or null to add a new person"})
    services.confirm_match(actor=request.user, referral=referral, person=person)
    return _referral_out(_load(pk), with_candidates=True)


@staff_router.post("/referrals/{pk}/decision", response={200: ReferralOut, **STAFF_ERRORS},
                   summary="Decide: no further action, early help, assessment, strategy discussion or add to the open case")
@idempotent
def decide(request, pk: int, payload: DecisionIn):
    """Takes effect at once: no approval is needed."""
    _front_door(request)
    services.decide(actor=request.user, referral=_load(pk), **payload.dict())
    return _referral_out(_load(pk))


@staff_router.post("/referrals/{pk}/strategy-discussions", response={201: StrategyOut, **STAFF_ERRORS},
                   summary="Record a strategy discussion for the referral's child")
@idempotent
def strategy_discussion(request, pk: int, payload: StrategyIn):
    _front_door(request)
    referral = _load(pk)
    if referral.person_id is None:
        raise ValidationError({"person_id": "Say which child this referral is about first"})
    data = payload.dict()
    discussion = services.record_strategy_discussion(actor=request.user, child=referral.person, referral=referral, **data)
    return Status(201, {"id": discussion.pk, "held_on": discussion.held_on, "s47_enquiry": discussion.s47_enquiry,
                        "s47_started_on": discussion.s47_started_on, "icpc_due_on": discussion.icpc_due_on})
