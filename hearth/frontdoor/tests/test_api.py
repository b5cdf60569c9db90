"""The front door's API: partner keys, plain 422s that store nothing, idempotent retries, staff endpoints."""

import datetime as dt
import json

import pytest
from django.utils import timezone

from hearth.access.models import ReasonedAccess
from hearth.api import api
from hearth.audit.models import AuditEvent
from hearth.cases.models import ChronologyEntry
from hearth.frontdoor.models import IdempotencyRecord, Referral
from hearth.partners import services as partner_services
from hearth.people.models import Person

URL = "/api/v1/partner/referrals"


def payload(**overrides) -> dict:
    body = {
        "referrer_name": "Sam Teacher", "referrer_role": "Designated safeguarding lead", "referrer_email": "sam@school.example",
        "concerns": "Arrived hungry three days running and says there is no food at home.",
        "child_given_name": "Perpetua", "child_family_name": "Oakenshaw", "child_date_of_birth": "2017-09-02",
        "child_sex": "F", "child_address_line_1": "9 Tanner Street", "child_postcode": "NE1 2AB",
    }
    body.update(overrides)
    return body


def post(client, body, key=None, idem=None, url=URL):
    headers = {}
    if key:
        headers["X-Api-Key"] = key
    if idem is not None:
        headers["Idempotency-Key"] = idem
    return client.post(url, json.dumps(body), content_type="application/json", headers=headers)


@pytest.mark.django_db
def test_without_a_key_or_with_a_wrong_or_revoked_key_the_answer_is_401_and_nothing_is_stored(client, fd):
    assert post(client, payload()).status_code == 401
    assert post(client, payload(), key="hpk_deadbeef_not-a-real-key").status_code == 401
    key_row = fd.school.api_keys.get()
    partner_services.revoke_api_key(actor=None, key=key_row)
    assert post(client, payload(), key=fd.school_key).status_code == 401
    client.force_login(fd.worker)  # a staff session is not a partner key
    assert post(client, payload()).status_code == 401
    assert Referral.objects.count() == 0


@pytest.mark.django_db
def test_partner_sends_a_referral_and_learns_nothing_about_the_childs_record(client, fd):
    ada = fd.w.ada
    response = post(client, payload(child_given_name="Ada", child_family_name="Lovelace", child_date_of_birth="2015-03-12"),
                    key=fd.school_key, idem="a1")
    assert response.status_code == 201, response.content
    body = response.json()
    assert set(body) == {"id", "reference", "status", "matched", "received_at", "decision_due_at"}
    assert body["status"] == "received" and body["reference"].startswith("FD-")
    text = response.content.decode()
    for secret in ("Lovelace", "Mill Lane", "NE1 4ST", "Unit A", "Mary", "person", "case"):
        assert secret not in text
    referral = Referral.objects.get(pk=body["id"])
    assert referral.person == ada  # linked on our side, and nothing of it went back to the partner
    assert referral.organisation == fd.school and referral.channel == "partner_api" and referral.source == "2A"

    status = client.get(f"{URL}/{body['id']}", headers={"X-Api-Key": fd.school_key}).json()
    assert status == {"id": body["id"], "reference": body["reference"], "received_at": body["received_at"],
                      "status": "received", "decision_category": None, "advice": None}
    # Another organisation cannot see it at all.
    assert client.get(f"{URL}/{body['id']}", headers={"X-Api-Key": fd.police_key}).status_code == 404


@pytest.mark.django_db
def test_wrong_input_gets_422_with_a_message_per_field_and_stores_nothing(client, fd):
    before = (Referral.objects.count(), Person.objects.count(), ChronologyEntry.objects.count(), IdempotencyRecord.objects.count())
    future = (timezone.localdate() + dt.timedelta(days=3)).isoformat()
    response = post(client, payload(child_date_of_birth=future, child_nhs_number="943 476 5910", concerns=" "),
                    key=fd.school_key, idem="bad-1")
    assert response.status_code == 422
    assert response.json()["errors"] == {
        "child_date_of_birth": ["Child's date of birth must be today or in the past"],
        "child_nhs_number": ["NHS number is not valid: check the digits, the last one does not match"],
        "concerns": ["Enter what the concerns about the child are"],
    }
    missing = {k: v for k, v in payload().items() if k not in ("child_given_name", "concerns")}
    response = post(client, missing, key=fd.school_key)
    assert response.status_code == 422
    assert response.json()["errors"] == {"child_given_name": ["Child given name is required"],
                                         "concerns": ["Concerns is required"]}
    response = post(client, payload(child_date_of_birth="12/03/2015"), key=fd.school_key)
    assert response.json()["errors"] == {"child_date_of_birth": ["Child date of birth must be a real date, like 2015-03-12"]}
    assert post(client, ["not", "an", "object"], key=fd.school_key).status_code == 422
    after = (Referral.objects.count(), Person.objects.count(), ChronologyEntry.objects.count(), IdempotencyRecord.objects.count())
    assert after == before
    # The refused key was not kept: the corrected request can use it.
    assert post(client, payload(), key=fd.school_key, idem="bad-1").status_code == 201


@pytest.mark.django_db
def test_a_retry_with_the_same_idempotency_key_is_stored_once_and_answered_the_same(client, fd):
    first = post(client, payload(), key=fd.school_key, idem="retry-123")
    again = post(client, payload(), key=fd.school_key, idem="retry-123")
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json()
    assert again["Idempotent-Replayed"] == "true"
    assert Referral.objects.count() == 1 and Person.objects.filter(family_name="Oakenshaw").count() == 1
    assert AuditEvent.objects.filter(action="receive_referral").count() == 1
    # Key order and spacing do not make a different request.
    reordered = json.dumps(dict(reversed(list(payload().items()))), indent=2)
    same = client.post(URL, reordered, content_type="application/json",
                       headers={"X-Api-Key": fd.school_key, "Idempotency-Key": "retry-123"})
    assert same.status_code == 201 and same.json() == first.json()
    # The same key with a different request is refused, and changes nothing.
    clash = post(client, payload(child_given_name="Other"), key=fd.school_key, idem="retry-123")
    assert clash.status_code == 422
    assert clash.json()["errors"]["Idempotency-Key"] == [
        "This Idempotency-Key was already used for a different request: use a new key for each new request"]
    # Keys belong to one caller: another organisation's identical key is a new request.
    assert post(client, payload(), key=fd.police_key, idem="retry-123").status_code == 201
    # Without a key, two sends are two referrals.
    post(client, payload(), key=fd.school_key)
    post(client, payload(), key=fd.school_key)
    assert Referral.objects.count() == 4


@pytest.mark.django_db
def test_idempotency_key_must_be_short_and_plain(client, fd):
    assert post(client, payload(), key=fd.school_key, idem="x" * 256).status_code == 422
    assert Referral.objects.count() == 0


@pytest.mark.django_db
def test_partner_sees_the_decision_category_once_decided(client, fd):
    from hearth.frontdoor import services

    body = post(client, payload(), key=fd.school_key).json()
    referral = Referral.objects.get(pk=body["id"])
    services.decide(actor=fd.worker, referral=referral, decision="assessment", reason="Neglect concerns")
    status = client.get(f"{URL}/{body['id']}", headers={"X-Api-Key": fd.school_key}).json()
    assert (status["status"], status["decision_category"], status["advice"]) == ("decided", "social_care", None)


# --- Staff endpoints -------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_staff_record_a_contact_and_decide_through_the_api(client, fd):
    client.force_login(fd.worker)
    contact = {**payload(), "channel": "phone", "source": "3A", "referrer_name": "Dr Rao"}
    created = post(client, contact, idem="c-1", url="/api/v1/front-door/referrals")
    assert created.status_code == 201, created.content
    pk = created.json()["id"]
    board = client.get("/api/v1/front-door/referrals").json()
    assert [r["id"] for r in board] == [pk] and board[0]["clock"].startswith("Due in")
    decided = post(client, {"decision": "early_help", "reason": "Family asking for help"}, idem="d-1",
                   url=f"/api/v1/front-door/referrals/{pk}/decision")
    assert decided.status_code == 200, decided.content
    assert decided.json()["allocated_unit"] == "Family Support"
    repeat = post(client, {"decision": "early_help", "reason": "Family asking for help"}, idem="d-1",
                  url=f"/api/v1/front-door/referrals/{pk}/decision")
    assert repeat.status_code == 200 and repeat.json() == decided.json()
    assert client.get("/api/v1/front-door/referrals").json() == []


@pytest.mark.django_db
def test_staff_endpoints_refuse_other_staff_and_partners(client, fd):
    referral = post(client, payload(), key=fd.school_key).json()
    for user in (fd.w.other, fd.school_user):
        client.force_login(user)
        assert client.get("/api/v1/front-door/referrals").status_code == 403
        assert client.get(f"/api/v1/front-door/referrals/{referral['id']}").status_code == 403
        response = post(client, {"decision": "nfa", "reason": "x", "advice": "y"},
                        url=f"/api/v1/front-door/referrals/{referral['id']}/decision")
        assert response.status_code == 403
    client.logout()
    assert client.get("/api/v1/front-door/referrals").status_code == 401
    assert Referral.objects.get(pk=referral["id"]).decided_at is None


def _operations():
    for prefix, router in api._routers:
        for path, path_view in router.path_operations.items():
            for operation in path_view.operations:
                yield prefix, path, operation


# POSTs that only ask a question (a POST to keep a child's identifiers out of URLs and logs): nothing is stored
# that a retry could store twice, and keeping their answers for replay would copy child data into another table.
READ_ONLY_POSTS = {"/partner/children/status"}


def test_every_post_in_the_api_takes_an_idempotency_key():
    from hearth.core.idempotency import HEADER, _wrap_run

    posts = [(prefix, path, op) for prefix, path, op in _operations()
             if "POST" in op.methods and f"{prefix}{path}" not in READ_ONLY_POSTS]
    assert len(posts) >= 7
    missing = [f"{prefix}{path}" for prefix, path, op in posts if _wrap_run not in getattr(op, "_run_decorators", [])]
    assert not missing, f"POST endpoints without @idempotent: {missing}"
    undocumented = [f"{prefix}{path}" for prefix, path, op in posts
                    if HEADER not in [p["name"] for p in (op.openapi_extra or {}).get("parameters", [])]]
    assert not undocumented


@pytest.mark.django_db
def test_existing_casework_post_is_idempotent_too(client, world):
    client.force_login(world.sw)
    body = {"kind": "phone_call", "occurred_on": str(timezone.localdate()), "minutes": 10, "narrative": "Called mum"}
    url = f"/api/v1/people/{world.ada.pk}/chronology"
    first = post(client, body, idem="rec-1", url=url)
    second = post(client, body, idem="rec-1", url=url)
    assert first.status_code == second.status_code == 201 and first.json() == second.json()
    assert ChronologyEntry.objects.filter(narrative="Called mum").count() == 1
    reason = post(client, {"reason": "Checking for a sibling referral"}, idem="why-1", url=f"/api/v1/people/{world.zed.pk}/reason")
    again = post(client, {"reason": "Checking for a sibling referral"}, idem="why-1", url=f"/api/v1/people/{world.zed.pk}/reason")
    assert reason.status_code == again.status_code == 201 and reason.json() == again.json()
    assert ReasonedAccess.objects.filter(person=world.zed, user=world.sw).count() == 1
