"""Changes to casework: quick recording, tasks and the weekly unit meeting.

Each function runs in one transaction and writes its audit row inside it.
"""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from hearth.audit import services as audit
from hearth.cases.models import (
    RECORDING_KINDS,
    VISIT_KINDS,
    Case,
    CaseStatus,
    ChronologyEntry,
    EntryKind,
    MeetingDiscussion,
    Task,
    UnitMeeting,
)
from hearth.people.models import Person
from hearth.units.models import Unit

MAX_MINUTES = 24 * 60


@transaction.atomic
def open_case(*, actor, child: Person, unit: Unit, status: str = CaseStatus.ASSESSMENT,
              opened_on: dt.date | None = None, reason: str = "") -> Case:
    if Case.objects.filter(child=child, closed_on__isnull=True).exists():
        raise ValidationError("This child already has an open case")
    if status not in CaseStatus.values:
        raise ValidationError({"status": "Select the case status"})
    case = Case.objects.create(child=child, unit=unit, status=status, opened_on=opened_on or timezone.localdate(), reason=reason)
    child._open_case = case  # what open_case_for(child) now answers
    ChronologyEntry.objects.create(
        child=child, case=case, unit=unit, kind=EntryKind.CASE_EVENT, occurred_on=case.opened_on,
        title=f"Case opened with {unit.name}", narrative=reason or "Case opened.", author=actor,
    )
    audit.record(actor=actor, action="open_case", person=child, obj=case, detail={"unit": unit.pk, "status": status})
    return case


def visit_answer_errors(*, kind, child_seen: bool | None, seen_alone: bool | None) -> dict[str, str]:
    """For a visit or direct work: was the child seen, and if so, alone? The recording form asks this too."""
    if kind not in VISIT_KINDS:
        return {}
    if child_seen is None:
        return {"child_seen": "Select whether the child was seen"}
    if child_seen and seen_alone is None:
        return {"seen_alone": "Select whether the child was seen alone"}
    return {}


def _validate_recording(*, kind, occurred_on, minutes, child_seen, seen_alone, narrative):
    errors: dict[str, str] = {}
    if kind not in RECORDING_KINDS:
        errors["kind"] = "Select what kind of work this was"
    today = timezone.localdate()
    if occurred_on is None:
        errors["occurred_on"] = "Enter the date it happened"
    elif occurred_on > today:
        errors["occurred_on"] = "Date it happened must be today or in the past"
    if minutes is None:
        errors["minutes"] = "Enter how many minutes it took"
    elif minutes < 1 or minutes > MAX_MINUTES:
        errors["minutes"] = f"Minutes must be between 1 and {MAX_MINUTES}"
    errors.update(visit_answer_errors(kind=kind, child_seen=child_seen, seen_alone=seen_alone))
    if not (narrative or "").strip():
        errors["narrative"] = "Enter what happened"
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def record_work(*, actor, child: Person, kind: str, occurred_on: dt.date | None, minutes: int | None,
                narrative: str, child_seen: bool | None = None, seen_alone: bool | None = None) -> ChronologyEntry:
    """Quick recording: one save puts a visit, call or piece of work on the child's chronology."""
    _validate_recording(kind=kind, occurred_on=occurred_on, minutes=minutes, child_seen=child_seen,
                        seen_alone=seen_alone, narrative=narrative)
    if kind not in VISIT_KINDS:
        child_seen = seen_alone = None
    elif not child_seen:
        seen_alone = None
    case = Case.objects.filter(child=child, closed_on__isnull=True).first()
    entry = ChronologyEntry.objects.create(
        child=child, case=case, unit=case.unit if case else None, kind=kind, occurred_on=occurred_on,
        minutes=minutes, child_seen=child_seen, seen_alone=seen_alone, narrative=narrative.strip(), author=actor,
    )
    audit.record(actor=actor, action="record_work", person=child, obj=entry, detail={"kind": kind, "minutes": minutes})
    return entry


@transaction.atomic
def add_task(*, actor, case: Case, description: str, due_on: dt.date | None, assigned_to=None) -> Task:
    errors = {}
    if not (description or "").strip():
        errors["description"] = "Enter what needs doing"
    if due_on is None:
        errors["due_on"] = "Enter when it is due"
    if errors:
        raise ValidationError(errors)
    task = Task.objects.create(case=case, description=description.strip(), due_on=due_on, assigned_to=assigned_to, created_by=actor)
    audit.record(actor=actor, action="add_task", person=case.child_id, obj=task)
    return task


@transaction.atomic
def complete_task(*, actor, task: Task) -> Task:
    task.done_on = timezone.localdate()
    task.save(update_fields=["done_on"])
    audit.record(actor=actor, action="complete_task", person=task.case.child_id, obj=task)
    return task


@transaction.atomic
def start_meeting(*, actor, unit: Unit, held_on: dt.date | None = None) -> UnitMeeting:
    meeting = UnitMeeting.objects.create(unit=unit, held_on=held_on or timezone.localdate(), chaired_by=actor)
    audit.record(actor=actor, action="start_unit_meeting", obj=meeting, detail={"unit": unit.pk})
    return meeting


def action_errors(actions: list[dict]) -> dict[str, str]:
    """Each action the meeting agrees needs what and by when; a wholly blank row is ignored. Numbered as given."""
    errors = {}
    for i, action in enumerate(actions, start=1):
        description, due_on = (action.get("description") or "").strip(), action.get("due_on")
        if description and not due_on:
            errors[f"action_{i}_due_on"] = f"Enter when action {i} is due"
        if due_on and not description:
            errors[f"action_{i}_description"] = f"Enter what action {i} is"
    return errors


@transaction.atomic
def record_discussion(*, actor, meeting: UnitMeeting, case: Case, decision: str, discussion: str = "",
                      actions: list[dict] | None = None) -> MeetingDiscussion:
    """The unit meeting's decision and actions for one child, written onto the child's chronology.

    `actions` is a list of {"description", "due_on", "assigned_to"}; each becomes a task.
    """
    errors: dict[str, str] = {}
    if case.unit_id != meeting.unit_id or not case.is_open:
        errors["case"] = "This child is not held by the unit"
    if not (decision or "").strip():
        errors["decision"] = "Enter what the unit decided"
    if meeting.finished_at:
        errors["decision"] = "This meeting has finished: start a new one to record more decisions"
    if MeetingDiscussion.objects.filter(meeting=meeting, case=case).exists():
        errors["decision"] = "The meeting has already recorded a decision for this child"
    errors.update(action_errors(actions or []))
    actions = [a for a in actions or [] if (a.get("description") or "").strip() or a.get("due_on")]
    if errors:
        raise ValidationError(errors)
    lines = [decision.strip()]
    if actions:
        lines.append("Actions:")
        for action in actions:
            who = action.get("assigned_to")
            due = action["due_on"]
            lines.append(f"- {action['description'].strip()} (by {due.day} {due:%b %Y}{', ' + str(who) if who else ''})")
    entry = ChronologyEntry.objects.create(
        child_id=case.child_id, case=case, unit=meeting.unit, kind=EntryKind.UNIT_MEETING, occurred_on=meeting.held_on,
        title="Unit meeting decision", narrative="\n".join(lines), author=actor,
    )
    discussion_row = MeetingDiscussion.objects.create(
        meeting=meeting, case=case, discussion=(discussion or "").strip(), decision=decision.strip(), entry=entry,
        recorded_by=actor,
    )
    for action in actions:
        Task.objects.create(case=case, description=action["description"].strip(), due_on=action["due_on"],
                            assigned_to=action.get("assigned_to"), created_by=actor)
    audit.record(actor=actor, action="record_unit_decision", person=case.child_id, obj=discussion_row,
                 detail={"meeting": meeting.pk, "actions": len(actions)})
    return discussion_row


@transaction.atomic
def finish_meeting(*, actor, meeting: UnitMeeting) -> UnitMeeting:
    meeting.finished_at = timezone.now()
    meeting.save(update_fields=["finished_at"])
    audit.record(actor=actor, action="finish_unit_meeting", obj=meeting, detail={"discussed": meeting.discussions.count()})
    return meeting
