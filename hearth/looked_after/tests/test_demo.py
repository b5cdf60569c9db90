"""The demo authority's looked-after children and care leavers keep the episode rules and show the clocks."""

import datetime as dt

import pytest

from hearth.cases.models import Case, CaseStatus
from hearth.demo.generate import DEMO_SPEC, generate, with_children
from hearth.looked_after import selectors
from hearth.looked_after.clocks import unit_clocks
from hearth.looked_after.models import Episode, Review, Visit
from hearth.units.models import Unit

TODAY = dt.date(2026, 3, 12)


@pytest.mark.django_db
def test_demo_children_in_care_have_episodes_reviews_and_visits_that_keep_the_rules():
    result = generate(with_children(DEMO_SPEC, 400), today=TODAY)
    assert result.counts["care_episodes"] > 0 and result.counts["care_reviews"] > 0 and result.counts["care_visits"] > 0
    in_care = Case.objects.filter(status=CaseStatus.LOOKED_AFTER, closed_on__isnull=True)
    assert in_care.exists()
    for case in in_care.select_related("child"):
        episodes = selectors.episodes_for(case.child)
        found = selectors.periods(episodes)
        assert len(found) == 1 and found[0].is_open, case
        assert found[0].episodes[0].rne == "S" and all(e.rne != "S" for e in found[0].episodes[1:])
        assert all(e.decom <= TODAY for e in episodes)
        assert Review.objects.filter(child=case.child, review__lt=found[0].start).count() == 0
    leavers = [c for c in Case.objects.filter(status=CaseStatus.CARE_LEAVER, closed_on__isnull=True).select_related("child")
               if Episode.objects.filter(child=c.child).exists()]
    assert leavers, "some care leavers"
    for case in leavers:
        category = selectors.care_leaver_category(selectors.episodes_for(case.child), case.child.date_of_birth, on=TODAY)
        assert category in (selectors.RELEVANT, selectors.FORMER_RELEVANT), (case, category)
    clocks = [c for unit in Unit.objects.all() for cs in unit_clocks(unit, today=TODAY).values() for c in cs]
    assert {"la_review", "la_visit", "la_health", "pathway_plan", "pa_contact"} <= {c.key for c in clocks}
    assert any(c.status == "overdue" for c in clocks) and any(c.status == "due" for c in clocks)
    assert Visit.objects.filter(visited_on__gte=TODAY).count() == 0
