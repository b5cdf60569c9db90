import pytest
from django.core.exceptions import ValidationError

from hearth.access import services
from hearth.access.models import Restriction
from hearth.audit.models import AuditEvent


@pytest.mark.django_db
def test_unit_members_see_their_children_and_the_adults_around_them(world):
    assert services.decide(world.sw, world.ada).basis == "unit"
    assert services.decide(world.coordinator, world.byron).allowed
    assert services.decide(world.sw, world.mother).basis == "family"


@pytest.mark.django_db
def test_head_of_service_sees_the_units_they_oversee(world):
    assert services.decide(world.hos, world.ada).basis == "oversight"
    assert not services.decide(world.hos, world.zed).allowed


@pytest.mark.django_db
def test_another_unit_needs_a_reason(world):
    decision = services.decide(world.other, world.ada)
    assert not decision.allowed and decision.needs_reason
    assert not services.decide(world.other, world.mother).allowed


@pytest.mark.django_db
def test_reason_opens_the_record_and_is_logged(world):
    services.open_with_reason(user=world.other, person=world.ada, reason="Sibling of a child on my caseload")
    assert services.decide(world.other, world.ada).basis == "reason"
    event = AuditEvent.objects.get(action="open_with_reason")
    assert event.reason == "Sibling of a child on my caseload" and event.person_id == world.ada.pk
    assert [g.user for g in services.reasoned_access_for(world.ada)] == [world.other]


@pytest.mark.django_db
def test_blank_or_thin_reason_is_refused_and_nothing_written(world):
    for reason in ("", "   ", "because"):
        with pytest.raises(ValidationError):
            services.open_with_reason(user=world.other, person=world.ada, reason=reason)
    assert not services.decide(world.other, world.ada).allowed
    assert not AuditEvent.objects.filter(action="open_with_reason").exists()


@pytest.mark.django_db
def test_restricted_record_only_for_named_staff(world):
    restriction = Restriction.objects.create(person=world.ada, reason="Relative of a member of staff")
    restriction.named_staff.add(world.hos)
    assert services.decide(world.hos, world.ada).basis == "named"
    # Even the unit holding the case cannot open it, and no reason unlocks it.
    assert not services.decide(world.sw, world.ada).allowed
    with pytest.raises(ValidationError):
        services.open_with_reason(user=world.other, person=world.ada, reason="I would like to look at this child")


@pytest.mark.django_db
def test_reason_page_flow(client, world):
    client.force_login(world.other)
    response = client.get(f"/people/{world.ada.pk}/")
    assert response.status_code == 302 and f"/people/{world.ada.pk}/reason/" in response["Location"]
    page = client.get(response["Location"])
    assert page.status_code == 200 and b"Chronology" not in page.content
    bad = client.post(f"/people/{world.ada.pk}/reason/", {"reason": ""})
    assert b"Enter why you need to open this record" in bad.content and b"govuk-error-summary" in bad.content
    good = client.post(f"/people/{world.ada.pk}/reason/",
                       {"reason": "Checking for the front door referral", "next": f"/people/{world.ada.pk}/"})
    assert good.status_code == 302
    assert client.get(f"/people/{world.ada.pk}/").status_code == 200
    # The unit sees who opened it and why.
    client.force_login(world.sw)
    assert b"Checking for the front door referral" in client.get(f"/people/{world.ada.pk}/").content


@pytest.mark.django_db
def test_restricted_record_page_is_refused_and_hidden(client, world):
    Restriction.objects.create(person=world.ada, reason="Relative of a member of staff").named_staff.add(world.hos)
    client.force_login(world.sw)
    assert client.get(f"/people/{world.ada.pk}/").status_code == 403
    assert client.get(f"/people/{world.ada.pk}/reason/").status_code == 403
    assert AuditEvent.objects.filter(action="refused_restricted", actor=world.sw).exists()
    client.force_login(world.hos)
    assert client.get(f"/people/{world.ada.pk}/").status_code == 200


@pytest.mark.django_db
def test_access_history_shows_reads(client, world):
    client.force_login(world.sw)
    client.get(f"/people/{world.ada.pk}/")
    page = client.get(f"/people/{world.ada.pk}/access-history/")
    assert page.status_code == 200
    assert b"Viewed the record" in page.content


@pytest.mark.django_db
def test_access_history_names_redaction_events_in_words(client, world):
    from hearth.audit import services as audit

    audit.record(actor=world.other, action="refused_redaction", person=world.ada.pk, object_type="people.person",
                 object_id=world.ada.pk)
    audit.record(actor=world.hos, action="redaction_started", person=world.ada.pk, object_type="redaction.redactionjob",
                 object_id=1)
    client.force_login(world.sw)
    page = client.get(f"/people/{world.ada.pk}/access-history/").content.decode()
    assert "Was refused: redaction" in page and "Started a redaction (subject access or review)" in page
    assert "Refused redaction" not in page  # not the action's code made readable


@pytest.mark.django_db
def test_restricted_records_hidden_in_raw_sql_are_those_the_queryset_hides(world):
    """unit_board's raw statement uses restricted_hidden_sql: it must hide exactly what restricted_person_ids_hidden_from
    hides, for a user named on one restriction and not on another."""
    from django.db import connection

    from hearth.access.services import restricted_hidden_sql, restricted_person_ids_hidden_from
    from hearth.people.models import Person

    Restriction.objects.create(person=world.ada, reason="Relative of a member of staff").named_staff.add(world.csw)
    Restriction.objects.create(person=world.byron, reason="Relative of a member of staff").named_staff.add(world.hos)
    for user in (world.csw, world.hos, world.other):
        hidden, params = restricted_hidden_sql(user, "p.id")
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT p.id FROM {Person._meta.db_table} p WHERE {hidden}", params)
            shown = {row[0] for row in cursor.fetchall()}
        hidden_ids = set(restricted_person_ids_hidden_from(user).values_list("person_id", flat=True))
        assert shown == set(Person.objects.exclude(pk__in=hidden_ids).values_list("pk", flat=True))
        assert hidden_ids  # each user is hidden at least one of the two


@pytest.mark.django_db
def test_restricted_child_is_left_off_the_unit_board_and_its_api_for_staff_not_named(client, world):
    Restriction.objects.create(person=world.ada, reason="Relative of a member of staff").named_staff.add(world.csw)
    for user, sees_ada in ((world.sw, False), (world.csw, True)):
        client.force_login(user)
        page = client.get(f"/units/{world.unit_a.pk}/").content.decode()
        api = {row["child_id"] for row in client.get(f"/api/v1/units/{world.unit_a.pk}/board").json()}
        assert (world.ada.full_name in page) is sees_ada and (world.ada.pk in api) is sees_ada
        assert world.byron.full_name in page and world.byron.pk in api


@pytest.mark.django_db
def test_a_refusal_sent_with_an_idempotency_key_is_still_logged_and_nothing_else_is_stored(client, world):
    """An idempotent POST refused with 403 is undone (not even its key is kept), but its refusal stays in the audit log,
    as it does without a key; the chain still verifies."""
    from hearth.audit.services import verify
    from hearth.frontdoor.models import IdempotencyRecord

    Restriction.objects.create(person=world.ada, reason="Relative of a member of staff").named_staff.add(world.hos)
    client.force_login(world.sw)
    entries = world.ada.chronology.count()
    body = {"kind": "phone_call", "occurred_on": "2026-01-05", "minutes": 5, "narrative": "Rang about school"}
    for key in (None, "retry-1"):
        headers = {"HTTP_IDEMPOTENCY_KEY": key} if key else {}
        before = AuditEvent.objects.filter(action="refused_restricted", actor=world.sw).count()
        response = client.post(f"/api/v1/people/{world.ada.pk}/chronology", body, content_type="application/json", **headers)
        assert response.status_code == 403
        assert AuditEvent.objects.filter(action="refused_restricted", actor=world.sw).count() == before + 1
    assert not IdempotencyRecord.objects.exists() and world.ada.chronology.count() == entries
    assert verify().ok
