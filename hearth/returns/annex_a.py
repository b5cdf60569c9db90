"""Ofsted's Annex A child-level lists 1 to 11 for an inspection date, as one .xlsx workbook (hearth.returns.xlsx).

Columns are Ofsted's (dfe/annex_a_sample_columns.txt). Each list is derived from the records in a fixed number of
queries: contacts and referrals (front door), early help, assessments, section 47 enquiries and conferences, child in
need and child protection plans, visits from the chronology. The allocated team is the unit holding the case and
the allocated worker its consultant social worker (units hold cases in Hearth). List 8 comes from the looked-after
episodes (hearth.looked_after), list 9 from the care-leaver category derived from those episodes and the personal
adviser's contacts, list 10 from the adoption stages, list 11 from the prospective adopter households (hearth.adoption)
and the children's adoption stages linked to them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import NamedTuple

from django.db.models import Count, Max, Q
from django.db.models.functions import TruncDate

from hearth.adoption.models import JOURNEY_DATES, Adopter, Household, LeavingReason
from hearth.adoption.selectors import with_outcomes
from hearth.cases.models import VISIT_KINDS, Case, CaseStatus, ChronologyEntry
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
from hearth.looked_after.codes import Accommodation, Activity, InTouch, PlacementType
from hearth.looked_after.models import AdoptionStage, AdoptionStageKind, CareLeaverContact, Episode
from hearth.looked_after.selectors import CATEGORY_LABELS, ELIGIBLE, care_leaver_category, periods
from hearth.people.models import SIBLING_KINDS, Person, PersonDisability, Relationship
from hearth.returns import xlsx
from hearth.returns.engine import DFE
from hearth.units.models import Membership, Role, Unit

SEX = dict(Sex.choices)
ETHNICITY = dict(Ethnicity.choices)
SOURCE = dict(ReferralSource.choices)
IN_TOUCH, ACCOMMODATION, ACTIVITY = dict(InTouch.choices), dict(Accommodation.choices), dict(Activity.choices)


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
    sheets[8].rows = _children_in_care(on, year_ago, look)
    cared = _episodes_by_child(on)
    sheets[9].rows = _care_leavers(on, cared, look)
    sheets[10].rows = _adoption(on, year_ago, cared, look)
    sheets[11].rows = _adopters(on, year_ago, look)
    return [sheets[n] for n in sorted(sheets)]


def _periods(episodes: list[tuple]) -> list[list[tuple]]:
    """A child's episodes (in order) grouped into periods of care: an episode that starts the day the last ended
    continues the period."""
    periods: list[list[tuple]] = []
    for e in episodes:
        if periods and periods[-1][-1][EP_DEC] == e[EP_DECOM]:
            periods[-1].append(e)
        else:
            periods.append([e])
    return periods


EP_DECOM, EP_DEC = 2, 3


def _children_in_care(on: dt.date, year_ago: dt.date, look: Lookups) -> list[list]:
    """List 8: every child looked after at some time in the twelve months before the inspection."""
    from hearth.looked_after.models import UASC, Episode, HealthCheck, HealthKind, MissingEpisode, Review, Visit

    rows = list(Episode.objects.filter(decom__lte=on).order_by("child_id", "decom", "pk").values_list(
        "child_id", "case__unit_id", "decom", "dec", "rne", "ls", "cin", "place", "place_provider", "pl_post", "urn", "rec"))
    by_child: dict[int, list[tuple]] = {}
    for row in rows:
        by_child.setdefault(row[0], []).append((*row[:3], row[3] if row[3] and row[3] <= on else None, *row[4:]))
    latest = {name: dict(model.objects.filter(**{f"{field}__lte": on}, **extra).values("child_id").annotate(last=Max(field))
                         .values_list("child_id", "last"))
              for name, model, field, extra in (("review", Review, "review", {}), ("visit", Visit, "visited_on", {}),
                                                ("health", HealthCheck, "done_on", {"kind": HealthKind.HEALTH_ASSESSMENT}),
                                                ("dental", HealthCheck, "done_on", {"kind": HealthKind.DENTAL}))}
    uasc = set(UASC.objects.filter(since__lte=on).filter(Q(duc__isnull=True) | Q(duc__gte=year_ago)).values_list("child_id", flat=True))
    missing: dict[int, list[tuple]] = {}
    for child_id, kind, start, offered, accepted in MissingEpisode.objects.filter(mis_start__gte=year_ago, mis_start__lte=on).order_by(
            "mis_start").values_list("child_id", "missing", "mis_start", "return_interview_offered", "return_interview_accepted"):
        missing.setdefault(child_id, []).append((kind, start, offered, accepted))
    out = []
    for child_id, episodes in by_child.items():
        last = episodes[-1]
        if last[EP_DEC] is not None and last[EP_DEC] < year_ago:
            continue
        periods = _periods(episodes)
        current = periods[-1]
        recent_periods = [p for p in periods if p[-1][EP_DEC] is None or p[-1][EP_DEC] >= year_ago]
        legal_since = current[-1][EP_DECOM]
        for e in reversed(current[:-1]):
            if e[5] != current[-1][5]:
                break
            legal_since = e[EP_DECOM]
        placed_since = current[-1][EP_DECOM]
        for e, after in zip(reversed(current[:-1]), reversed(current[1:]), strict=True):
            if after[4] != "L":
                break
            placed_since = e[EP_DECOM]
        placements = sum(1 for i, e in enumerate(episodes) if (e[EP_DEC] is None or e[EP_DEC] >= year_ago)
                         and (e[4] != "L" or i == 0 or episodes[i - 1][EP_DEC] is None or episodes[i - 1][EP_DEC] < year_ago))
        gone = [m for m in missing.get(child_id, []) if m[0] == "M"]
        away = [m for m in missing.get(child_id, []) if m[0] == "A"]
        out.append([*look.child(child_id), _yn(child_id in uasc), look.disability(child_id), current[0][EP_DECOM], last[6],
                    _yn(len(recent_periods) > 1), legal_since, last[5], latest["review"].get(child_id),
                    latest["visit"].get(child_id), "", "", latest["health"].get(child_id), latest["dental"].get(child_id),
                    placements, last[EP_DEC], last[11] if last[EP_DEC] else "", placed_since, last[7], last[8], last[9],
                    last[10], "", "", len(gone), len(away), _yn(gone[-1][2]) if gone else "", _yn(gone[-1][3]) if gone else "",
                    *look.team(last[1])])
    return out


class _Ep(NamedTuple):
    """An episode as lists 9 and 10 read it (the shape selectors.periods and care_leaver_category take)."""

    child_id: int
    decom: dt.date
    dec: dt.date | None
    ls: str
    rec: str
    place: str
    unit_id: int


def _episodes_by_child(on: dt.date) -> dict[int, list[_Ep]]:
    """Every episode begun by the inspection date, by child; an end after that date is not known yet on it."""
    by_child: dict[int, list[_Ep]] = {}
    for child_id, decom, dec, ls, rec, place, unit in Episode.objects.filter(decom__lte=on).order_by("child_id", "decom", "pk").values_list(
            "child_id", "decom", "dec", "ls", "rec", "place", "case__unit_id"):
        ended = dec is not None and dec <= on
        by_child.setdefault(child_id, []).append(_Ep(child_id, decom, dec if ended else None, ls, rec if ended else "", place, unit))
    return by_child


def _care_leavers(on: dt.date, by_child: dict[int, list[_Ep]], look: Lookups) -> list[list]:
    """List 9: the young people who are relevant, former relevant or qualifying care leavers on the inspection date
    (looked_after.selectors.care_leaver_category, from the episodes and the date of birth). Eligible children are still
    looked after and are on list 8, so they are not repeated here. In touch, accommodation (type and suitability) and
    activity come from the personal adviser's latest contact on or before the inspection date; with no contact recorded
    they are left blank rather than guessed. The allocated team is the unit holding the young person's open case (else
    the case their last episode of care was held on); the allocated worker is that unit's consultant social worker, as
    on lists 3 to 8: Hearth's cases are held by units, not by one worker. Two queries, whatever the number of children."""
    ever = Episode.objects.filter(decom__lte=on).values("child_id")
    open_cases = dict(Case.objects.filter(child__in=ever, opened_on__lte=on).filter(Q(closed_on__isnull=True) | Q(closed_on__gt=on))
                      .values_list("child_id", "unit_id"))
    latest = {}
    for row in CareLeaverContact.objects.filter(child__in=ever, contacted_on__lte=on).order_by("contacted_on", "pk").values_list(
            "child_id", "in_touch", "accom", "accom_suitable", "activ"):
        latest[row[0]] = row[1:]  # the last one read is the latest
    out = []
    for child_id, episodes in by_child.items():
        born = look.people.get(child_id, (None, None, None))[2]
        category = care_leaver_category(episodes, born, on=on)
        if category is None or category == ELIGIBLE:
            continue
        in_touch, accom, suitable, activ = latest.get(child_id, ("", "", None, ""))
        suitability = "" if suitable is None or accom == Accommodation.NOT_IN_TOUCH else ("Suitable" if suitable else "Not suitable")
        out.append([*look.child(child_id), look.disability(child_id), *look.team(open_cases.get(child_id, episodes[-1].unit_id)),
                    CATEGORY_LABELS[category], IN_TOUCH.get(in_touch, in_touch), ACCOMMODATION.get(accom, accom), suitability,
                    ACTIVITY.get(activ, activ)])
    return out


FFA_PLACEMENTS = {PlacementType.U2, PlacementType.U5}  # foster carers who are also approved adopters: FfA or concurrent


def _families(children: set[int], on: dt.date) -> dict[int, int]:
    """{child: family identifier} for the children on list 10: brothers and sisters (Relationship SIBLING_KINDS) who are
    both on the list share one identifier, the lowest Child Unique ID among them. One query."""
    family = {c: c for c in children}

    def root(c: int) -> int:
        while family[c] != c:
            family[c] = family[family[c]]
            c = family[c]
        return c

    decided = AdoptionStage.objects.filter(stage=AdoptionStageKind.DECISION, on__lte=on).values("child_id")
    for a, b in Relationship.objects.filter(kind__in=SIBLING_KINDS, from_person__in=decided, to_person__in=decided).values_list(
            "from_person_id", "to_person_id"):
        if a not in family or b not in family:
            continue  # a brother or sister whose adoption plan is not on the list
        ra, rb = root(a), root(b)
        family[max(ra, rb)] = min(ra, rb)
    return {c: root(c) for c in children}


def _adoption(on: dt.date, year_ago: dt.date, by_child: dict[int, list[_Ep]], look: Lookups) -> list[list]:
    """List 10: children with a decision that they should be placed for adoption by the inspection date whose adoption
    plan was still live at some time in the twelve months before it (not ended by an adoption order or a decision that
    they should no longer be placed for adoption more than twelve months before). A child whose plan ended and who had
    a new decision later is reported on the new plan. The dates come from the adoption stages recorded since that latest
    decision; the date the child entered care is the start of the period of care the decision was made in (or the latest
    period begun by then); the fostering for adoption / concurrent planning date is the first episode of that period
    placed with a foster carer who is also an approved adopter (PLACE U2 or U5). Two queries, whatever the number of
    children."""
    stages: dict[int, list[tuple]] = {}
    for child_id, stage, day, reason in AdoptionStage.objects.filter(on__lte=on).order_by("child_id", "on", "pk").values_list(
            "child_id", "stage", "on", "reason_ceased"):
        stages.setdefault(child_id, []).append((stage, day, reason))
    plans = {}
    for child_id, steps in stages.items():
        decisions = [i for i, (stage, _d, _r) in enumerate(steps) if stage == AdoptionStageKind.DECISION]
        if not decisions:
            continue
        plan = steps[decisions[-1]:]
        first = {}
        for stage, day, reason in plan:
            first.setdefault(stage, (day, reason))
        ended = [first[k][0] for k in (AdoptionStageKind.ADOPTION_ORDER, AdoptionStageKind.NO_LONGER) if k in first]
        if ended and min(ended) < year_ago:
            continue
        plans[child_id] = first
    families = _families(set(plans), on)
    out = []
    for child_id, first in plans.items():
        decided = first[AdoptionStageKind.DECISION][0]
        found = periods(by_child.get(child_id, []))
        period = next((p for p in reversed(found) if p.start <= decided), found[-1] if found else None)
        ffa = next((e.decom for e in period.episodes if e.place in FFA_PLACEMENTS), None) if period else None
        day = {k: first.get(k, (None, ""))[0] for k in AdoptionStageKind}
        reason = first.get(AdoptionStageKind.NO_LONGER, (None, ""))[1]
        row = look.child(child_id)
        out.append([row[0], str(families[child_id]), *row[1:], look.disability(child_id), period.start if period else None,
                    decided, day[AdoptionStageKind.PLACEMENT_ORDER], day[AdoptionStageKind.MATCHED], day[AdoptionStageKind.PLACED],
                    day[AdoptionStageKind.ADOPTION_ORDER], day[AdoptionStageKind.NO_LONGER], reason, ffa])
    return out


def _adopters(on: dt.date, year_ago: dt.date, look: Lookups) -> list[list]:
    """List 11: one row per individual adopter (the adopter's person id) in each household (the Family identifier)
    that had made its enquiry by the inspection date and was still in the adoption process at some time in the twelve
    months before it: not left, and no adoption order, more than twelve months before (the window list 10 uses).
    Gender, ethnicity and disability are the adopter's person record; the match, placement, number of children placed
    and adoption order are derived from the children's adoption stages linked to the household (hearth.adoption
    models docstring). Dates after the inspection date are left out, as things stood that day. Two queries."""
    households = (with_outcomes(Household.objects.filter(enquiry_on__lte=on).exclude(left_on__lt=year_ago), on=on)
                  .filter(Q(order_on__isnull=True) | Q(order_on__gte=year_ago)))
    found = {h["pk"]: h for h in households.values("pk", *JOURNEY_DATES, "fostering_for_adoption", "left_on", "leaving_reason",
                                                   "matched_on", "placed_on", "children_placed", "order_on")}
    out = []
    for household_id, person_id in Adopter.objects.filter(household_id__in=list(found)).order_by("household_id", "pk").values_list(
            "household_id", "person_id"):
        h = found[household_id]
        left = h["left_on"] if h["left_on"] and h["left_on"] <= on else None
        row = look.child(person_id)
        out.append([row[0], str(household_id), row[1], row[2], look.disability(person_id), _yn(h["fostering_for_adoption"]),
                    *[h[k] if h[k] and h[k] <= on else None for k in JOURNEY_DATES], h["matched_on"], h["placed_on"],
                    h["children_placed"] or None, h["order_on"], left,
                    LeavingReason(h["leaving_reason"]).label if left and h["leaving_reason"] else ""])
    return out


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

