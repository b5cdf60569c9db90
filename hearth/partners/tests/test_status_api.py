import datetime as dt
import json

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from hearth.access.models import Restriction
from hearth.audit.models import AuditEvent
from hearth.cases.models import ChronologyEntry, EntryKind
from hearth.partners import selectors, services
from hearth.partners.tests.conftest import bearer
from tests.factories import child

STATUS = "/api/v1/partner/children/status"
ADA_NHS = "9434765919"
FIELDS = {"result", "open_case", "child_protection_plan", "looked_after", "contact", "message"}


@pytest.fixture
def known(partners):
    partners.ada.nhs_number = ADA_NHS
    partners.ada.save()
    return partners


def ask(client, issued, body):
    return client.post(STATUS, data=json.dumps(body), content_type="application/json", **bearer(issued))


@pytest.mark.django_db
@pytest.mark.parametrize("org", ["police_key", "health_key"])
def test_health_and_police_get_the_minimum_about_a_known_child(client, known, org):
    response = ask(client, getattr(known, org), {"nhs_number": "943 476 5919"})
    assert response.status_code == 200
    body = response.json()
    assert set(body) == FIELDS
    assert body["result"] == "match" and body["open_case"] is True
    assert body["child_protection_plan"] is False and body["looked_after"] is False
    assert body["contact"] == {"team": "Unit A", "phone": "01632 960 001", "email": "unit-a@example.org",
                               "consultant_social_worker": "Clara Wright"}
    text = response.content.decode()
    for secret in ("Lovelace", "Mill Lane", "NE1 4ST", "Ada", "2015", "Mary"):
        assert secret not in text


@pytest.mark.django_db
def test_name_and_date_of_birth_match_exactly_after_normalising(client, known):
    body = ask(client, known.health_key, {"given_name": " ADA ", "family_name": "lovelace", "date_of_birth": "2015-03-12"}).json()
    assert body["result"] == "match" and body["contact"]["team"] == "Unit A"
    for near_miss in ({"given_name": "Ada", "family_name": "Lovelac", "date_of_birth": "2015-03-12"},
                      {"given_name": "Ada", "family_name": "Lovelace", "date_of_birth": "2015-03-13"},
                      {"given_name": "Adah", "family_name": "Lovelace", "date_of_birth": "2015-03-12"}):
        body = ask(client, known.health_key, near_miss).json()
        assert body["result"] == "no_match" and body["contact"]["team"] == "Front Door", near_miss


@pytest.mark.django_db
def test_cp_and_looked_after_come_from_the_open_case_status(client, known):
    known.case_ada.status = "cp"
    known.case_ada.save()
    body = ask(client, known.police_key, {"nhs_number": ADA_NHS}).json()
    assert body["child_protection_plan"] is True and body["looked_after"] is False
    known.case_ada.status = "lac"
    known.case_ada.save()
    body = ask(client, known.police_key, {"nhs_number": ADA_NHS}).json()
    assert body["child_protection_plan"] is False and body["looked_after"] is True


@pytest.mark.django_db
def test_school_and_other_kinds_are_refused_403(client, known):
    response = ask(client, known.school_key, {"nhs_number": ADA_NHS})
    assert response.status_code == 403
    assert "Lovelace" not in response.content.decode() and "Unit A" not in response.content.decode()
    assert not ChronologyEntry.objects.filter(kind=EntryKind.PARTNER_ENQUIRY).exists()
    with pytest.raises(PermissionDenied):
        services.answer_status_enquiry(organisation=known.school, nhs_number=ADA_NHS)


@pytest.mark.django_db
def test_each_question_is_audited_and_goes_on_the_childs_chronology(client, known):
    ask(client, known.police_key, {"nhs_number": ADA_NHS})
    event = AuditEvent.objects.filter(action="partner_status_enquiry").get()
    assert event.person_id == known.ada.pk and event.actor_id is None
    assert event.detail["organisation"] == known.police.pk and event.detail["result"] == "match"
    assert event.detail["key"] == known.police_key.key.prefix and event.detail["matched_by"] == "nhs_number"
    entry = ChronologyEntry.objects.get(kind=EntryKind.PARTNER_ENQUIRY)
    assert entry.child == known.ada and entry.case == known.case_ada and entry.unit == known.unit_a
    assert "Northshire Police" in entry.title
    assert list(selectors.recent_enquiries_for_unit(known.unit_a)) == [entry]
    assert list(selectors.recent_enquiries_for_unit(known.unit_b)) == []
    ChronologyEntry.objects.filter(pk=entry.pk).update(recorded_at=entry.recorded_at - dt.timedelta(days=8))
    assert list(selectors.recent_enquiries_for_unit(known.unit_a)) == []
    assert len(selectors.recent_enquiries_for_unit(known.unit_a, days=30)) == 1


@pytest.mark.django_db
def test_unknown_child_is_audited_with_no_chronology_entry(client, known):
    body = ask(client, known.police_key, {"nhs_number": "4010232137"}).json()
    assert body == {"result": "no_match", "open_case": False, "child_protection_plan": False, "looked_after": False,
                    "contact": {"team": "Front Door", "phone": "01632 960 100", "email": "frontdoor@example.org",
                                "consultant_social_worker": None},
                    "message": body["message"]}
    event = AuditEvent.objects.filter(action="partner_status_enquiry").get()
    assert event.person_id is None and event.detail["result"] == "no_match"
    assert not ChronologyEntry.objects.filter(kind=EntryKind.PARTNER_ENQUIRY).exists()


@pytest.mark.django_db
def test_a_child_with_no_open_case_gets_the_same_answer_as_an_unknown_one(client, known):
    known.case_ada.closed_on = dt.date.today()
    known.case_ada.save()
    closed = ask(client, known.police_key, {"nhs_number": ADA_NHS}).json()
    unknown = ask(client, known.police_key, {"nhs_number": "4010232137"}).json()
    assert closed == unknown
    # The unit no longer holds her, but the question is still on her chronology for whoever holds her next.
    assert ChronologyEntry.objects.filter(kind=EntryKind.PARTNER_ENQUIRY, child=known.ada, unit=None).count() == 1


@pytest.mark.django_db
def test_more_than_one_match_sends_the_caller_to_the_front_door(client, known):
    child("Ada", "Lovelace", dt.date(2015, 3, 12))  # a second child, same name and date of birth, no NHS number
    body = ask(client, known.health_key, {"given_name": "Ada", "family_name": "Lovelace", "date_of_birth": "2015-03-12"}).json()
    assert body["result"] == "more_than_one" and body["open_case"] is None and body["child_protection_plan"] is None
    assert body["message"] == "More than one child matches: call the front door."
    assert body["contact"]["team"] == "Front Door" and body["contact"]["consultant_social_worker"] is None
    assert not ChronologyEntry.objects.filter(kind=EntryKind.PARTNER_ENQUIRY).exists()
    assert AuditEvent.objects.get(action="partner_status_enquiry").detail["result"] == "more_than_one"
    # The NHS number still picks out Ada alone.
    assert ask(client, known.health_key, {"nhs_number": ADA_NHS}).json()["result"] == "match"


@pytest.mark.django_db
def test_nhs_number_that_matches_no_one_falls_back_only_to_records_without_one(client, known):
    body = ask(client, known.health_key, {"nhs_number": "4010232137", "given_name": "Byron", "family_name": "Lovelace",
                                          "date_of_birth": "2018-07-01"}).json()
    assert body["result"] == "match"  # Byron has no NHS number recorded
    body = ask(client, known.health_key, {"nhs_number": "4010232137", "given_name": "Ada", "family_name": "Lovelace",
                                          "date_of_birth": "2015-03-12"}).json()
    assert body["result"] == "no_match"  # Ada's record has a different NHS number: not her


@pytest.mark.django_db
def test_restricted_record_is_answered_as_known_with_only_the_front_door(client, known):
    Restriction.objects.create(person=known.ada, reason="Relative of staff")
    body = ask(client, known.police_key, {"nhs_number": ADA_NHS}).json()
    assert body["result"] == "match" and body["open_case"] is True
    assert body["child_protection_plan"] is None and body["looked_after"] is None
    assert body["contact"]["team"] == "Front Door" and "Unit A" not in json.dumps(body)
    assert AuditEvent.objects.get(action="partner_status_enquiry").detail["restricted"] is True
    # The unit board's enquiry list hides it from staff not named on the record.
    assert list(selectors.recent_enquiries_for_unit(known.unit_a, user=known.sw)) == []
    assert len(selectors.recent_enquiries_for_unit(known.unit_a)) == 1


@pytest.mark.django_db
@pytest.mark.parametrize("body, field", [
    ({}, "nhs_number"),
    ({"nhs_number": "123"}, "nhs_number"),
    ({"nhs_number": "9434765918"}, "nhs_number"),
    ({"given_name": "Ada", "family_name": "Lovelace"}, "date_of_birth"),
    ({"given_name": "Ada", "date_of_birth": "2015-03-12"}, "family_name"),
    ({"family_name": "Lovelace", "date_of_birth": "2015-03-12"}, "given_name"),
    ({"given_name": "Ada", "family_name": "Lovelace", "date_of_birth": "2999-01-01"}, "date_of_birth"),
    ({"given_name": "Ada\u0000", "family_name": "Lovelace", "date_of_birth": "2015-03-12"}, "given_name"),
    ({"given_name": "Ada", "family_name": "Love\nlace", "date_of_birth": "2015-03-12"}, "family_name"),
    ({"nhs_number": "943\u00004765919"}, "nhs_number"),
])
def test_bad_questions_get_422_with_a_message_per_field(client, known, body, field):
    response = ask(client, known.health_key, body)
    assert response.status_code == 422
    assert field in response.json()["errors"]
    assert not AuditEvent.objects.filter(action="partner_status_enquiry").exists()


@pytest.mark.django_db
def test_malformed_date_is_422(client, known):
    response = ask(client, known.health_key, {"given_name": "Ada", "family_name": "Lovelace", "date_of_birth": "12/03/2015"})
    assert response.status_code == 422


@pytest.mark.django_db
def test_get_is_not_allowed_so_identifiers_stay_out_of_urls(client, known):
    response = client.get(STATUS + "?nhs_number=" + ADA_NHS, **bearer(known.police_key))
    assert response.status_code == 405


@pytest.mark.django_db
def test_no_front_door_unit_still_answers(client, known):
    known.front_door.active = False
    known.front_door.save()
    body = ask(client, known.police_key, {"nhs_number": "4010232137"}).json()
    assert body["result"] == "no_match" and body["contact"] is None


def test_service_validation_names_fields():
    with pytest.raises(ValidationError) as exc:
        services._clean_enquiry(nhs_number="", given_name="", family_name="", date_of_birth=None)
    assert "nhs_number" in exc.value.message_dict


@pytest.mark.django_db
def test_board_partial_lists_the_weeks_enquiries(client, known):
    from django.template.loader import render_to_string
    from django.test import RequestFactory

    ask(client, known.police_key, {"nhs_number": ADA_NHS})
    request = RequestFactory().get("/")
    request.user = known.sw
    html = render_to_string("partners/_board_enquiries.html", {
        "partner_enquiries": selectors.recent_enquiries_for_unit(known.unit_a, user=known.sw)}, request=request)
    assert "Ada Lovelace" in html and "Northshire Police" in html and f"/people/{known.ada.pk}/" in html
    assert render_to_string("partners/_board_enquiries.html", {"partner_enquiries": []}, request=request).strip() == ""
