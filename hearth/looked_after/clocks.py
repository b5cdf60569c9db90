"""Looked-after and care-leaver clocks, as casework.clocks.Clock objects so that the unit board and the weekly meeting
list them with the other statutory clocks. Derived from the records, never stored.

- Looked-after review (CPPCR reg 33; domain.md §1.1 rows 15-17): the first within 20 working days of the start of the
  period of care, the second within 3 months of the first, then every 6 months.
- Visit (CPPCR reg 28; rows 18-21), on the schedule that fits the current episode (visit_schedule), the stricter
  where two fit:
  - reg 28(4) (row 20): a connected person approved as a foster carer for now under reg 24 (the episode's placed_under
    "reg24", only on U1-U3), or an interim care order while living with a parent (LS C1, PLACE P1): within 1 week,
    weekly until the first review, then at most 4 weeks apart. A child placed with a parent under reg 19 on an
    interim care order is here (4 weeks is stricter than reg 28(3)'s 6).
  - reg 28(3) (row 19): placed with a parent before the assessment is finished under reg 19 (placed_under "reg19",
    only on P1): within 1 week, weekly until the first review, then at most 6 weeks apart.
  - reg 28(5) (row 21): a care order while living with a parent (LS C2, PLACE P1): within 1 week of the order, then at
    most 6 weeks apart.
  - otherwise reg 28(2) (row 18), the fallback: within 1 week of the start of each placement; then at most 6 weeks
    apart in the placement's first year; after that at most 3 months apart where the placement is meant to last until
    18 (long-term fostering, U1/U4), otherwise 6 weeks.
  Reg 19 and reg 24 cannot be told from the 903 codes, so the episode carries placed_under; the parent cases are
  derived from LS and PLACE. A reg 28(3)-(5) schedule runs from the later of the start of the placement and the first
  of the episodes running back that have the same schedule (so from the order, for an order made while the child is at
  home); "until the first review" is read as until a review held on or after that day (for a child who enters care
  into the placement, the first review of the period of care, reg 33(1); for a move later in care, the cautious
  reading). Visit intervals are calendar days: a visit due on a bank holiday is due that day.
- Health assessment (row 23): before the first review (so due with it) unless one was done in the 3 months before
  care began; then every 6 months under 5 and every 12 months from 5 (age at the last assessment).
- Pathway plan (row 31): made within 3 months of becoming an eligible child (CPPCR reg 42(1): the needs assessment "not
  more than three months after" the child becomes eligible; domain.md is silent on the first plan), reviewed at least
  every 6 months, for eligible, relevant and former relevant young people.
- Personal adviser contact (row 32): at least every 2 months for relevant and former relevant young people, counted
  from leaving care.
- Court (row 29): care proceedings finish within 26 weeks of issue, plus any extension.

Timescales are national values kept here (LA_TIMESCALES) in casework's Timescale shape; casework's TimescaleSetting
keys are casework's to extend if an authority needs to set its own.

To put them beside casework's clocks (casework.clocks may import this module at its top):
    from hearth.looked_after import clocks as care_clocks
    clocks_for_case: return _clocks(...) + care_clocks.clocks_for_child(case.child_id, case=case, today=today)
    unit_clocks:     return care_clocks.add_unit_clocks({...}, unit, today=today, cases=cases)
and for the step that stops each clock, looked_after.views.clock_link(person_pk, clock).

unit_clocks(unit) reads the unit in 2 queries whatever the number of children (1 given the board's rows);
clocks_for_child is the same code for one child: 1 query for a child never looked after and not in proceedings, 2 otherwise.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from types import SimpleNamespace

from django.db import connection
from django.utils import timezone

from hearth.cases.models import Case
from hearth.casework import clocks as casework_clocks  # read at call time: casework.clocks may import this module
from hearth.casework.settings import Timescale
from hearth.core.sql import day, one_of
from hearth.core.workdays import add_months
from hearth.looked_after import selectors
from hearth.looked_after.codes import LONG_TERM_PLACEMENTS, LegalStatus, PlacementType
from hearth.looked_after.models import (
    CareApplication,
    CareLeaverContact,
    Episode,
    HealthCheck,
    HealthKind,
    PathwayPlanReview,
    PlacedUnder,
    Review,
    Visit,
)
from hearth.looked_after.services import court_due_on
from hearth.people.models import Person

LA_TIMESCALES = {
    "first_la_review": Timescale("first_la_review", 20, "working_days"),
    "second_la_review": Timescale("second_la_review", 3, "months"),
    "later_la_review": Timescale("later_la_review", 6, "months"),
    "first_visit": Timescale("first_visit", 7, "days"),
    "visit": Timescale("visit", 42, "days"),
    "long_term_visit": Timescale("long_term_visit", 3, "months"),
    "weekly_visit": Timescale("weekly_visit", 7, "days"),
    "four_weekly_visit": Timescale("four_weekly_visit", 28, "days"),
    "pathway_plan_first": Timescale("pathway_plan_first", 3, "months"),
    "pathway_plan": Timescale("pathway_plan", 6, "months"),
    "pa_contact": Timescale("pa_contact", 2, "months"),
}
CLOCK_LABELS = {"la_review": "Looked-after review", "la_visit": "Looked-after visit", "la_health": "Health assessment",
                "pathway_plan": "Pathway plan review", "pa_contact": "Personal adviser contact", "court": "Care proceedings (26 weeks)"}


@dataclass
class _Facts:
    episodes: dict[int, list] = field(default_factory=dict)  # child id -> episodes, oldest first
    reviews: dict[int, list] = field(default_factory=dict)  # child id -> review dates, oldest first
    last_visit: dict[int, dt.date] = field(default_factory=dict)
    last_health: dict[int, dt.date] = field(default_factory=dict)
    last_pathway: dict[int, dt.date] = field(default_factory=dict)
    last_contact: dict[int, dt.date] = field(default_factory=dict)
    applications: dict[int, SimpleNamespace] = field(default_factory=dict)  # case id -> open application (issued_on, extension_weeks)


@dataclass(frozen=True)
class _Episode:
    """What the clocks need of an episode (the rules in selectors read the same names)."""

    decom: dt.date
    dec: dt.date | None
    rec: str
    rne: str
    ls: str
    place: str
    placed_under: str = ""


GENERAL, BEFORE_ASSESSMENT, TEMPORARY_OR_INTERIM, CARE_ORDER_AT_HOME = "28(2)", "28(3)", "28(4)", "28(5)"
# The visit timescale after the first review (after the first visit for reg 28(5)); None: the reg 28(2) rules.
_AFTER_FIRST_REVIEW = {BEFORE_ASSESSMENT: "visit", TEMPORARY_OR_INTERIM: "four_weekly_visit", CARE_ORDER_AT_HOME: "visit"}


def visit_schedule(e) -> str:
    """The paragraph of CPPCR reg 28 whose visit schedule fits an episode (anything with ls, place, placed_under); the
    stricter where two fit (the module docstring has the rules)."""
    at_home = e.place == PlacementType.P1
    if e.placed_under == PlacedUnder.REG24 or (at_home and e.ls == LegalStatus.C1):
        return TEMPORARY_OR_INTERIM
    if e.placed_under == PlacedUnder.REG19:
        return BEFORE_ASSESSMENT
    if at_home and e.ls == LegalStatus.C2:
        return CARE_ORDER_AT_HOME
    return GENERAL


def _visit_due(period, last_visit: dt.date | None, reviews: list[dt.date]) -> tuple[dt.date, dt.date]:
    """(started_on, due_on) of the visit clock of an open period of care, given the latest visit and the reviews."""
    ts = LA_TIMESCALES
    placed = period.placement_start
    schedule = visit_schedule(period.current)
    if schedule == GENERAL:
        if last_visit is None or last_visit < placed:
            return placed, ts["first_visit"].due(placed)
        if last_visit >= add_months(placed, 12) and period.current.place in LONG_TERM_PLACEMENTS:
            return last_visit, ts["long_term_visit"].due(last_visit)
        return last_visit, ts["visit"].due(last_visit)
    since = period.current.decom
    for e in reversed(period.episodes[:-1]):
        if visit_schedule(e) != schedule:
            break
        since = e.decom
    since = max(since, placed)
    if last_visit is None or last_visit < since:
        return since, ts["first_visit"].due(since)
    if schedule != CARE_ORDER_AT_HOME and not any(r >= since for r in reviews):
        return last_visit, ts["weekly_visit"].due(last_visit)
    return last_visit, ts[_AFTER_FIRST_REVIEW[schedule]].due(last_visit)


# Every fact the clocks need, as one raw UNION ALL (building seven annotated querysets with the ORM cost more than the
# query): (fact, key: a child or case id, date 1, date 2, five texts, a number). Typed NULLs for PostgreSQL's UNION.
_FACTS_SQL = """
SELECT 'episode', e.child_id, e.decom, e.dec, e.rec, e.rne, e.ls, e.place, e.placed_under, 0 FROM {episode} e
  WHERE e.child_id {children}
UNION ALL SELECT 'review', r.child_id, r.review, CAST(NULL AS DATE), '', '', '', '', '', 0 FROM {review} r WHERE r.child_id {children}
UNION ALL SELECT 'visit', v.child_id, MAX(v.visited_on), NULL, '', '', '', '', '', 0 FROM {visit} v
  WHERE v.child_id {children} GROUP BY v.child_id
UNION ALL SELECT 'health', h.child_id, MAX(h.done_on), NULL, '', '', '', '', '', 0 FROM {health} h
  WHERE h.child_id {children} AND h.kind = %s GROUP BY h.child_id
UNION ALL SELECT 'pathway', p.child_id, MAX(p.reviewed_on), NULL, '', '', '', '', '', 0 FROM {pathway} p
  WHERE p.child_id {children} GROUP BY p.child_id
UNION ALL SELECT 'contact', c.child_id, MAX(c.contacted_on), NULL, '', '', '', '', '', 0 FROM {contact} c
  WHERE c.child_id {children} GROUP BY c.child_id
"""
_COURT_SQL = """
UNION ALL SELECT 'court', a.case_id, a.issued_on, NULL, '', '', '', '', '', a.extension_weeks FROM {application} a
  WHERE a.case_id {cases} AND a.concluded_on IS NULL
"""


def _facts(child_ids: list[int], case_ids: list[int], *, court: bool = True) -> _Facts:
    """Every fact the clocks need for these children and cases in ONE query (a UNION ALL): the episodes, the open care
    application of each case, every review, and the latest visit, health assessment, pathway plan review and adviser
    contact of each child."""
    f = _Facts()
    if not child_ids:
        return f
    tables = {name: model._meta.db_table for name, model in (
        ("episode", Episode), ("review", Review), ("visit", Visit), ("health", HealthCheck), ("pathway", PathwayPlanReview),
        ("contact", CareLeaverContact), ("application", CareApplication))}
    children, child_params = one_of(child_ids)
    sql = _FACTS_SQL.format(children=children, **tables)
    params = [*child_params * 4, str(HealthKind.HEALTH_ASSESSMENT), *child_params * 2]
    if court and case_ids:
        cases, case_params = one_of(case_ids)
        sql += _COURT_SQL.format(cases=cases, **tables)
        params += case_params
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    latest_of = {"visit": f.last_visit, "health": f.last_health, "pathway": f.last_pathway, "contact": f.last_contact}
    for fact, key, d1, d2, t1, t2, t3, t4, t5, n in rows:
        d1, d2 = day(d1), day(d2)
        if fact == "episode":
            f.episodes.setdefault(key, []).append(_Episode(d1, d2, t1, t2, t3, t4, t5))
        elif fact == "review":
            f.reviews.setdefault(key, []).append(d1)
        elif fact == "court":
            f.applications[key] = SimpleNamespace(issued_on=d1, extension_weeks=n)
        else:
            latest_of[fact][key] = d1
    for rows_ in (*f.episodes.values(), *f.reviews.values()):
        rows_.sort(key=lambda r: getattr(r, "decom", r))
    return f


def _clocks(child_id: int, dob: dt.date | None, case_id: int | None, f: _Facts, today: dt.date) -> list[casework_clocks.Clock]:
    out: list[casework_clocks.Clock] = []
    ts = LA_TIMESCALES

    def add(key: str, started_on: dt.date, due_on: dt.date, done_on: dt.date | None = None) -> None:
        status = casework_clocks.clock_status(due_on=due_on, done_on=done_on, stopped=False, today=today)
        out.append(casework_clocks.Clock(key=key, label=CLOCK_LABELS[key], started_on=started_on, due_on=due_on, done_on=done_on,
                                         case_id=case_id, status=status))

    if case_id in f.applications:
        a = f.applications[case_id]
        add("court", a.issued_on, court_due_on(a))
    episodes = f.episodes.get(child_id, [])
    if not episodes:
        return out
    period = selectors.periods(episodes)[-1]
    if period.is_open:
        start = period.start
        reviews = [d for d in f.reviews.get(child_id, []) if d >= start]
        if not reviews:
            add("la_review", start, ts["first_la_review"].due(start))
        elif len(reviews) == 1:
            add("la_review", reviews[0], ts["second_la_review"].due(reviews[0]))
        else:
            add("la_review", reviews[-1], ts["later_la_review"].due(reviews[-1]))
        add("la_visit", *_visit_due(period, f.last_visit.get(child_id), reviews))
        health = f.last_health.get(child_id)
        if health is None or add_months(health, 3) < start:  # one in the 3 months before care began counts
            add("la_health", start, ts["first_la_review"].due(start))
        else:
            under5 = dob is not None and health < selectors.birthday(dob, 5)
            add("la_health", health, add_months(health, 6 if under5 else 12))
    if dob is None or today < selectors.birthday(dob, 16):  # nobody under 16 is a care leaver
        return out
    category = selectors.care_leaver_category(episodes, dob, on=today)
    if category in (selectors.ELIGIBLE, selectors.RELEVANT, selectors.FORMER_RELEVANT):
        plan = f.last_pathway.get(child_id)
        if plan is None:
            became = selectors.eligible_from(episodes, dob, on=today)
            add("pathway_plan", became, ts["pathway_plan_first"].due(became))
        else:
            add("pathway_plan", plan, ts["pathway_plan"].due(plan))
    if category in (selectors.RELEVANT, selectors.FORMER_RELEVANT) and not period.is_open:  # not while still in care at 18+
        since = max(d for d in (f.last_contact.get(child_id), period.end) if d)
        add("pa_contact", since, ts["pa_contact"].due(since))
    return out


def clocks_for_child(child, *, case: Case | None = None, today: dt.date | None = None) -> list[casework_clocks.Clock]:
    """The child's looked-after, care-leaver and court clocks. child: a Person or a person id (the date of birth is
    read with the first query); case: the open case, for the Clock's case id and the court clock. One query for a child
    never looked after and not in care proceedings, 2 otherwise."""
    today = today or timezone.localdate()
    child_id = getattr(child, "pk", child)
    case_id = case.pk if case is not None else None
    # One plain statement (every child's page asks it, and nearly every child was never looked after)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT EXISTS(SELECT 1 FROM {Episode._meta.db_table} e WHERE e.child_id = p.id), "
            f"EXISTS(SELECT 1 FROM {CareApplication._meta.db_table} a WHERE a.case_id = %s AND a.concluded_on IS NULL), "
            f"p.date_of_birth FROM {Person._meta.db_table} p WHERE p.id = %s", [case_id, child_id])
        cared, in_court, dob = cursor.fetchone()
    in_court, dob = bool(in_court), day(dob)
    if not (cared or in_court):
        return []
    facts = _facts([child_id], [case_id] if case_id else [], court=in_court)
    return _clocks(child_id, dob, case_id, facts, today)


def unit_clocks(unit, *, today: dt.date | None = None, cases: list[Case] | None = None) -> dict[int, list[casework_clocks.Clock]]:
    """The clocks of every child the unit holds in an open case, keyed by case id (2 queries, however many children;
    1 when given the unit's open cases with their child already read, as the unit board has them)."""
    today = today or timezone.localdate()
    if cases is not None and all(Case.child.is_cached(c) for c in cases):
        rows = [(c.pk, c.child_id, c.child.date_of_birth) for c in cases if c.closed_on is None]
    else:
        rows = list(Case.objects.filter(unit=unit, closed_on__isnull=True).values_list("pk", "child_id", "child__date_of_birth"))
    facts = _facts([r[1] for r in rows], [r[0] for r in rows])
    found = {}
    for case_id, child_id, dob in rows:
        if clocks := _clocks(child_id, dob, case_id, facts, today):
            found[case_id] = clocks
    return found


def add_unit_clocks(found: dict[int, list[casework_clocks.Clock]], unit, *, today: dt.date | None = None,
                    cases: list[Case] | None = None) -> dict[int, list[casework_clocks.Clock]]:
    """Add the unit's looked-after clocks to casework's {case id: clocks} (the one-line plug-in for the board)."""
    for case_id, clocks in unit_clocks(unit, today=today, cases=cases).items():
        found.setdefault(case_id, []).extend(clocks)
    return found
