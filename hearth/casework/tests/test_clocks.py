"""Clocks across weekends, bank holidays (Christmas, Easter) and the year end; statuses; per-authority timescales;
visits; the unit's clocks in a fixed number of queries; drift; re-referrals; the second-person policy."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from hearth.audit.models import AuditEvent
from hearth.cases import services as case_services
from hearth.cases.models import Case
from hearth.cases.selectors import unit_board
from hearth.casework import services as cw
from hearth.casework.clocks import (
    DUE,
    DUE_THIS_WEEK,
    MET,
    MET_LATE,
    OVERDUE,
    STOPPED,
    clock_status,
    clocks_for_case,
    drifting_cases,
    steps_of,
    unit_clocks,
)
from hearth.casework.models import CPPlan, StepPolicy, TimescaleSetting
from hearth.casework.selectors import is_re_referral, referral_nfa_census_items
from hearth.frontdoor import services as fd
from tests.factories import child as make_child

from .conftest import referral_kwargs


def new_case(w, opened_on, given="Kit"):
    kid = make_child(given, "Marlowe", dt.date(2017, 2, 2))
    return case_services.open_case(actor=w.sw, child=kid, unit=w.unit_a, opened_on=opened_on)


def clock_of(case, key, today):
    """The clock, read both ways: by query (the board) and from the case's steps in memory (the child's page)."""
    queried = clocks_for_case(case, today=today)
    read = Case.objects.get(pk=case.pk)
    in_memory = clocks_for_case(read, today=today, steps=steps_of([read]))
    assert queried == in_memory
    return {c.key: c for c in queried}[key]


def icpc_due(w, clock, strategy_on):
    clock.set(strategy_on)
    case = new_case(w, strategy_on - dt.timedelta(days=3))
    cw.start_section_47(actor=w.sw, case=case, started_on=strategy_on)
    return clock_of(case, "icpc", strategy_on).due_on


@pytest.mark.django_db
def test_icpc_due_over_christmas_and_the_year_end(world, clock):
    # From Monday 15 Dec 2025: 25, 26 Dec and 1 Jan are bank holidays, plus two weekends -> Thursday 8 Jan 2026.
    assert icpc_due(world, clock, dt.date(2025, 12, 15)) == dt.date(2026, 1, 8)


@pytest.mark.django_db
def test_icpc_due_over_easter(world, clock):
    # From Monday 30 Mar 2026: Good Friday 3 Apr and Easter Monday 6 Apr -> Wednesday 22 Apr.
    assert icpc_due(world, clock, dt.date(2026, 3, 30)) == dt.date(2026, 4, 22)


@pytest.mark.django_db
def test_core_group_and_review_clocks_from_the_initial_conference(world, clock):
    clock.set(dt.date(2025, 11, 28))
    case = new_case(world, dt.date(2025, 11, 1))
    cw.record_conference(actor=world.sw, case=case, kind="initial", held_on=dt.date(2025, 11, 28), chair_name="Pat Chair",
                         outcome="cp_plan", category="NEG")
    today = dt.date(2025, 12, 1)
    # 10 working days from Friday 28 Nov 2025, over two weekends -> Friday 12 Dec.
    assert clock_of(case, "first_core_group", today).due_on == dt.date(2025, 12, 12)
    # 3 months from 28 Nov -> 28 Feb 2026.
    assert clock_of(case, "review_conference", today).due_on == dt.date(2026, 2, 28)
    clock.set(dt.date(2026, 2, 20))
    cw.record_conference(actor=world.sw, case=case, kind="review", held_on=dt.date(2026, 2, 20), chair_name="Pat Chair",
                         outcome="continue_plan")
    # Reset by the review: then every 6 months.
    assert clock_of(case, "review_conference", dt.date(2026, 2, 20)).due_on == dt.date(2026, 8, 20)


@pytest.mark.django_db
def test_assessment_clock_counts_from_the_referral_and_an_authority_can_change_the_timescale(world, clock):
    received = clock.set(dt.date(2025, 12, 22))
    referral = fd.receive_referral(actor=world.sw, received_at=received, **referral_kwargs())
    fd.decide(actor=world.sw, referral=referral, decision="assessment", reason="Concerns")
    referral.refresh_from_db()
    case = referral.case
    # 45 working days from Monday 22 Dec 2025: 25, 26 Dec, 1 Jan and nine weekends -> Thursday 26 Feb 2026.
    assert clock_of(case, "assessment", dt.date(2025, 12, 22)).due_on == dt.date(2026, 2, 26)
    TimescaleSetting.objects.filter(key="assessment").update(value=40)
    assert clock_of(case, "assessment", dt.date(2025, 12, 22)).due_on == dt.date(2026, 2, 19)
    TimescaleSetting.objects.filter(key="icpc").update(value=20)
    clock.set(dt.date(2025, 12, 23))
    fd.record_strategy_discussion(actor=world.sw, child=case.child, held_on=dt.date(2025, 12, 23), information_shared="x",
                                  attendees=[{"name": "DS Kay", "agency": "police"}], s47_enquiry=True, decision_reason="y")
    # The front door's own due date and the clock use the authority's 20 working days.
    assert case.strategy_discussions.get().icpc_due_on == clock_of(case, "icpc", dt.date(2025, 12, 23)).due_on == dt.date(2026, 1, 23)


def test_clock_statuses():
    due, today = dt.date(2026, 1, 20), dt.date(2026, 1, 10)
    assert clock_status(due_on=due, done_on=None, stopped=False, today=today) == DUE
    assert clock_status(due_on=due, done_on=None, stopped=False, today=dt.date(2026, 1, 14)) == DUE_THIS_WEEK
    assert clock_status(due_on=due, done_on=None, stopped=False, today=dt.date(2026, 1, 20)) == DUE_THIS_WEEK
    assert clock_status(due_on=due, done_on=None, stopped=False, today=dt.date(2026, 1, 21)) == OVERDUE
    assert clock_status(due_on=due, done_on=dt.date(2026, 1, 20), stopped=False, today=today) == MET
    assert clock_status(due_on=due, done_on=dt.date(2026, 1, 21), stopped=True, today=today) == MET_LATE
    assert clock_status(due_on=due, done_on=None, stopped=True, today=dt.date(2026, 3, 1)) == STOPPED


@pytest.mark.django_db
def test_cp_visits_reset_only_when_the_child_is_seen(world, clock):
    clock.set(dt.date(2026, 1, 5))
    case = new_case(world, dt.date(2026, 1, 2))
    cw.record_conference(actor=world.sw, case=case, kind="initial", held_on=dt.date(2026, 1, 5), chair_name="Pat Chair",
                         outcome="cp_plan", category="NEG")
    assert clock_of(case, "visit", dt.date(2026, 1, 5)).due_on == dt.date(2026, 1, 19)  # 10 working days
    clock.set(dt.date(2026, 1, 12))
    case_services.record_work(actor=world.sw, child=case.child, kind="home_visit", occurred_on=dt.date(2026, 1, 12), minutes=30,
                              narrative="Nobody home", child_seen=False)
    assert clock_of(case, "visit", dt.date(2026, 1, 12)).due_on == dt.date(2026, 1, 19)
    case_services.record_work(actor=world.sw, child=case.child, kind="home_visit", occurred_on=dt.date(2026, 1, 12), minutes=30,
                              narrative="Saw Kit", child_seen=True, seen_alone=True)
    visit = clock_of(case, "visit", dt.date(2026, 1, 20))
    assert (visit.started_on, visit.due_on, visit.status) == (dt.date(2026, 1, 12), dt.date(2026, 1, 26), DUE_THIS_WEEK)
    TimescaleSetting.objects.filter(key="cp_visit").update(value=5)
    assert clock_of(case, "visit", dt.date(2026, 1, 20)).status == OVERDUE


@pytest.mark.django_db
def test_cin_clocks_visits_and_reviews(world, clock):
    clock.set(dt.date(2026, 1, 5))
    case = new_case(world, dt.date(2026, 1, 2))
    cw.start_cin_plan(actor=world.sw, case=case, started_on=dt.date(2026, 1, 5), primary_need="N4")
    clocks = {c.key: c for c in clocks_for_case(case, today=dt.date(2026, 1, 5))}
    assert clocks["visit"].label == "Child in need visit" and clocks["visit"].due_on == dt.date(2026, 2, 2)  # 20 WD
    assert clocks["cin_review"].due_on == dt.date(2026, 4, 5)  # 3 months (local default)


@pytest.mark.django_db
def test_closing_stops_every_clock(world, clock):
    clock.set(dt.date(2026, 1, 5))
    case = new_case(world, dt.date(2026, 1, 2))
    cw.start_assessment(actor=world.sw, case=case, started_on=dt.date(2026, 1, 5))
    cw.start_section_47(actor=world.sw, case=case, started_on=dt.date(2026, 1, 5))
    assert {c.status for c in clocks_for_case(case, today=dt.date(2026, 1, 6))} == {DUE}
    clock.set(dt.date(2026, 1, 6))
    cw.close_case(actor=world.sw, case=case, closed_on=dt.date(2026, 1, 6), reason_code="RC7")
    assert {c.status for c in clocks_for_case(case, today=dt.date(2026, 6, 1))} == {STOPPED}


@pytest.mark.django_db
def test_unit_clocks_take_a_fixed_number_of_queries(world, clock, django_assert_max_num_queries):
    clock.set(dt.date(2026, 1, 5))

    def add(n):
        for i in range(n):
            case = new_case(world, dt.date(2026, 1, 2), given=f"Kid{n}{i}")
            cw.record_conference(actor=world.sw, case=case, kind="initial", held_on=dt.date(2026, 1, 5), chair_name="C",
                                 outcome="cp_plan", category="NEG")
            cw.start_section_47(actor=world.sw, case=case, started_on=dt.date(2026, 1, 5))
    add(3)
    with django_assert_max_num_queries(12):
        few = unit_clocks(world.unit_a, today=dt.date(2026, 1, 6))
    add(20)
    with django_assert_max_num_queries(12):
        many = unit_clocks(world.unit_a, today=dt.date(2026, 1, 6))
    assert len(many) == len(few) + 20
    some = next(c for c in CPPlan.objects.filter(case__unit=world.unit_a))
    assert many[some.case_id] == clocks_for_case(some.case, today=dt.date(2026, 1, 6))
    # The board passes the cases it has read (with last_seen_on): the same clocks, without reading them again.
    rows = list(unit_board(world.unit_a))
    with django_assert_max_num_queries(10):
        from_rows = unit_clocks(world.unit_a, today=dt.date(2026, 1, 6), cases=rows)
    assert from_rows == many


# --- drift ---


@pytest.mark.django_db
def test_a_case_with_nothing_significant_for_90_days_and_no_plan_drifts(world, clock):
    clock.set(dt.date(2026, 1, 5))
    quiet = new_case(world, dt.date(2025, 9, 1), given="Quiet")
    busy = new_case(world, dt.date(2025, 9, 1), given="Busy")
    planned = new_case(world, dt.date(2025, 9, 1), given="Planned")
    cw.start_cin_plan(actor=world.sw, case=planned, started_on=dt.date(2025, 9, 2), primary_need="N4")
    case_services.record_work(actor=world.sw, child=busy.child, kind="phone_call", occurred_on=dt.date(2025, 12, 1), minutes=10,
                              narrative="Spoke to mum")
    case_services.record_work(actor=world.sw, child=quiet.child, kind="admin", occurred_on=dt.date(2025, 12, 1), minutes=10,
                              narrative="Filed letters")  # admin is not a significant event
    today = dt.date(2026, 1, 5)
    drifting = drifting_cases(world.unit_a, today=today)
    ids = [d.case.pk for d in drifting]
    assert quiet.pk in ids and busy.pk not in ids and planned.pk not in ids
    row = next(d for d in drifting if d.case.pk == quiet.pk)
    assert row.last_event_on == dt.date(2025, 9, 1) and row.days == 126 and row.proposal is None
    proposal = cw.propose_closure(actor=world.sw, case=quiet, reason="No contact needed; family thriving")
    row = next(d for d in drifting_cases(world.unit_a, today=today) if d.case.pk == quiet.pk)
    assert row.proposal == proposal  # still listed for the meeting, now with the proposal
    TimescaleSetting.objects.filter(key="drift").update(value=200)
    assert quiet.pk not in [d.case.pk for d in drifting_cases(world.unit_a, today=today)]


# --- re-referral ---


@pytest.mark.django_db
def test_a_referral_within_12_months_of_a_closed_case_is_a_re_referral(world, clock):
    first = fd.receive_referral(actor=world.sw, received_at=clock.set(dt.date(2024, 6, 3)), **referral_kwargs())
    fd.decide(actor=world.sw, referral=first, decision="assessment", reason="Concerns")
    first.refresh_from_db()
    assert not is_re_referral(first)
    clock.set(dt.date(2025, 3, 3))
    cw.close_case(actor=world.sw, case=first.case, closed_on=dt.date(2025, 3, 3), reason_code="RC7")
    # The earlier referral is more than 12 months back, but the case closed within them.
    again = fd.receive_referral(actor=world.sw, received_at=clock.set(dt.date(2026, 1, 9)), **referral_kwargs())
    assert again.person == first.person and is_re_referral(again)
    stranger = fd.receive_referral(actor=world.sw, received_at=clock.set(dt.date(2026, 1, 9)),
                                   **referral_kwargs(child_given_name="Other", child_date_of_birth=dt.date(2019, 1, 1)))
    assert not is_re_referral(stranger)


@pytest.mark.django_db
def test_re_referral_after_a_closed_case_or_an_earlier_referral_but_not_after_12_months(world, clock):
    first = fd.receive_referral(actor=world.sw, received_at=clock.set(dt.date(2024, 1, 10)), **referral_kwargs())
    fd.decide(actor=world.sw, referral=first, decision="nfa", reason="Advice given", advice="Spoke to school")
    later = fd.receive_referral(actor=world.sw, received_at=clock.set(dt.date(2025, 1, 11)), **referral_kwargs())
    assert later.person == first.person and not is_re_referral(later)  # 12 months and a day
    soon = fd.receive_referral(actor=world.sw, received_at=clock.set(dt.date(2025, 3, 1)), **referral_kwargs())
    assert is_re_referral(soon)  # within 12 months of the previous referral
    first.refresh_from_db()
    items = referral_nfa_census_items(first)
    assert (items["ReferralNFA"], items["CINreferralDate"], items["ReferralSource"]) == (True, dt.date(2024, 1, 10), "2A")


# --- second person ---


@pytest.mark.django_db
def test_second_person_policy_off_by_default_and_on_when_the_authority_says(world):
    assert not StepPolicy.objects.filter(needs_second_person=True).exists()
    case = world.case_ada
    a = cw.start_assessment(actor=world.csw, case=case, started_on=world.today)
    cw.complete_assessment(actor=world.csw, assessment=a, completed_on=world.today, outcome="cin_plan", factors=["4B"])
    cw.authorise_assessment(actor=world.csw, assessment=a, authorised_on=world.today)  # the same person: allowed
    StepPolicy.objects.filter(step="authorise_assessment").update(needs_second_person=True)
    b = cw.start_assessment(actor=world.sw, case=world.case_byron, started_on=world.today)
    cw.complete_assessment(actor=world.sw, assessment=b, completed_on=world.today, outcome="cin_plan", factors=["4B"])
    before = AuditEvent.objects.count()
    with pytest.raises(ValidationError) as caught:
        cw.authorise_assessment(actor=world.sw, assessment=b, authorised_on=world.today)
    assert "authorised_on" in caught.value.message_dict and AuditEvent.objects.count() == before
    cw.authorise_assessment(actor=world.csw, assessment=b, authorised_on=world.today)


@pytest.mark.django_db
def test_a_second_person_for_everything_is_possible(world):
    StepPolicy.objects.update(needs_second_person=True)
    case = world.case_ada
    a = cw.start_assessment(actor=world.sw, case=case, started_on=world.today)
    with pytest.raises(ValidationError):
        cw.complete_assessment(actor=world.sw, assessment=a, completed_on=world.today, outcome="cin_plan", factors=["4B"])
    cw.complete_assessment(actor=world.csw, assessment=a, completed_on=world.today, outcome="cin_plan", factors=["4B"])
    with pytest.raises(ValidationError):
        cw.start_cin_plan(actor=world.csw, case=case, started_on=world.today, primary_need="N4")
    plan = cw.start_cin_plan(actor=world.sw, case=case, started_on=world.today, primary_need="N4")
    with pytest.raises(ValidationError):
        cw.end_cin_plan(actor=world.sw, plan=plan, ended_on=world.today, reason="Done")
    cw.end_cin_plan(actor=world.csw, plan=plan, ended_on=world.today, reason="Done")
    with pytest.raises(ValidationError) as caught:
        cw.record_conference(actor=world.sw, case=case, kind="initial", held_on=world.today, chair_name="Pat Chair",
                             independent=False, outcome="no_plan")
    assert caught.value.message_dict["independent"] == ["The authority requires an independent chair"]
    # The chair must not be in the unit holding the case (here the unit's consultant), whoever records it.
    csw_name = f"  {world.csw.get_full_name().upper()} "
    with pytest.raises(ValidationError) as caught:
        cw.record_conference(actor=world.sw, case=case, kind="initial", held_on=world.today, chair_name=csw_name,
                             independent=True, outcome="no_plan")
    assert caught.value.message_dict["chair_name"][0].startswith("The chair must be independent")
    with pytest.raises(ValidationError):
        cw.close_case(actor=world.sw, case=case, closed_on=world.today, reason_code="RC7")  # not proposed yet
    cw.propose_closure(actor=world.sw, case=case, reason="Needs met")
    with pytest.raises(ValidationError):
        cw.close_case(actor=world.sw, case=case, closed_on=world.today, reason_code="RC7")
    cw.close_case(actor=world.csw, case=case, closed_on=world.today, reason_code="RC7")


@pytest.mark.django_db
def test_many_meetings_a_clock_takes_the_first_core_group_and_the_latest_reviews(world, clock):
    """The board's query returns one row per plan for its meetings (the first core group, the latest review): the same
    clocks as the child's page, which reads every meeting."""
    clock.set(dt.date(2026, 1, 5))
    case = new_case(world, dt.date(2026, 1, 2))
    cw.record_conference(actor=world.sw, case=case, kind="initial", held_on=dt.date(2026, 1, 5), chair_name="Pat Chair",
                         outcome="cp_plan", category="NEG")
    plan = CPPlan.objects.get(case=case)
    for day in (dt.date(2026, 2, 20), dt.date(2026, 1, 14), dt.date(2026, 3, 30)):  # recorded out of order
        clock.set(max(day, dt.date(2026, 3, 30)))
        cw.record_core_group(actor=world.sw, plan=plan, held_on=day)
    clock.set(dt.date(2026, 4, 10))
    for day in (dt.date(2026, 4, 2), dt.date(2026, 3, 27)):
        cw.record_conference(actor=world.sw, case=case, kind="review", held_on=day, chair_name="Pat Chair", outcome="continue_plan")
    today = dt.date(2026, 4, 10)
    core = clock_of(case, "first_core_group", today)
    assert (core.done_on, core.status) == (dt.date(2026, 1, 14), MET)  # the first, not the latest
    assert clock_of(case, "review_conference", today).started_on == dt.date(2026, 4, 2)  # the latest review
    board = unit_clocks(world.unit_a, today=today, cases=list(unit_board(world.unit_a)))[case.pk]
    assert {c.key: c for c in board}["first_core_group"] == core


@pytest.mark.django_db
def test_steps_read_in_plain_statements_are_what_the_orm_reads(world):
    """steps_of builds its rows with core.sql.from_row: every field, JSON and dates included, as the ORM would give it
    (a factors list read as JSON text would be saved back double-encoded by the next step page)."""
    from hearth.casework import services
    from hearth.casework.models import Assessment

    case = world.case_ada
    started = dt.date(2026, 1, 5)
    assessment = services.start_assessment(actor=world.sw, case=case, started_on=started)
    services.record_assessment_progress(actor=world.sw, assessment=assessment, child_seen_on=started + dt.timedelta(days=2),
                                        factors=["1A", "2B"])
    read = steps_of([case]).assessments[case.pk][0]
    orm = Assessment.objects.get(pk=assessment.pk)
    assert read.factors == ["1A", "2B"]
    assert {f.attname: getattr(read, f.attname) for f in Assessment._meta.concrete_fields} == \
        {f.attname: getattr(orm, f.attname) for f in Assessment._meta.concrete_fields}
    assert read.case is case  # set, as prefetching would: no query to reach it
