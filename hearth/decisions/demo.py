"""Demo decisions on a few children of the first unit: three the unit took, one waiting for the head of service."""

from __future__ import annotations

import datetime as dt

from hearth.cases.models import ChronologyEntry, EntryKind
from hearth.decisions.models import Decision, DecisionKind, DecisionStatus, Needs

DECISIONS = [
    (DecisionKind.JOINT_VISIT_POLICE, "Visit jointly with the police today",
     "Single-agency visit; joint visit with police; wait for the strategy discussion",
     "The school reported a disclosure of assault by an adult in the home: evidence must be gathered properly"),
    (DecisionKind.FAMILY_GROUP_CONFERENCE, "Offer the family a family group conference",
     "Carry on with the child in need plan alone; offer a family group conference",
     "Grandparents and an aunt want to help and the parents agree to meet"),
    (DecisionKind.NO_FURTHER_ACTION, "No further action after the assessment",
     "Step down to early help; no further action",
     "The concern was a one-off; school and health visitor have no worries; the family declined early help"),
    (DecisionKind.CONNECTED_PERSON, "Place with the maternal aunt as a connected person (temporary approval)",
     "Foster care with strangers; placement with the maternal aunt",
     "The aunt is known to the child, lives near the school and her home was visited today"),
]


def add_demo(ctx) -> None:
    team = ctx.teams[0]
    hos = team.unit.head_of_service
    chosen = [(c, p) for c, p in ctx.first_unit_cases if c.closed_on is None][-len(DECISIONS):]
    decisions, entries = [], []
    for (kind, summary, options, reason), (case, person) in zip(DECISIONS, chosen, strict=False):
        waiting = kind == DecisionKind.CONNECTED_PERSON and hos is not None
        on = ctx.today - dt.timedelta(days=2 if waiting else 4)
        decisions.append(Decision(
            child=person, unit=team.unit, kind=kind, summary=summary, options=options, reason=reason, decided_on=on,
            decided_by=team.csw, recorded_at=ctx.at(on, 14), status=DecisionStatus.AWAITING if waiting else DecisionStatus.DECIDED,
            needs=Needs.SECOND_PERSON if waiting else "", second_person=hos if waiting else None,
        ))
        entries.append(ChronologyEntry(
            child=person, case=case, unit=team.unit, kind=EntryKind.DECISION, occurred_on=on, title=f"Decision: {kind.label}",
            narrative=f"{summary}\nOptions considered: {options}\nReason: {reason}" + (f" Waiting for {hos}." if waiting else ""),
            author=team.csw, recorded_at=ctx.at(on, 14),
        ))
    Decision.objects.bulk_create(decisions)
    ChronologyEntry.objects.bulk_create(entries)
    ctx.add("decisions", len(decisions))
    ctx.add("entries", len(entries))
