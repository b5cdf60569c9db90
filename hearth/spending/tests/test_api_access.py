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


def test_answering_over_the_api_goes_through_the_access_gate_like_every_call_about_a_child(client, world, budget):
    from hearth.access.models import Restriction
    from hearth.audit.models import AuditEvent

    asked = services.record_spend(actor=world.sw, child=world.ada, category="travel", amount="150", reason="Funeral")
    url = f"/api/v1/spends/{asked.pk}/answer"
    restriction = Restriction.objects.create(person=world.ada, reason="Relative of staff")
    for caller in (world.csw, world.other, world.outsider):  # the person asked too, while not named on the restriction
        client.force_login(caller)
        # the same answer as any other call about the child
        assert post(client, url, {"approve": True}).status_code == client.get(f"/api/v1/people/{world.ada.pk}/spends").status_code == 403
    client.force_login(world.csw)
    refused = post(client, url, {"approve": True})
    assert refused.json() == {"detail": "This record is restricted."}
    assert AuditEvent.objects.filter(action="refused_restricted", actor=world.csw, person_id=world.ada.pk).exists()
    assert Spend.objects.get(pk=asked.pk).status == SpendStatus.PENDING
    assert post(client, "/api/v1/spends/999999/answer", {"approve": True}).status_code == 404  # no such spend, as no such person
    restriction.named_staff.add(world.csw)
    assert post(client, url, {"approve": True}).status_code == 200
    assert AuditEvent.objects.filter(action="api_open_spending", actor=world.csw, person_id=world.ada.pk,
                                     detail__spend=asked.pk).exists()
    assert Spend.objects.get(pk=asked.pk).status == SpendStatus.APPROVED
