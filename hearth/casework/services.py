"""Changes to statutory casework. Every function is keyword-only, runs in one transaction, validates with a plain
message per field (writing nothing when it refuses), writes the audit row and a chronology entry, and keeps
Case.status in step with the plans.

Any unit member may record a step. Where the authority's StepPolicy says a step needs a second person, the
person completing it must differ from whoever recorded the thing it completes; nothing else waits for sign-off.
"""

from __future__ import annotations

import datetime as dt

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from hearth.audit import services as audit
from hearth.cases.models import Case, CaseStatus, ChronologyEntry, EntryKind
from hearth.casework.models import (
    Assessment,
    AssessmentOutcome,
    CINPlan,
    CINPlanReview,
    ClosureProposal,
    Conference,
    ConferenceKind,
    ConferenceOutcome,
    CoreGroup,
    CPPlan,
    EarlyHelpEpisode,
    EarlyHelpOutcome,
    Section47,
    Section47Outcome,
    Step,
    TimescaleKey,
)
from hearth.casework.settings import needs_second_person, timescale
from hearth.core.codes import AssessmentFactor, CategoryOfAbuse, PrimaryNeed, ReasonForClosure

MAX_TEXT = 10_000
SECOND_PERSON = "Someone other than the person who recorded it must do this (the authority's setting)"


# --- shared checks ------------------------------------------------------------------------------------------


def _date(errors: dict, name: str, value, *, label: str, earliest: dt.date | None = None, earliest_label: str = "") -> dt.date | None:
    if value is None or value == "":
        errors[name] = f"Enter the {label}"
        return None
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        errors[name] = f"The {label} must be a real date"
        return None
    if value > timezone.localdate():
        errors[name] = f"The {label} must be today or in the past"
        return None
    if earliest is not None and value < earliest:
        errors[name] = f"The {label} must be on or after {earliest_label} ({earliest.day} {earliest:%B %Y})"
        return None
    return value


def _text(errors: dict, name: str, value, *, missing: str | None = None, label: str = "Text") -> str:
    value = (value or "").strip() if isinstance(value, str) or value is None else str(value).strip()
    if missing and not value:
        errors[name] = missing
    elif len(value) > MAX_TEXT:
        errors[name] = f"{label} must be {MAX_TEXT:,} characters or fewer"
    return value


def _open(errors: dict, case: Case, name: str = "case") -> None:
    if case.closed_on is not None:
        errors[name] = "This case is closed: open a new case to record this"


def _second_person(errors: dict, name: str, step: str, actor, *recorded_by_ids) -> None:
    if needs_second_person(step) and getattr(actor, "pk", None) in {i for i in recorded_by_ids if i is not None}:
        errors[name] = SECOND_PERSON


def _entry(*, actor, case: Case, kind: str, occurred_on: dt.date, title: str, narrative: str) -> ChronologyEntry:
    return ChronologyEntry.objects.create(
        child_id=case.child_id, case=case, unit_id=case.unit_id, kind=kind, occurred_on=occurred_on, title=title,
        narrative=narrative or title + ".", author=actor,
    )


def _day(d: dt.date) -> str:
    return f"{d.day} {d:%B %Y}"


def refresh_status(case: Case) -> Case:
    """Case.status follows the work: a CP plan, else a CIN plan, else an open assessment or s47, else early help."""
    if case.status in (CaseStatus.LOOKED_AFTER, CaseStatus.CARE_LEAVER) or case.closed_on is not None:
        return case
    if case.cp_plans.filter(ended_on__isnull=True).exists():
        status = CaseStatus.CHILD_PROTECTION
    elif case.cin_plans.filter(ended_on__isnull=True).exists():
        status = CaseStatus.CHILD_IN_NEED
    elif case.assessments.filter(completed_on__isnull=True).exists():
        status = CaseStatus.ASSESSMENT
    elif case.early_help_episodes.filter(ended_on__isnull=True).exists():
        status = CaseStatus.EARLY_HELP
    else:
        status = case.status
    if status != case.status:
        case.status = status
        case.save(update_fields=["status"])
    return case


def assessment_due_on(assessment: Assessment) -> dt.date:
    """Due within the assessment timescale of the referral (or of the start, when there was no referral)."""
    start = timezone.localtime(assessment.referral.received_at).date() if assessment.referral_id else assessment.started_on
    return timescale(TimescaleKey.ASSESSMENT).due(start)


def _clean_factors(errors: dict, factors) -> list[str]:
    codes = [str(f).strip() for f in (factors or []) if str(f).strip()]
    unknown = [c for c in codes if c not in AssessmentFactor.values]
    if unknown:
        errors["factors"] = f"These are not DfE assessment factor codes: {', '.join(unknown)}"
    elif AssessmentFactor.F21 in codes and len(codes) > 1:
        errors["factors"] = "\"No factors identified\" cannot be chosen with other factors"
    return list(dict.fromkeys(codes))


# --- assessments ----------------------------------------------------------------------------------------------


@transaction.atomic
def start_assessment(*, actor, case: Case, started_on: dt.date | None, referral=None) -> Assessment:
    """Start a child and family assessment. Without a referral given, the case's latest referral is used."""
    case = Case.objects.select_for_update().get(pk=case.pk)
    errors: dict[str, str] = {}
    _open(errors, case)
    if referral is None:
        referral = case.referrals.order_by("-received_at").first()
    elif referral.person_id != case.child_id:
        errors["referral"] = "This referral is about another child"
    earliest = timezone.localtime(referral.received_at).date() if referral is not None else None
    started_on = _date(errors, "started_on", started_on, label="date the assessment started", earliest=earliest,
                       earliest_label="the referral")
    if case.assessments.filter(completed_on__isnull=True).exists():
        errors["started_on"] = "This child already has an assessment in progress"
    if errors:
        raise ValidationError(errors)
    assessment = Assessment.objects.create(case=case, referral=referral, started_on=started_on, recorded_by=actor)
    due = assessment_due_on(assessment)
    _entry(actor=actor, case=case, kind=EntryKind.ASSESSMENT, occurred_on=started_on, title="Assessment started",
           narrative=f"Child and family assessment started. Due by {_day(due)}.")
    refresh_status(case)
    audit.record(actor=actor, action="start_assessment", person=case.child_id, obj=assessment, detail={"due_on": due})
    return assessment


@transaction.atomic
def record_assessment_progress(*, actor, assessment: Assessment, child_seen_on: dt.date | None = None,
                               factors: list[str] | None = None) -> Assessment:
    """Record when the child was seen and the factors identified so far (either or both)."""
    assessment = Assessment.objects.select_for_update().get(pk=assessment.pk)
    errors: dict[str, str] = {}
    if assessment.completed_on is not None:
        errors["assessment"] = "This assessment is complete"
    if child_seen_on is None and factors is None:
        errors["child_seen_on"] = "Enter the date the child was seen, or the factors identified"
    if child_seen_on is not None:
        _date(errors, "child_seen_on", child_seen_on, label="date the child was seen")
    clean = _clean_factors(errors, factors) if factors is not None else None
    if errors:
        raise ValidationError(errors)
    changed, lines = [], []
    if child_seen_on is not None:
        assessment.child_seen_on = child_seen_on
        changed.append("child_seen_on")
        lines.append(f"Child seen on {_day(child_seen_on)}.")
    if clean is not None:
        assessment.factors = clean
        changed.append("factors")
        lines.append("Factors identified: " + ("; ".join(AssessmentFactor(c).label for c in clean) or "none yet") + ".")
    assessment.save(update_fields=changed)
    _entry(actor=actor, case=assessment.case, kind=EntryKind.ASSESSMENT, occurred_on=child_seen_on or timezone.localdate(),
           title="Assessment progress", narrative=" ".join(lines))
    audit.record(actor=actor, action="record_assessment_progress", person=assessment.case.child_id, obj=assessment,
                 detail={"fields": changed})
    return assessment


@transaction.atomic
def complete_assessment(*, actor, assessment: Assessment, completed_on: dt.date | None, outcome: str,
                        factors: list[str] | None = None, overdue_reason: str = "", primary_need: str = "") -> Assessment:
    """Complete an assessment with its outcome (and, optionally, the child's primary need, CIN census).
    Past the due date, the reason it ran over is required."""
    assessment = Assessment.objects.select_for_update(of=("self",)).select_related("case", "referral").get(pk=assessment.pk)
    errors: dict[str, str] = {}
    _open(errors, assessment.case)
    if assessment.completed_on is not None:
        errors["assessment"] = "This assessment is already complete"
    completed_on = _date(errors, "completed_on", completed_on, label="date the assessment was completed",
                         earliest=assessment.started_on, earliest_label="the start of the assessment")
    if outcome not in AssessmentOutcome.values:
        errors["outcome"] = "Select the outcome of the assessment"
    clean = _clean_factors(errors, factors) if factors is not None else assessment.factors
    if AssessmentFactor.F21 in clean and outcome != AssessmentOutcome.NO_FURTHER_ACTION and "factors" not in errors:
        errors["factors"] = "\"No factors identified\" is only for an assessment ending in no further action"
    if not clean and "factors" not in errors:
        errors["factors"] = "Select the factors identified at assessment (or \"No factors identified\")"
    overdue_reason = _text(errors, "overdue_reason", overdue_reason, label="Reason")
    due = assessment_due_on(assessment)
    if completed_on and completed_on > due and not (overdue_reason or assessment.overdue_reason):
        errors["overdue_reason"] = f"Enter why the assessment ran past its due date ({_day(due)})"
    if primary_need and primary_need not in PrimaryNeed.values:
        errors["primary_need"] = "Select the primary need"
    _second_person(errors, "assessment", Step.COMPLETE_ASSESSMENT, actor, assessment.recorded_by_id)
    if errors:
        raise ValidationError(errors)
    if primary_need and primary_need != assessment.case.primary_need:
        assessment.case.primary_need = primary_need
        assessment.case.save(update_fields=["primary_need"])
    assessment.completed_on, assessment.outcome, assessment.factors = completed_on, outcome, clean
    assessment.completed_by = actor
    if overdue_reason:
        assessment.overdue_reason = overdue_reason
    assessment.save(update_fields=["completed_on", "outcome", "factors", "completed_by", "overdue_reason"])
    lines = [f"Outcome: {AssessmentOutcome(outcome).label}.",
             "Factors identified: " + "; ".join(AssessmentFactor(c).label for c in clean) + "."]
    if completed_on > due:
        lines.append(f"Completed after the due date ({_day(due)}): {assessment.overdue_reason}")
    _entry(actor=actor, case=assessment.case, kind=EntryKind.ASSESSMENT, occurred_on=completed_on,
           title="Assessment completed", narrative="\n".join(lines))
    refresh_status(assessment.case)
    audit.record(actor=actor, action="complete_assessment", person=assessment.case.child_id, obj=assessment,
                 detail={"outcome": outcome, "late": completed_on > due})
    return assessment


@transaction.atomic
def authorise_assessment(*, actor, assessment: Assessment, authorised_on: dt.date | None) -> Assessment:
    """The consultant social worker's authorisation (CIN census AssessmentAuthorisationDate)."""
    assessment = Assessment.objects.select_for_update(of=("self",)).select_related("case").get(pk=assessment.pk)
    errors: dict[str, str] = {}
    if assessment.completed_on is None:
        errors["assessment"] = "Complete the assessment before authorising it"
    elif assessment.authorised_on is not None:
        errors["assessment"] = "This assessment is already authorised"
    authorised_on = _date(errors, "authorised_on", authorised_on, label="date of authorisation",
                          earliest=assessment.completed_on, earliest_label="the date it was completed")
    _second_person(errors, "authorised_on", Step.AUTHORISE_ASSESSMENT, actor, assessment.recorded_by_id,
                   assessment.completed_by_id)
    if errors:
        raise ValidationError(errors)
    assessment.authorised_on, assessment.authorised_by = authorised_on, actor
    assessment.save(update_fields=["authorised_on", "authorised_by"])
    _entry(actor=actor, case=assessment.case, kind=EntryKind.ASSESSMENT, occurred_on=authorised_on,
           title="Assessment authorised", narrative=f"Assessment authorised on {_day(authorised_on)}.")
    audit.record(actor=actor, action="authorise_assessment", person=assessment.case.child_id, obj=assessment)
    return assessment


@transaction.atomic
def record_overdue_reason(*, actor, assessment: Assessment, reason: str) -> Assessment:
    """Why the assessment runs (or ran) past its due date; recordable once it is late."""
    assessment = Assessment.objects.select_for_update(of=("self",)).select_related("case", "referral").get(pk=assessment.pk)
    errors: dict[str, str] = {}
    reason = _text(errors, "reason", reason, missing="Enter why the assessment is late", label="Reason")
    due = assessment_due_on(assessment)
    if (assessment.completed_on or timezone.localdate()) <= due:
        errors["reason"] = f"The assessment is not late: it is due by {_day(due)}"
    if errors:
        raise ValidationError(errors)
    assessment.overdue_reason = reason
    assessment.save(update_fields=["overdue_reason"])
    _entry(actor=actor, case=assessment.case, kind=EntryKind.ASSESSMENT, occurred_on=timezone.localdate(),
           title="Reason the assessment is late", narrative=reason)
    audit.record(actor=actor, action="record_assessment_overdue_reason", person=assessment.case.child_id, obj=assessment)
    return assessment


@transaction.atomic
def set_primary_need(*, actor, case: Case, primary_need: str) -> Case:
    """The child's primary need for this episode (CIN census PrimaryNeedCode)."""
    case = Case.objects.select_for_update().get(pk=case.pk)
    errors: dict[str, str] = {}
    _open(errors, case)
    if primary_need not in PrimaryNeed.values:
        errors["primary_need"] = "Select the primary need"
    if errors:
        raise ValidationError(errors)
    before = case.primary_need
    case.primary_need = primary_need
    case.save(update_fields=["primary_need"])
    _entry(actor=actor, case=case, kind=EntryKind.ASSESSMENT, occurred_on=timezone.localdate(), title="Primary need recorded",
           narrative=f"Primary need: {PrimaryNeed(primary_need).label}.")
    audit.record(actor=actor, action="set_primary_need", person=case.child_id, obj=case, detail={"from": before, "to": primary_need})
    return case


# --- child in need plans --------------------------------------------------------------------------------------


@transaction.atomic
def start_cin_plan(*, actor, case: Case, started_on: dt.date | None, primary_need: str = "") -> CINPlan:
    """Start a child in need plan. The case's primary need (CIN census) is set here if it has none yet."""
    case = Case.objects.select_for_update().get(pk=case.pk)
    errors: dict[str, str] = {}
    _open(errors, case)
    started_on = _date(errors, "started_on", started_on, label="date the plan started", earliest=case.opened_on,
                       earliest_label="the case opened")
    if primary_need and primary_need not in PrimaryNeed.values:
        errors["primary_need"] = "Select the primary need"
    elif not primary_need and not case.primary_need:
        errors["primary_need"] = "Select the child's primary need"
    if case.cin_plans.filter(ended_on__isnull=True).exists():
        errors["started_on"] = "This child already has a child in need plan"
    elif case.cp_plans.filter(ended_on__isnull=True).exists():
        errors["started_on"] = "This child is on a child protection plan: end it with a step down instead"
    last = case.assessments.filter(completed_on__isnull=False).order_by("-completed_on").first()
    _second_person(errors, "started_on", Step.START_CIN_PLAN, actor, getattr(last, "completed_by_id", None))
    if errors:
        raise ValidationError(errors)
    plan = _create_cin_plan(actor=actor, case=case, started_on=started_on, primary_need=primary_need)
    audit.record(actor=actor, action="start_cin_plan", person=case.child_id, obj=plan, detail={"primary_need": case.primary_need})
    return plan


def _create_cin_plan(*, actor, case: Case, started_on: dt.date, primary_need: str = "", note: str = "") -> CINPlan:
    if primary_need and primary_need != case.primary_need:
        case.primary_need = primary_need
        case.save(update_fields=["primary_need"])
    plan = CINPlan.objects.create(case=case, started_on=started_on, recorded_by=actor)
    _entry(actor=actor, case=case, kind=EntryKind.CIN_PLAN, occurred_on=started_on, title="Child in need plan started",
           narrative=(note + " " if note else "") + f"Primary need: {PrimaryNeed(case.primary_need).label}." if case.primary_need
           else note)
    refresh_status(case)
    return plan


@transaction.atomic
def record_cin_review(*, actor, plan: CINPlan, held_on: dt.date | None, notes: str = "") -> CINPlanReview:
    return _record_plan_meeting(actor=actor, plan=plan, held_on=held_on, notes=notes, model=CINPlanReview, what="review",
                                kind=EntryKind.CIN_PLAN, title="Child in need plan review", action="record_cin_review")


def _record_plan_meeting(*, actor, plan, held_on, notes, model, what, kind, title, action):
    """A dated meeting with notes on an open plan (a CIN plan review, a core group): the row, its entry and its audit."""
    errors: dict[str, str] = {}
    if plan.ended_on is not None:
        errors["plan"] = "This plan has ended"
    held_on = _date(errors, "held_on", held_on, label=f"date of the {what}", earliest=plan.started_on,
                    earliest_label="the start of the plan")
    notes = _text(errors, "notes", notes, label="Notes")
    if errors:
        raise ValidationError(errors)
    meeting = model.objects.create(plan=plan, held_on=held_on, notes=notes, recorded_by=actor)
    _entry(actor=actor, case=plan.case, kind=kind, occurred_on=held_on, title=title, narrative=notes)
    audit.record(actor=actor, action=action, person=plan.case.child_id, obj=meeting)
    return meeting


@transaction.atomic
def end_cin_plan(*, actor, plan: CINPlan, ended_on: dt.date | None, reason: str) -> CINPlan:
    plan = CINPlan.objects.select_for_update(of=("self",)).select_related("case").get(pk=plan.pk)
    errors: dict[str, str] = {}
    if plan.ended_on is not None:
        errors["plan"] = "This plan has already ended"
    ended_on = _date(errors, "ended_on", ended_on, label="date the plan ended", earliest=plan.started_on,
                     earliest_label="the start of the plan")
    reason = _text(errors, "reason", reason, missing="Enter why the plan is ending", label="Reason")
    _second_person(errors, "ended_on", Step.END_CIN_PLAN, actor, plan.recorded_by_id)
    if errors:
        raise ValidationError(errors)
    _end_cin_plan(actor=actor, plan=plan, ended_on=ended_on, reason=reason)
    audit.record(actor=actor, action="end_cin_plan", person=plan.case.child_id, obj=plan)
    return plan


def _end_cin_plan(*, actor, plan: CINPlan, ended_on: dt.date, reason: str) -> None:
    plan.ended_on, plan.end_reason = ended_on, reason
    plan.save(update_fields=["ended_on", "end_reason"])
    _entry(actor=actor, case=plan.case, kind=EntryKind.CIN_PLAN, occurred_on=ended_on, title="Child in need plan ended",
           narrative=reason)
    refresh_status(plan.case)


# --- section 47 enquiries and conferences ----------------------------------------------------------------------


@transaction.atomic
def start_section_47(*, actor, case: Case, started_on: dt.date | None = None, strategy_discussion=None) -> Section47:
    """Start a section 47 enquiry, normally from the strategy discussion that decided on it (its date by default)."""
    case = Case.objects.select_for_update().get(pk=case.pk)
    errors: dict[str, str] = {}
    _open(errors, case)
    if strategy_discussion is not None:
        if strategy_discussion.child_id != case.child_id:
            errors["strategy_discussion"] = "This strategy discussion is about another child"
        elif Section47.objects.filter(strategy_discussion=strategy_discussion).exists():
            errors["strategy_discussion"] = "This strategy discussion already started a section 47 enquiry"
        started_on = started_on or strategy_discussion.s47_started_on or strategy_discussion.held_on
    started_on = _date(errors, "started_on", started_on, label="date the section 47 enquiry started")
    if errors:
        raise ValidationError(errors)
    s47 = Section47.objects.create(case=case, strategy_discussion=strategy_discussion, started_on=started_on, recorded_by=actor)
    icpc_from = strategy_discussion.held_on if strategy_discussion is not None else started_on
    due = timescale(TimescaleKey.ICPC).due(icpc_from)
    _entry(actor=actor, case=case, kind=EntryKind.SECTION_47, occurred_on=started_on, title="Section 47 enquiry started",
           narrative=f"Section 47 enquiry started. Initial child protection conference due by {_day(due)}.")
    audit.record(actor=actor, action="start_section_47", person=case.child_id, obj=s47, detail={"icpc_due_on": due})
    return s47


@transaction.atomic
def record_icpc_not_required(*, actor, section47: Section47, reason: str,
                             outcome: str = Section47Outcome.NOT_SUBSTANTIATED) -> Section47:
    """The enquiry ends without an initial conference (CIN census ICPCnotRequired), with the reason."""
    section47 = Section47.objects.select_for_update(of=("self",)).select_related("case").get(pk=section47.pk)
    errors: dict[str, str] = {}
    if section47.icpc_not_required or section47.conferences.exists():
        errors["section47"] = "The outcome of this enquiry is already recorded"
    reason = _text(errors, "reason", reason, missing="Enter why no conference is needed", label="Reason")
    if outcome not in (Section47Outcome.NOT_SUBSTANTIATED, Section47Outcome.SUBSTANTIATED_NO_CONFERENCE):
        errors["outcome"] = "Select the outcome of the enquiry"
    _second_person(errors, "reason", Step.ICPC_NOT_REQUIRED, actor, section47.recorded_by_id)
    if errors:
        raise ValidationError(errors)
    section47.icpc_not_required, section47.icpc_not_required_reason, section47.outcome = True, reason, outcome
    section47.save(update_fields=["icpc_not_required", "icpc_not_required_reason", "outcome"])
    _entry(actor=actor, case=section47.case, kind=EntryKind.SECTION_47, occurred_on=timezone.localdate(),
           title="No initial child protection conference needed", narrative=f"{Section47Outcome(outcome).label}. {reason}")
    audit.record(actor=actor, action="record_icpc_not_required", person=section47.case.child_id, obj=section47)
    return section47


INITIAL_OUTCOMES = (ConferenceOutcome.CP_PLAN, ConferenceOutcome.NO_PLAN)
REVIEW_OUTCOMES = (ConferenceOutcome.CONTINUE_PLAN, ConferenceOutcome.END_PLAN)


@transaction.atomic
def record_conference(*, actor, case: Case, kind: str, held_on: dt.date | None, chair_name: str, outcome: str,
                      chair_role: str = "", independent: bool | None = True, category: str = "", section47=None,
                      end_reason: str = "", step_down_to_cin: bool = False) -> Conference:
    """An initial or review child protection conference.

    Initial with outcome cp_plan starts a CP plan (category required). A review resets the review clock and may
    change the latest category; outcome end_plan ends the plan (optionally stepping down to a CIN plan).
    The chair is always recorded; with the chair_conference policy on, the chair must be independent and not the recorder.
    """
    case = Case.objects.select_for_update().get(pk=case.pk)
    errors: dict[str, str] = {}
    _open(errors, case)
    held_on = _date(errors, "held_on", held_on, label="date of the conference", earliest=case.opened_on,
                    earliest_label="the case opened")
    chair_name = _text(errors, "chair_name", chair_name, missing="Enter the chair's name", label="Chair's name")[:150]
    chair_role = _text(errors, "chair_role", chair_role, label="Chair's role")[:150]
    if independent not in (True, False):
        errors["independent"] = "Select whether the chair was independent"
    plan = case.cp_plans.filter(ended_on__isnull=True).first()
    if kind == ConferenceKind.INITIAL:
        if outcome not in INITIAL_OUTCOMES:
            errors["outcome"] = "Select whether the child needs a child protection plan"
        if plan is not None:
            errors["kind"] = "This child is already on a child protection plan: record a review conference"
        if section47 is None:
            section47 = case.section47s.filter(icpc_not_required=False, conferences__isnull=True).first()
        elif section47.case_id != case.pk:
            errors["section47"] = "This enquiry is about another case"
    elif kind == ConferenceKind.REVIEW:
        if outcome not in REVIEW_OUTCOMES:
            errors["outcome"] = "Select whether the plan continues or ends"
        if plan is None:
            errors["kind"] = "This child is not on a child protection plan"
        elif held_on and held_on < plan.started_on:
            errors["held_on"] = "The review must be on or after the start of the plan"
    else:
        errors["kind"] = "Select whether this is an initial or a review conference"
    needs_category = kind == ConferenceKind.INITIAL and outcome == ConferenceOutcome.CP_PLAN
    if category and category not in CategoryOfAbuse.values:
        errors["category"] = "Select the category of abuse"
    elif needs_category and not category:
        errors["category"] = "Select the category of abuse"
    if outcome == ConferenceOutcome.END_PLAN:
        end_reason = _text(errors, "end_reason", end_reason, missing="Enter why the plan is ending", label="Reason")
        if step_down_to_cin and not case.primary_need:
            errors["step_down_to_cin"] = "Set the child's primary need before stepping down to a child in need plan"
    if needs_second_person(Step.CHAIR_CONFERENCE):
        if independent is False:
            errors["independent"] = "The authority requires an independent chair"
        # Independent of the case: not the person recording it, nor anyone in the unit that holds the child. The
        # chair is often from outside Hearth (an independent reviewing officer), so the check is on the name given.
        unit_names = {" ".join(u.get_full_name().lower().split()) for u in get_user_model().objects.filter(
            memberships__unit_id=case.unit_id, memberships__ended_on__isnull=True)}
        unit_names.add(" ".join((actor.get_full_name() if hasattr(actor, "get_full_name") else "").lower().split()))
        if " ".join(chair_name.lower().split()) in unit_names - {""}:
            errors["chair_name"] = ("The chair must be independent: not the person recording the conference or a member "
                                    "of the unit holding the case")
    if errors:
        raise ValidationError(errors)

    conference = Conference.objects.create(case=case, kind=kind, held_on=held_on, chair_name=chair_name, chair_role=chair_role,
                                           independent=independent, outcome=outcome, section47=section47, cp_plan=plan,
                                           recorded_by=actor)
    lines = [f"Chair: {chair_name}{', ' + chair_role if chair_role else ''}{' (independent)' if independent else ''}.",
             f"Outcome: {ConferenceOutcome(outcome).label}."]
    if section47 is not None and kind == ConferenceKind.INITIAL:
        section47.outcome = Section47Outcome.CONFERENCE
        section47.save(update_fields=["outcome"])
    if needs_category:
        plan = CPPlan.objects.create(case=case, started_on=held_on, initial_category=category, latest_category=category,
                                     recorded_by=actor)
        conference.cp_plan = plan
        conference.save(update_fields=["cp_plan"])
        lines.append(f"Category: {CategoryOfAbuse(category).label}.")
        # A child on a CP plan is not also on a CIN plan (CIN census): the CIN plan ends when the CP plan starts.
        for cin in case.cin_plans.filter(ended_on__isnull=True):
            _end_cin_plan(actor=actor, plan=cin, ended_on=held_on, reason="Child protection plan started")
    elif kind == ConferenceKind.REVIEW and category and category != plan.latest_category:
        plan.latest_category = category
        plan.save(update_fields=["latest_category"])
        lines.append(f"Category now: {CategoryOfAbuse(category).label}.")
    _entry(actor=actor, case=case, kind=EntryKind.CONFERENCE, occurred_on=held_on, title=ConferenceKind(kind).label,
           narrative="\n".join(lines))
    if outcome == ConferenceOutcome.END_PLAN:
        _end_cp_plan(actor=actor, plan=plan, ended_on=held_on, reason=end_reason, step_down_to_cin=step_down_to_cin)
    refresh_status(case)
    audit.record(actor=actor, action="record_conference", person=case.child_id, obj=conference,
                 detail={"kind": kind, "outcome": outcome, "plan": getattr(plan, "pk", None)})
    return conference


@transaction.atomic
def record_core_group(*, actor, plan: CPPlan, held_on: dt.date | None, notes: str = "") -> CoreGroup:
    return _record_plan_meeting(actor=actor, plan=plan, held_on=held_on, notes=notes, model=CoreGroup, what="core group",
                                kind=EntryKind.CORE_GROUP, title="Core group", action="record_core_group")


@transaction.atomic
def change_category(*, actor, plan: CPPlan, category: str, changed_on: dt.date | None = None) -> CPPlan:
    """Change the latest category of abuse (CIN census LatestCategoryOfAbuse); the initial one never changes."""
    plan = CPPlan.objects.select_for_update(of=("self",)).select_related("case").get(pk=plan.pk)
    errors: dict[str, str] = {}
    if plan.ended_on is not None:
        errors["plan"] = "This plan has ended"
    if category not in CategoryOfAbuse.values:
        errors["category"] = "Select the category of abuse"
    elif category == plan.latest_category:
        errors["category"] = "This is already the plan's category"
    changed_on = _date(errors, "changed_on", changed_on or timezone.localdate(), label="date of the change",
                       earliest=plan.started_on, earliest_label="the start of the plan")
    if errors:
        raise ValidationError(errors)
    before = plan.latest_category
    plan.latest_category = category
    plan.save(update_fields=["latest_category"])
    _entry(actor=actor, case=plan.case, kind=EntryKind.CP_PLAN, occurred_on=changed_on, title="Category of abuse changed",
           narrative=f"From {CategoryOfAbuse(before).label} to {CategoryOfAbuse(category).label}.")
    audit.record(actor=actor, action="change_cp_category", person=plan.case.child_id, obj=plan,
                 detail={"from": before, "to": category})
    return plan


@transaction.atomic
def end_cp_plan(*, actor, plan: CPPlan, ended_on: dt.date | None, reason: str, step_down_to_cin: bool = False) -> CPPlan:
    """End a child protection plan; with step_down_to_cin a child in need plan starts the same day."""
    plan = CPPlan.objects.select_for_update(of=("self",)).select_related("case").get(pk=plan.pk)
    errors: dict[str, str] = {}
    if plan.ended_on is not None:
        errors["plan"] = "This plan has already ended"
    ended_on = _date(errors, "ended_on", ended_on, label="date the plan ended", earliest=plan.started_on,
                     earliest_label="the start of the plan")
    reason = _text(errors, "reason", reason, missing="Enter why the plan is ending", label="Reason")
    if step_down_to_cin and not plan.case.primary_need:
        errors["step_down_to_cin"] = "Set the child's primary need before stepping down to a child in need plan"
    _second_person(errors, "ended_on", Step.END_CP_PLAN, actor, plan.recorded_by_id)
    if errors:
        raise ValidationError(errors)
    _end_cp_plan(actor=actor, plan=plan, ended_on=ended_on, reason=reason, step_down_to_cin=step_down_to_cin)
    audit.record(actor=actor, action="end_cp_plan", person=plan.case.child_id, obj=plan,
                 detail={"step_down_to_cin": step_down_to_cin})
    return plan


def _end_cp_plan(*, actor, plan: CPPlan, ended_on: dt.date, reason: str, step_down_to_cin: bool) -> None:
    plan.ended_on, plan.end_reason = ended_on, reason
    if step_down_to_cin:
        plan.stepped_down_to = _create_cin_plan(actor=actor, case=plan.case, started_on=ended_on,
                                                note="Stepped down from a child protection plan.")
    plan.save(update_fields=["ended_on", "end_reason", "stepped_down_to"])
    _entry(actor=actor, case=plan.case, kind=EntryKind.CP_PLAN, occurred_on=ended_on, title="Child protection plan ended",
           narrative=reason + (" Stepped down to a child in need plan." if step_down_to_cin else ""))
    refresh_status(plan.case)


# --- closure and drift ------------------------------------------------------------------------------------------


@transaction.atomic
def propose_closure(*, actor, case: Case, reason: str, proposed_on: dt.date | None = None) -> ClosureProposal:
    """Put a (drifting) case to the unit meeting for closure, with the reason. Closing it is close_case."""
    case = Case.objects.select_for_update().get(pk=case.pk)
    errors: dict[str, str] = {}
    _open(errors, case)
    reason = _text(errors, "reason", reason, missing="Enter why the case should close", label="Reason")
    proposed_on = _date(errors, "proposed_on", proposed_on or timezone.localdate(), label="date of the proposal")
    if case.closure_proposals.filter(withdrawn_on__isnull=True).exists():
        errors["reason"] = "Closure is already proposed for this case"
    if errors:
        raise ValidationError(errors)
    proposal = ClosureProposal.objects.create(case=case, proposed_on=proposed_on, reason=reason, proposed_by=actor)
    _entry(actor=actor, case=case, kind=EntryKind.CLOSURE_PROPOSAL, occurred_on=proposed_on,
           title="Closure proposed for the unit meeting", narrative=reason)
    audit.record(actor=actor, action="propose_closure", person=case.child_id, obj=proposal)
    return proposal


@transaction.atomic
def close_case(*, actor, case: Case, closed_on: dt.date | None, reason_code: str, note: str = "") -> Case:
    """Close the case with the DfE reason for closure. Every clock stops: open plans end on the closing date."""
    case = Case.objects.select_for_update().get(pk=case.pk)
    errors: dict[str, str] = {}
    _open(errors, case)
    closed_on = _date(errors, "closed_on", closed_on, label="date the case closed", earliest=case.opened_on,
                      earliest_label="the case opened")
    if reason_code not in ReasonForClosure.values:
        errors["reason_code"] = "Select the reason for closure"
    note = _text(errors, "note", note, label="Note")
    if closed_on:
        for model, label in ((CPPlan, "child protection plan"), (CINPlan, "child in need plan")):
            if model.objects.filter(case=case, ended_on__isnull=True, started_on__gt=closed_on).exists():
                errors["closed_on"] = f"The case cannot close before its {label} started"
    from hearth.looked_after.models import Episode  # looked_after builds on casework

    if Episode.objects.filter(child_id=case.child_id, dec__isnull=True).exists():
        errors["reason_code"] = "The child is looked after: end the care episode on the Care page before closing the case"
    if needs_second_person(Step.CLOSE_CASE):
        proposal = case.closure_proposals.filter(withdrawn_on__isnull=True).first()
        if proposal is None:
            errors["reason_code"] = "The authority requires closure to be proposed first, and closed by someone else"
        elif proposal.proposed_by_id == getattr(actor, "pk", None):
            errors["reason_code"] = SECOND_PERSON
    if errors:
        raise ValidationError(errors)
    _close(actor=actor, case=case, closed_on=closed_on, reason_code=reason_code, note=note)
    audit.record(actor=actor, action="close_case", person=case.child_id, obj=case, detail={"reason": reason_code})
    return case


def _close(*, actor, case: Case, closed_on: dt.date, reason_code: str, note: str) -> None:
    for plan in case.cp_plans.filter(ended_on__isnull=True):
        plan.ended_on, plan.end_reason = closed_on, "Case closed"
        plan.save(update_fields=["ended_on", "end_reason"])
    for plan in case.cin_plans.filter(ended_on__isnull=True):
        plan.ended_on, plan.end_reason = closed_on, "Case closed"
        plan.save(update_fields=["ended_on", "end_reason"])
    case.closed_on, case.closure_reason = closed_on, reason_code
    case.save(update_fields=["closed_on", "closure_reason"])
    _entry(actor=actor, case=case, kind=EntryKind.CASE_EVENT, occurred_on=closed_on, title="Case closed",
           narrative=f"Reason for closure: {ReasonForClosure(reason_code).label}." + (f" {note}" if note else ""))


# --- early help ---------------------------------------------------------------------------------------------------


@transaction.atomic
def start_early_help(*, actor, child, started_on: dt.date | None, unit=None, case: Case | None = None,
                     notes: str = "") -> EarlyHelpEpisode:
    """An early help episode, alongside or instead of statutory work."""
    errors: dict[str, str] = {}
    started_on = _date(errors, "started_on", started_on, label="date early help started")
    notes = _text(errors, "notes", notes, label="Notes")
    if case is not None and case.child_id != child.pk:
        errors["case"] = "This case is about another child"
    if EarlyHelpEpisode.objects.filter(child=child, ended_on__isnull=True).exists():
        errors["started_on"] = "This child already has an early help episode in progress"
    if errors:
        raise ValidationError(errors)
    if case is None:
        case = Case.objects.filter(child=child, closed_on__isnull=True).first()
    episode = EarlyHelpEpisode.objects.create(child=child, unit=unit or getattr(case, "unit", None), case=case,
                                              started_on=started_on, notes=notes, recorded_by=actor)
    _eh_entry(actor=actor, episode=episode, occurred_on=started_on, title="Early help started", narrative=notes)
    if case is not None and case.is_open:
        refresh_status(case)
    audit.record(actor=actor, action="start_early_help", person=child, obj=episode)
    return episode


def _eh_entry(*, actor, episode: EarlyHelpEpisode, occurred_on, title, narrative) -> None:
    case = episode.case if episode.case_id and episode.case.is_open else None
    ChronologyEntry.objects.create(child_id=episode.child_id, case=case, unit_id=episode.unit_id,
                                   kind=EntryKind.EARLY_HELP_EPISODE, occurred_on=occurred_on, title=title,
                                   narrative=narrative or title + ".", author=actor)


@transaction.atomic
def end_early_help(*, actor, episode: EarlyHelpEpisode, ended_on: dt.date | None, outcome: str,
                   notes: str = "") -> EarlyHelpEpisode:
    episode = EarlyHelpEpisode.objects.select_for_update().get(pk=episode.pk)
    errors: dict[str, str] = {}
    if episode.ended_on is not None:
        errors["episode"] = "This early help episode has already ended"
    ended_on = _date(errors, "ended_on", ended_on, label="date early help ended", earliest=episode.started_on,
                     earliest_label="the start of early help")
    if outcome not in (EarlyHelpOutcome.COMPLETED, EarlyHelpOutcome.CLOSED):
        errors["outcome"] = "Select how early help ended"
    notes = _text(errors, "notes", notes, label="Notes")
    if errors:
        raise ValidationError(errors)
    _end_episode(actor=actor, episode=episode, ended_on=ended_on, outcome=outcome, notes=notes)
    audit.record(actor=actor, action="end_early_help", person=episode.child_id, obj=episode, detail={"outcome": outcome})
    return episode


def _end_episode(*, actor, episode, ended_on, outcome, notes) -> None:
    episode.ended_on, episode.outcome = ended_on, outcome
    if notes:
        episode.notes = (episode.notes + "\n" + notes).strip()
    episode.save(update_fields=["ended_on", "outcome", "notes"])
    _eh_entry(actor=actor, episode=episode, occurred_on=ended_on,
              title=f"Early help ended: {EarlyHelpOutcome(outcome).label.lower()}", narrative=notes)
    if episode.case_id and episode.case.is_open:
        refresh_status(episode.case)


@transaction.atomic
def step_up(*, actor, episode: EarlyHelpEpisode, stepped_up_on: dt.date | None, unit=None, reason: str = "") -> Assessment:
    """Early help to statutory work: the episode ends (stepped up) and an assessment starts on the child's case,
    opening one with `unit` (or the episode's unit) when the child has none."""
    from hearth.cases import services as case_services

    episode = EarlyHelpEpisode.objects.select_for_update().get(pk=episode.pk)
    errors: dict[str, str] = {}
    if episode.ended_on is not None:
        errors["episode"] = "This early help episode has already ended"
    stepped_up_on = _date(errors, "stepped_up_on", stepped_up_on, label="date of the step up", earliest=episode.started_on,
                          earliest_label="the start of early help")
    reason = _text(errors, "reason", reason, missing="Enter why early help is stepping up", label="Reason")
    case = Case.objects.filter(child_id=episode.child_id, closed_on__isnull=True).first()
    unit = unit or episode.unit
    if case is None and unit is None:
        errors["unit"] = "Select the unit that will hold the case"
    if case is not None and case.assessments.filter(completed_on__isnull=True).exists():
        errors["stepped_up_on"] = "This child already has an assessment in progress"
    _second_person(errors, "stepped_up_on", Step.STEP_UP, actor, episode.recorded_by_id)
    if errors:
        raise ValidationError(errors)
    if case is None:
        case = case_services.open_case(actor=actor, child=episode.child, unit=unit, status=CaseStatus.ASSESSMENT,
                                       opened_on=stepped_up_on, reason="Stepped up from early help")
    episode.case = case
    episode.save(update_fields=["case"])
    _end_episode(actor=actor, episode=episode, ended_on=stepped_up_on, outcome=EarlyHelpOutcome.STEPPED_UP, notes=reason)
    assessment = Assessment.objects.create(case=case, referral=None, started_on=stepped_up_on, recorded_by=actor)
    _entry(actor=actor, case=case, kind=EntryKind.ASSESSMENT, occurred_on=stepped_up_on, title="Assessment started",
           narrative=f"Stepped up from early help. Due by {_day(assessment_due_on(assessment))}.")
    refresh_status(case)
    audit.record(actor=actor, action="step_up", person=case.child_id, obj=assessment, detail={"episode": episode.pk})
    return assessment


@transaction.atomic
def step_down(*, actor, case: Case, stepped_down_on: dt.date | None, reason_code: str = ReasonForClosure.RC7,
              unit=None, notes: str = "") -> EarlyHelpEpisode:
    """Statutory case closed to early help: the case closes with its reason (RC7, or RC9 after an assessment)
    and an early help episode starts the same day."""
    case = Case.objects.select_for_update().get(pk=case.pk)
    errors: dict[str, str] = {}
    _open(errors, case)
    stepped_down_on = _date(errors, "stepped_down_on", stepped_down_on, label="date of the step down", earliest=case.opened_on,
                            earliest_label="the case opened")
    if reason_code not in ReasonForClosure.values:
        errors["reason_code"] = "Select the reason for closure"
    notes = _text(errors, "notes", notes, label="Notes")
    if EarlyHelpEpisode.objects.filter(child_id=case.child_id, ended_on__isnull=True).exists():
        errors["stepped_down_on"] = "This child already has an early help episode in progress"
    if needs_second_person(Step.STEP_DOWN):
        proposal = case.closure_proposals.filter(withdrawn_on__isnull=True).first()
        if proposal is None or proposal.proposed_by_id == getattr(actor, "pk", None):
            errors["stepped_down_on"] = "The authority requires the step down to be proposed first, and recorded by someone else"
    if errors:
        raise ValidationError(errors)
    _close(actor=actor, case=case, closed_on=stepped_down_on, reason_code=reason_code, note="Stepped down to early help.")
    episode = EarlyHelpEpisode.objects.create(child_id=case.child_id, unit=unit, case=case, started_on=stepped_down_on,
                                              stepped_down_from=True, notes=notes, recorded_by=actor)
    _eh_entry(actor=actor, episode=episode, occurred_on=stepped_down_on, title="Early help started (stepped down)",
              narrative=notes)
    audit.record(actor=actor, action="step_down", person=case.child_id, obj=episode, detail={"case": case.pk, "reason": reason_code})
    return episode
