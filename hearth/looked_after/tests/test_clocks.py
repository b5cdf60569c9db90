"""Looked-after clocks: review (20 working days, 3 months, 6 months), visits (reg 28), health, statuses, court,
care leavers' pathway plan and adviser contacts; the unit's clocks in a fixed number of queries."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from hearth.audit.models import AuditEvent
from hearth.cases import services as case_services
from hearth.cases.models import ChronologyEntry, EntryKind
from hearth.casework.clocks import DUE, DUE_THIS_WEEK, OVERDUE
from hearth.core.workdays import add_working_days
from hearth.looked_after import services
from hearth.looked_after.clocks import clocks_for_child, unit_clocks
from hearth.looked_after.models import Episode, HealthCheck, PathwayPlanReview, Review, Visit
from tests.factories import child as make_child

from .conftest import change, start

D = dt.timedelta


def clock(child, key, today, case=None):
    found = [c for c in clocks_for_child(child, case=case, today=today) if c.key == key]
    assert len(found) == 1, found
    return found[0]


def review(w, child, on):
    return Review.objects.create(child=child, review=on, review_code="PN1", iro_name="Iris Reed")


def test_first_review_within_20_working_days_over_christmas(world, past):
    start(world, world.ada, past)  # Monday 15 December 2025
    c = clock(world.ada, "la_review", past)
    # 16-19, 22-24, 29-31 Dec, 2 Jan, 5-9 Jan, 12-15 Jan: Christmas, Boxing Day and New Year's Day do not count
    assert c.due_on == dt.date(2026, 1, 15) == add_working_days(past, 20)
    assert (c.started_on, c.status, c.case_id) == (past, DUE, None)
    assert clock(world.ada, "la_review", dt.date(2026, 1, 9)).status == DUE_THIS_WEEK
    assert clock(world.ada, "la_review", dt.date(2026, 1, 16)).status == OVERDUE


def test_second_review_within_3_months_then_every_6_months(world, past):
    start(world, world.ada, past)
    review(world, world.ada, dt.date(2026, 1, 12))
    assert clock(world.ada, "la_review", dt.date(2026, 1, 13)).due_on == dt.date(2026, 4, 12)
    review(world, world.ada, dt.date(2026, 4, 1))
    assert clock(world.ada, "la_review", dt.date(2026, 4, 2)).due_on == dt.date(2026, 10, 1)
    review(world, world.ada, dt.date(2026, 9, 30))
    assert clock(world.ada, "la_review", dt.date(2026, 10, 1)).due_on == dt.date(2027, 3, 30)


def test_a_new_period_of_care_starts_the_reviews_again(world, past):
    start(world, world.ada, past)
    review(world, world.ada, dt.date(2026, 1, 12))
    services.end_care(actor=world.sw, child=world.ada, ended_on=dt.date(2026, 2, 1), rec="E4A")
    start(world, world.ada, dt.date(2026, 3, 2))
    assert clock(world.ada, "la_review", dt.date(2026, 3, 3)).due_on == add_working_days(dt.date(2026, 3, 2), 20)


def test_visits_follow_each_placement(world, past):
    start(world, world.ada, past)
    assert clock(world.ada, "la_visit", past).due_on == past + D(days=7)
    Visit.objects.create(child=world.ada, visited_on=past + D(days=5), seen_alone=True)
    assert clock(world.ada, "la_visit", past + D(days=6)).due_on == past + D(days=5 + 42)
    change(world, world.ada, past + D(days=20), ls="C1")  # a legal status change is not a new placement
    assert clock(world.ada, "la_visit", past + D(days=21)).due_on == past + D(days=47)
    change(world, world.ada, past + D(days=30), ls="C1", provider_name="Pat Jones", reason_place_change="CHILD")
    c = clock(world.ada, "la_visit", past + D(days=31))
    assert (c.started_on, c.due_on) == (past + D(days=30), past + D(days=37))


def test_long_term_placements_are_visited_3_monthly_after_the_first_year(world):
    placed = dt.date(2024, 6, 3)
    start(world, world.ada, placed, place="U4", ls="C2")
    Visit.objects.create(child=world.ada, visited_on=dt.date(2025, 6, 10), seen_alone=True)  # after the first year
    assert clock(world.ada, "la_visit", dt.date(2025, 6, 11)).due_on == dt.date(2025, 9, 10)
    Visit.objects.create(child=world.ada, visited_on=dt.date(2025, 5, 1), seen_alone=True)  # older: the latest counts
    start(world, world.byron, placed, place="U6", ls="C2")  # not long term: still 6-weekly
    Visit.objects.create(child=world.byron, visited_on=dt.date(2025, 6, 10), seen_alone=True)
    assert clock(world.byron, "la_visit", dt.date(2025, 6, 11)).due_on == dt.date(2025, 7, 22)


def test_health_assessments_6_monthly_under_5_and_yearly_from_5(world, past):
    baby = make_child("Bea", "Small", dt.date(2023, 1, 1))
    case_services.open_case(actor=world.sw, child=baby, unit=world.unit_a, opened_on=past - D(days=10))
    start(world, baby, past)
    assert clock(baby, "la_health", past).due_on == add_working_days(past, 20)  # before the first review
    HealthCheck.objects.create(child=baby, kind="health_assessment", done_on=dt.date(2026, 1, 5))
    assert clock(baby, "la_health", dt.date(2026, 1, 6)).due_on == dt.date(2026, 7, 5)
    start(world, world.ada, past)  # born 2015
    HealthCheck.objects.create(child=world.ada, kind="health_assessment", done_on=dt.date(2025, 10, 1))  # before care: counts
    assert clock(world.ada, "la_health", past).due_on == dt.date(2026, 10, 1)
    HealthCheck.objects.create(child=world.ada, kind="dental", done_on=dt.date(2026, 1, 1))  # not a health assessment
    assert clock(world.ada, "la_health", past).due_on == dt.date(2026, 10, 1)


def test_court_clock_26_weeks_with_extensions(world, past):
    services.record_pre_proceedings(actor=world.sw, case=world.case_ada, started_on=past, letter_sent_on=past,
                                    fgdm_offered_on=past, fgdm_accepted=False)
    app = services.record_care_application(actor=world.sw, case=world.case_ada, issued_on=past + D(days=14), court="Newcastle FC")
    c = clock(world.ada, "court", past + D(days=15), case=world.case_ada)
    assert (c.due_on, c.case_id) == (past + D(days=14, weeks=26), world.case_ada.pk)
    services.extend_care_application(actor=world.sw, application=app, weeks=8, reason="Expert report late")
    assert clock(world.ada, "court", past + D(days=15), case=world.case_ada).due_on == past + D(days=14, weeks=34)


def test_care_leavers_pathway_plan_and_adviser_contact(world):
    today = dt.date(2026, 11, 2)
    young = make_child("Cal", "Leaver", dt.date(2009, 3, 1))  # 16 on 1 March 2025
    case = case_services.open_case(actor=world.sw, child=young, unit=world.unit_a, opened_on=dt.date(2024, 1, 1))
    start(world, young, dt.date(2024, 9, 2))
    c = clock(young, "pathway_plan", today, case=case)  # eligible from the 16th birthday (13 weeks since 14 by then)
    assert (c.started_on, c.due_on, c.status) == (dt.date(2025, 3, 1), dt.date(2025, 6, 1), OVERDUE)
    PathwayPlanReview.objects.create(child=young, reviewed_on=dt.date(2026, 9, 1))
    assert clock(young, "pathway_plan", today, case=case).due_on == dt.date(2027, 3, 1)
    assert not [c for c in clocks_for_child(young, case=case, today=today) if c.key == "pa_contact"]  # still looked after
    services.end_care(actor=world.sw, child=young, ended_on=dt.date(2026, 10, 1), rec="E5")  # relevant now
    c = clock(young, "pa_contact", today, case=case)
    assert (c.started_on, c.due_on) == (dt.date(2026, 10, 1), dt.date(2026, 12, 1))
    assert not [c for c in clocks_for_child(young, case=case, today=today) if c.key in ("la_review", "la_visit")]


def test_still_in_care_after_18_has_a_pathway_plan_clock_and_no_adviser_contact_clock(world):
    young = make_child("Dee", "Older", dt.date(2007, 1, 10))  # 18 on 10 January 2025
    case = case_services.open_case(actor=world.sw, child=young, unit=world.unit_a, opened_on=dt.date(2022, 1, 1))
    start(world, young, dt.date(2022, 3, 1))  # never ended: the record is behind, but the clocks must still work
    keys = {c.key for c in clocks_for_child(young, case=case, today=dt.date(2025, 6, 1))}
    assert "pathway_plan" in keys and "pa_contact" not in keys


def test_a_child_never_looked_after_costs_one_query_and_a_looked_after_child_two(world, past):
    with CaptureQueriesContext(connection) as ctx:
        assert clocks_for_child(world.byron, case=world.case_byron) == []
    assert len(ctx.captured_queries) == 1
    start(world, world.byron, past)
    review(world, world.byron, past + D(days=3))
    Visit.objects.create(child=world.byron, visited_on=past + D(days=4), seen_alone=True)
    with CaptureQueriesContext(connection) as ctx:
        found = {c.key: c for c in clocks_for_child(world.byron, case=world.case_byron, today=past + D(days=5))}
    assert len(ctx.captured_queries) == 2
    with CaptureQueriesContext(connection) as ctx:  # given only the id (as casework's clocks_for_case has it)
        assert {c.key for c in clocks_for_child(world.byron.pk, case=world.case_byron, today=past + D(days=5))} == set(found)
    assert len(ctx.captured_queries) == 2
    assert found["la_review"].started_on == past + D(days=3) and found["la_visit"].started_on == past + D(days=4)


def test_unit_clocks_in_a_fixed_number_of_queries(world, past):
    start(world, world.ada, past)
    with CaptureQueriesContext(connection) as one:
        found = unit_clocks(world.unit_a, today=past + D(days=1))
    assert set(found) == {world.case_ada.pk}
    assert {c.key for c in found[world.case_ada.pk]} == {"la_review", "la_visit", "la_health"}
    start(world, world.byron, past)
    for n in range(6):
        kid = make_child(f"Kid{n}", "Many", dt.date(2012, 1, 1 + n))
        case_services.open_case(actor=world.sw, child=kid, unit=world.unit_a, opened_on=past - D(days=5))
        start(world, kid, past)
        review(world, kid, past + D(days=3))
        Visit.objects.create(child=kid, visited_on=past + D(days=2), seen_alone=False)
    with CaptureQueriesContext(connection) as many:
        found = unit_clocks(world.unit_a, today=past + D(days=4))
    assert len(found) == 8 and world.case_zed.pk not in found
    assert len(many.captured_queries) == len(one.captured_queries) == 2


def test_the_board_plug_in_puts_looked_after_clocks_beside_casework_clocks(world, past):
    from hearth.cases.selectors import unit_board
    from hearth.casework import clocks as casework_clocks
    from hearth.looked_after.clocks import add_unit_clocks
    from hearth.looked_after.views import clock_link

    start(world, world.ada, past)
    rows = list(unit_board(world.unit_a))
    found = casework_clocks.unit_clocks(world.unit_a, today=past + D(days=1), cases=rows)
    with CaptureQueriesContext(connection) as ctx:
        add_unit_clocks(found, world.unit_a, today=past + D(days=1), cases=rows)
    assert len(ctx.captured_queries) == 1  # the board's rows already carry the children: one query in all
    review_clock = next(c for c in found[world.case_ada.pk] if c.key == "la_review")
    assert clock_link(world.ada.pk, review_clock) == (f"/people/{world.ada.pk}/care/review/", "Record a looked-after review")
    assert world.case_byron.pk not in found or all(not c.key.startswith("la_") for c in found[world.case_byron.pk])


# --- visits on the schedules of CPPCR reg 28(3)-(5) (domain.md §1.1 rows 19-21) ---------------------------------------

AT_HOME = {"place": "P1", "place_provider": "PR0", "provider_name": "Mary Lovelace", "urn": "XXXXXXX", "weekly_cost": "0"}


def visit(child, on):
    return Visit.objects.create(child=child, visited_on=on, seen_alone=True)


def test_interim_care_order_at_home_is_visited_weekly_until_the_first_review_then_4_weekly_bank_holidays_included(world, past):
    start(world, world.ada, past, ls="C1", **AT_HOME)  # Monday 15 December 2025, placed with a parent under an interim order
    assert clock(world.ada, "la_visit", past).due_on == past + D(days=7)
    visit(world.ada, dt.date(2025, 12, 18))
    c = clock(world.ada, "la_visit", dt.date(2025, 12, 19))
    assert (c.started_on, c.due_on) == (dt.date(2025, 12, 18), dt.date(2025, 12, 25))  # Christmas Day: weeks are calendar days
    assert c.due_on != add_working_days(dt.date(2025, 12, 18), 5)
    visit(world.ada, dt.date(2026, 1, 14))
    # The first review was due on 15 January (20 working days) but is not held yet: visits stay weekly
    c = clock(world.ada, "la_visit", dt.date(2026, 1, 19))
    assert (c.due_on, c.status) == (dt.date(2026, 1, 21), DUE_THIS_WEEK)
    review(world, world.ada, dt.date(2026, 1, 19))
    assert clock(world.ada, "la_visit", dt.date(2026, 1, 20)).due_on == dt.date(2026, 1, 14) + D(weeks=4)
    start(world, world.byron, past)  # the same dates in foster care (reg 28(2)): 6 weeks, review or not
    visit(world.byron, dt.date(2026, 1, 14))
    assert clock(world.byron, "la_visit", dt.date(2026, 1, 15)).due_on == dt.date(2026, 1, 14) + D(weeks=6)


def test_temporary_approval_of_a_connected_person_weekly_then_4_weekly_until_fully_approved(world, past):
    start(world, world.ada, past, place="U3", provider_name="Aunt June", placed_under="reg24")
    visit(world.ada, past + D(days=6))
    assert clock(world.ada, "la_visit", past + D(days=7)).due_on == past + D(days=13)
    review(world, world.ada, past + D(days=20))
    assert clock(world.ada, "la_visit", past + D(days=21)).due_on == past + D(days=6 + 28)
    visit(world.ada, past + D(days=30))
    with CaptureQueriesContext(connection) as ctx:  # still the one query of facts (and the one for the child)
        assert clock(world.ada, "la_visit", past + D(days=31)).due_on == past + D(days=58)
    assert len(ctx.captured_queries) == 2
    # Approved in full: not a change the 903 counts (no new episode); the general 6 weeks from then on
    e = change(world, world.ada, past + D(days=40), place="U3", provider_name="Aunt June", placed_under="")
    assert e.decom == past and e.placed_under == "" and Episode.objects.filter(child=world.ada).count() == 1
    assert clock(world.ada, "la_visit", past + D(days=41)).due_on == past + D(days=30 + 42)
    entry = ChronologyEntry.objects.filter(child=world.ada, kind=EntryKind.CARE_EPISODE).order_by("-pk").first()
    assert entry.title == "Placement basis changed" and "regulation 24" in entry.narrative
    assert AuditEvent.objects.filter(action="change_care_episode", person_id=world.ada.pk).count() == 1


def test_placed_with_a_parent_before_assessment_weekly_then_6_weekly(world, past):
    start(world, world.ada, past, ls="C2", placed_under="reg19", **AT_HOME)  # reg 19 is stricter than reg 28(5) here
    assert clock(world.ada, "la_visit", past).due_on == past + D(days=7)
    visit(world.ada, past + D(days=7))
    visit(world.ada, past + D(days=14))
    assert clock(world.ada, "la_visit", past + D(days=15)).due_on == past + D(days=21)
    review(world, world.ada, past + D(days=18))
    assert clock(world.ada, "la_visit", past + D(days=19)).due_on == past + D(days=14 + 42)
    # Under an interim care order, reg 28(4) also fits and is stricter: 4 weeks after the review
    start(world, world.byron, past, ls="C1", placed_under="reg19", **AT_HOME)
    visit(world.byron, past + D(days=14))
    review(world, world.byron, past + D(days=18))
    assert clock(world.byron, "la_visit", past + D(days=19)).due_on == past + D(days=14 + 28)


def test_care_order_at_home_within_a_week_of_the_order_then_6_weekly(world, past):
    start(world, world.ada, past, ls="C1", **AT_HOME)  # at home on an interim order: weekly
    visit(world.ada, past + D(days=38))
    assert clock(world.ada, "la_visit", past + D(days=39)).due_on == past + D(days=45)
    change(world, world.ada, past + D(days=40), ls="C2", **AT_HOME)  # the care order, the child stays at home (RNE L)
    c = clock(world.ada, "la_visit", past + D(days=41))
    assert (c.started_on, c.due_on) == (past + D(days=40), past + D(days=47))  # within 1 week of the order
    visit(world.ada, past + D(days=45))
    assert clock(world.ada, "la_visit", past + D(days=46)).due_on == past + D(days=45 + 42)  # no review needed first
    # Moved home under a care order made earlier: within 1 week of the move, then 6 weeks
    start(world, world.byron, past, ls="C2")
    visit(world.byron, past + D(days=50))
    change(world, world.byron, past + D(days=60), ls="C2", reason_place_change="CARPL", **AT_HOME)
    assert clock(world.byron, "la_visit", past + D(days=61)).due_on == past + D(days=67)
    visit(world.byron, past + D(days=62))
    assert clock(world.byron, "la_visit", past + D(days=63)).due_on == past + D(days=62 + 42)


def test_the_general_schedule_is_the_fallback(world, past):
    start(world, world.ada, past, ls="V2", **AT_HOME)  # with a parent but accommodated, no reg 19: reg 28(2)
    visit(world.ada, past + D(days=5))
    assert clock(world.ada, "la_visit", past + D(days=6)).due_on == past + D(days=5 + 42)
    start(world, world.byron, past, place="U3", provider_name="Aunt June")  # a relative not approved under reg 24
    visit(world.byron, past + D(days=5))
    assert clock(world.byron, "la_visit", past + D(days=6)).due_on == past + D(days=5 + 42)


def test_regulation_19_and_24_only_fit_their_placements_and_nothing_is_written(world, past):
    with pytest.raises(ValidationError) as exc:
        start(world, world.ada, past, placed_under="reg19")  # U6: foster care, not a parent
    assert "Regulation 19 is only for a child placed with a parent" in str(exc.value.message_dict["placed_under"])
    with pytest.raises(ValidationError) as exc:
        start(world, world.ada, past, placed_under="reg24", **AT_HOME)
    assert "Regulation 24 is only for fostering with a relative or friend" in str(exc.value.message_dict["placed_under"])
    with pytest.raises(ValidationError) as exc:
        start(world, world.ada, past, placed_under="reg99")
    assert "placed_under" in exc.value.message_dict
    assert not Episode.objects.exists()
    start(world, world.ada, past, place="U3", placed_under="reg24")
    # Left out (the API), regulation 24 is kept for a change of legal status, dropped for a move to another placement type
    assert change(world, world.ada, past + D(days=10), ls="C1", place="U3").placed_under == "reg24"
    assert change(world, world.ada, past + D(days=20), ls="C1", reason_place_change="CARPL").placed_under == ""


def test_the_care_step_records_regulation_24(client, world, past):
    client.force_login(world.sw)
    url = f"/people/{world.ada.pk}/care/start/"
    form = {"ls": "V2", "cin": "N1", "place": "U3", "place_provider": "PR1", "provider_name": "Aunt June", "weekly_cost": "300",
            "uasc": "no", "started_on-day": past.day, "started_on-month": past.month, "started_on-year": past.year}
    page = client.get(url).content.decode()
    assert "Is the child placed before the checks are finished?" in page and 'value="reg24"' in page
    response = client.post(url, {**form, "place": "U6", "placed_under": "reg24"})
    assert "Regulation 24 is only for fostering with a relative or friend" in response.content.decode()
    assert not Episode.objects.exists()
    client.post(url, {**form, "placed_under": "reg24"}, follow=True)
    assert Episode.objects.get(child=world.ada).placed_under == "reg24"
    assert "With a relative, friend or other connected person" in client.get(f"/people/{world.ada.pk}/care/").content.decode()
    change_page = client.get(f"/people/{world.ada.pk}/care/change/").content.decode()
    assert 'value="reg24" checked' in change_page
