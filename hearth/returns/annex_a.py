"""Ofsted's Annex A child-level lists 1 to 11 for an inspection date, as one .xlsx workbook (hearth.returns.xlsx).

Columns are Ofsted's (dfe/annex_a_sample_columns.txt). Each list is derived from the records in a fixed number of
queries: contacts and referrals (front door), early help, assessments, section 47 enquiries and conferences, child in
need and child protection plans, visits from the chronology. The allocated team is the unit holding the case and
the allocated worker its consultant social worker (units hold cases in Hearth). Lists 8 to 11 need the looked-after
and adoption records: until that return is built they carry their headers and a note saying so.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import Count, Max, Q
from django.db.models.functions import TruncDate

from hearth.cases.models import VISIT_KINDS, CaseStatus, ChronologyEntry
from hearth.casework.models import (
    Assessment,
    AssessmentOutcome,
    CINPlan,
    Conference,
    ConferenceKind,
    CPPlan,
    EarlyHelpEpisode,
    Section47,
)
from hearth.casework.selectors import cin_episode_cases, year_before
from hearth.core.codes import Ethnicity, ReferralSource, Sex
from hearth.frontdoor.models import Decision, Referral
from hearth.people.models import Person, PersonDisability
from hearth.returns import xlsx
from hearth.returns.engine import DFE
from hearth.units.models import Membership, Role, Unit

NOT_YET = ("Empty: this list needs the looked-after children and adoption records, which Hearth will report when the "
           "SSDA903 return is built.")
SEX = dict(Sex.choices)
ETHNICITY = dict(Ethnicity.choices)
SOURCE = dict(ReferralSource.choices)


def columns() -> dict[int, list[str]]:
    """{list number: column headings} from Ofsted's sample (one list a line, columns separated by |)."""
    lists = {}
    for line in (DFE / "annex_a_sample_columns.txt").read_text(encoding="utf-8").splitlines():
        if line.strip():
            name, *cols = [part.strip() for part in line.split("|")]
            lists[int(name.split()[1])] = cols
    return lists


TITLES = {1: "Contacts", 2: "Early help", 3: "Referrals", 4: "Assessments", 5: "Section 47 enquiries and ICPCs",
          6: "Children in need", 7: "Child protection", 8: "Children in care", 9: "Care leavers", 10: "Adoption",
          11: "Adopters"}


@dataclass
class Sheet:
    number: int
    rows: list[list] = field(default_factory=list)
    note: str = ""


def _six_months_before(day: dt.date) -> dt.date:
    month = day.month - 6
    year = day.year - 1 if month <= 0 else day.year
    month = month + 12 if month <= 0 else month
    try:
        return dt.date(year, month, day.day)
    except ValueError:
        return dt.date(year, month, 28)


def _yn(value) -> str:
    return "" if value is None else ("Y" if value else "N")


class Lookups:
    """The people, teams and workers the lists name, read once for all lists."""

    def __init__(self, on: dt.date):
        self.on = on
        # Everyone at once: cheaper than naming tens of thousands of ids in a query.
        self.people = {p[0]: p[1:] for p in Person.objects.values_list(
            "pk", "sex", "ethnicity", "date_of_birth", "expected_date_of_birth")}
        self.disabled = set(PersonDisability.objects.values_list("person_id", flat=True))
        self.units = dict(Unit.objects.values_list("pk", "name"))
        leads = Membership.objects.filter(role=Role.CONSULTANT_SOCIAL_WORKER, ended_on__isnull=True).select_related("user")
        self.leads = {m.unit_id: str(m.user) for m in leads}

    def child(self, person_id: int) -> list:
        sex, ethnicity, born, expected = self.people.get(person_id, ("U", "NOBT", None, None))
        age = None
        if born:
            age = self.on.year - born.year - ((self.on.month, self.on.day) < (born.month, born.day))
        return [str(person_id), SEX.get(sex, sex), ETHNICITY.get(ethnicity, ethnicity), born or expected, age]

    def disability(self, person_id: int) -> str:
        return "Y" if person_id in self.disabled else "N"

    def team(self, unit_id: int | None) -> list:
        return [self.units.get(unit_id, ""), self.leads.get(unit_id, "")]


def build(on: dt.date) -> list[Sheet]:
    """The eleven lists for an inspection on `on`: six months back for the activity lists, twelve for the counts."""
    since, year_ago = _six_months_before(on), year_before(on)
    referrals = list(Referral.objects.filter(person__isnull=False).annotate(day=TruncDate("received_at")).filter(
        day__gte=year_ago, day__lte=on).order_by("received_at").values_list("pk", "person_id", "day", "source", "decision",
                                                                            "case__unit_id", "allocated_unit_id"))
    early_help = list(EarlyHelpEpisode.objects.filter(started_on__lte=on).filter(
        Q(ended_on__isnull=True) | Q(ended_on__gte=since)).values_list("child_id", "started_on", "ended_on", "unit_id"))
    assessments = list(Assessment.objects.filter(started_on__lte=on).filter(
        Q(completed_on__isnull=True) | Q(completed_on__gte=since)).values_list(
        "case__child_id", "started_on", "child_seen_on", "authorised_on", "outcome", "case__unit_id"))
    s47s = list(Section47.objects.filter(started_on__gte=year_ago, started_on__lte=on).order_by("started_on").values_list(
        "pk", "case__child_id", "started_on", "icpc_not_required", "case__unit_id"))
    initial = {s: (held, outcome) for s, held, outcome in Conference.objects.filter(
        kind=ConferenceKind.INITIAL, section47__isnull=False, held_on__lte=on).values_list("section47_id", "held_on", "outcome")}
    episodes = list(cin_episode_cases().filter(opened_on__lte=on).filter(Q(closed_on__isnull=True) | Q(closed_on__gte=since))
                    .values_list("pk", "child_id", "opened_on", "primary_need", "closed_on", "closure_reason", "status", "unit_id"))
    plans = list(CPPlan.objects.filter(started_on__lte=on).filter(Q(ended_on__isnull=True) | Q(ended_on__gte=since)).values_list(
        "pk", "case__child_id", "started_on", "initial_category", "latest_category", "ended_on", "case__unit_id"))
    look = Lookups(on)
    seen = dict(ChronologyEntry.objects.filter(case__isnull=False, child_seen=True, occurred_on__lte=on).values(
        "case_id").annotate(last=Max("occurred_on")).values_list("case_id", "last"))
    visits = {}
    on_plans = CPPlan.objects.filter(started_on__lte=on).filter(Q(ended_on__isnull=True) | Q(ended_on__gte=since))
    for child_id, day, alone in ChronologyEntry.objects.filter(
            child_id__in=on_plans.values("case__child_id"), kind__in=VISIT_KINDS, child_seen=True, occurred_on__lte=on).order_by(
            "child_id", "occurred_on").values_list("child_id", "occurred_on", "seen_alone"):
        visits[child_id] = (day, alone)
    reviews = dict(Conference.objects.filter(kind=ConferenceKind.REVIEW, cp_plan__isnull=False, held_on__lte=on).values(
        "cp_plan_id").annotate(last=Max("held_on")).values_list("cp_plan_id", "last"))
    previous = dict(CPPlan.objects.values("case__child_id").annotate(n=Count("pk")).values_list("case__child_id", "n"))
    # As they stood on the inspection date.
    open_cin = set(CINPlan.objects.filter(started_on__lte=on).filter(Q(ended_on__isnull=True) | Q(ended_on__gt=on))
                   .values_list("case_id", flat=True))
    open_cp = set(on_plans.filter(Q(ended_on__isnull=True) | Q(ended_on__gt=on)).values_list("case_id", flat=True))
    open_assessment = set(Assessment.objects.filter(started_on__lte=on).filter(Q(completed_on__isnull=True) | Q(completed_on__gt=on))
                          .values_list("case_id", flat=True))

    sheets = {n: Sheet(n) for n in TITLES}
    per_child: dict[int, list[dt.date]] = {}
    for _pk, person_id, day, source, decision, case_unit, unit in referrals:
        earlier = per_child.setdefault(person_id, [])
        if day >= since:
            sheets[1].rows.append([*look.child(person_id), day, SOURCE.get(source, source)])
            if decision and decision != Decision.EARLY_HELP:
                recent = sum(1 for d in earlier if d >= year_before(day))
                sheets[3].rows.append([*look.child(person_id), day, SOURCE.get(source, source),
                                       _yn(decision == Decision.NFA), recent, *look.team(case_unit or unit)])
        earlier.append(day)
    for child_id, started, ended, unit in early_help:
        sheets[2].rows.append([*look.child(child_id), started, ended, look.units.get(unit, "")])
    needs_support = {AssessmentOutcome.CIN_PLAN, AssessmentOutcome.STRATEGY_DISCUSSION, AssessmentOutcome.CONTINUE_CP_PLAN}
    for child_id, started, seen_on, authorised, outcome, unit in assessments:
        sheets[4].rows.append([*look.child(child_id), look.disability(child_id), started, _yn(seen_on is not None), authorised,
                               _yn(outcome in needs_support) if outcome else "", *look.team(unit)])
    counted: dict[int, list] = {}
    for pk, child_id, started, not_required, unit in s47s:
        held, outcome = initial.get(pk, (None, None))
        counted.setdefault(child_id, []).append((started, held))
        if started >= since:
            window = year_before(started)
            n_s47 = sum(1 for s, _h in counted[child_id] if s >= window)
            n_icpc = sum(1 for _s, h in counted[child_id] if h and h >= window)
            sheets[5].rows.append([*look.child(child_id), look.disability(child_id), started, _yn(not_required), held,
                                   _yn(outcome == "cp_plan") if held else "", n_s47, n_icpc, *look.team(unit)])
    for pk, child_id, opened, need, closed, reason, status, unit in episodes:
        closed, reason = (closed, reason) if closed and closed <= on else (None, "")
        if pk in open_cp:
            case_status = "Child protection plan"
        elif status == CaseStatus.LOOKED_AFTER:
            case_status = "Looked after"
        elif pk in open_cin:
            case_status = "Child in need plan"
        elif pk in open_assessment:
            case_status = "Open assessment"
        else:
            case_status = "Closed" if closed else "Open"
        sheets[6].rows.append([*look.child(child_id), look.disability(child_id), opened, need, seen.get(pk), closed, reason,
                               case_status, *look.team(unit)])
    for pk, child_id, started, initial_cat, latest_cat, ended, unit in plans:
        ended = ended if ended and ended <= on else None
        visit, alone = visits.get(child_id, (None, None))
        sheets[7].rows.append([*look.child(child_id), look.disability(child_id), started, initial_cat, latest_cat, visit,
                               _yn(alone), reviews.get(pk), ended, "", max(0, previous.get(child_id, 1) - 1),
                               *look.team(unit)])
    for n in (8, 9, 10, 11):
        sheets[n].note = NOT_YET
    return [sheets[n] for n in sorted(sheets)]


def workbook(sheets: list[Sheet], on: dt.date) -> bytes:
    """The lists as one workbook, a sheet each: a title row, the note for a list not yet filled, Ofsted's column headings
    (in bold), then the rows; dates are Excel dates shown dd/mm/yyyy."""
    heads = columns()
    out = []
    for sheet in sheets:
        top = [[f"List {sheet.number}: {TITLES[sheet.number]} (inspection date {on:%d/%m/%Y})"]]
        if sheet.note:
            top.append([sheet.note])
        out.append((f"List {sheet.number}", [*top, heads[sheet.number], *sheet.rows], {1, len(top) + 1}))
    return xlsx.workbook(out)


def filename(on: dt.date) -> str:
    return f"Annex_A_{on:%Y-%m-%d}.xlsx"


def generate(on: dt.date) -> bytes:
    return workbook(build(on), on)

