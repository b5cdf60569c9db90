"""Reads over statutory casework: re-referrals, the CIN census items of a case, drifting cases and clocks."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import TruncDate
from django.utils import timezone

from hearth.cases.models import Case
from hearth.casework.clocks import clocks_for_case, drifting_cases, unit_clocks  # noqa: F401  (one place to import reads)
from hearth.casework.models import ConferenceKind, TimescaleKey
from hearth.casework.settings import timescale


def _received_on(referral) -> dt.date:
    return timezone.localtime(referral.received_at).date()


def year_before(day: dt.date) -> dt.date:
    """The same date a year earlier (29 February goes to 28 February)."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return dt.date(day.year - 1, 2, 28)


def is_re_referral(referral) -> bool:
    """A re-referral: within the 12 months before this referral was received, the child had an earlier referral
    (the DfE's published measure) or a case (a CIN episode) that closed.

    Derived from the rows each time, never stored.
    """
    if referral.person_id is None:
        return False
    from hearth.frontdoor.models import Referral

    received = _received_on(referral)
    since = year_before(received)
    closed = Case.objects.filter(child_id=referral.person_id, closed_on__gte=since, closed_on__lte=received)
    if referral.case_id:
        closed = closed.exclude(pk=referral.case_id)
    earlier = Referral.objects.filter(person_id=referral.person_id, received_at__lt=referral.received_at,
                                      received_at__date__gte=since).exclude(pk=referral.pk)
    return closed.exists() or earlier.exists()


# CIN census elements Hearth does not hold, so cin_census_items answers None for them: none now (a child's date of
# death, the reason a UPN is unknown and a former UPN are on the person: hearth.people.services).
NOT_HELD: tuple[str, ...] = ()


def cin_episode_cases():
    """The cases that are children-in-need episodes for the CIN census: statutory work was done or decided
    (an assessment, a section 47 enquiry, a CIN or CP plan, or a front-door decision to assess or hold a strategy
    discussion). A case held only for early help is not one. One queryset, so the census asks it once for all cases."""
    from hearth.casework.models import Assessment, CINPlan, CPPlan, Section47
    from hearth.frontdoor.models import Referral

    ref = OuterRef("pk")
    return Case.objects.filter(
        Exists(Assessment.objects.filter(case=ref)) | Exists(Section47.objects.filter(case=ref))
        | Exists(CINPlan.objects.filter(case=ref)) | Exists(CPPlan.objects.filter(case=ref))
        | Exists(Referral.objects.filter(case=ref, decision__in=["assessment", "strategy"])))


def is_cin_episode(case: Case) -> bool:
    """Whether one case is a children-in-need episode (see cin_episode_cases)."""
    return cin_episode_cases().filter(pk=case.pk).exists()


@dataclass
class CensusTables:
    """The CIN census items of many children at once, one list of flat rows per census module, keyed by the DfE
    element names (domain.md §2.1; the schema in hearth/returns/dfe/). Rows carry `person_id` and `episode_id`
    (a case's id; minus the referral's id for a referral that ended with no further action) to join on.
    Built by `census_tables` in a fixed number of queries, whatever the number of children."""

    children: list[dict] = field(default_factory=list)
    disabilities: list[dict] = field(default_factory=list)
    episodes: list[dict] = field(default_factory=list)
    assessments: list[dict] = field(default_factory=list)
    cin_plans: list[dict] = field(default_factory=list)
    section47: list[dict] = field(default_factory=list)
    cp_plans: list[dict] = field(default_factory=list)
    cp_reviews: list[dict] = field(default_factory=list)


def _in_window(start_on, end_on, start: dt.date | None, end: dt.date | None) -> bool:
    """A module belongs to the collection year if it began by the year's end and had not ended before it began."""
    return (end is None or start_on <= end) and (start is None or end_on is None or end_on >= start)


def _as_at(day, end: dt.date | None):
    """A date as the records stood at the year's end: a later date had not happened yet."""
    return None if day is None or (end is not None and day > end) else day


def census_tables(*, cases=None, nfa_referrals=None, start: dt.date | None = None, end: dt.date | None = None) -> CensusTables:
    """The census rows for `cases` (a queryset of CIN episodes; None: every one, cin_episode_cases) and
    `nfa_referrals` (referrals that ended with no further action and opened no case), for the collection year
    `start`..`end` (both None: everything recorded).

    For the whole authority each table is read once without a filter on the cases (statutory rows belong to CIN
    episodes; rows of cases left out are skipped as they are read), so no query repeats the test of which cases are
    episodes.

    Modules are kept when they were open at some point in the year; dates after the year's end are left out, so
    the return for a past year is reproduced from the records as they stood at its end."""
    from hearth.casework.models import Assessment, CINPlan, Conference, CPPlan, Section47
    from hearth.frontdoor.models import Referral
    from hearth.people.models import Person, PersonDisability

    tables = CensusTables()
    everyone = cases is None

    def of_cases(qs, path: str = "case"):
        return qs.filter(**{f"{path}__isnull": False}) if everyone else qs.filter(**{f"{path}__in": cases})

    if everyone:
        cases = cin_episode_cases()
    nfa_referrals = nfa_referrals if nfa_referrals is not None else Referral.objects.none()
    first_referral: dict[int, tuple] = {}
    for case_id, received, source, decision in (
            of_cases(Referral.objects.all()).annotate(day=TruncDate("received_at"))
            .order_by("case_id", "received_at").values_list("case_id", "day", "source", "decision")):
        first_referral.setdefault(case_id, (received, source, decision))
    episode_ids: set[int] = set()
    for case_id, child_id, opened, closed, need, reason in cases.values_list(
            "pk", "child_id", "opened_on", "closed_on", "primary_need", "closure_reason"):
        received, source, decision = first_referral.get(case_id, (opened, None, ""))
        if not _in_window(received, closed, start, end):
            continue
        closed_then = _as_at(closed, end)
        episode_ids.add(case_id)
        tables.episodes.append({
            "episode_id": case_id, "person_id": child_id, "case_id": case_id, "CINreferralDate": received,
            "ReferralSource": source, "PrimaryNeedCode": need or None, "CINclosureDate": closed_then,
            "ReasonForClosure": (reason or None) if closed_then else None, "DateOfInitialCPC": None,
            "ReferralNFA": decision == "nfa"})
    # A referral that ended with no further action is an episode of its own, closed by the decision. The DfE rules
    # 8815 and 8816 let it stay open (no closure date, so no reason for closure is needed: rule 8805).
    nfa = nfa_referrals.annotate(day=TruncDate("received_at"))
    if start is not None:
        nfa = nfa.filter(day__gte=start)
    if end is not None:
        nfa = nfa.filter(day__lte=end)
    for referral_id, person_id, received, source in nfa.values_list("pk", "person_id", "day", "source"):
        tables.episodes.append({
            "episode_id": -referral_id, "person_id": person_id, "case_id": None, "CINreferralDate": received,
            "ReferralSource": source, "PrimaryNeedCode": None, "CINclosureDate": None, "ReasonForClosure": None,
            "DateOfInitialCPC": None, "ReferralNFA": True})
    person_of = {e["episode_id"]: e["person_id"] for e in tables.episodes}
    episode_of = {e["episode_id"]: e for e in tables.episodes}

    for pk, case_id, started, completed, authorised, factors in of_cases(Assessment.objects.all()).order_by(
            "started_on", "pk").values_list("pk", "case_id", "started_on", "completed_on", "authorised_on", "factors"):
        if case_id not in episode_ids or not _in_window(started, authorised, start, end):
            continue
        authorised_then = _as_at(authorised, end)
        tables.assessments.append({
            "assessment_id": pk, "episode_id": case_id, "person_id": person_of[case_id],
            "AssessmentActualStartDate": started, "AssessmentInternalReviewDate": _as_at(completed, end),
            "AssessmentAuthorisationDate": authorised_then,
            "FactorsIdentifiedAtAssessment": list(factors or []) if authorised_then or end is None else []})
    for pk, case_id, started, ended in of_cases(CINPlan.objects.all()).order_by("started_on", "pk").values_list(
            "pk", "case_id", "started_on", "ended_on"):
        if case_id in episode_ids and _in_window(started, ended, start, end):
            tables.cin_plans.append({"plan_id": pk, "episode_id": case_id, "person_id": person_of[case_id],
                                     "CINPlanStartDate": started, "CINPlanEndDate": _as_at(ended, end)})

    initial_by_s47: dict[int, dt.date] = {}
    for s47_id, case_id, held in of_cases(Conference.objects.filter(kind=ConferenceKind.INITIAL)).order_by(
            "held_on").values_list("section47_id", "case_id", "held_on"):
        if s47_id is not None:
            initial_by_s47.setdefault(s47_id, held)
        elif case_id in episode_ids and _in_window(held, held, start, end):
            # A conference not reached through a section 47 enquiry in Hearth is reported at the episode level, never
            # both (rule 2884).
            episode = episode_of[case_id]
            episode["DateOfInitialCPC"] = episode["DateOfInitialCPC"] or held
    icpc = timescale(TimescaleKey.ICPC)
    for pk, case_id, started, not_required, discussed in of_cases(Section47.objects.all()).order_by(
            "started_on", "pk").values_list("pk", "case_id", "started_on", "icpc_not_required",
                                            "strategy_discussion__held_on"):
        held = initial_by_s47.get(pk)
        still_open = held is None and not not_required
        if case_id not in episode_ids or (end is not None and started > end):
            continue
        if start is not None and started < start and not still_open and (held is None or held < start):
            continue
        tables.section47.append({
            "s47_id": pk, "episode_id": case_id, "person_id": person_of[case_id], "S47ActualStartDate": started,
            "InitialCPCtarget": icpc.due(discussed or started), "DateOfInitialCPC": _as_at(held, end),
            "ICPCnotRequired": not_required})

    plan_rows = list((CPPlan.objects.all() if everyone else CPPlan.objects.filter(case__child_id__in=cases.values("child_id"))).order_by(
        "case__child_id", "started_on", "pk").values_list("pk", "case_id", "case__child_id", "started_on", "ended_on",
                                                           "initial_category", "latest_category"))
    previous: dict[int, int] = {}
    plans_in_return: set[int] = set()
    for pk, case_id, child_id, started, ended, initial, latest in plan_rows:
        count = previous.get(child_id, 0)
        previous[child_id] = count + 1
        if case_id in episode_ids and _in_window(started, ended, start, end):
            plans_in_return.add(pk)
            tables.cp_plans.append({
                "plan_id": pk, "episode_id": case_id, "person_id": child_id, "CPPstartDate": started,
                "CPPendDate": _as_at(ended, end), "InitialCategoryOfAbuse": initial, "LatestCategoryOfAbuse": latest,
                "NumberOfPreviousCPP": count})
    plan_episode = {p["plan_id"]: p["episode_id"] for p in tables.cp_plans}
    for plan_id, held in of_cases(Conference.objects.filter(kind=ConferenceKind.REVIEW, cp_plan__isnull=False)).order_by(
            "held_on").values_list("cp_plan_id", "held_on"):
        if plan_id in plans_in_return and _in_window(held, held, start, end):
            episode_id = plan_episode[plan_id]
            tables.cp_reviews.append({"plan_id": plan_id, "episode_id": episode_id, "person_id": person_of[episode_id],
                                      "CPPreviewDate": held})

    wanted = set(person_of.values())
    people = Person.objects.all() if everyone else Person.objects.filter(
        Q(pk__in=cases.values("child_id")) | Q(pk__in=nfa_referrals.values("person_id")))
    for pk, upn, former, unknown, born, expected, sex, died, ethnicity in people.order_by("pk").values_list(
            "pk", "upn", "former_upn", "upn_unknown_reason", "date_of_birth", "expected_date_of_birth", "sex",
            "date_of_death", "ethnicity"):
        if pk in wanted:
            tables.children.append({
                "person_id": pk, "LAchildID": str(pk), "UPN": upn or None, "FormerUPN": former or None,
                "UPNunknown": unknown or None, "PersonBirthDate": born, "ExpectedPersonBirthDate": expected, "Sex": sex,
                "PersonDeathDate": died, "Ethnicity": ethnicity})
    disabilities = PersonDisability.objects.all() if everyone else PersonDisability.objects.filter(person__in=people)
    tables.disabilities = [{"person_id": pid, "Disability": code} for pid, code in disabilities.order_by(
        "person_id", "code").values_list("person_id", "code") if pid in wanted]
    return tables


def nested_census(tables: CensusTables) -> list[dict]:
    """Each child's census items nested as the XML nests them: child fields, Disabilities and CINdetails (each with its
    Assessments, CINPlanDates, Section47 and ChildProtectionPlans with their Reviews), children in LAchildID order."""
    def strip(row: dict, *keys: str) -> dict:
        return {k: v for k, v in row.items() if k not in keys}

    disabilities: dict[int, list[str]] = {}
    for d in tables.disabilities:
        disabilities.setdefault(d["person_id"], []).append(d["Disability"])
    blocks: dict[int, dict[str, list]] = {}
    for e in tables.episodes:
        blocks[e["episode_id"]] = {"Assessments": [], "CINPlanDates": [], "Section47": [], "ChildProtectionPlans": []}
    reviews: dict[int, list] = {}
    for r in tables.cp_reviews:
        reviews.setdefault(r["plan_id"], []).append({"CPPreviewDate": r["CPPreviewDate"]})
    ids = ("episode_id", "person_id")
    for block, rows, own in (("Assessments", tables.assessments, "assessment_id"), ("CINPlanDates", tables.cin_plans, "plan_id"),
                             ("Section47", tables.section47, "s47_id")):
        for row in rows:
            blocks[row["episode_id"]][block].append(strip(row, *ids, own))
    for row in tables.cp_plans:
        blocks[row["episode_id"]]["ChildProtectionPlans"].append(
            {**strip(row, *ids, "plan_id"), "Reviews": reviews.get(row["plan_id"], [])})
    episodes: dict[int, list[dict]] = {}
    for e in sorted(tables.episodes, key=lambda e: (e["CINreferralDate"], e["episode_id"])):
        episodes.setdefault(e["person_id"], []).append({**strip(e, *ids, "case_id"), **blocks[e["episode_id"]],
                                                        "episode_id": e["episode_id"]})
    return [{**strip(c, "person_id"), "person_id": c["person_id"], "Disabilities": disabilities.get(c["person_id"]) or ["NONE"],
             "CINdetails": episodes.get(c["person_id"], [])} for c in tables.children]


def referral_nfa_census_items(referral) -> dict:
    """The CINdetails of a referral that ended with no further action (no case was opened): ReferralNFA true."""
    from hearth.frontdoor.models import Referral

    child = nested_census(census_tables(cases=Case.objects.none(), nfa_referrals=Referral.objects.filter(pk=referral.pk)))
    return _flat(child[0], 0)


def _flat(child: dict, index: int) -> dict:
    episode = {k: v for k, v in child["CINdetails"][index].items() if k != "episode_id"}
    return {**{k: v for k, v in child.items() if k not in ("CINdetails", "person_id")}, **episode}


def cin_census_items(case: Case) -> dict:
    """Every CIN census data item for one child's episode (a Case = one CINdetails), keyed by the DfE element
    names (domain.md §2.1; hearth/returns/dfe/CIN_schema_2025_derived.xsd), derived from the records: nothing is
    typed twice. The same derivation as the census of many children (census_tables), for one case.

    Lists (Assessments, CINPlanDates, Section47, ChildProtectionPlans, Reviews) are lists of dicts.
    """
    child = nested_census(census_tables(cases=Case.objects.filter(pk=case.pk)))[0]
    index = next(i for i, e in enumerate(child["CINdetails"]) if e["episode_id"] == case.pk)
    return _flat(child, index)
