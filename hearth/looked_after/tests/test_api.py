"""The care API: the same services and access gate as the pages; bad input gets 422 with a message per field."""

import json

import pytest

from hearth.looked_after.models import Episode


def _post(client, url, payload, **headers):
    return client.post(url, json.dumps(payload), content_type="application/json", **headers)


START = {"started_on": "2025-12-15", "ls": "C1", "cin": "N1", "place": "U6", "place_provider": "PR1",
         "provider_name": "Sam Carter", "weekly_cost": "450.00", "pl_post": "NE3 2AB"}


@pytest.mark.django_db
def test_start_change_read_and_end_care(client, world):
    client.force_login(world.sw)
    base = f"/api/v1/people/{world.ada.pk}/care"
    created = _post(client, base + "/start", START, HTTP_IDEMPOTENCY_KEY="start-1")
    assert created.status_code == 201, created.content
    assert _post(client, base + "/start", START, HTTP_IDEMPOTENCY_KEY="start-1").status_code == 201  # replayed, not done twice
    assert Episode.objects.count() == 1
    moved = _post(client, base + "/changes", {**START, "changed_on": "2026-01-05", "provider_name": "Pat Jones",
                                              "reason_place_change": "CARPL"})
    assert moved.status_code == 201 and moved.json()["rne"] == "P"
    care = client.get(base).json()
    assert care["looked_after"] is True and care["period_start"] == "2025-12-15"
    assert [e["rne"] for e in care["episodes"]] == ["S", "P"]
    assert {c["key"] for c in care["clocks"]} == {"la_review", "la_visit", "la_health"}
    ended = _post(client, base + "/end", {"ended_on": "2026-02-02", "rec": "E4A"})
    assert ended.status_code == 200 and ended.json()["rec"] == "E4A"


@pytest.mark.django_db
def test_bad_input_is_422_per_field_and_writes_nothing(client, world):
    client.force_login(world.sw)
    response = _post(client, f"/api/v1/people/{world.ada.pk}/care/start", {**START, "ls": "ZZ", "pl_post": "nowhere"})
    assert response.status_code == 422
    assert response.json()["errors"] == {"ls": ["Select the legal status"],
                                         "pl_post": ["Enter a real placement postcode, like NE1 4ST"]}
    assert not Episode.objects.exists()


@pytest.mark.django_db
def test_another_unit_and_the_signed_out_are_refused(client, world):
    client.force_login(world.other)
    assert client.get(f"/api/v1/people/{world.ada.pk}/care").status_code == 403
    assert _post(client, f"/api/v1/people/{world.ada.pk}/care/start", START).status_code == 403
    client.logout()
    assert client.get(f"/api/v1/people/{world.ada.pk}/care").status_code == 401
    assert not Episode.objects.exists()
