"""Read queries for cases, the chronology and the unit board."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.db import connection
from django.db.models import Max, OuterRef, Q, Subquery

from hearth.access.services import restricted_hidden_sql
from hearth.cases.models import Case, ChronologyEntry, Task, UnitMeeting
from hearth.core.sql import columns_of, day, from_row
from hearth.people.models import PARENT_KINDS, SIBLING_KINDS, Person, Relationship
from hearth.units.models import Membership, Role, Unit


def current_members(unit: Unit):
    return (
        Membership.objects.filter(unit=unit, ended_on__isnull=True)
        .select_related("user")
        .order_by("role", "user__first_name")
    )


def unit_lead(unit: Unit):
    """The unit's consultant social worker: the accountable lead for every case it holds (one plain statement: every
    child's page shows the lead)."""
    from django.contrib.auth import get_user_model

    User = get_user_model()
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {columns_of(User, 'u')} FROM {Membership._meta.db_table} m JOIN {User._meta.db_table} u "
                       "ON u.id = m.user_id WHERE m.unit_id = %s AND m.role = %s AND m.ended_on IS NULL ORDER BY m.id LIMIT 1",
                       [unit.pk, Role.CONSULTANT_SOCIAL_WORKER.value])
        row = cursor.fetchone()
    return from_row(User, row) if row else None


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


@dataclass(frozen=True)
class BoardColumn:
    """A column another app adds to the unit board's statement: SQL about the case `c`, its parameters, and how to turn
    the raw value into the attribute set on each case."""

    name: str
    sql: str
    params: tuple = ()
    convert: Callable = day


# The unit board's one statement, written as SQL: building the queryset (three correlated subqueries and the
# restricted-record test) cost the ORM three times what the database took to run it, on the page every unit opens
# first. {extra} is the columns other apps add for the board (frontdoor.selectors.BOARD_COLUMNS); `c` is the case.
_BOARD_SQL = """
SELECT {case_columns}, {child_columns},
  (SELECT e.occurred_on FROM {entry} e WHERE e.case_id = c.id AND e.child_seen = %s ORDER BY e.occurred_on DESC LIMIT 1),
  (SELECT t.due_on FROM {task} t WHERE t.case_id = c.id AND t.done_on IS NULL ORDER BY t.due_on LIMIT 1),
  (SELECT t.description FROM {task} t WHERE t.case_id = c.id AND t.done_on IS NULL ORDER BY t.due_on LIMIT 1){extra}
FROM {case} c JOIN {person} p ON p.id = c.child_id
WHERE c.unit_id = %s AND c.closed_on IS NULL{hidden}
ORDER BY p.family_name, p.given_name, c.id
"""


def unit_board(unit: Unit, *, user=None, extra: tuple[BoardColumn, ...] = ()) -> list[Case]:
    """Every child the unit holds (their open cases, each with its child read), in name order, with when they were last
    seen (last_seen_on) and the next open task (next_due_on, next_due_text).

    Given a user, restricted records they are not named on are left out. `extra`: columns another app adds about the
    case `c` (frontdoor.selectors.board_columns()), each set on the case under its name.
    """
    hidden, hidden_params = restricted_hidden_sql(user, "c.child_id") if user is not None else ("", [])
    sql = _BOARD_SQL.format(
        case_columns=columns_of(Case, "c"), child_columns=columns_of(Person, "p"),
        extra="".join(f",\n  {x.sql}" for x in extra), hidden=f" AND {hidden}" if hidden else "",
        entry=ChronologyEntry._meta.db_table, task=Task._meta.db_table, case=Case._meta.db_table,
        person=Person._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(sql, [True, *(p for x in extra for p in x.params), unit.pk, *hidden_params])
        rows = cursor.fetchall()
    n_case = len(Case._meta.concrete_fields)
    base = n_case + len(Person._meta.concrete_fields)
    cases = []
    for row in rows:
        case = from_row(Case, row[:n_case])
        case.child = from_row(Person, row[n_case:base])
        case.last_seen_on, case.next_due_on, case.next_due_text = day(row[base]), day(row[base + 1]), row[base + 2]
        for x, value in zip(extra, row[base + 3:], strict=True):
            setattr(case, x.name, x.convert(value))
        cases.append(case)
    return cases


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

