"""The front door (MASH) opens the records its referrals are about, and only those, for as long as it needs them."""

import datetime as dt

import pytest
from django.utils import timezone

from hearth.audit.models import AuditEvent
from hearth.frontdoor import services as front_door
from hearth.frontdoor.tests.conftest import fd, referral_kwargs  # noqa: F401 (fixture)


@pytest.mark.django_db
def test_front_door_worker_opens_the_referred_child_then_loses_access_after_30_days(client, fd):  # noqa: F811
    # Sent by a school, so the worker did not create the child's record (that would be a basis of its own).
    referral = front_door.receive_referral(actor=None, **referral_kwargs(channel="partner_api", organisation=fd.school))
    child_url = f"/people/{referral.person_id}/"
    client.force_login(fd.worker)
    assert client.get(child_url).status_code == 200
    event = AuditEvent.objects.filter(person_id=referral.person_id, action="view_chronology").latest("seq")
    assert event.actor_id == fd.worker.pk and event.detail["basis"] == "front_door"

    # A child with no referral at the front door still needs a reason.
    assert "/reason/" in client.get(f"/people/{fd.w.zed.pk}/")["Location"]

    front_door.decide(actor=fd.worker, referral=referral, decision="nfa", reason="Parent has already arranged support.",
                      advice="Talked the school through early help options.")
    assert client.get(child_url).status_code == 200
    type(referral).objects.filter(pk=referral.pk).update(decided_at=timezone.now() - dt.timedelta(days=31))
    assert "/reason/" in client.get(child_url)["Location"]


@pytest.mark.django_db
def test_staff_outside_the_front_door_do_not_get_its_access(client, fd):  # noqa: F811
    referral = front_door.receive_referral(actor=fd.worker, **referral_kwargs())
    client.force_login(fd.w.other)
    assert "/reason/" in client.get(f"/people/{referral.person_id}/")["Location"]
