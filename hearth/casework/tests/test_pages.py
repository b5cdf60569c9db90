"""Statutory casework pages: a form per step, back on the child's page with a banner; errors write nothing;
the wrong unit is asked for a reason and the signed-out are sent to sign in."""

import datetime as dt
import re

import pytest
from django.utils import timezone

from hearth.audit.models import AuditEvent
from hearth.cases.models import ChronologyEntry
from hearth.casework import services
from hearth.casework.models import Assessment, Conference, CPPlan, Section47


def _text(response) -> str:
    return re.sub(r"\s+", " ", response.content.decode())


def _date(prefix: str, d: dt.date) -> dict:
    return {f"{prefix}-day": str(d.day), f"{prefix}-month": str(d.month), f"{prefix}-year": str(d.year)}


def _url(person, slug):
    return f"/people/{person.pk}/statutory/{slug}/"


@pytest.fixture
def today():
    return timezone.localdate()


@pytest.mark.django_db
def test_start_assessment_saves_and_returns_to_the_childs_page_with_a_banner_and_the_clock(client, world, today):
    client.force_login(world.sw)
    page = client.get(_url(world.ada, "start-assessment"))
    assert page.status_code == 200
    assert "Start an assessment" in _text(page)
    response = client.post(_url(world.ada, "start-assessment"), _date("started_on", today), follow=True)
    assert response.redirect_chain[-1][0] == f"/people/{world.ada.pk}/"
    html = _text(response)
    assert "Assessment started: due by" in html
    assert re.search(r"govuk-tag--(blue|orange)\">Due( this week)?</strong> <strong>Assessment</strong>", html)
    assert f"/people/{world.ada.pk}/statutory/complete-assessment/" in html
    assessment = Assessment.objects.get(case=world.case_ada)
    assert assessment.recorded_by == world.sw and assessment.started_on == today
    assert AuditEvent.objects.filter(action="start_assessment", actor=world.sw).exists()


@pytest.mark.django_db
def test_date_field_names_the_problem_and_nothing_is_saved(client, world):
    client.force_login(world.sw)
    bad = {"started_on-day": "31", "started_on-month": "2", "started_on-year": "2026"}
    response = client.post(_url(world.ada, "start-assessment"), bad)
    assert response.status_code == 200
    html = _text(response)
    assert "There is a problem" in html and "The date must be a real date" in html
    assert not Assessment.objects.exists()


@pytest.mark.django_db
def test_complete_assessment_late_needs_the_reason_and_writes_nothing_without_it(client, world, today):
    assessment = services.start_assessment(actor=world.sw, case=world.case_ada, started_on=today - dt.timedelta(days=80))
    client.force_login(world.csw)
    entries = ChronologyEntry.objects.count()
    data = {**_date("completed_on", today), "outcome": "cin_plan", "factors": ["3B", "4B"]}
    response = client.post(_url(world.ada, "complete-assessment"), data)
    assert response.status_code == 200
    assert "Enter why the assessment ran past its due date" in _text(response)
    assessment.refresh_from_db()
    assert assessment.completed_on is None and ChronologyEntry.objects.count() == entries
    data["overdue_reason"] = "Mother was in hospital for three weeks"
    response = client.post(_url(world.ada, "complete-assessment"), data, follow=True)
    assert "Assessment completed: child in need plan" in _text(response)
    assessment.refresh_from_db()
    assert assessment.completed_on == today and assessment.factors == ["3B", "4B"] and assessment.completed_by == world.csw


@pytest.mark.django_db
def test_missing_answers_are_listed_in_plain_words(client, world, today):
    services.start_assessment(actor=world.sw, case=world.case_ada, started_on=today)
    client.force_login(world.sw)
    blank = {"completed_on-day": "", "completed_on-month": "", "completed_on-year": ""}
    response = client.post(_url(world.ada, "complete-assessment"), blank)
    html = _text(response)
    assert "Enter the date" in html
    assert "Select the outcome of the assessment" in html
    assert "Select the factors identified at assessment" in html


@pytest.mark.django_db
def test_section_47_to_conference_to_plan_to_review_and_step_down(client, world, today):
    client.force_login(world.sw)
    day = today - dt.timedelta(days=30)
    assert client.post(_url(world.ada, "start-section-47"), _date("started_on", day)).status_code == 302
    s47 = Section47.objects.get(case=world.case_ada)
    html = _text(client.get(f"/people/{world.ada.pk}/"))
    assert "Initial child protection conference" in html and "Overdue" in html  # 15 working days passed
    # An initial conference that starts a plan needs its category: nothing saved without it.
    data = {**_date("held_on", day + dt.timedelta(days=7)), "chair_name": "Iris Chair", "independent": "yes", "outcome": "cp_plan"}
    response = client.post(_url(world.ada, "initial-conference"), data)
    assert "Select the category of abuse" in _text(response)
    assert not Conference.objects.exists() and not CPPlan.objects.exists()
    response = client.post(_url(world.ada, "initial-conference"), {**data, "category": "NEG"}, follow=True)
    assert "child protection plan started (neglect)" in _text(response)
    plan = CPPlan.objects.get(case=world.case_ada)
    assert Conference.objects.get().section47 == s47
    html = _text(response)
    assert "First core group" in html and "Review conference" in html and "Child protection visit" in html
    # The review ends the plan and steps down to a child in need plan (the case needs its primary need first).
    world.case_ada.primary_need = "N1"
    world.case_ada.save()
    review = {**_date("held_on", today), "chair_name": "Iris Chair", "independent": "yes", "outcome": "end_plan"}
    response = client.post(_url(world.ada, "review-conference"), review)
    html = _text(response)
    assert "Enter why the plan is ending" in html and "Select whether the child steps down" in html
    response = client.post(_url(world.ada, "review-conference"), {**review, "end_reason": "Safe now", "step_down_to_cin": "yes"},
                           follow=True)
    assert "the plan ended, stepped down to a child in need plan" in _text(response)
    plan.refresh_from_db()
    assert plan.ended_on == today and plan.stepped_down_to is not None
    # Closure with its DfE reason.
    response = client.post(_url(world.ada, "close-case"), {**_date("closed_on", today), "reason_code": "RC7"}, follow=True)
    assert response.redirect_chain[-1][0] == f"/units/{world.unit_a.pk}/"  # no longer held: back on the board
    assert "Case closed for Ada Lovelace" in _text(response)
    world.case_ada.refresh_from_db()
    assert world.case_ada.closed_on == today and world.case_ada.closure_reason == "RC7"
    # The statutory history keeps the closed episode.
    from hearth.casework.views import statutory_context

    history = statutory_context(world.ada, None)["statutory_history"]
    assert history[0].startswith("Case closed") and "services ceased" in history[0]
    assert any(h.startswith("Child protection plan from") and "(neglect) to" in h for h in history)
    assert any(h.startswith("Initial child protection conference") for h in history)


@pytest.mark.django_db
def test_a_step_that_does_not_apply_sends_the_worker_back(client, world):
    client.force_login(world.sw)
    response = client.get(_url(world.ada, "review-conference"), follow=True)
    assert response.redirect_chain[-1][0] == f"/people/{world.ada.pk}/"
    assert "does not apply to Ada Lovelace" in _text(response)
    assert client.get(_url(world.ada, "no-such-step")).status_code == 404


@pytest.mark.django_db
def test_member_of_another_unit_is_asked_for_a_reason_and_nothing_is_saved(client, world, today):
    client.force_login(world.other)
    response = client.post(_url(world.ada, "start-assessment"), _date("started_on", today))
    assert response.status_code == 302 and response["Location"].startswith(f"/people/{world.ada.pk}/reason/")
    assert not Assessment.objects.exists()
    response = client.get(_url(world.ada, "start-assessment"))
    assert response.status_code == 302 and "/reason/" in response["Location"]


@pytest.mark.django_db
def test_signed_out_is_sent_to_sign_in(client, world, today):
    response = client.post(_url(world.ada, "start-assessment"), _date("started_on", today))
    assert response.status_code == 302 and "sign-in" in response["Location"]
    assert not Assessment.objects.exists()


@pytest.mark.django_db
def test_opening_a_step_is_audited(client, world):
    client.force_login(world.sw)
    client.get(_url(world.ada, "start-assessment"))
    event = AuditEvent.objects.filter(action="open_casework_form", actor=world.sw).latest("pk")
    assert event.person_id == world.ada.pk


def _drift(case, days: int):
    """Make a case look untouched for `days` (opened then, nothing significant since)."""
    case.opened_on = timezone.localdate() - dt.timedelta(days=days)
    case.save(update_fields=["opened_on"])
    ChronologyEntry.objects.filter(case=case).update(occurred_on=case.opened_on)


@pytest.mark.django_db
def test_unit_board_lists_overdue_and_due_this_week_across_the_units_children(client, world, today, django_assert_max_num_queries):
    services.start_section_47(actor=world.sw, case=world.case_ada, started_on=today - dt.timedelta(days=30))  # ICPC overdue
    services.start_section_47(actor=world.sw, case=world.case_byron, started_on=today - dt.timedelta(days=14))  # due soon
    services.start_section_47(actor=world.other, case=world.case_zed, started_on=today - dt.timedelta(days=30))  # unit B
    client.force_login(world.sw)
    with django_assert_max_num_queries(40):
        html = _text(client.get(f"/units/{world.unit_a.pk}/"))
    overdue = html[html.index(">Overdue <"):html.index(">Due this week <")]
    due = html[html.index(">Due this week <"):html.index("Children held by")]
    assert "Ada Lovelace" in overdue and "Initial child protection conference" in overdue and "Byron" not in overdue
    assert "Byron Lovelace" in due and "Ada" not in due
    assert "Zed Other" not in html
    assert f"/people/{world.ada.pk}/statutory/initial-conference/" in overdue
    table = html[html.index("Children held by"):]
    ada_row = table[table.index("Ada Lovelace"):table.index("Byron Lovelace")]
    assert re.search(r"govuk-tag--red\">Overdue</strong> \d+ \w+ \d{4}: initial child protection conference", ada_row)


@pytest.mark.django_db
def test_meeting_agenda_lists_clocks_and_drifting_cases_and_proposes_closure_in_one_step(client, world, today):
    from hearth.cases import services as case_services
    from hearth.casework.models import ClosureProposal

    services.start_section_47(actor=world.sw, case=world.case_ada, started_on=today - dt.timedelta(days=30))
    _drift(world.case_byron, 120)
    meeting = case_services.start_meeting(actor=world.csw, unit=world.unit_a)
    client.force_login(world.sw)
    html = _text(client.get(f"/meetings/{meeting.pk}/"))
    assert "Statutory clocks" in html and "Initial child protection conference" in html
    drifting = html[html.index("Drifting cases"):html.index("Every child")]
    assert "Byron Lovelace" in drifting and "Ada" not in drifting and "Propose closure" in drifting
    # Without a reason: an error in plain words, nothing saved.
    response = client.post(f"/meetings/{meeting.pk}/", {"case": world.case_byron.pk, f"close-{world.case_byron.pk}-reason": " "})
    assert response.status_code == 200
    assert "There is a problem" in _text(response) and "Enter why the case should close" in _text(response)
    assert not ClosureProposal.objects.exists()
    response = client.post(f"/meetings/{meeting.pk}/", {"case": world.case_byron.pk,
                                                         f"close-{world.case_byron.pk}-reason": "No concerns since the summer"},
                           follow=True)
    assert "Closure proposed for Byron Lovelace" in _text(response)
    proposal = ClosureProposal.objects.get()
    assert proposal.case == world.case_byron and proposal.proposed_by == world.sw and proposal.reason == "No concerns since the summer"
    assert "Closure proposed" in _text(response)[_text(response).index("Drifting cases"):]
    # The child's own page in the meeting shows the clocks too.
    child = _text(client.get(f"/meetings/{meeting.pk}/children/{world.case_ada.pk}/"))
    assert re.search(r"govuk-tag--red\">Overdue</strong> Initial child protection conference, due", child)


@pytest.mark.django_db
def test_another_unit_cannot_propose_closure_from_the_meeting(client, world):
    from hearth.cases import services as case_services
    from hearth.casework.models import ClosureProposal

    _drift(world.case_byron, 120)
    meeting = case_services.start_meeting(actor=world.csw, unit=world.unit_a)
    client.force_login(world.other)
    response = client.post(f"/meetings/{meeting.pk}/", {"case": world.case_byron.pk, f"close-{world.case_byron.pk}-reason": "x"})
    assert response.status_code == 403
    client.logout()
    response = client.post(f"/meetings/{meeting.pk}/", {"case": world.case_byron.pk, f"close-{world.case_byron.pk}-reason": "x"})
    assert response.status_code == 302 and "sign-in" in response["Location"]
    assert not ClosureProposal.objects.exists()


@pytest.mark.django_db
def test_step_down_asks_for_the_primary_need_and_saves_both_or_neither(client, world, today):
    from hearth.casework.models import CINPlan

    services.start_section_47(actor=world.sw, case=world.case_ada, started_on=today - dt.timedelta(days=10))
    services.record_conference(actor=world.sw, case=world.case_ada, kind="initial", held_on=today - dt.timedelta(days=5),
                               chair_name="Iris Chair", outcome="cp_plan", category="EMO")
    client.force_login(world.sw)
    assert "Primary need" in _text(client.get(_url(world.ada, "end-cp-plan")))
    data = {**_date("ended_on", today), "reason": "Risks reduced", "step_down_to_cin": "yes"}
    response = client.post(_url(world.ada, "end-cp-plan"), data)
    assert "Select the child&#39;s primary need to step down to a child in need plan" in _text(response)
    # The primary need is valid but the plan cannot end before it started: neither is saved.
    response = client.post(_url(world.ada, "end-cp-plan"), {**data, **_date("ended_on", today - dt.timedelta(days=30)),
                                                            "primary_need": "N1"})
    assert "There is a problem" in _text(response)
    world.case_ada.refresh_from_db()
    assert world.case_ada.primary_need == "" and CPPlan.objects.get().ended_on is None
    response = client.post(_url(world.ada, "end-cp-plan"), {**data, "primary_need": "N1"}, follow=True)
    assert "Child protection plan ended, stepped down to a child in need plan" in _text(response)
    world.case_ada.refresh_from_db()
    assert world.case_ada.primary_need == "N1" and CINPlan.objects.get(case=world.case_ada).ended_on is None


@pytest.mark.django_db
def test_board_queries_do_not_grow_with_the_units_children(client, world, today):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from hearth.cases import services as case_services
    from tests.factories import child

    services.start_section_47(actor=world.sw, case=world.case_ada, started_on=today)  # (an empty id list costs no query)
    client.force_login(world.sw)
    client.get(f"/units/{world.unit_a.pk}/")

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(f"/units/{world.unit_a.pk}/").status_code == 200
        return len(queries.captured_queries)

    before = count()
    for i in range(6):
        kid = child(f"Kid{i}", "Many", dt.date(2014, 1, 1 + i))
        case = case_services.open_case(actor=world.csw, child=kid, unit=world.unit_a, status="cin", opened_on=today)
        services.start_section_47(actor=world.sw, case=case, started_on=today - dt.timedelta(days=3 * i))
    assert count() == before


@pytest.mark.django_db
def test_with_the_second_person_policy_on_the_recorder_cannot_complete_their_own_assessment(client, world, today):
    from hearth.casework.models import StepPolicy

    StepPolicy.objects.update_or_create(step="complete_assessment", defaults={"needs_second_person": True})
    assessment = services.start_assessment(actor=world.sw, case=world.case_ada, started_on=today)
    data = {**_date("completed_on", today), "outcome": "no_further_action", "factors": ["21"]}
    client.force_login(world.sw)
    response = client.post(_url(world.ada, "complete-assessment"), data)
    assert "Someone other than the person who recorded it must do this" in _text(response).replace("&#39;", "'")
    assessment.refresh_from_db()
    assert assessment.completed_on is None
    client.force_login(world.csw)  # anyone else in the unit
    assert client.post(_url(world.ada, "complete-assessment"), data).status_code == 302
    assessment.refresh_from_db()
    assert assessment.completed_by == world.csw


@pytest.mark.django_db
def test_every_step_form_opens_when_it_applies(client, world, today):
    from hearth.casework.views import STEPS

    # Ada: an assessment in progress and a section 47 enquiry awaiting its conference.
    services.start_assessment(actor=world.sw, case=world.case_ada, started_on=today - dt.timedelta(days=60))
    services.start_section_47(actor=world.sw, case=world.case_ada, started_on=today)
    # Byron: a completed assessment, on a child protection plan, with early help alongside.
    done = services.start_assessment(actor=world.sw, case=world.case_byron, started_on=today)
    services.complete_assessment(actor=world.sw, assessment=done, completed_on=today, outcome="strategy_discussion", factors=["3B"])
    services.start_section_47(actor=world.sw, case=world.case_byron, started_on=today)
    services.record_conference(actor=world.sw, case=world.case_byron, kind="initial", held_on=today, chair_name="Iris",
                               outcome="cp_plan", category="NEG")
    services.start_early_help(actor=world.sw, child=world.byron, started_on=today)
    client.force_login(world.sw)
    opened = set()
    for child in (world.ada, world.byron):
        for slug, page in STEPS.items():
            response = client.get(_url(child, slug))
            if response.status_code == 200:
                assert page.title in _text(response) and page.button in _text(response)
                opened.add(slug)
            else:
                assert response.status_code == 302 and response["Location"] == f"/people/{child.pk}/"
    services.start_cin_plan(actor=world.sw, case=world.case_ada, started_on=today, primary_need="N4")
    for slug in ("cin-review", "end-cin-plan"):
        assert client.get(_url(world.ada, slug)).status_code == 200
        opened.add(slug)
    missing = set(STEPS) - opened
    assert missing == {"start-assessment", "start-section-47"}, missing  # both opened and saved in the tests above
