"""Recording significant decisions about a child.

A decision whose kind is in the authority's DecisionRule table is recorded as waiting for the named second person
(or the panel's chair), who confirms it or not; everything else is the unit's to decide and stands at once.
Each function runs in one transaction and writes its audit row and the chronology entry inside it.
"""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from hearth.audit import services as audit
from hearth.cases.models import Case, EntryKind
from hearth.cases.sign_off import chronology_entry
from hearth.decisions.models import Decision, DecisionKind, DecisionRule, DecisionStatus
from hearth.people.models import Person


def rule_for(kind: str) -> DecisionRule | None:
    return DecisionRule.objects.filter(kind=kind, active=True).first()


def may_decide_for(actor, case: Case | None) -> bool:
    """The unit holding the child (and its head of service) decides for the child."""
    from hearth.access.services import holds_case

    return holds_case(actor, case)


@transaction.atomic
def record_decision(*, actor, child: Person, kind: str, summary: str, options: str, reason: str,
                    decided_on: dt.date | None = None, second_person=None) -> Decision:
    errors: dict[str, str] = {}
    if kind not in DecisionKind.values:
        errors["kind"] = "Select the kind of decision"
    if not (summary or "").strip():
        errors["summary"] = "Enter what was decided"
    if not (options or "").strip():
        errors["options"] = "Enter the options the unit considered"
    if not (reason or "").strip():
        errors["reason"] = "Enter the reason for the decision"
    today = timezone.localdate()
    decided_on = decided_on or today
    if decided_on > today:
        errors["decided_on"] = "The date of the decision must be today or in the past"
    rule = rule_for(kind) if kind in DecisionKind.values else None
    if rule is not None:
        who = "the panel's chair" if rule.needs == "panel" else "the second person"
        if second_person is None:
            errors["second_person"] = f"{DecisionKind(kind).label} needs {rule.get_needs_display().lower()}: select {who}"
        elif second_person.pk == actor.pk:
            errors["second_person"] = f"Select someone other than yourself as {who}"
    case = Case.objects.filter(child=child, closed_on__isnull=True).select_related("unit").first()
    if case is None:
        raise ValidationError({"__all__": f"{child.full_name} has no open case, so no unit can decide for them"})
    if not may_decide_for(actor, case):
        raise PermissionDenied("Only the unit holding the child, and its head of service, record its decisions.")
    if errors:
        raise ValidationError(errors)
    decision = Decision.objects.create(
        child=child, unit=case.unit, kind=kind, summary=summary.strip(), options=options.strip(), reason=reason.strip(),
        decided_on=decided_on, decided_by=actor,
        status=DecisionStatus.AWAITING if rule else DecisionStatus.DECIDED,
        needs=rule.needs if rule else "", second_person=second_person if rule else None,
    )
    waiting = f" Waiting for {second_person} ({rule.get_needs_display().lower()})." if rule else ""
    chronology_entry(actor=actor, record=decision, case=case, kind=EntryKind.DECISION, title=f"Decision: {decision.get_kind_display()}",
                     narrative=f"{decision.summary}\nOptions considered: {decision.options}\nReason: {decision.reason}{waiting}")
    audit.record(actor=actor, action="record_decision", person=child, obj=decision,
                 detail={"kind": kind, "status": decision.status, "second_person": getattr(second_person, "pk", None)})
    return decision


@transaction.atomic
def confirm_decision(*, actor, decision: Decision, agree: bool | None, note: str = "") -> Decision:
    """The named second person (or panel chair) confirms the decision, or does not, with a note."""
    decision = Decision.objects.select_for_update().get(pk=decision.pk)
    if actor.pk != decision.second_person_id:
        raise PermissionDenied("Only the named second person or panel chair can confirm this decision.")
    if decision.status != DecisionStatus.AWAITING:
        raise ValidationError("This decision was already answered")
    note = (note or "").strip()
    if agree is None:
        raise ValidationError({"agree": "Select whether you confirm the decision"})
    if not agree and not note:
        raise ValidationError({"note": "Enter why you do not confirm it"})
    decision.status = DecisionStatus.CONFIRMED if agree else DecisionStatus.NOT_CONFIRMED
    decision.confirmed_at, decision.confirm_note = timezone.now(), note
    decision.save(update_fields=["status", "confirmed_at", "confirm_note"])
    case = Case.objects.filter(child_id=decision.child_id, closed_on__isnull=True).first()
    verb = "confirmed" if agree else "did not confirm"
    chronology_entry(actor=actor, record=decision, case=case, kind=EntryKind.DECISION,
                     title=f"{actor} {verb}: {decision.get_kind_display()}", narrative=note or f"{decision.summary} (confirmed)")
    audit.record(actor=actor, action="confirm_decision" if agree else "refuse_decision", person=decision.child_id,
                 obj=decision, detail={"note": note})
    return decision
