"""Spending over the API: same rules, plain 422 errors, 403 for the wrong people, money as text."""

import json

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from hearth.spending import services
from hearth.spending.models import Spend, SpendStatus


def post(client, url, payload):
    return client.post(url, json.dumps(payload), content_type="application/json")


def test_record_answer_and_read_over_the_api(client, world, budget):
    client.force_login(world.sw)
    url = f"/api/v1/people/{world.ada.pk}/spends"
    created = post(client, url, {"category": "travel", "amount": "30", "description": "Railcard", "reason": "Visit family"})
    assert created.status_code == 201, created.content
    assert created.json()["status"] == "authorised" and created.json()["amount_pence"] == 3000
    asked = post(client, url, {"category": "travel", "amount": "150", "reason": "Funeral"}).json()
    assert asked["status"] == "pending" and asked["sent_to"] == str(world.csw)
    assert post(client, f"/api/v1/spends/{asked['id']}/answer", {"approve": True}).status_code == 403  # not their own
    client.force_login(world.csw)
    answered = post(client, f"/api/v1/spends/{asked['id']}/answer", {"approve": True, "note": "Yes"})
    assert answered.status_code == 200 and answered.json()["status"] == "approved"
    budget_now = client.get(f"/api/v1/units/{world.unit_a.pk}/budget").json()
    assert budget_now["spent_pence"] == 18_000 and budget_now["left_pence"] == 120_000 - 18_000
    assert [s["amount_pence"] for s in client.get(url).json()] == [15_000, 3_000]


def test_bad_input_is_a_422_with_plain_messages_and_writes_nothing(client, world, budget):
    client.force_login(world.sw)
    url = f"/api/v1/people/{world.ada.pk}/spends"
    response = post(client, url, {"category": "yachts", "amount": "-5", "reason": ""})
    assert response.status_code == 422
    errors = response.json()["errors"]
    assert errors["amount"] == ["Amount must be more than £0"] and errors["category"] == ["Select what the money is for from the list"]
    assert post(client, url, {"category": "travel", "amount": 12.5, "reason": "x"}).status_code == 422  # a JSON number
    assert not Spend.objects.exists()


def test_other_unit_cannot_spend_or_see_the_budget(client, world, budget):
    client.force_login(world.other)
    assert post(client, f"/api/v1/people/{world.ada.pk}/spends",
                {"category": "travel", "amount": "30", "reason": "x"}).status_code == 403
    assert client.get(f"/api/v1/units/{world.unit_a.pk}/budget").status_code == 403
    assert not Spend.objects.filter(status=SpendStatus.AUTHORISED).exists()


def test_an_answer_without_approve_or_decline_is_refused_by_name_on_the_page_the_api_and_the_service(client, world, budget):
    """The page's field is `answer`, the API's and the service's `approve`: each names its own field, and nothing is written."""
    asked = services.record_spend(actor=world.sw, child=world.ada, category="travel", amount="150", reason="Funeral")
    client.force_login(world.csw)
    page = client.post(reverse("spending:waiting"), {"request": asked.pk, f"r{asked.pk}-note": ""}).content.decode()
    assert "Select whether you approve the spend" in page and f'href="#id_r{asked.pk}-answer"' in page
    response = post(client, f"/api/v1/spends/{asked.pk}/answer", {"note": "Yes"})
    assert response.status_code == 422 and "approve" in json.dumps(response.json())
    with pytest.raises(ValidationError) as refused:
        services.answer_spend_request(actor=world.csw, request=asked, approve=None)
    assert refused.value.message_dict == {"approve": ["Select whether you approve the spend"]}
    assert Spend.objects.get(pk=asked.pk).status == SpendStatus.PENDING
