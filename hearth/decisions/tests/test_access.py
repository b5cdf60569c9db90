"""The wrong people are refused on the decisions pages, and nothing is written."""

from django.urls import reverse

from hearth.access.services import open_with_reason
from hearth.cases.models import ChronologyEntry, EntryKind
from hearth.decisions import services
from hearth.decisions.models import Decision, DecisionStatus

FORM = {"kind": "no_further_action", "summary": "Close", "options": "NFA, early help", "reason": "Needs are met",
        "decided_on-day": "1", "decided_on-month": "1", "decided_on-year": "2025"}


def test_another_unit_cannot_record_a_decision_even_with_a_reason(client, world):
    url = reverse("decisions:child", args=[world.ada.pk])
    client.force_login(world.other)
    open_with_reason(user=world.other, person=world.ada, reason="Covering the duty phone tonight")
    page = client.get(url)
    assert page.status_code == 200 and b"Save decision" not in page.content
    assert client.post(url, FORM).status_code == 403
    assert not Decision.objects.exists() and not ChronologyEntry.objects.filter(kind=EntryKind.DECISION).exists()


def test_signed_out_cannot_record_or_confirm(client, world):
    response = client.post(reverse("decisions:child", args=[world.ada.pk]), FORM)
    assert response.status_code == 302 and "/sign-in/" in response["Location"]
    d = services.record_decision(actor=world.sw, child=world.ada, kind="connected_person", summary="Place with aunt",
                                 options="Aunt, foster care", reason="Aunt is known and safe", second_person=world.csw)
    response = client.post(reverse("decisions:confirm", args=[world.ada.pk, d.pk]), {"agree": "yes"})
    assert response.status_code == 302 and "/sign-in/" in response["Location"]
    assert list(Decision.objects.values_list("status", flat=True)) == [DecisionStatus.AWAITING]


def test_only_the_named_second_person_confirms_on_the_page(client, world):
    d = services.record_decision(actor=world.sw, child=world.ada, kind="connected_person", summary="Place with aunt",
                                 options="Aunt, foster care", reason="Aunt is known and safe", second_person=world.csw)
    confirm = reverse("decisions:confirm", args=[world.ada.pk, d.pk])
    for wrong in (world.sw, world.coordinator):  # the decider, and a member of the unit who was not named
        client.force_login(wrong)
        assert b"Only " in client.get(confirm).content
        assert client.post(confirm, {"agree": "yes"}).status_code == 403
    assert Decision.objects.get(pk=d.pk).status == DecisionStatus.AWAITING
    assert ChronologyEntry.objects.filter(kind=EntryKind.DECISION).count() == 1
