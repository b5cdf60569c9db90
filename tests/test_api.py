"""The JSON API goes through the same services and access gate as the pages."""

import json

import pytest
from django.test import Client
from django.utils import timezone

from hearth.audit.models import AuditEvent
from hearth.cases.models import ChronologyEntry


@pytest.mark.django_db
def test_openapi_schema_lists_the_endpoints(client, world):
    client.force_login(world.sw)
    schema = client.get("/api/v1/openapi.json").json()
    assert "/api/v1/people/{pk}/chronology" in schema["paths"]
    assert "/api/v1/units/{pk}/board" in schema["paths"]


@pytest.mark.django_db
def test_unit_member_reads_chronology_and_records(client, world):
    client.force_login(world.sw)
    payload = {"kind": "home_visit", "occurred_on": str(timezone.localdate()), "minutes": 30, "narrative": "Via API",
               "child_seen": True, "seen_alone": False}
    created = client.post(f"/api/v1/people/{world.ada.pk}/chronology", json.dumps(payload), content_type="application/json")
    assert created.status_code == 201, created.content
    rows = client.get(f"/api/v1/people/{world.ada.pk}/chronology").json()
    assert rows[0]["narrative"] == "Via API" and rows[0]["child_seen"] is True
    assert AuditEvent.objects.filter(action="api_view", person_id=world.ada.pk).exists()
    board = client.get(f"/api/v1/units/{world.unit_a.pk}/board").json()
    assert {r["child_name"] for r in board} == {"Ada Lovelace", "Byron Lovelace"}


@pytest.mark.django_db
def test_invalid_recording_gets_plain_errors_and_writes_nothing(client, world):
    client.force_login(world.sw)
    before = ChronologyEntry.objects.count()
    payload = {"kind": "home_visit", "occurred_on": "2999-01-01", "minutes": 0, "narrative": " "}
    response = client.post(f"/api/v1/people/{world.ada.pk}/chronology", json.dumps(payload), content_type="application/json")
    assert response.status_code == 422
    errors = response.json()["errors"]
    assert errors["minutes"] == ["Minutes must be between 1 and 1440"]
    assert errors["child_seen"] == ["Select whether the child was seen"]
    assert ChronologyEntry.objects.count() == before


@pytest.mark.django_db
def test_other_unit_is_refused_until_it_gives_a_reason(client, world):
    client.force_login(world.other)
    assert client.get(f"/api/v1/people/{world.ada.pk}").status_code == 403
    assert client.get(f"/api/v1/units/{world.unit_a.pk}/board").status_code == 403
    given = client.post(f"/api/v1/people/{world.ada.pk}/reason", json.dumps({"reason": "Front door check on sibling"}),
                        content_type="application/json")
    assert given.status_code == 201
    person = client.get(f"/api/v1/people/{world.ada.pk}").json()
    assert person["family_name"] == "Lovelace"
    assert {"id": world.mother.pk, "name": "Mary Lovelace", "relationship": "Mother"} in person["people_around"]


@pytest.mark.django_db
def test_writes_need_the_csrf_token(world):
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.sw)
    payload = {"kind": "phone_call", "occurred_on": str(timezone.localdate()), "minutes": 5, "narrative": "x"}
    response = client.post(f"/api/v1/people/{world.ada.pk}/chronology", json.dumps(payload), content_type="application/json")
    assert response.status_code == 403


@pytest.mark.django_db
def test_search_api(client, world):
    client.force_login(world.other)
    results = client.get("/api/v1/people/search", {"q": "Ada Lovleace"}).json()
    assert results and results[0]["name"] == "Ada Lovelace"
    assert AuditEvent.objects.filter(action="search_people", actor=world.other).exists()
