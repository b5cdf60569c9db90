"""Spending over the API: the wrong people and signed-out callers are refused, a retried POST is done once."""

import json

from hearth.spending import services
from hearth.spending.models import BudgetLine, Spend, SpendStatus


def post(client, url, payload, **headers):
    return client.post(url, json.dumps(payload), content_type="application/json", **headers)


def test_only_the_person_asked_or_the_head_of_service_answers_over_the_api(client, world, budget):
    asked = services.record_spend(actor=world.sw, child=world.ada, category="travel", amount="150", reason="Funeral")
    url = f"/api/v1/spends/{asked.pk}/answer"
    for wrong in (world.other, world.outsider, world.coordinator):
        client.force_login(wrong)
        assert post(client, url, {"approve": True}).status_code == 403
    client.logout()
    assert post(client, url, {"approve": True}).status_code == 401
    assert Spend.objects.get(pk=asked.pk).status == SpendStatus.PENDING
    line = BudgetLine.objects.get(pk=asked.line_id)
    assert (line.spent_pence, line.committed_pence) == (0, 15_000)


def test_signed_out_cannot_spend_or_read(client, world, budget):
    url = f"/api/v1/people/{world.ada.pk}/spends"
    assert post(client, url, {"category": "travel", "amount": "30", "reason": "x"}).status_code == 401
    assert client.get(url).status_code == 401
    assert client.get(f"/api/v1/units/{world.unit_a.pk}/budget").status_code == 401
    assert not Spend.objects.exists()


def test_a_retried_spend_is_recorded_once(client, world, budget):
    client.force_login(world.sw)
    url = f"/api/v1/people/{world.ada.pk}/spends"
    payload = {"category": "travel", "amount": "30", "reason": "Visit family"}
    first = post(client, url, payload, HTTP_IDEMPOTENCY_KEY="railcard-1")
    again = post(client, url, payload, HTTP_IDEMPOTENCY_KEY="railcard-1")
    assert first.status_code == again.status_code == 201 and first.json() == again.json()
    assert again["Idempotent-Replayed"] == "true" and Spend.objects.count() == 1
    assert BudgetLine.objects.get(category__code="travel").spent_pence == 3_000
