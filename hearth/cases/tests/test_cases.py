import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from hearth.cases import selectors, services
from hearth.cases.models import ChronologyEntry, MeetingDiscussion, Task

TODAY = timezone.localdate


@pytest.mark.django_db
def test_quick_recording_goes_straight_onto_the_chronology(world):
    entry = services.record_work(actor=world.sw, child=world.ada, kind="home_visit", occurred_on=TODAY(), minutes=50,
                                 child_seen=True, seen_alone=False, narrative="Saw Ada at home with her mother.")
    assert entry.case == world.case_ada and entry.unit == world.unit_a
    assert list(selectors.chronology(world.ada))[0] == entry


@pytest.mark.django_db
@pytest.mark.parametrize("kwargs, field", [
    ({"kind": "nap"}, "kind"),
    ({"occurred_on": None}, "occurred_on"),
    ({"occurred_on": dt.date(2999, 1, 1)}, "occurred_on"),
    ({"minutes": 0}, "minutes"),
    ({"minutes": None}, "minutes"),
    ({"child_seen": None}, "child_seen"),
    ({"seen_alone": None}, "seen_alone"),
    ({"narrative": "  "}, "narrative"),
])
def test_bad_recording_is_refused_in_plain_words_and_nothing_saved(world, kwargs, field):
    good = {"kind": "home_visit", "occurred_on": TODAY(), "minutes": 30, "child_seen": True, "seen_alone": True,
            "narrative": "Visit."}
    before = ChronologyEntry.objects.count()
    with pytest.raises(ValidationError) as exc:
        services.record_work(actor=world.sw, child=world.ada, **{**good, **kwargs})
    assert field in exc.value.message_dict
    assert ChronologyEntry.objects.count() == before


@pytest.mark.django_db
def test_phone_call_drops_seen_answers(world):
    entry = services.record_work(actor=world.sw, child=world.ada, kind="phone_call", occurred_on=TODAY(), minutes=10,
                                 child_seen=True, seen_alone=True, narrative="Called school.")
    assert entry.child_seen is None and entry.seen_alone is None


@pytest.mark.django_db
def test_record_form_page_shows_errors_and_saves(client, world):
    client.force_login(world.sw)
    response = client.post(f"/people/{world.ada.pk}/record/", {"kind": "home_visit", "minutes": "abc"})
    body = response.content.decode()
    assert response.status_code == 200 and "There is a problem" in body
    for message in ("Minutes must be a number, like 45", "Enter what happened", "Select whether the child was seen",
                    "Enter the date"):
        assert message in body
    today = TODAY()
    response = client.post(f"/people/{world.ada.pk}/record/", {
        "kind": "home_visit", "occurred_on-day": today.day, "occurred_on-month": today.month, "occurred_on-year": today.year,
        "minutes": "45", "child_seen": "yes", "seen_alone": "yes", "narrative": "Played cards; Ada said school is better.",
    })
    assert response.status_code == 302 and response["Location"] == f"/people/{world.ada.pk}/"
    page = client.get(response["Location"]).content.decode()
    assert "Ada said school is better." in page and "45 minutes" in page and "Child seen, alone" in page


@pytest.mark.django_db
def test_date_that_does_not_exist_is_explained(client, world):
    client.force_login(world.sw)
    response = client.post(f"/people/{world.ada.pk}/record/", {
        "kind": "phone_call", "occurred_on-day": "31", "occurred_on-month": "2", "occurred_on-year": "2025",
        "minutes": "5", "narrative": "x"})
    assert "The date must be a real date" in response.content.decode()


@pytest.mark.django_db
def test_unit_board_shows_last_seen_and_next_due(client, world):
    services.record_work(actor=world.sw, child=world.ada, kind="home_visit", occurred_on=TODAY() - dt.timedelta(days=3),
                         minutes=40, child_seen=True, seen_alone=True, narrative="Visit")
    services.add_task(actor=world.csw, case=world.case_ada, description="Speak to school nurse", due_on=TODAY() + dt.timedelta(days=2))
    services.add_task(actor=world.csw, case=world.case_ada, description="Later thing", due_on=TODAY() + dt.timedelta(days=9))
    rows = {c.child_id: c for c in selectors.unit_board(world.unit_a)}
    assert set(rows) == {world.ada.pk, world.byron.pk}
    assert rows[world.ada.pk].last_seen_on == TODAY() - dt.timedelta(days=3)
    assert rows[world.ada.pk].next_due_text == "Speak to school nurse"
    assert rows[world.byron.pk].last_seen_on is None
    client.force_login(world.coordinator)
    page = client.get(f"/units/{world.unit_a.pk}/").content.decode()
    assert "3 days ago" in page and "Speak to school nurse" in page and "Zed Other" not in page


@pytest.mark.django_db
def test_case_lead_is_the_units_consultant_social_worker(world):
    assert selectors.unit_lead(world.unit_a) == world.csw


@pytest.mark.django_db
def test_family_view_shows_siblings_together(client, world):
    assert selectors.siblings(world.ada) == [world.byron]
    client.force_login(world.sw)
    page = client.get(f"/people/{world.ada.pk}/family/").content.decode()
    assert "Byron Lovelace" in page and "Mary Lovelace" in page


@pytest.mark.django_db
def test_unit_meeting_walks_through_children_and_writes_decisions(client, world):
    client.force_login(world.csw)
    response = client.post(f"/units/{world.unit_a.pk}/meetings/")
    meeting_url = response["Location"]
    page = client.get(meeting_url).content.decode()
    assert "0 of 2 discussed" in page
    meeting_id = int(meeting_url.rstrip("/").split("/")[-1])
    first, second = (c.pk for c in selectors.unit_board(world.unit_a))
    due = TODAY() + dt.timedelta(days=7)
    bad = client.post(f"/meetings/{meeting_id}/children/{first}/", {"decision": "", "action_1_description": "Visit"})
    assert "Enter what the unit decided" in bad.content.decode()
    assert "Action 1 due date" in bad.content.decode() or "Enter when action 1 is due" in bad.content.decode()
    assert not MeetingDiscussion.objects.exists() and not Task.objects.exists()
    response = client.post(f"/meetings/{meeting_id}/children/{first}/", {
        "decision": "Keep the plan; clinician to join next visit", "discussion": "Hypothesis: school worries",
        "action_1_description": "Joint visit with clinician", "action_1_assigned_to": str(world.sw.pk),
        "action_1_due_on-day": due.day, "action_1_due_on-month": due.month, "action_1_due_on-year": due.year,
    })
    assert response["Location"] == f"/meetings/{meeting_id}/children/{second}/"
    discussed = MeetingDiscussion.objects.get()
    entry = discussed.entry
    assert entry.kind == "unit_meeting" and "Joint visit with clinician" in entry.narrative
    assert Task.objects.get().assigned_to == world.sw
    child_page = client.get(f"/people/{discussed.case.child_id}/").content.decode()
    assert "Keep the plan; clinician to join next visit" in child_page
    response = client.post(f"/meetings/{meeting_id}/finish/")
    assert response.status_code == 302


@pytest.mark.django_db
def test_only_the_unit_may_hold_its_meeting(client, world):
    meeting = services.start_meeting(actor=world.csw, unit=world.unit_a)
    client.force_login(world.other)
    assert client.get(f"/meetings/{meeting.pk}/").status_code == 403
    assert client.post(f"/units/{world.unit_a.pk}/meetings/").status_code == 403
    with pytest.raises(ValidationError):
        services.record_discussion(actor=world.other, meeting=meeting, case=world.case_zed, decision="x")


@pytest.mark.django_db
def test_meeting_action_rules_are_the_services_and_numbered_as_on_the_form(world):
    from hearth.cases.forms import DiscussionForm

    meeting = services.start_meeting(actor=world.csw, unit=world.unit_a)
    blank = {"description": "", "due_on": None}
    with pytest.raises(ValidationError) as exc:
        services.record_discussion(actor=world.csw, meeting=meeting, case=world.case_ada, decision="Keep going",
                                   actions=[blank, {"description": "Visit school", "due_on": None}])
    assert exc.value.message_dict == {"action_2_due_on": ["Enter when action 2 is due"]}
    assert not MeetingDiscussion.objects.exists() and not Task.objects.exists()

    # The form shows the same rule on the first submit; a due date that did not parse keeps its own message only.
    form = DiscussionForm({"decision": "Keep going", "action_2_description": "Visit school",
                           "action_3_description": "Call GP", "action_3_due_on-day": "31", "action_3_due_on-month": "2",
                           "action_3_due_on-year": "2026"})
    assert not form.is_valid()
    assert form.errors["action_2_due_on"] == ["Enter when action 2 is due"]
    assert "Enter when action 3 is due" not in form.errors.get("action_3_due_on", [])
    assert form.errors["action_3_due_on"]


def test_recording_form_asks_the_services_visit_questions():
    from hearth.cases.forms import RecordingForm

    form = RecordingForm({"kind": "home_visit", "occurred_on-day": "1", "occurred_on-month": "1", "occurred_on-year": "2026",
                          "minutes": "30", "narrative": "Saw the family", "child_seen": "yes"})
    assert not form.is_valid()
    assert form.errors == {"seen_alone": ["Select whether the child was seen alone"]}


@pytest.mark.django_db
def test_chronology_filter_shows_one_kind_and_keeps_the_choice(client, world):
    services.record_work(actor=world.sw, child=world.ada, kind="home_visit", occurred_on=TODAY(), minutes=30, child_seen=True,
                         seen_alone=True, narrative="Visit at home, ate tea together")
    services.record_work(actor=world.sw, child=world.ada, kind="phone_call", occurred_on=TODAY(), minutes=10,
                         narrative="Rang the school about attendance")
    client.force_login(world.sw)
    everything = client.get(f"/people/{world.ada.pk}/").content.decode()
    assert "ate tea together" in everything and "about attendance" in everything
    assert '<option value="" selected>Everything</option>' in everything
    calls = client.get(f"/people/{world.ada.pk}/?kind=phone_call").content.decode()
    assert "about attendance" in calls and "ate tea together" not in calls
    assert '<option value="phone_call" selected>' in calls and '<option value="" selected>' not in calls
    # the filter is rendered once per kind and remembered: asking again for everything is not left showing phone calls
    again = client.get(f"/people/{world.ada.pk}/").content.decode()
    assert '<option value="" selected>Everything</option>' in again and '<option value="phone_call" selected>' not in again


@pytest.mark.django_db
def test_board_rows_read_in_one_statement_are_the_cases_and_children_the_orm_reads(world):
    """unit_board builds Case and Person instances from its one raw statement (core.sql.from_row): every field must be
    what the ORM gives, on SQLite (text dates) as on PostgreSQL."""
    from hearth.cases.models import Case
    from hearth.people.models import Person

    rows = selectors.unit_board(world.unit_a)
    assert rows
    for case in rows:
        orm = Case.objects.get(pk=case.pk)
        assert {f.attname: getattr(case, f.attname) for f in Case._meta.concrete_fields} == \
            {f.attname: getattr(orm, f.attname) for f in Case._meta.concrete_fields}
        child = Person.objects.get(pk=case.child_id)
        assert {f.attname: getattr(case.child, f.attname) for f in Person._meta.concrete_fields} == \
            {f.attname: getattr(child, f.attname) for f in Person._meta.concrete_fields}
