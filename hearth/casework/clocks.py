"""Statutory clocks, derived from the records (never stored): each has a start, a due date and a status.

Every step starts, stops or resets one: a referral starts the assessment clock and its completion stops it; a
strategy discussion that starts a section 47 enquiry starts the ICPC clock; the ICPC starts the core group and
review clocks; each review conference resets the review clock; each visit where the child is seen resets the
visit clock; closing the case stops them all. Due dates use the authority's timescales (settings.timescales).

unit_clocks reads a whole unit in a fixed handful of queries; clocks_for_case is the same code for one case.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import Max
from django.utils import timezone

from hearth.cases.models import Case, ChronologyEntry, EntryKind
from hearth.casework.models import (
    Assessment,
    CINPlan,
    CINPlanReview,
    ClosureProposal,
    Conference,
    ConferenceKind,
    CoreGroup,
    CPPlan,
    Section47,
    TimescaleKey,
)
from hearth.casework.settings import Timescale, timescales
from hearth.core.sql import columns_of, day, from_row, moment, one_of
from hearth.looked_after import clocks as care_clocks

DUE = "due"
DUE_THIS_WEEK = "due_this_week"
OVERDUE = "overdue"
MET = "met"
MET_LATE = "met_late"
STOPPED = "stopped"
STATUS_LABELS = {DUE: "Due", DUE_THIS_WEEK: "Due this week", OVERDUE: "Overdue", MET: "Met", MET_LATE: "Met late",
                 STOPPED: "Stopped"}
STATUS_TAGS = {DUE: "govuk-tag--blue", DUE_THIS_WEEK: "govuk-tag--orange", OVERDUE: "govuk-tag--red", MET: "govuk-tag--green",
               MET_LATE: "govuk-tag--yellow", STOPPED: "govuk-tag--grey"}
DUE_SOON_DAYS = 7


@dataclass(frozen=True)
class Clock:
    key: str
    label: str
    started_on: dt.date
    due_on: dt.date
    done_on: dt.date | None
    status: str
    case_id: int | None = None

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    @property
    def tag_class(self) -> str:
        """The GOV.UK tag colour for the status (a property, not a template macro: boards list many clocks)."""
        return STATUS_TAGS.get(self.status, "govuk-tag--grey")

    @property
    def is_open(self) -> bool:
        return self.status in (DUE, DUE_THIS_WEEK, OVERDUE)


def clock_status(*, due_on: dt.date, done_on: dt.date | None, stopped: bool, today: dt.date) -> str:
    if done_on is not None:
        return MET if done_on <= due_on else MET_LATE
    if stopped:
        return STOPPED
    if today > due_on:
        return OVERDUE
    if (due_on - today).days <= DUE_SOON_DAYS:
        return DUE_THIS_WEEK
    return DUE


@dataclass
class _Facts:
    """What the clocks need for a set of cases, read in a fixed number of queries."""

    cases: dict[int, dict] = field(default_factory=dict)
    assessment: dict[int, dict] = field(default_factory=dict)
    section47: dict[int, dict] = field(default_factory=dict)
    icpc_held: dict[int, dt.date] = field(default_factory=dict)  # section47 id -> first initial conference
    cp_plan: dict[int, dict] = field(default_factory=dict)
    first_core_group: dict[int, dt.date] = field(default_factory=dict)  # plan id ->
    last_review: dict[int, dt.date] = field(default_factory=dict)  # plan id ->
    cin_plan: dict[int, dict] = field(default_factory=dict)
    last_cin_review: dict[int, dt.date] = field(default_factory=dict)  # plan id ->
    last_seen: dict[int, dt.date] = field(default_factory=dict)  # case id ->


def _first_per(rows, key="case_id") -> dict[int, dict]:
    found: dict[int, dict] = {}
    for row in rows:
        found.setdefault(row[key], row)
    return found


def _facts(case_ids: list[int], cases: list[Case] | None = None) -> _Facts:
    """Given the cases already read (with last_seen_on annotated, as the unit board has them), two queries fewer."""
    f = _Facts()
    if cases is None:
        f.cases = {r["id"]: r for r in Case.objects.filter(pk__in=case_ids).values("id", "closed_on", "opened_on")}
    else:
        f.cases = {c.pk: _case_row(c) for c in cases}
    _fill_steps(f, _step_rows(case_ids) if case_ids else [], case_ids)
    f.last_seen = _last_seen(case_ids, cases)
    return f


def _case_row(case: Case) -> dict:
    return {"id": case.pk, "closed_on": case.closed_on, "opened_on": case.opened_on}


def _last_seen(case_ids: list[int], cases: list[Case] | None) -> dict[int, dt.date]:
    """When each child was last seen: from last_seen_on when the cases carry it (cases.selectors.with_last_seen), else one query."""
    if cases is not None and all(hasattr(c, "last_seen_on") for c in cases):
        return {c.pk: c.last_seen_on for c in cases if c.last_seen_on}
    return dict(ChronologyEntry.objects.filter(case_id__in=case_ids, child_seen=True).values("case_id")
                .annotate(last=Max("occurred_on")).values_list("case_id", "last"))


# Every step the clocks need, as uniform rows: (source, case id, row id, date 1, date 2, received at, flag, related id).
# Written as SQL rather than built with the ORM: building eight annotated querysets cost more than the query itself.
# Typed NULLs so that PostgreSQL can match the UNION's columns; {ids} is core.sql.one_of's test of the case ids.
# Of the meetings only the date a clock needs comes back (the first conference of an enquiry, the first core group and
# the latest review of a plan): a plan reviewed for years is one row, not one per meeting.
_STEPS_SQL = """
SELECT 'assessment', a.case_id, a.id, a.started_on, a.completed_on, r.received_at, FALSE, CAST(NULL AS BIGINT)
  FROM {assessment} a LEFT JOIN {referral} r ON r.id = a.referral_id WHERE a.case_id {ids}
UNION ALL SELECT 's47', s.case_id, s.id, s.started_on, d.held_on, NULL, s.icpc_not_required, NULL
  FROM {section47} s LEFT JOIN {strategy} d ON d.id = s.strategy_discussion_id WHERE s.case_id {ids}
UNION ALL SELECT 'icpc', c.case_id, MIN(c.id), MIN(c.held_on), NULL, NULL, FALSE, c.section47_id
  FROM {conference} c WHERE c.case_id {ids} AND c.kind = 'initial' AND c.section47_id IS NOT NULL
  GROUP BY c.case_id, c.section47_id
UNION ALL SELECT 'cp_plan', p.case_id, p.id, p.started_on, NULL, NULL, FALSE, NULL
  FROM {cpplan} p WHERE p.case_id {ids} AND p.ended_on IS NULL
UNION ALL SELECT 'core_group', p.case_id, MIN(g.id), MIN(g.held_on), NULL, NULL, FALSE, g.plan_id
  FROM {coregroup} g JOIN {cpplan} p ON p.id = g.plan_id WHERE p.case_id {ids} AND p.ended_on IS NULL
  GROUP BY p.case_id, g.plan_id
UNION ALL SELECT 'review', c.case_id, MAX(c.id), MAX(c.held_on), NULL, NULL, FALSE, c.cp_plan_id
  FROM {conference} c WHERE c.case_id {ids} AND c.kind = 'review' AND c.cp_plan_id IS NOT NULL
  GROUP BY c.case_id, c.cp_plan_id
UNION ALL SELECT 'cin_plan', p.case_id, p.id, p.started_on, NULL, NULL, FALSE, NULL
  FROM {cinplan} p WHERE p.case_id {ids} AND p.ended_on IS NULL
UNION ALL SELECT 'cin_review', p.case_id, MAX(v.id), MAX(v.held_on), NULL, NULL, FALSE, v.plan_id
  FROM {cinreview} v JOIN {cinplan} p ON p.id = v.plan_id WHERE p.case_id {ids} AND p.ended_on IS NULL
  GROUP BY p.case_id, v.plan_id
"""


def _step_rows(case_ids: list[int]) -> list[tuple]:
    from hearth.frontdoor.models import Referral, StrategyDiscussion

    assert ConferenceKind.INITIAL == "initial" and ConferenceKind.REVIEW == "review"  # as written in _STEPS_SQL
    tables = {name: model._meta.db_table for name, model in (
        ("assessment", Assessment), ("referral", Referral), ("section47", Section47), ("strategy", StrategyDiscussion),
        ("conference", Conference), ("cpplan", CPPlan), ("coregroup", CoreGroup), ("cinplan", CINPlan),
        ("cinreview", CINPlanReview))}
    ids, params = one_of(case_ids)
    sql = _STEPS_SQL.format(ids=ids, **tables)
    with connection.cursor() as cursor:
        cursor.execute(sql, params * _STEPS_SQL.count("{ids}"))
        return [(src, case_id, row_id, day(d1), day(d2), moment(at), bool(flag), ref)
                for src, case_id, row_id, d1, d2, at, flag, ref in cursor.fetchall()]


def _fill_steps(f: _Facts, rows, case_ids: list[int]) -> None:
    """The newest assessment, enquiry and open plans per case, with the dates that stop their clocks, from step rows
    (_step_rows from the database, or _episode_rows from steps already in memory); rows of other cases are left out."""
    wanted = set(case_ids)
    newest: dict[tuple[str, int], tuple] = {}
    first_icpc: dict[int, dt.date] = {}
    first_core_group: dict[int, dt.date] = {}
    last_review: dict[int, dt.date] = {}
    last_cin_review: dict[int, dt.date] = {}
    for source, case_id, row_id, d1, d2, at, flag, ref in rows:
        if case_id not in wanted:
            continue
        if source in ("assessment", "s47", "cp_plan", "cin_plan"):
            key = (source, case_id)
            if key not in newest or (d1, row_id) > newest[key][:2]:
                newest[key] = (d1, row_id, d2, at, flag)
        elif source == "icpc":
            first_icpc[ref] = min(d1, first_icpc.get(ref, d1))
        elif source == "core_group":
            first_core_group[ref] = min(d1, first_core_group.get(ref, d1))
        elif source == "review":
            last_review[ref] = max(d1, last_review.get(ref, d1))
        else:
            last_cin_review[ref] = max(d1, last_cin_review.get(ref, d1))
    for (source, case_id), (d1, row_id, d2, at, flag) in newest.items():
        if source == "assessment":
            f.assessment[case_id] = {"id": row_id, "started_on": d1, "completed_on": d2, "referral__received_at": at}
        elif source == "s47":
            f.section47[case_id] = {"id": row_id, "started_on": d1, "icpc_not_required": bool(flag),
                                    "strategy_discussion__held_on": d2}
        elif source == "cp_plan":
            f.cp_plan[case_id] = {"id": row_id, "started_on": d1}
        else:
            f.cin_plan[case_id] = {"id": row_id, "started_on": d1}
    s47_ids = {s["id"] for s in f.section47.values()}
    f.icpc_held = {k: v for k, v in first_icpc.items() if k in s47_ids}
    cp_ids = {p["id"] for p in f.cp_plan.values()}
    f.first_core_group = {k: v for k, v in first_core_group.items() if k in cp_ids}
    f.last_review = {k: v for k, v in last_review.items() if k in cp_ids}
    cin_ids = {p["id"] for p in f.cin_plan.values()}
    f.last_cin_review = {k: v for k, v in last_cin_review.items() if k in cin_ids}


def _clocks(case_id: int, f: _Facts, ts: dict[str, Timescale], today: dt.date) -> list[Clock]:
    case = f.cases[case_id]
    stopped = case["closed_on"] is not None
    out: list[Clock] = []

    def add(key: str, label: str, started_on: dt.date, due_on: dt.date, done_on: dt.date | None, *, stop: bool = False) -> None:
        out.append(Clock(key=key, label=label, started_on=started_on, due_on=due_on, done_on=done_on, case_id=case_id,
                         status=clock_status(due_on=due_on, done_on=done_on, stopped=stopped or stop, today=today)))

    if a := f.assessment.get(case_id):
        received = a["referral__received_at"]
        start = timezone.localtime(received).date() if received else a["started_on"]
        add("assessment", "Assessment", start, ts[TimescaleKey.ASSESSMENT].due(start), a["completed_on"])
    if s := f.section47.get(case_id):
        start = s["strategy_discussion__held_on"] or s["started_on"]
        add("icpc", "Initial child protection conference", start, ts[TimescaleKey.ICPC].due(start), f.icpc_held.get(s["id"]),
            stop=s["icpc_not_required"])
    if p := f.cp_plan.get(case_id):
        start = p["started_on"]
        add("first_core_group", "First core group", start, ts[TimescaleKey.FIRST_CORE_GROUP].due(start),
            f.first_core_group.get(p["id"]))
        last = f.last_review.get(p["id"])
        if last is None:
            add("review_conference", "Review conference", start, ts[TimescaleKey.FIRST_REVIEW_CONFERENCE].due(start), None)
        else:
            add("review_conference", "Review conference", last, ts[TimescaleKey.LATER_REVIEW_CONFERENCE].due(last), None)
        seen = f.last_seen.get(case_id)
        since = seen if seen and seen >= start else start
        add("visit", "Child protection visit", since, ts[TimescaleKey.CP_VISIT].due(since), None)
    elif p := f.cin_plan.get(case_id):
        start = p["started_on"]
        last = f.last_cin_review.get(p["id"])
        add("cin_review", "Child in need review", last or start, ts[TimescaleKey.CIN_REVIEW].due(last or start), None)
        seen = f.last_seen.get(case_id)
        since = seen if seen and seen >= start else start
        add("visit", "Child in need visit", since, ts[TimescaleKey.CIN_VISIT].due(since), None)
    return out


@dataclass
class Steps:
    """The statutory steps of some cases, as steps_of reads them: each list in id order, keyed by case id. Each step
    has its case set, as prefetching would. Assessments carry referral_received_at and enquiries strategy_held_on, the
    dates their clocks start from; child protection plans first_core_group_on and child in need plans last_review_on
    (the meetings' dates their clocks need: the child's page lists no core group or plan review)."""

    assessments: dict[int, list[Assessment]] = field(default_factory=dict)
    section47s: dict[int, list[Section47]] = field(default_factory=dict)
    conferences: dict[int, list[Conference]] = field(default_factory=dict)
    cp_plans: dict[int, list[CPPlan]] = field(default_factory=dict)
    cin_plans: dict[int, list[CINPlan]] = field(default_factory=dict)


def steps_of(cases: list[Case]) -> Steps:
    """Every statutory step of these cases (the child's page: its history, the steps offered and the clocks) in five
    plain statements however many cases (the plans' meetings come as dates with their plans): building the querysets
    cost the ORM more than PostgreSQL took to run them."""
    from hearth.frontdoor.models import Referral, StrategyDiscussion

    steps = Steps()
    if not cases:
        return steps
    by_id = {c.pk: c for c in cases}
    ids, params = one_of(by_id)

    def read(model, found: dict, *extra: tuple[str, str, str]) -> None:
        """Rows of `model` whose case is one of the cases, into `found`; each `extra` (column, join or "", attribute)
        read beside them, a date, set on each row."""
        fk = model._meta.get_field("case")
        columns = ", ".join([columns_of(model, "t"), *(column for column, _, _ in extra)])
        joins = "".join(f" LEFT JOIN {join}" for _, join, _ in extra if join)
        sql = f"SELECT {columns} FROM {model._meta.db_table} t{joins} WHERE t.{fk.column} {ids} ORDER BY t.id"
        n = len(model._meta.concrete_fields)
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        for row in rows:
            step = from_row(model, row[:n])
            for (_, _, name), value in zip(extra, row[n:], strict=True):
                setattr(step, name, (moment if name.endswith("_at") else day)(value))
            fk.set_cached_value(step, by_id[step.case_id])
            found.setdefault(step.case_id, []).append(step)

    def held(model, aggregate: str) -> str:
        return f"(SELECT {aggregate}(m.held_on) FROM {model._meta.db_table} m WHERE m.plan_id = t.id)"

    read(Assessment, steps.assessments,
         ("r.received_at", f"{Referral._meta.db_table} r ON r.id = t.referral_id", "referral_received_at"))
    read(Section47, steps.section47s,
         ("d.held_on", f"{StrategyDiscussion._meta.db_table} d ON d.id = t.strategy_discussion_id", "strategy_held_on"))
    read(Conference, steps.conferences)
    read(CPPlan, steps.cp_plans, (held(CoreGroup, "MIN"), "", "first_core_group_on"))
    read(CINPlan, steps.cin_plans, (held(CINPlanReview, "MAX"), "", "last_review_on"))
    return steps


def _facts_from_steps(case: Case, steps: Steps) -> _Facts:
    """The same facts for one case whose steps are already read (steps_of), so the child's page, which reads them for
    its history anyway, reads nothing more (given last_seen_on annotated, as cases.selectors.with_last_seen does) or
    only when the child was last seen."""
    f = _Facts()
    f.cases = {case.pk: _case_row(case)}
    _fill_steps(f, _episode_rows(case, steps), [case.pk])
    f.last_seen = _last_seen([case.pk], [case])
    return f


def _episode_rows(case: Case, steps: Steps) -> list[tuple]:
    """The rows _STEPS_SQL would give for the case, built from its steps already read."""
    pk = case.pk
    rows = [("assessment", pk, a.pk, a.started_on, a.completed_on, a.referral_received_at, False, None)
            for a in steps.assessments.get(pk, [])]
    rows += [("s47", pk, s.pk, s.started_on, s.strategy_held_on, None, s.icpc_not_required, None)
             for s in steps.section47s.get(pk, [])]
    for c in steps.conferences.get(pk, []):
        if c.kind == ConferenceKind.INITIAL and c.section47_id is not None:
            rows.append(("icpc", pk, c.pk, c.held_on, None, None, False, c.section47_id))
        elif c.kind == ConferenceKind.REVIEW and c.cp_plan_id is not None:
            rows.append(("review", pk, c.pk, c.held_on, None, None, False, c.cp_plan_id))
    for p in (p for p in steps.cp_plans.get(pk, []) if p.ended_on is None):
        rows.append(("cp_plan", pk, p.pk, p.started_on, None, None, False, None))
        if p.first_core_group_on:
            rows.append(("core_group", pk, None, p.first_core_group_on, None, None, False, p.pk))
    for p in (p for p in steps.cin_plans.get(pk, []) if p.ended_on is None):
        rows.append(("cin_plan", pk, p.pk, p.started_on, None, None, False, None))
        if p.last_review_on:
            rows.append(("cin_review", pk, None, p.last_review_on, None, None, False, p.pk))
    return rows


def clocks_for_case(case: Case, *, today: dt.date | None = None, steps: Steps | None = None) -> list[Clock]:
    """The case's clocks. Given its steps already read (steps_of), nothing but the last visit is read."""
    today = today or timezone.localdate()
    facts = _facts_from_steps(case, steps) if steps is not None else _facts([case.pk])
    return _clocks(case.pk, facts, timescales(), today) + care_clocks.clocks_for_child(case.child_id, case=case, today=today)


def unit_clocks(unit, *, today: dt.date | None = None, cases: list[Case] | None = None) -> dict[int, list[Clock]]:
    """Clocks for every open case the unit holds, keyed by case id (a fixed number of queries). Given the open
    cases already read (the board's rows, with last_seen_on), clocks for just those, without reading them again."""
    today = today or timezone.localdate()
    open_cases = Case.objects.filter(unit=unit, closed_on__isnull=True)
    if cases is None:
        case_ids = list(open_cases.values_list("pk", flat=True))
    else:
        case_ids = [c.pk for c in cases]
    facts, ts = _facts(case_ids, cases), timescales()  # the ids, not a subquery: PostgreSQL then uses the indexes
    found = {case_id: _clocks(case_id, facts, ts, today) for case_id in case_ids}
    return care_clocks.add_unit_clocks(found, unit, today=today, cases=cases)  # looked-after and care-leaver clocks


# --- drift ---------------------------------------------------------------------------------------------------------

# Entries that are not a significant event: recording/admin time, travel, and the closure proposal itself (which
# must not hide the drift it reports). Every other casework step writes an entry of its own kind, so any step counts.
NOT_SIGNIFICANT = [EntryKind.ADMIN, EntryKind.TRAVEL, EntryKind.CLOSURE_PROPOSAL]


@dataclass(frozen=True)
class DriftingCase:
    case: Case
    last_event_on: dt.date
    days: int
    proposal: ClosureProposal | None


def drifting_cases(unit, *, today: dt.date | None = None) -> list[DriftingCase]:
    """Open cases with no significant event for the drift timescale and no active CIN or CP plan, oldest first."""
    today = today or timezone.localdate()
    drift = timescales()[TimescaleKey.DRIFT]
    cutoff = today - (drift.due(today) - today)  # "drift" days (or months, working days) before today
    cases = list(Case.objects.filter(unit=unit, closed_on__isnull=True)
                 .exclude(pk__in=CPPlan.objects.filter(ended_on__isnull=True).values("case_id"))
                 .exclude(pk__in=CINPlan.objects.filter(ended_on__isnull=True).values("case_id"))
                 .select_related("child"))
    last = dict(ChronologyEntry.objects.filter(case__in=cases).exclude(kind__in=NOT_SIGNIFICANT).values("case_id")
                .annotate(last=Max("occurred_on")).values_list("case_id", "last"))
    proposals = {p.case_id: p for p in ClosureProposal.objects.filter(case__in=cases, withdrawn_on__isnull=True)}
    found = []
    for case in cases:
        last_on = max(d for d in (last.get(case.pk), case.opened_on) if d)
        if last_on <= cutoff:
            found.append(DriftingCase(case=case, last_event_on=last_on, days=(today - last_on).days, proposal=proposals.get(case.pk)))
    return sorted(found, key=lambda d: d.last_event_on)
