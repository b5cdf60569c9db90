"""Read queries for cases, the chronology and the unit board."""

from __future__ import annotations

from django.db.models import Max, OuterRef, Q, Subquery

from hearth.access.services import restricted_person_ids_hidden_from
from hearth.cases.models import Case, ChronologyEntry, Task, UnitMeeting
from hearth.people.models import PARENT_KINDS, SIBLING_KINDS, Person, Relationship
from hearth.units.models import Membership, Role, Unit


def current_members(unit: Unit):
    return (
        Membership.objects.filter(unit=unit, ended_on__isnull=True)
        .select_related("user")
        .order_by("role", "user__first_name")
    )


def unit_lead(unit: Unit):
    """The unit's consultant social worker: the accountable lead for every case it holds."""
    membership = (
        Membership.objects.filter(unit=unit, ended_on__isnull=True, role=Role.CONSULTANT_SOCIAL_WORKER)
        .select_related("user")
        .first()
    )
    return membership.user if membership else None


def open_case_for(child: Person) -> Case | None:
    """The child's open case with its unit, read once per Person instance (the access check and the page share it)."""
    if "_open_case" not in child.__dict__:
        child._open_case = Case.objects.filter(child=child, closed_on__isnull=True).select_related("unit").first()
    return child._open_case


def last_seen_subquery():
    """When the child was last seen on the case (OuterRef "pk" is the case)."""
    return Subquery(ChronologyEntry.objects.filter(case=OuterRef("pk"), child_seen=True).order_by("-occurred_on")
                    .values("occurred_on")[:1])


def with_last_seen(cases):
    return cases.annotate(last_seen_on=last_seen_subquery())


def unit_board(unit: Unit, *, user=None):
    """Every child the unit holds, with when they were last seen and the next thing due.

    Given a user, restricted records they are not named on are left out.
    """
    next_task = Task.objects.filter(case=OuterRef("pk"), done_on__isnull=True).order_by("due_on")
    cases = Case.objects.filter(unit=unit, closed_on__isnull=True)
    if user is not None:
        cases = cases.exclude(child_id__in=restricted_person_ids_hidden_from(user))
    return (
        cases.select_related("child")
        .annotate(
            last_seen_on=last_seen_subquery(),
            next_due_on=Subquery(next_task.values("due_on")[:1]),
            next_due_text=Subquery(next_task.values("description")[:1]),
        )
        .order_by("child__family_name", "child__given_name")
    )


def chronology(child: Person, *, kind: str | None = None):
    entries = ChronologyEntry.objects.filter(child=child).select_related("author")
    if kind:
        entries = entries.filter(kind=kind)
    return entries


def open_tasks(case: Case):
    return case.tasks.filter(done_on__isnull=True).select_related("assigned_to")


def siblings(child: Person) -> list[Person]:
    """Brothers and sisters (full, half and step), whichever way round the relationship was recorded."""
    ids = set()
    for a, b in Relationship.objects.filter(
        Q(from_person=child) | Q(to_person=child), kind__in=SIBLING_KINDS
    ).values_list("from_person_id", "to_person_id"):
        ids.add(a if b == child.pk else b)
    # Children of the same parents count too, even if no sibling row was recorded.
    parent_ids = Relationship.objects.filter(to_person=child, kind__in=PARENT_KINDS).values("from_person_id")
    ids.update(
        Relationship.objects.filter(from_person_id__in=parent_ids, kind__in=PARENT_KINDS)
        .exclude(to_person=child)
        .values_list("to_person_id", flat=True)
    )
    return list(Person.objects.filter(pk__in=ids).order_by("date_of_birth"))


def family_cases(children: list[Person]):
    """The open case of each child, keyed by child id, with when each was last seen."""
    cases = Case.objects.filter(child__in=children, closed_on__isnull=True).select_related("unit")
    seen = dict(
        ChronologyEntry.objects.filter(child__in=children, child_seen=True)
        .values("child_id").annotate(last=Max("occurred_on")).values_list("child_id", "last")
    )
    return {c.child_id: c for c in cases}, seen


def meeting_progress(meeting: UnitMeeting, *, user=None):
    """The children of the unit in meeting order, and which the meeting has discussed."""
    board = list(unit_board(meeting.unit, user=user))
    done = set(meeting.discussions.values_list("case_id", flat=True))
    return board, done

