"""Each casework service: what it records (row, chronology, audit, case status) and each refusal writing nothing."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from hearth.audit.models import AuditEvent
from hearth.cases.models import Case, ChronologyEntry, EntryKind
from hearth.casework import models as m
from hearth.casework import services as cw
from tests.factories import child as make_child

MODELS = [m.Assessment, m.CINPlan, m.CINPlanReview, m.Section47, m.Conference, m.CPPlan, m.CoreGroup, m.EarlyHelpEpisode,
          m.ClosureProposal, ChronologyEntry, AuditEvent, Case]


def counts():
    return [model.objects.count() for model in MODELS]


def refused(call, field, message=None, **kwargs):
    """The call is refused with a message for `field`, and nothing at all is written."""
    before = counts()
    with pytest.raises(ValidationError) as caught:
        call(**kwargs)
    assert field in caught.value.message_dict, caught.value.message_dict
    if message:
        assert caught.value.message_dict[field] == [message]
    assert counts() == before
    return caught.value.message_dict


@pytest.fixture
def w(world):
    world.case = world.case_ada
    world.day = world.today - dt.timedelta(days=30)
    return world


def assessed(w, **kwargs):
    a = cw.start_assessment(actor=w.sw, case=w.case, started_on=w.day)
    return cw.complete_assessment(actor=w.sw, assessment=a, completed_on=w.day + dt.timedelta(days=5), outcome="cin_plan",
                                  factors=["4B"], **kwargs)


# --- assessments ---


@pytest.mark.django_db
def test_start_assessment_records_the_row_the_chronology_the_audit_and_the_status(w):
    a = cw.start_assessment(actor=w.sw, case=w.case, started_on=w.day)
    assert a.recorded_by == w.sw and a.started_on == w.day
    assert w.case.entries.filter(kind=EntryKind.ASSESSMENT, title="Assessment started").exists()
    assert AuditEvent.objects.filter(action="start_assessment", object_id=str(a.pk)).exists()
    w.case.refresh_from_db()
    assert w.case.status == "assessment"


@pytest.mark.django_db
def test_start_assessment_refusals_write_nothing(w):
    refused(cw.start_assessment, "started_on", "The date the assessment started must be today or in the past",
            actor=w.sw, case=w.case, started_on=w.today + dt.timedelta(days=1))
    refused(cw.start_assessment, "started_on", "Enter the date the assessment started", actor=w.sw, case=w.case, started_on=None)
    cw.start_assessment(actor=w.sw, case=w.case, started_on=w.day)
    refused(cw.start_assessment, "started_on", "This child already has an assessment in progress",
            actor=w.sw, case=w.case, started_on=w.day)


@pytest.mark.django_db
def test_assessment_progress_records_child_seen_and_validates_factor_codes(w):
    a = cw.start_assessment(actor=w.sw, case=w.case, started_on=w.day)
    cw.record_assessment_progress(actor=w.sw, assessment=a, child_seen_on=w.day, factors=["1B", "3B", "1B"])
    a.refresh_from_db()
    assert a.child_seen_on == w.day and a.factors == ["1B", "3B"]
    refused(cw.record_assessment_progress, "factors", "These are not DfE assessment factor codes: 7B, 18A",
            actor=w.sw, assessment=a, factors=["7B", "18A", "1A"])
    refused(cw.record_assessment_progress, "factors", actor=w.sw, assessment=a, factors=["21", "1A"])
    refused(cw.record_assessment_progress, "child_seen_on", actor=w.sw, assessment=a)


@pytest.mark.django_db
def test_complete_assessment_needs_outcome_and_factors_and_a_reason_when_late(w):
    a = cw.start_assessment(actor=w.sw, case=w.case, started_on=w.today - dt.timedelta(days=100))
    errors = refused(cw.complete_assessment, "outcome", actor=w.sw, assessment=a, completed_on=w.today, outcome="")
    assert "factors" in errors and "overdue_reason" in errors  # every problem at once
    refused(cw.complete_assessment, "factors", "\"No factors identified\" is only for an assessment ending in no further action",
            actor=w.sw, assessment=a, completed_on=w.today, outcome="cin_plan", factors=["21"], overdue_reason="Late")
    refused(cw.complete_assessment, "completed_on", actor=w.sw, assessment=a, completed_on=w.today - dt.timedelta(days=101),
            outcome="cin_plan", factors=["4B"])
    cw.complete_assessment(actor=w.sw, assessment=a, completed_on=w.today, outcome="cin_plan", factors=["4B"],
                           overdue_reason="Father could not be seen until he came home from working away", primary_need="N4")
    a.refresh_from_db()
    w.case.refresh_from_db()
    assert (a.outcome, a.completed_by, w.case.primary_need) == ("cin_plan", w.sw, "N4")
    assert "Completed after the due date" in w.case.entries.get(title="Assessment completed").narrative
    refused(cw.complete_assessment, "assessment", "This assessment is already complete", actor=w.sw, assessment=a,
            completed_on=w.today, outcome="cin_plan", factors=["4B"])


@pytest.mark.django_db
def test_authorise_assessment_after_completion_only(w):
    a = cw.start_assessment(actor=w.sw, case=w.case, started_on=w.day)
    refused(cw.authorise_assessment, "assessment", "Complete the assessment before authorising it",
            actor=w.csw, assessment=a, authorised_on=w.today)
    a = cw.complete_assessment(actor=w.sw, assessment=a, completed_on=w.day + dt.timedelta(days=3), outcome="cin_plan", factors=["4B"])
    refused(cw.authorise_assessment, "authorised_on", actor=w.csw, assessment=a, authorised_on=w.day)
    cw.authorise_assessment(actor=w.csw, assessment=a, authorised_on=w.today)
    a.refresh_from_db()
    assert (a.authorised_on, a.authorised_by) == (w.today, w.csw)
    assert AuditEvent.objects.filter(action="authorise_assessment").count() == 1


@pytest.mark.django_db
def test_overdue_reason_only_once_late(w):
    a = cw.start_assessment(actor=w.sw, case=w.case, started_on=w.today)
    refused(cw.record_overdue_reason, "reason", actor=w.sw, assessment=a, reason="Busy")
    old = cw.start_assessment(actor=w.sw, case=w.case_byron, started_on=w.today - dt.timedelta(days=90))
    cw.record_overdue_reason(actor=w.sw, assessment=old, reason="Interpreter needed")
    old.refresh_from_db()
    assert old.overdue_reason == "Interpreter needed"


# --- child in need ---


@pytest.mark.django_db
def test_cin_plan_start_review_and_end(w):
    refused(cw.start_cin_plan, "primary_need", "Select the child's primary need", actor=w.sw, case=w.case, started_on=w.day)
    plan = cw.start_cin_plan(actor=w.sw, case=w.case, started_on=w.day, primary_need="N5")
    w.case.refresh_from_db()
    assert (w.case.status, w.case.primary_need) == ("cin", "N5")
    refused(cw.start_cin_plan, "started_on", "This child already has a child in need plan", actor=w.sw, case=w.case,
            started_on=w.day)
    refused(cw.record_cin_review, "held_on", actor=w.sw, plan=plan, held_on=w.day - dt.timedelta(days=1))
    cw.record_cin_review(actor=w.sw, plan=plan, held_on=w.today, notes="Progress")
    refused(cw.end_cin_plan, "reason", "Enter why the plan is ending", actor=w.sw, plan=plan, ended_on=w.today, reason=" ")
    cw.end_cin_plan(actor=w.sw, plan=plan, ended_on=w.today, reason="Needs met")
    plan.refresh_from_db()
    assert plan.ended_on == w.today
    assert w.case.entries.filter(kind=EntryKind.CIN_PLAN).count() == 3


# --- section 47, conferences, CP plans ---


@pytest.mark.django_db
def test_icpc_not_required_records_the_reason_and_the_census_flag(w):
    s47 = cw.start_section_47(actor=w.sw, case=w.case, started_on=w.day)
    refused(cw.record_icpc_not_required, "reason", actor=w.sw, section47=s47, reason="")
    cw.record_icpc_not_required(actor=w.sw, section47=s47, reason="Injury explained by a fall, seen by GP")
    s47.refresh_from_db()
    assert s47.icpc_not_required and s47.outcome == "not_substantiated"
    refused(cw.record_icpc_not_required, "section47", actor=w.sw, section47=s47, reason="again")


@pytest.mark.django_db
def test_initial_conference_starts_a_plan_and_ends_a_cin_plan(w):
    cin = cw.start_cin_plan(actor=w.sw, case=w.case, started_on=w.day, primary_need="N1")
    s47 = cw.start_section_47(actor=w.sw, case=w.case, started_on=w.day)
    refused(cw.record_conference, "category", "Select the category of abuse", actor=w.sw, case=w.case, kind="initial",
            held_on=w.today, chair_name="Pat Chair", outcome="cp_plan")
    refused(cw.record_conference, "kind", "This child is not on a child protection plan", actor=w.sw, case=w.case,
            kind="review", held_on=w.today, chair_name="Pat Chair", outcome="continue_plan")
    refused(cw.record_conference, "chair_name", "Enter the chair's name", actor=w.sw, case=w.case, kind="initial",
            held_on=w.today, chair_name="", outcome="no_plan")
    conf = cw.record_conference(actor=w.sw, case=w.case, kind="initial", held_on=w.today, chair_name="Pat Chair",
                                chair_role="IRO", outcome="cp_plan", category="NEG")
    plan = m.CPPlan.objects.get(case=w.case)
    cin.refresh_from_db()
    s47.refresh_from_db()
    w.case.refresh_from_db()
    assert (conf.section47, conf.cp_plan, plan.initial_category, plan.latest_category) == (s47, plan, "NEG", "NEG")
    assert cin.ended_on == w.today and w.case.status == "cp" and s47.outcome == "conference"
    refused(cw.record_conference, "kind", actor=w.sw, case=w.case, kind="initial", held_on=w.today, chair_name="Pat Chair",
            outcome="cp_plan", category="NEG")


@pytest.fixture
def on_plan(w):
    w.case.primary_need = "N1"
    w.case.save()
    cw.record_conference(actor=w.sw, case=w.case, kind="initial", held_on=w.day, chair_name="Pat Chair", outcome="cp_plan",
                         category="PHY")
    w.plan = m.CPPlan.objects.get(case=w.case)
    return w


@pytest.mark.django_db
def test_core_group_and_category_change(on_plan):
    w = on_plan
    refused(cw.record_core_group, "held_on", actor=w.sw, plan=w.plan, held_on=w.day - dt.timedelta(days=1))
    cw.record_core_group(actor=w.sw, plan=w.plan, held_on=w.day + dt.timedelta(days=5))
    refused(cw.change_category, "category", "This is already the plan's category", actor=w.sw, plan=w.plan, category="PHY")
    refused(cw.change_category, "category", "Select the category of abuse", actor=w.sw, plan=w.plan, category="XYZ")
    cw.change_category(actor=w.sw, plan=w.plan, category="EMO")
    w.plan.refresh_from_db()
    assert (w.plan.initial_category, w.plan.latest_category) == ("PHY", "EMO")


@pytest.mark.django_db
def test_review_conference_ending_the_plan_steps_down_to_cin(on_plan):
    w = on_plan
    refused(cw.record_conference, "end_reason", actor=w.sw, case=w.case, kind="review", held_on=w.today, chair_name="Pat Chair",
            outcome="end_plan")
    cw.record_conference(actor=w.sw, case=w.case, kind="review", held_on=w.today, chair_name="Pat Chair", outcome="end_plan",
                         end_reason="Safe now", step_down_to_cin=True)
    w.plan.refresh_from_db()
    w.case.refresh_from_db()
    assert w.plan.ended_on == w.today and w.plan.stepped_down_to.started_on == w.today
    assert w.case.status == "cin"


@pytest.mark.django_db
def test_end_cp_plan_without_step_down(on_plan):
    w = on_plan
    refused(cw.end_cp_plan, "ended_on", actor=w.sw, plan=w.plan, ended_on=w.day - dt.timedelta(days=2), reason="x")
    cw.end_cp_plan(actor=w.sw, plan=w.plan, ended_on=w.today, reason="Moved to relatives")
    w.plan.refresh_from_db()
    assert w.plan.ended_on == w.today and w.plan.stepped_down_to is None
    refused(cw.end_cp_plan, "plan", "This plan has already ended", actor=w.sw, plan=w.plan, ended_on=w.today, reason="x")


# --- closure ---


@pytest.mark.django_db
def test_close_case_ends_plans_and_records_the_reason(on_plan):
    w = on_plan
    refused(cw.close_case, "reason_code", "Select the reason for closure", actor=w.sw, case=w.case, closed_on=w.today,
            reason_code="RC99")
    cw.close_case(actor=w.sw, case=w.case, closed_on=w.today, reason_code="RC4", note="SGO to grandmother")
    w.case.refresh_from_db()
    w.plan.refresh_from_db()
    assert (w.case.closed_on, w.case.closure_reason, w.plan.ended_on) == (w.today, "RC4", w.today)
    refused(cw.close_case, "case", actor=w.sw, case=w.case, closed_on=w.today, reason_code="RC4")
    refused(cw.start_assessment, "case", actor=w.sw, case=w.case, started_on=w.today)


@pytest.mark.django_db
def test_propose_closure_once(w):
    proposal = cw.propose_closure(actor=w.sw, case=w.case, reason="Nothing has happened for months; family doing well")
    assert proposal.proposed_by == w.sw
    refused(cw.propose_closure, "reason", "Closure is already proposed for this case", actor=w.sw, case=w.case, reason="again")
    refused(cw.propose_closure, "reason", "Enter why the case should close", actor=w.sw, case=w.case_byron, reason="")


@pytest.mark.django_db
def test_primary_need(w):
    refused(cw.set_primary_need, "primary_need", actor=w.sw, case=w.case, primary_need="N10")
    cw.set_primary_need(actor=w.sw, case=w.case, primary_need="N2")
    w.case.refresh_from_db()
    assert w.case.primary_need == "N2"


# --- early help ---


@pytest.mark.django_db
def test_early_help_step_up_opens_a_case_with_an_assessment(w):
    kid = make_child("Kit", "Marlowe")  # a child with no case
    episode = cw.start_early_help(actor=w.sw, child=kid, started_on=w.day, unit=w.unit_a, notes="Family support")
    refused(cw.start_early_help, "started_on", actor=w.sw, child=kid, started_on=w.day)
    refused(cw.step_up, "reason", actor=w.sw, episode=episode, stepped_up_on=w.today, reason="")
    assessment = cw.step_up(actor=w.sw, episode=episode, stepped_up_on=w.today, reason="Disclosure at school")
    episode.refresh_from_db()
    assert episode.outcome == "stepped_up" and episode.ended_on == w.today
    assert assessment.case.child == kid and assessment.case.unit == w.unit_a and assessment.case.status == "assessment"


@pytest.mark.django_db
def test_step_down_closes_the_case_and_starts_early_help(w):
    refused(cw.step_down, "reason_code", actor=w.sw, case=w.case, stepped_down_on=w.today, reason_code="")
    episode = cw.step_down(actor=w.sw, case=w.case, stepped_down_on=w.today, reason_code="RC9")
    w.case.refresh_from_db()
    assert (w.case.closed_on, w.case.closure_reason) == (w.today, "RC9")
    assert episode.stepped_down_from and episode.case == w.case and episode.ended_on is None
    cw.end_early_help(actor=w.sw, episode=episode, ended_on=w.today, outcome="completed")
    episode.refresh_from_db()
    assert episode.outcome == "completed"
    refused(cw.end_early_help, "episode", actor=w.sw, episode=episode, ended_on=w.today, outcome="completed")


@pytest.mark.django_db
def test_early_help_alongside_an_open_case_sets_the_status_only_without_statutory_work(w):
    w.case.status = "assessment"
    w.case.save()
    cw.start_early_help(actor=w.sw, child=w.case.child, started_on=w.today)
    w.case.refresh_from_db()
    assert w.case.status == "early_help"  # no plan or assessment in progress
    cw.start_early_help(actor=w.sw, child=w.byron, started_on=w.today, case=w.case_byron)
    cw.start_cin_plan(actor=w.sw, case=w.case_byron, started_on=w.today, primary_need="N4")
    w.case_byron.refresh_from_db()
    assert w.case_byron.status == "cin"


@pytest.mark.django_db
def test_a_front_door_early_help_decision_starts_an_episode_and_is_not_a_cin_episode(world):
    from hearth.casework.selectors import is_cin_episode
    from hearth.frontdoor import services as fd

    from .conftest import referral_kwargs

    referral = fd.receive_referral(actor=world.sw, **referral_kwargs())
    fd.decide(actor=world.sw, referral=referral, decision="early_help", reason="Family asked for help with routines")
    referral.refresh_from_db()
    episode = m.EarlyHelpEpisode.objects.get(child=referral.person)
    assert episode.case == referral.case and episode.ended_on is None and referral.case.status == "early_help"
    assert not is_cin_episode(referral.case)
    assessment = cw.step_up(actor=world.sw, episode=episode, stepped_up_on=world.today, reason="Disclosure")
    assert assessment.case == referral.case and is_cin_episode(referral.case)
    referral.case.refresh_from_db()
    assert referral.case.status == "assessment"
