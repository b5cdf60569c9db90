"""Significant decisions: the unit decides at once unless the rule table asks for a second person or panel."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from hearth.audit.models import AuditEvent
from hearth.cases.models import ChronologyEntry, EntryKind
from hearth.decisions import services
from hearth.decisions.models import Decision, DecisionRule, DecisionStatus


def decide(world, kind="no_further_action", actor=None, **kw):
    return services.record_decision(actor=actor or world.sw, child=world.ada, kind=kind, summary=kw.pop("summary", "Close"),
                                    options=kw.pop("options", "NFA, early help"), reason=kw.pop("reason", "Needs are met"), **kw)


def test_seeded_rules(db):
    assert set(DecisionRule.objects.values_list("kind", "needs")) == {("legal_gateway", "panel"),
                                                                       ("connected_person", "second_person")}


def test_the_unit_decides_at_once_and_it_goes_on_the_chronology(world):
    d = decide(world)
    assert d.status == DecisionStatus.DECIDED and d.second_person is None and d.unit == world.unit_a
    entry = ChronologyEntry.objects.get(kind=EntryKind.DECISION, child=world.ada)
    assert entry.title == "Decision: No further action" and "Options considered: NFA, early help" in entry.narrative
    assert AuditEvent.objects.filter(action="record_decision", person_id=world.ada.pk).exists()


def test_a_decision_in_the_table_waits_for_the_named_second_person(world):
    with pytest.raises(ValidationError) as exc:
        decide(world, "connected_person")
    assert "needs a second person" in exc.value.message_dict["second_person"][0]
    with pytest.raises(ValidationError, match="someone other than yourself"):
        decide(world, "connected_person", second_person=world.sw)
    d = decide(world, "connected_person", second_person=world.csw)
    assert d.status == DecisionStatus.AWAITING
    with pytest.raises(PermissionDenied):
        services.confirm_decision(actor=world.sw, decision=d, agree=True)
    with pytest.raises(ValidationError):
        services.confirm_decision(actor=world.csw, decision=d, agree=False, note="")
    services.confirm_decision(actor=world.csw, decision=d, agree=True)
    assert Decision.objects.get(pk=d.pk).status == DecisionStatus.CONFIRMED
    assert ChronologyEntry.objects.filter(kind=EntryKind.DECISION).count() == 2
    with pytest.raises(ValidationError, match="already answered"):
        services.confirm_decision(actor=world.csw, decision=d, agree=True)


def test_a_rule_switched_off_in_the_table_leaves_it_to_the_unit(world):
    DecisionRule.objects.filter(kind="connected_person").update(active=False)
    assert decide(world, "connected_person").status == DecisionStatus.DECIDED


def test_wrong_input_and_wrong_people_change_nothing(world):
    with pytest.raises(ValidationError) as exc:
        decide(world, kind="toss_a_coin", summary="", options="", reason="")
    assert set(exc.value.message_dict) == {"kind", "summary", "options", "reason"}
    for wrong in (world.other, world.outsider):
        with pytest.raises(PermissionDenied):
            decide(world, actor=wrong)
    assert not Decision.objects.exists() and not ChronologyEntry.objects.filter(kind=EntryKind.DECISION).exists()


def test_decision_pages(client, world):
    client.force_login(world.sw)
    url = reverse("decisions:child", args=[world.ada.pk])
    assert b"Save decision" in client.get(url).content
    bad = client.post(url, {"kind": "connected_person", "summary": "Place with aunt", "options": "Aunt, foster care",
                            "reason": "Aunt is known and safe", "decided_on-day": "1", "decided_on-month": "1",
                            "decided_on-year": "2025"})
    assert bad.status_code == 200 and b"needs a second person" in bad.content and not Decision.objects.exists()
    ok = client.post(url, {"kind": "connected_person", "summary": "Place with aunt", "options": "Aunt, foster care",
                           "reason": "Aunt is known and safe", "decided_on-day": "1", "decided_on-month": "1",
                           "decided_on-year": "2025", "second_person": world.csw.pk})
    assert ok.status_code == 302
    d = Decision.objects.get()
    client.force_login(world.csw)
    assert b"Approve a connected-person placement for Ada" in client.get(reverse("spending:waiting")).content
    confirm = reverse("decisions:confirm", args=[world.ada.pk, d.pk])
    assert client.post(confirm, {"agree": "yes"}).status_code == 302
    assert Decision.objects.get().status == DecisionStatus.CONFIRMED
    client.force_login(world.other)
    assert "/reason/" in client.get(url)["Location"]


def test_the_second_person_is_chosen_from_the_units_current_active_members_and_its_head_of_service(client, world):
    import re

    from django.utils import timezone

    from hearth.units.models import Membership
    from tests.factories import member

    Membership.objects.filter(user=world.coordinator).update(ended_on=timezone.localdate())  # left the unit
    world.csw.is_active = False  # an account switched off
    world.csw.save()
    Membership.objects.create(unit=world.unit_a, user=world.hos, role="sw", started_on=timezone.localdate())  # there twice
    aaron = member(world.unit_a, "cp", username="aaron", first_name="Aaron", last_name="Zylberg")
    world.hos.first_name, world.hos.last_name = "Beth", "Adams"
    world.hos.save()
    client.force_login(world.sw)
    page = client.get(reverse("decisions:child", args=[world.ada.pk])).content.decode()
    select = re.search(r'<select[^>]*name="second_person".*?</select>', page, re.S).group(0)
    offered = [int(v) for v in re.findall(r'<option value="(\d+)"', select)]
    assert offered == [aaron.pk, world.hos.pk]  # by first name; not the signer, a leaver, an inactive account; hos once
