"""Read queries for the front door: who works there, the board and its clocks, referral-to-seen times."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db import connection
from django.db.models import DateField, OuterRef, Q, Subquery
from django.db.models.functions import TruncDate
from django.utils import timezone

from hearth.cases.models import ChronologyEntry
from hearth.frontdoor.models import Decision, MatchStatus, Referral, StrategyDiscussion
from hearth.units.models import Membership, ServiceArea, Unit

# A front-door worker may open the record of a child a referral links to while the referral is open and for
# this long after it is decided.
ACCESS_AFTER_DECISION = dt.timedelta(days=30)


def front_door_units(user):
    """The active front-door (MASH) units the user works in or oversees."""
    if not getattr(user, "is_authenticated", False):
        return Unit.objects.none()
    member_of = Membership.objects.filter(user=user, ended_on__isnull=True).values("unit_id")
    return Unit.objects.filter(Q(pk__in=member_of) | Q(head_of_service=user), service_area=ServiceArea.FRONT_DOOR,
                               active=True)


def is_front_door_worker(user) -> bool:
    from hearth.access.services import unit_ties  # access imports this module

    return any(t.service_area == ServiceArea.FRONT_DOOR and t.active for t in unit_ties(user).values())


def partner_organisation(user):
    """The partner organisation a signed-in partner user belongs to, or None for staff."""
    if not getattr(user, "is_authenticated", False):
        return None
    from hearth.partners.models import OrganisationMember

    membership = OrganisationMember.objects.filter(user=user).select_related("organisation").first()
    return membership.organisation if membership else None


def front_door_can_see(user, person_id: int) -> bool:
    """May this front-door worker open this person's record? Yes while a referral linked to them is open, and
    for 30 days after it is decided. For hearth.access.services.decide (basis "front_door")."""
    if not is_front_door_worker(user):
        return False
    since = timezone.now() - ACCESS_AFTER_DECISION
    return Referral.objects.filter(Q(decided_at__isnull=True) | Q(decided_at__gte=since), person_id=person_id).exists()


def _first_seen_subquery():
    """The date of the first chronology entry, on or after the referral's day, on which the child was seen."""
    return Subquery(
        ChronologyEntry.objects.filter(child=OuterRef("person_id"), child_seen=True,
                                       occurred_on__gte=OuterRef("received_on"))
        .order_by("occurred_on").values("occurred_on")[:1],
        output_field=DateField(),
    )


def with_seen(referrals):
    """Annotate referrals with received_on (local date) and child_first_seen_on (None if not seen since)."""
    return referrals.annotate(received_on=TruncDate("received_at")).annotate(child_first_seen_on=_first_seen_subquery())


def open_referrals():
    """Every referral not yet decided, most urgent (earliest due) first."""
    return (Referral.objects.filter(decided_at__isnull=True)
            .select_related("organisation", "person").order_by("due_at", "received_at"))


def decided_on(day: dt.date):
    start = timezone.make_aware(dt.datetime.combine(day, dt.time.min))
    end = start + dt.timedelta(days=1)
    return with_seen(Referral.objects.filter(decided_at__gte=start, decided_at__lt=end)
                     .select_related("organisation", "person", "allocated_unit", "decided_by")).order_by("-decided_at")


@dataclass(frozen=True)
class Clock:
    overdue: bool
    text: str  # "Due in 3 h", "Overdue by 2 h"
    minutes: int  # minutes left (negative when overdue)


def _span(minutes: int) -> str:
    if minutes < 60:
        return f"{max(minutes, 1)} min"
    hours = minutes // 60
    if hours < 48:
        return f"{hours} h"
    return f"{hours // 24} days"


def clock(referral: Referral, now: dt.datetime | None = None) -> Clock:
    """How long until the decision is due, or how long it is overdue."""
    now = now or timezone.now()
    if referral.decided_at is not None:
        late = referral.decided_at > referral.due_at
        return Clock(late, "Decided late" if late else "Decided in time", 0)
    minutes = int((referral.due_at - now).total_seconds() // 60)
    if minutes < 0:
        return Clock(True, f"Overdue by {_span(-minutes)}", minutes)
    return Clock(False, f"Due in {_span(minutes)}", minutes)


def seen_text(received_on: dt.date | None, seen_on: dt.date | None, today: dt.date | None = None) -> str:
    """Referral to the child being seen: "Seen after 3 days", "Seen the same day", "Not seen yet (5 days)"."""
    if received_on is None:
        return ""
    if seen_on is not None:
        days = (seen_on - received_on).days
        return "Seen the same day" if days == 0 else f"Seen after {days} day{'s' if days != 1 else ''}"
    waited = ((today or timezone.localdate()) - received_on).days
    return f"Not seen yet ({waited} day{'s' if waited != 1 else ''})"


def child_first_seen_on(referral: Referral) -> dt.date | None:
    if referral.person_id is None:
        return None
    received_on = timezone.localtime(referral.received_at).date()
    entry = (ChronologyEntry.objects.filter(child_id=referral.person_id, child_seen=True, occurred_on__gte=received_on)
             .order_by("occurred_on").first())
    return entry.occurred_on if entry else None


def board_columns() -> tuple:
    """What the unit board shows from the front door, as columns of its one statement (cases.selectors.unit_board):
    when the latest referral that led to the case was received and when the child was first seen after it
    (referral_received_on, referral_first_seen_on: for seen_text), and the ICPC due date set by the child's latest
    strategy discussion that started a section 47 enquiry (icpc_due_on; None without one)."""
    from hearth.cases.selectors import BoardColumn

    received_on, tz = connection.ops.datetime_cast_date_sql("r.received_at", (), timezone.get_current_timezone_name())
    latest = f"FROM {Referral._meta.db_table} r WHERE r.case_id = c.id ORDER BY r.received_at DESC LIMIT 1"
    return (
        BoardColumn("referral_received_on", f"(SELECT {received_on} {latest})", tuple(tz)),
        BoardColumn("referral_first_seen_on", f"(SELECT (SELECT e.occurred_on FROM {ChronologyEntry._meta.db_table} e "
                    f"WHERE e.child_id = r.person_id AND e.child_seen = %s AND e.occurred_on >= {received_on} "
                    f"ORDER BY e.occurred_on LIMIT 1) {latest})", (True, *tz)),
        BoardColumn("icpc_due_on", f"(SELECT d.icpc_due_on FROM {StrategyDiscussion._meta.db_table} d WHERE d.child_id = "
                    "c.child_id AND d.s47_enquiry = %s ORDER BY d.held_on DESC, d.recorded_at DESC LIMIT 1)", (True,)),
    )


def candidates(referral: Referral) -> list:
    """The stored candidates with what a worker compares: date of birth, NHS number, current address, open case."""
    from hearth.cases.models import Case

    rows = list(referral.candidates.select_related("person").order_by("rank"))
    ids = [r.person_id for r in rows]
    cases = {c.child_id: c for c in Case.objects.filter(child_id__in=ids, closed_on__isnull=True).select_related("unit")}
    for r in rows:
        r.address = r.person.addresses.filter(ended_on__isnull=True).first()
        r.case = cases.get(r.person_id)
        r.other_names = [n for n in r.person.names.all() if n.kind != "legal"]
    return rows


def partner_status(referral: Referral) -> dict:
    """What a partner may learn about its own referral: received or decided, and a broad decision category.

    "Add to the open case", an assessment and a strategy discussion all read "children's social care": a finer
    answer would tell the partner whether the child already had a case.
    """
    if referral.decided_at is None:
        return {"status": "received", "decision_category": None, "advice": None}
    category = {Decision.NFA: "no_further_action", Decision.EARLY_HELP: "early_help"}.get(referral.decision, "social_care")
    return {"status": "decided", "decision_category": category,
            "advice": referral.advice_given if referral.decision == Decision.NFA else None}


def matched_for_partner(referral: Referral) -> bool:
    """True once the referral is linked to a child's record without waiting for a worker (known or new alike)."""
    return referral.match_status != MatchStatus.AWAITING_WORKER
