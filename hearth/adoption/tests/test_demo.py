"""The demo authority's prospective adopters: every stage, dates in order and in the past, on Annex A list 11."""

import datetime as dt

import pytest
from django.urls import reverse

from hearth.accounts.models import User
from hearth.adoption.models import Adopter, Household, HouseholdStage
from hearth.adoption.services import journey_errors
from hearth.demo.generate import DEMO_SPEC, generate, with_children
from hearth.looked_after.models import AdoptionStage
from hearth.returns import annex_a

TODAY = dt.date(2026, 3, 12)
FIELDS = ("enquiry_on", "stage1_started_on", "stage1_ended_on", "stage2_started_on", "stage2_ended_on", "application_on",
          "approved_on", "left_on")


@pytest.mark.django_db
def test_demo_households_are_at_every_stage_and_keep_the_rules(client):
    result = generate(with_children(DEMO_SPEC, 400), today=TODAY)
    households = list(Household.objects.all())
    assert result.counts["adopter_households"] == len(households) >= 12
    for h in households:
        values = {f: getattr(h, f) for f in FIELDS}
        assert journey_errors(values) == {}, h
        assert all(d <= TODAY for d in values.values() if d), h
        assert 1 <= h.adopters.count() <= 2
        assert bool(h.left_on) == bool(h.leaving_reason)
    assert any(h.left_on for h in households) and any(h.approved_on and not h.left_on for h in households)
    assert any(h.stage1_started_on and not h.stage2_started_on and not h.left_on for h in households)
    assert all(a.person.age(TODAY) >= 18 for a in Adopter.objects.select_related("person"))
    links = list(HouseholdStage.objects.select_related("stage", "household"))
    assert result.counts["adoption_matches"] == len(links) >= 2
    for link in links:  # a match with an approved household, after the child's decision and the approval, not after today
        decided = AdoptionStage.objects.get(child=link.stage.child_id, stage="decision").on
        assert link.stage.stage == "matched" and decided <= link.stage.on <= TODAY
        assert link.household.approved_on <= link.stage.on and not link.household.left_on
    client.force_login(User.objects.get(username="adoption"))
    assert client.get(reverse("adoption:households")).status_code == 200
    client.force_login(User.objects.get(username="csw"))  # the first unit is a children-in-need unit: not theirs
    assert client.get(reverse("adoption:households")).status_code == 403
    assert len(annex_a.build(TODAY)[10].rows) >= Household.objects.exclude(left_on__lt=dt.date(2025, 3, 12)).count()

