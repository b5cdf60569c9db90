"""Demo data the returns need: the statutory history of the demo authority's cases (a referral, an assessment, plans,
section 47 enquiries and conferences that agree with each case's status and dates), and an analyst login.

Without it the demo's children have cases but no statutory steps, so the CIN census and Annex A would be empty.
Rows are bulk-created from the cases already generated (fast for the 50,000-child authority) with a random generator
of its own, so the rest of the demo is unchanged. Every date follows the DfE rules the returns check: conferences on
working days within 15 working days of the enquiry, plans starting at the conference, reviews after the start,
nothing after the case closed.
"""

from __future__ import annotations

import datetime as dt
import random

from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from hearth.cases.models import Case, CaseStatus, ChronologyEntry, EntryKind
from hearth.casework.models import (
    Assessment,
    AssessmentOutcome,
    CINPlan,
    CINPlanReview,
    Conference,
    ConferenceKind,
    ConferenceOutcome,
    CoreGroup,
    CPPlan,
    Section47,
)
from hearth.core.codes import AssessmentFactor, CategoryOfAbuse, PrimaryNeed, ReferralSource
from hearth.core.workdays import add_months, add_working_days, is_working_day
from hearth.frontdoor.models import Channel, Decision, MatchStatus, Referral

BATCH = 2000
ANALYSTS_GROUP = "Analysts"
STATUTORY = (CaseStatus.ASSESSMENT, CaseStatus.CHILD_IN_NEED, CaseStatus.CHILD_PROTECTION, CaseStatus.LOOKED_AFTER)
FACTORS = [code for code in AssessmentFactor.values if code != "21"]
NEEDS = [code for code in PrimaryNeed.values if code not in ("N0", "N9")]
SOURCES = ReferralSource.values
CHAIRS = ["Pat Okafor", "Sam Lindqvist", "Jo Marsh", "Ruth Adebayo"]


def working_day(day: dt.date) -> dt.date:
    return add_working_days(day, 0)


def _at(day: dt.date, hour: int) -> dt.datetime:
    return timezone.make_aware(dt.datetime(day.year, day.month, day.day, hour))


def analysts_group() -> Group:
    group, _ = Group.objects.get_or_create(name=ANALYSTS_GROUP)
    group.permissions.add(Permission.objects.get(content_type__app_label="returns", codename="produce_returns"))
    return group


def add_analyst(ctx) -> tuple[str, str]:
    """The demo's analyst login `analyst`, in the Analysts group."""
    from hearth.accounts.models import User
    from hearth.demo.generate import DEMO_PASSWORD

    user = User.objects.create_user(username="analyst", password=DEMO_PASSWORD, first_name="Avery", last_name="Quinn",
                                    email=f"analyst@{ctx.spec.email_domain}", job_title="Performance analyst")
    user.groups.add(analysts_group())
    return "analyst", f"{user} — performance analyst: statutory returns at /returns/"


def statutory_history(ctx) -> None:
    """A referral and the statutory steps for each demo case that is statutory work."""
    rng = random.Random(ctx.spec.seed + 7)
    today = ctx.today
    rows: dict[str, list] = {"referrals": [], "assessments": [], "cin_plans": []}
    cp_cases: list[tuple] = []
    cases = Case.objects.filter(status__in=STATUTORY).select_related("child").order_by("pk")
    needs: list[tuple[int, str, str]] = []
    for case in cases.iterator(chunk_size=BATCH):
        child = case.child
        opened, closed = case.opened_on, case.closed_on
        end = closed or today - dt.timedelta(days=1)
        strategy = case.status == CaseStatus.CHILD_PROTECTION
        rows["referrals"].append(Referral(
            channel=rng.choice([Channel.PHONE, Channel.EMAIL]), received_at=_at(opened, 10), due_at=_at(opened, 17),
            source=rng.choice(SOURCES), concerns=case.reason or "Concerns about the child's care",
            child_given_name=child.given_name, child_family_name=child.family_name, child_date_of_birth=child.date_of_birth,
            child_sex=child.sex, match_status=MatchStatus.CONFIRMED, person=child,
            decision=Decision.STRATEGY if strategy else Decision.ASSESSMENT, decision_reason="Threshold for statutory work met",
            decided_at=_at(opened, 15), allocated_unit_id=case.unit_id, case=case))
        need = "N1" if strategy or case.status == CaseStatus.LOOKED_AFTER else rng.choice(NEEDS)
        reason = ""
        recent = (today - opened).days < 30 and closed is None
        done = None if recent else min(working_day(opened + dt.timedelta(days=rng.randint(5, 35))), end)
        if done is not None and done < opened:
            done = opened
        factors = sorted(rng.sample(FACTORS, rng.randint(1, 3))) if done else []
        outcome = ""
        if strategy and not recent and (end - opened).days >= 20:
            s47_on = working_day(opened + dt.timedelta(days=1))
            icpc_on = add_working_days(s47_on, rng.randint(5, 14))
            if icpc_on < end:
                done = icpc_on  # the assessment concludes at the conference (so both are in the same returns)
                cp_cases.append((case, s47_on, icpc_on, closed))
                outcome = AssessmentOutcome.STRATEGY_DISCUSSION
        if done and not outcome:
            if case.status in (CaseStatus.CHILD_IN_NEED, CaseStatus.CHILD_PROTECTION) and done < end:
                outcome = AssessmentOutcome.CIN_PLAN
                rows["cin_plans"].append(CINPlan(case=case, started_on=done, ended_on=closed))
            else:
                outcome = AssessmentOutcome.CIN_PLAN if case.status == CaseStatus.LOOKED_AFTER else AssessmentOutcome.EARLY_HELP
                # "Closed after assessment" only when the case closed soon after it (else the assessment may fall in an
                # earlier census year than the closure: DfE query 8825Q).
                soon = closed is not None and (closed - done).days <= 30
                reason = "RC9" if outcome == AssessmentOutcome.EARLY_HELP and soon else "RC7"
        rows["assessments"].append(Assessment(
            case=case, started_on=opened, child_seen_on=opened if child.date_of_birth else None, factors=factors,
            outcome=outcome, completed_on=done, authorised_on=done))
        needs.append((case.pk, need, (reason or "RC7") if closed else ""))
    for key, model in (("referrals", Referral), ("assessments", Assessment), ("cin_plans", CINPlan)):
        model.objects.bulk_create(rows[key], batch_size=BATCH)
        ctx.add(f"statutory_{key}", len(rows[key]))
    cp_plans = _child_protection(ctx, rng, cp_cases)
    _keeping_to_time(ctx, rows["cin_plans"], cp_plans)
    by_need: dict[tuple[str, str], list[int]] = {}
    for pk, need, reason in needs:
        by_need.setdefault((need, reason), []).append(pk)
    for (need, reason), pks in by_need.items():
        for i in range(0, len(pks), BATCH):
            Case.objects.filter(pk__in=pks[i:i + BATCH]).update(primary_need=need, closure_reason=reason)


def _child_protection(ctx, rng: random.Random, cp_cases: list[tuple]) -> list[CPPlan]:
    today = ctx.today
    enquiries = [Section47(case=case, started_on=s47_on, outcome="conference") for case, s47_on, _icpc, _closed in cp_cases]
    Section47.objects.bulk_create(enquiries, batch_size=BATCH)
    plans = [CPPlan(case=case, started_on=icpc_on, initial_category=(cat := rng.choice(CategoryOfAbuse.values)),
                    latest_category=cat, ended_on=closed)
             for (case, _s47, icpc_on, closed) in cp_cases]
    CPPlan.objects.bulk_create(plans, batch_size=BATCH)
    conferences = []
    for (case, _s47, icpc_on, closed), s47, plan in zip(cp_cases, enquiries, plans, strict=True):
        chair = rng.choice(CHAIRS)
        conferences.append(Conference(case=case, kind=ConferenceKind.INITIAL, held_on=icpc_on, chair_name=chair,
                                      chair_role="Child protection chair", outcome=ConferenceOutcome.CP_PLAN, section47=s47,
                                      cp_plan=plan))
        end = closed or today
        review = add_months(icpc_on, 3)
        while True:
            while not is_working_day(review):
                review += dt.timedelta(days=1)
            if review >= end:
                break
            conferences.append(Conference(case=case, kind=ConferenceKind.REVIEW, held_on=review, chair_name=chair,
                                          chair_role="Child protection chair", outcome=ConferenceOutcome.CONTINUE_PLAN,
                                          cp_plan=plan))
            review = add_months(review, 6)
    Conference.objects.bulk_create(conferences, batch_size=BATCH)
    ctx.add("statutory_section47s", len(enquiries))
    ctx.add("statutory_cp_plans", len(plans))
    ctx.add("statutory_conferences", len(conferences))
    return plans


LATE = 0.1  # about one plan in ten has its latest meeting or visit late, so the board shows exceptions, not every child
VISIT_NOTES = [  # each begins "Planned statutory visit." (the demo's tests tell these from the general history by it)
    "Planned statutory visit. {c} was seen at home and showed me their room; we talked about school and friends.",
    "Planned statutory visit. Saw {c} with their carer; went through the plan's actions and what has changed since the last visit.",
    "Planned statutory visit. {c} was seen and spoken to alone; no new concerns raised. Home conditions were adequate.",
    "Planned statutory visit. {c} was seen after school; the family talked about the support from the family centre.",
]


def _keeping_to_time(ctx, cin_plans: list[CINPlan], cp_plans: list[CPPlan]) -> None:
    """Core groups, child in need plan reviews and statutory visits, as a unit that mostly keeps to its timescales
    does them (casework.models.NATIONAL_DEFAULTS: first core group within 10 working days of the conference, CIN plan
    reviewed every 3 months, visits every 10 working days on a CP plan and 20 on a CIN plan): on time, with about one
    plan in ten late. Each meeting and visit is on the chronology, as the casework services record them. Visits are
    written for the last four months of each open plan only, which keeps the large authority quick to build."""
    rng = random.Random(ctx.spec.seed + 11)  # a generator of its own: the rest of the demo is unchanged
    today = ctx.today
    authors = {t.unit.pk: [u.pk for u in t.by_kind[EntryKind.HOME_VISIT]] for t in ctx.teams}
    cases = {c.pk: c for c in Case.objects.filter(pk__in=[p.case_id for p in (*cin_plans, *cp_plans)])
             .select_related("child").only("pk", "unit_id", "child_id", "closed_on", "child__given_name", "child__date_of_birth")}
    meetings: dict[type, list] = {CoreGroup: [], CINPlanReview: []}
    entries: list[ChronologyEntry] = []

    def entry(case, kind, day, title, narrative, **extra):
        entries.append(ChronologyEntry(child_id=case.child_id, case_id=case.pk, unit_id=case.unit_id, kind=kind, occurred_on=day,
                                       title=title, narrative=narrative, author_id=rng.choice(authors[case.unit_id]),
                                       recorded_at=_at(day, rng.randint(10, 17)), **extra))

    def series(first: dt.date, end: dt.date, step) -> list[dt.date]:
        days = []
        while first < end:
            days.append(first)
            first = step(first)
        return days

    for plan in cp_plans:
        case = cases[plan.case_id]
        end = plan.ended_on or today
        late = rng.random() < LATE
        first = add_working_days(plan.started_on, rng.randint(11, 14) if late else rng.randint(4, 10))
        for day in series(first, end, lambda d: add_working_days(d, rng.randint(20, 30))):
            meetings[CoreGroup].append(CoreGroup(plan=plan, held_on=day, notes="Core group met; plan actions reviewed."))
            entry(case, EntryKind.CORE_GROUP, day, "Core group", "Core group met; plan actions reviewed.")
    for plan in cin_plans:
        case = cases[plan.case_id]
        end = plan.ended_on or (today - dt.timedelta(days=rng.randint(100, 160)) if rng.random() < LATE else today)
        first = add_months(plan.started_on, 3) - dt.timedelta(days=rng.randint(0, 14))
        for day in series(first, end, lambda d: add_months(d, 3) - dt.timedelta(days=rng.randint(0, 14))):
            meetings[CINPlanReview].append(CINPlanReview(plan=plan, held_on=day, notes="Plan reviewed with the family."))
            entry(case, EntryKind.CIN_PLAN, day, "Child in need plan review", "Plan reviewed with the family.")
    for plans, gap in ((cp_plans, (6, 10)), (cin_plans, (12, 20))):
        for plan in plans:
            case = cases[plan.case_id]
            dob = case.child.date_of_birth
            if plan.ended_on is not None or case.closed_on is not None or dob is None:  # no visits to see an unborn baby
                continue
            stop = today - dt.timedelta(days=rng.randint(30, 60) if rng.random() < LATE else 1)
            start = max(plan.started_on + dt.timedelta(days=1), today - dt.timedelta(days=120))
            for day in series(add_working_days(start, rng.randint(1, gap[0])), stop,
                              lambda d, gap=gap: add_working_days(d, rng.randint(*gap))):
                note = rng.choice(VISIT_NOTES).format(c=case.child.given_name)
                alone = (day - dob).days >= 4 * 365 and rng.random() < 0.6
                entry(case, EntryKind.HOME_VISIT, day, "Statutory visit", note, minutes=rng.randrange(45, 125, 5), child_seen=True,
                      seen_alone=alone)
    for model, rows in meetings.items():
        model.objects.bulk_create(rows, batch_size=BATCH)
    ChronologyEntry.objects.bulk_create(entries, batch_size=BATCH)
    ctx.add("statutory_plan_meetings", sum(len(rows) for rows in meetings.values()))
    ctx.add("statutory_visits", sum(1 for e in entries if e.kind == EntryKind.HOME_VISIT))
