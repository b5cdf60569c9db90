"""Reads over statutory casework: re-referrals, the CIN census items of a case, drifting cases and clocks."""

from __future__ import annotations

import datetime as dt

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


def is_cin_episode(case: Case) -> bool:
    """Whether a case is a children-in-need episode for the CIN census: statutory work was done or decided
    (an assessment, a section 47 enquiry, a CIN or CP plan, or a front-door decision to assess or hold a strategy
    discussion). A case held only for early help is not one."""
    return (case.assessments.exists() or case.section47s.exists() or case.cin_plans.exists() or case.cp_plans.exists()
            or case.referrals.filter(decision__in=["assessment", "strategy"]).exists())


def referral_nfa_census_items(referral) -> dict:
    """The CINdetails of a referral that ended with no further action (no case was opened): ReferralNFA true."""
    return {"CINreferralDate": _received_on(referral), "ReferralSource": referral.source, "ReferralNFA": True,
            "CINclosureDate": timezone.localtime(referral.decided_at).date() if referral.decided_at else None,
            "ReasonForClosure": None, "PrimaryNeedCode": None, "DateOfInitialCPC": None, "Assessments": [],
            "CINPlanDates": [], "Section47": [], "ChildProtectionPlans": []}


def cin_census_items(case: Case) -> dict:
    """Every CIN census data item for one child's episode (a Case = one CINdetails), keyed by the DfE element
    names (domain.md §2.1; dfe/CIN_schema_2025_derived.xsd), derived from the records: nothing is typed twice.

    Lists (Assessments, CINPlanDates, Section47, ChildProtectionPlans, Reviews) are lists of dicts.
    """
    from hearth.casework.models import CPPlan

    child = case.child
    referral = case.referrals.order_by("received_at").first()
    icpc = timescale(TimescaleKey.ICPC)
    initial_conferences = list(case.conferences.filter(kind=ConferenceKind.INITIAL).order_by("held_on"))
    section47s = []
    for s47 in case.section47s.select_related("strategy_discussion").order_by("started_on"):
        held = next((c.held_on for c in initial_conferences if c.section47_id == s47.pk), None)
        start = s47.strategy_discussion.held_on if s47.strategy_discussion_id else s47.started_on
        section47s.append({"S47ActualStartDate": s47.started_on, "InitialCPCtarget": icpc.due(start),
                           "DateOfInitialCPC": held, "ICPCnotRequired": s47.icpc_not_required})
    plans = []
    for plan in case.cp_plans.order_by("started_on"):
        previous = CPPlan.objects.filter(case__child_id=case.child_id, started_on__lt=plan.started_on).count()
        reviews = list(plan.conferences.filter(kind=ConferenceKind.REVIEW).order_by("held_on").values_list("held_on", flat=True))
        plans.append({"CPPstartDate": plan.started_on, "CPPendDate": plan.ended_on, "InitialCategoryOfAbuse": plan.initial_category,
                      "LatestCategoryOfAbuse": plan.latest_category, "NumberOfPreviousCPP": previous,
                      "Reviews": [{"CPPreviewDate": d} for d in reviews]})
    return {
        # ChildIdentifiers
        "LAchildID": str(child.pk),
        "UPN": child.upn or None,
        "FormerUPN": child.former_upn or None,
        "UPNunknown": child.upn_unknown_reason or None,
        "PersonBirthDate": child.date_of_birth,
        "ExpectedPersonBirthDate": child.expected_date_of_birth,
        "Sex": child.sex,
        "PersonDeathDate": child.date_of_death,
        # ChildCharacteristics
        "Ethnicity": child.ethnicity,
        "Disabilities": sorted(child.disabilities.values_list("code", flat=True)) or ["NONE"],
        # CINdetails
        "CINreferralDate": _received_on(referral) if referral else case.opened_on,
        "ReferralSource": referral.source if referral else None,
        "PrimaryNeedCode": case.primary_need or None,
        "CINclosureDate": case.closed_on,
        "ReasonForClosure": case.closure_reason or None,
        "DateOfInitialCPC": initial_conferences[0].held_on if initial_conferences else None,
        "ReferralNFA": bool(referral and referral.decision == "nfa"),
        "Assessments": [
            {"AssessmentActualStartDate": a.started_on, "AssessmentInternalReviewDate": a.completed_on,
             "AssessmentAuthorisationDate": a.authorised_on, "FactorsIdentifiedAtAssessment": list(a.factors)}
            for a in case.assessments.order_by("started_on")
        ],
        "CINPlanDates": [{"CINPlanStartDate": p.started_on, "CINPlanEndDate": p.ended_on}
                         for p in case.cin_plans.order_by("started_on")],
        "Section47": section47s,
        "ChildProtectionPlans": plans,
    }
