"""Redaction over the JSON API: the same services, refusals and gate as the pages; bad input gets 422 with a plain
message per field and writes nothing; every wrong caller is refused on every endpoint."""

import io
import json

import pytest
from pypdf import PdfReader

from hearth.audit.models import AuditEvent
from hearth.redaction.models import Decision, Redaction, RedactionJob
from hearth.redaction.services import start_job
from tests.factories import UserFactory


def post(client, url, payload):
    return client.post(url, json.dumps(payload), content_type="application/json")


def jobs_url(person):
    return f"/api/v1/people/{person.pk}/redaction-jobs"


def job_url(job, rest=""):
    return f"/api/v1/redaction-jobs/{job.pk}{rest}"


def last_seq():
    return AuditEvent.objects.order_by("-seq").values_list("seq", flat=True).first() or 0


def actions_since(seq):
    return [e.action for e in AuditEvent.objects.filter(seq__gt=seq).order_by("seq")]


@pytest.fixture
def job(family):
    return start_job(actor=family.hos, person=family.ada, purpose="review", title="Practice review", source="chronology")


def test_a_head_of_service_starts_lists_and_reads_a_job(client, family):
    client.force_login(family.hos)
    assert client.get(jobs_url(family.ada)).json() == []
    seq = last_seq()
    response = post(client, jobs_url(family.ada), {"purpose": "sar", "title": "SAR for Ada", "keep_professionals": False})
    assert response.status_code == 201
    body = response.json()
    job = RedactionJob.objects.get()
    assert body["id"] == job.pk and body["source"] == "chronology" and body["keep_professionals"] is False
    assert job.text.startswith("Chronology: Ada Lovelace") and "Mrs Patel next door" in job.text  # the person's recorded text
    found = {r["text"]: r for r in body["redactions"]}
    assert "Data Protection Act 2018" in found["Mrs Patel"]["reason"] and found["Mrs Patel"]["decision"] == "proposed"
    okafor = next(r for text, r in found.items() if "Okafor" in text)  # a professional: not kept, as asked
    assert okafor["found_how"] == "Found from the case record." and okafor["replacement"] == "[redacted]"
    assert "Ada" not in found  # the requester's own name stays
    assert actions_since(seq) == ["view_redaction_jobs", "redaction_started"]  # as the page: the read, then the job
    listed = client.get(jobs_url(family.ada)).json()
    assert [j["id"] for j in listed] == [job.pk] and listed[0]["created_by"] == str(family.hos)
    detail = client.get(job_url(job)).json()
    assert {r["id"] for r in detail["redactions"]} == set(job.redactions.values_list("pk", flat=True))
    assert AuditEvent.objects.filter(action="view_redaction", person_id=family.ada.pk, detail__redaction_job=job.pk).exists()


def test_one_or_many_decisions_each_audited(client, family, job):
    client.force_login(family.hos)
    patel = job.redactions.get(text="Mrs Patel")
    nhs = job.redactions.get(text="943 476 5919")
    adas = list(job.redactions.filter(text="Ada"))
    assert len(adas) == 2
    seq = last_seq()
    response = post(client, job_url(job, "/decisions"), {"decisions": [
        {"redaction_id": patel.pk, "decision": "rejected"},
        {"redaction_id": nhs.pk, "decision": "accepted"},
        {"redaction_id": adas[0].pk, "decision": "accepted", "all_alike": True},
    ]})
    assert response.status_code == 200
    assert sorted((r["id"], r["decision"]) for r in response.json()) == sorted(
        [(patel.pk, "rejected"), (nhs.pk, "accepted")] + [(a.pk, "accepted") for a in adas])
    assert dict(job.redactions.filter(pk__in=[patel.pk, nhs.pk, *[a.pk for a in adas]]).values_list("pk", "decision")) == {
        patel.pk: Decision.REJECTED, nhs.pk: Decision.ACCEPTED, adas[0].pk: Decision.ACCEPTED, adas[1].pk: Decision.ACCEPTED}
    assert actions_since(seq) == ["decide_redaction", "redaction_rejected", "redaction_accepted",
                                  "redaction_accepted", "redaction_accepted"]
    one = post(client, job_url(job, "/decisions"), {"decisions": [{"redaction_id": patel.pk, "decision": "accepted"}]})
    assert one.status_code == 200 and [r["decision"] for r in one.json()] == ["accepted"]
    event = AuditEvent.objects.filter(action="redaction_accepted", object_id=str(patel.pk)).get()
    assert event.detail["before"] == "rejected" and event.actor_id == family.hos.pk


@pytest.mark.parametrize("decisions,errors", [
    ([], {"decisions": ["Choose at least one redaction to accept or reject"]}),
    ([{"redaction_id": "first", "decision": "accepted"}], {"decisions.0.redaction_id": ["Redaction id must be a number"]}),
    ([{"decision": "accepted"}], {"decisions.0.redaction_id": ["Redaction id is required"]}),
    ("good-then-maybe", {"decisions.1.decision": ["Choose accept or reject"]}),
    ("good-then-another-jobs", {"decisions.1.redaction_id": ["There is no redaction {other} in this job"]}),
])
def test_bad_decisions_get_a_message_each_and_decide_nothing(client, family, job, decisions, errors):
    other = start_job(actor=family.hos, person=family.ada, purpose="sar", title="Another", source="chronology").redactions.first()
    good = {"redaction_id": job.redactions.first().pk, "decision": "accepted"}
    if isinstance(decisions, str):  # a good decision, then a bad one: the good one is not made either
        decisions = {"good-then-maybe": [good, {"redaction_id": good["redaction_id"], "decision": "maybe"}],
                     "good-then-another-jobs": [good, {"redaction_id": other.pk, "decision": "rejected"}]}[decisions]
    client.force_login(family.hos)
    seq = last_seq()
    response = post(client, job_url(job, "/decisions"), {"decisions": decisions})
    assert response.status_code == 422
    assert response.json()["errors"] == {k: [m.format(other=other.pk) for m in v] for k, v in errors.items()}
    assert not Redaction.objects.exclude(decision=Decision.PROPOSED).exists()
    assert not [a for a in actions_since(seq) if a.startswith("redaction_")]


def test_a_reviewer_adds_a_redaction_and_bad_additions_add_nothing(client, family, job):
    client.force_login(family.hos)
    before = job.redactions.count()
    empty = post(client, job_url(job, "/redactions"), {"phrase": " ", "reason": ""})
    assert empty.status_code == 422 and empty.json()["errors"] == {
        "phrase": ["Enter the words to redact"], "reason": ["Enter why these words are redacted"]}
    absent = post(client, job_url(job, "/redactions"), {"phrase": "not in the text", "reason": "x"})
    assert absent.status_code == 422 and "not in the document" in absent.json()["errors"]["phrase"][0]
    assert post(client, job_url(job, "/redactions"), {"phrase": "nursery"}).json()["errors"] == {"reason": ["Reason is required"]}
    assert job.redactions.count() == before and not AuditEvent.objects.filter(action="redaction_added").exists()
    added = post(client, job_url(job, "/redactions"), {"phrase": "NURSERY", "reason": "Names the setting"})
    assert added.status_code == 201
    assert [(r["text"], r["decision"], r["reason"]) for r in added.json()] == [("nursery", "accepted", "Names the setting")]
    assert AuditEvent.objects.filter(action="redaction_added", object_id=str(job.pk), actor_id=family.hos.pk).exists()


@pytest.mark.parametrize("payload,errors", [
    ({"purpose": "publish", "title": " "}, {"purpose": ["Select what the redaction is for"], "title": ["Enter a title for the document"]}),
    ({"purpose": "sar", "title": "x" * 201}, {"title": ["The title must be 200 characters or fewer"]}),
    ({"title": "SAR"}, {"purpose": ["Purpose is required"]}),
    ({"purpose": "sar", "title": "SAR", "keep_professionals": "perhaps"},
     {"keep_professionals": ["Keep professionals must be true or false"]}),
])
def test_a_job_with_bad_input_gets_a_message_each_and_is_not_started(client, family, payload, errors):
    client.force_login(family.hos)
    response = post(client, jobs_url(family.ada), payload)
    assert response.status_code == 422 and response.json()["errors"] == errors
    assert not RedactionJob.objects.exists() and not AuditEvent.objects.filter(action="redaction_started").exists()


def test_the_pdf_and_its_schedule_never_hold_the_removed_words(client, family, job):
    client.force_login(family.hos)
    response = client.get(job_url(job, "/pdf"))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response["Cache-Control"] == "no-store"
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(response.content)).pages)
    assert "Child A" in text and "Lovelace" not in text and "Patel" not in text
    assert AuditEvent.objects.filter(action="redaction_exported", object_id=str(job.pk)).exists()
    rows = client.get(job_url(job, "/schedule")).json()
    assert [r["number"] for r in rows] == list(range(1, len(rows) + 1)) and len(rows) >= 6
    assert {"Child A", "Mother", "[NHS number]"} <= {r["replacement"] for r in rows}
    assert "Lovelace" not in json.dumps(rows) and "Patel" not in json.dumps(rows)


def test_information_governance_gives_a_reason_first_as_on_the_pages(client, family, job, ig_officer):
    client.force_login(ig_officer)
    refused = client.get(job_url(job))
    assert refused.status_code == 403 and "give a reason first" in refused.json()["detail"]
    assert post(client, jobs_url(family.ada), {"purpose": "sar", "title": "SAR"}).status_code == 403
    given = post(client, f"/api/v1/people/{family.ada.pk}/reason", {"reason": "Subject access request SAR-2026-014"})
    assert given.status_code == 201
    assert client.get(job_url(job)).status_code == 200
    assert post(client, jobs_url(family.ada), {"purpose": "sar", "title": "SAR"}).status_code == 201


def wrong_callers(family):
    """Who must be refused on every endpoint, and the audit row each refusal leaves."""
    head_elsewhere = UserFactory(username="hos_b")
    family.unit_b.head_of_service = head_elsewhere
    family.unit_b.save()
    return [
        ("member of another unit", family.other, "refused_redaction"),
        ("outsider", family.outsider, "refused_redaction"),
        ("the child's own unit, not a redactor", family.csw, "refused_redaction"),
        ("head of another service (a redactor the gate refuses)", head_elsewhere, None),
    ]


def test_every_endpoint_refuses_the_wrong_caller_and_changes_nothing(client, family, job):
    proposal = job.redactions.first()
    calls = [
        ("get", jobs_url(family.ada), None),
        ("post", jobs_url(family.ada), {"purpose": "sar", "title": "SAR"}),
        ("get", job_url(job), None),
        ("post", job_url(job, "/decisions"), {"decisions": [{"redaction_id": proposal.pk, "decision": "rejected"}]}),
        ("post", job_url(job, "/redactions"), {"phrase": "nursery", "reason": "x"}),
        ("get", job_url(job, "/schedule"), None),
        ("get", job_url(job, "/pdf"), None),
    ]
    before = (RedactionJob.objects.count(), Redaction.objects.count())
    for who, user, refusal in wrong_callers(family):
        client.force_login(user)
        for method, url, payload in calls:
            seq = last_seq()
            response = post(client, url, payload) if method == "post" else client.get(url)
            assert response.status_code == 403, (who, method, url, response.status_code)
            assert b"Lovelace" not in response.content and b"Patel" not in response.content, (who, url)
            # A non-redactor's refusal is audited on the child's record; the gate refuses the head of another service
            # before anything is opened (they are sent to give a reason, as on the pages).
            events = list(AuditEvent.objects.filter(seq__gt=seq))
            assert [(e.action, e.person_id, e.actor_id) for e in events] == (
                [(refusal, family.ada.pk, user.pk)] if refusal else []), (who, url)
    client.logout()
    for method, url, payload in calls:
        seq = last_seq()
        response = post(client, url, payload) if method == "post" else client.get(url)
        assert response.status_code == 401, ("signed out", method, url, response.status_code)
        assert actions_since(seq) == []
    assert (RedactionJob.objects.count(), Redaction.objects.count()) == before
    proposal.refresh_from_db()
    assert proposal.decision == Decision.PROPOSED
    assert not AuditEvent.objects.filter(action__in=["redaction_rejected", "redaction_added", "redaction_exported"]).exists()


def test_a_job_or_person_that_does_not_exist_is_not_found(client, family, job):
    client.force_login(family.hos)
    assert client.get("/api/v1/redaction-jobs/424242").status_code == 404
    assert client.get(f"/api/v1/people/{family.zed.pk + 1000}/redaction-jobs").status_code == 404


def test_words_to_check_are_read_and_redacted_or_kept_over_the_api_and_a_wrong_choice_writes_nothing(client, family):
    job = start_job(actor=family.hos, person=family.ada, purpose="sar", title="Visit", source="upload",
                    text="Visited Ada at home. Kolyo again in the kitchen. Zdravka too, with the baby.")
    client.force_login(family.hos)
    assert client.get(job_url(job)).json()["words_to_check"] == [{"word": "Kolyo", "times": 1}, {"word": "Zdravka", "times": 1}]
    before = job.redactions.count()
    response = post(client, job_url(job, "/words-to-check"), {"word": "Zdravka", "choice": "perhaps"})
    assert response.status_code == 422 and "Choose redact or keep" in response.content.decode()
    assert job.redactions.count() == before
    response = post(client, job_url(job, "/words-to-check"), {"word": "Kolyo", "choice": "redact"})
    assert response.status_code == 200
    assert [(r["text"], r["decision"]) for r in response.json()] == [("Kolyo", "accepted")]
    assert "Data Protection Act 2018" in response.json()[0]["reason"]
    assert post(client, job_url(job, "/words-to-check"), {"word": "Zdravka", "choice": "keep"}).json() == []
    assert client.get(job_url(job)).json()["words_to_check"] == []


@pytest.mark.parametrize("username", ["csw", "sw", "other"])
def test_staff_who_are_not_redactors_cannot_check_words_over_the_api(client, family, username):
    job = start_job(actor=family.hos, person=family.ada, purpose="sar", title="Visit", source="upload",
                    text="Visited Ada at home. Kolyo again in the kitchen.")
    client.force_login(getattr(family, username))
    assert post(client, job_url(job, "/words-to-check"), {"word": "Kolyo", "choice": "redact"}).status_code == 403
    job.refresh_from_db()
    assert not job.redactions.filter(text="Kolyo").exists() and job.to_check == [["Kolyo", 1]]
