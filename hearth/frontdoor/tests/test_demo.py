"""The demo authority's front door: a MASH unit and workers, partner agencies and users, open referrals."""

import datetime as dt

import pytest
from django.utils import timezone

from hearth.demo.generate import DEMO_SPEC, generate, with_children
from hearth.frontdoor import selectors
from hearth.frontdoor.models import Decision, MatchStatus, Referral
from hearth.partners.models import OrganisationMember
from hearth.units.models import Membership, ServiceArea

TODAY = timezone.localdate()


@pytest.mark.django_db
def test_demo_has_a_working_front_door():
    result = generate(with_children(DEMO_SPEC, 60), today=TODAY)
    mash = Membership.objects.get(user__username="mash").unit
    assert mash.service_area == ServiceArea.FRONT_DOOR
    assert Membership.objects.filter(unit=mash, ended_on__isnull=True).count() == 3
    assert {m.user.username: m.organisation.kind for m in OrganisationMember.objects.select_related("user", "organisation")} == {
        "school": "school", "police": "police"}
    open_rows = list(selectors.open_referrals())
    assert len(open_rows) == 5
    assert sum(selectors.clock(r).overdue for r in open_rows) >= 1
    assert [r.match_status for r in open_rows].count(MatchStatus.AWAITING_WORKER) == 1
    assert Referral.objects.filter(decision=Decision.NFA, decided_at__date=TODAY).count() == 1
    assert result.counts["front_door_referrals"] == 6
    assert {login for login, _ in result.logins} >= {"mash", "school", "police"}
    police_api = Referral.objects.get(channel="partner_api")
    assert police_api.organisation.kind == "police" and police_api.due_at > police_api.received_at
    assert police_api.received_at <= timezone.now() + dt.timedelta(seconds=1)
