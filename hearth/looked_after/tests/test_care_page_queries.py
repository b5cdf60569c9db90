"""The Care page reads the missing episodes, pre-proceedings and care applications once, for its history and for the
steps it offers (it read each twice before): a fixed ceiling of queries, and the same steps offered."""

import datetime as dt

import pytest

from hearth.looked_after import selectors, services
from hearth.looked_after.models import CareApplication, MissingEpisode

from .conftest import start

D = dt.timedelta
pytestmark = pytest.mark.django_db

CARE_PAGE_QUERIES = 25  # session, user, partner check, person, case, access, audit (3), 3 reads shared with the state,
# episodes, header (3), clocks, review, visit, health, SDQ, pathway, contact, adoption, UASC


def _care(client, person):
    return client.get(f"/people/{person.pk}/care/")


def test_care_page_reads_each_table_once(client, world, past, django_assert_max_num_queries):
    start(world, world.ada, past)
    services.record_missing(actor=world.sw, child=world.ada, missing="M", mis_start=past + D(days=3))
    services.record_pre_proceedings(actor=world.sw, case=world.case_ada, started_on=past + D(days=4), fgdm_offered_on=past + D(days=4),
                                    fgdm_accepted=False)
    services.record_care_application(actor=world.sw, case=world.case_ada, issued_on=past + D(days=5), court="Newcastle Family Court")
    client.force_login(world.sw)
    _care(client, world.ada)  # the first read of the session costs more
    with django_assert_max_num_queries(CARE_PAGE_QUERIES) as ctx:
        page = _care(client, world.ada).content.decode()
    for table in ("looked_after_missingepisode", "looked_after_preproceedings", "looked_after_careapplication"):
        # once each for the state and the history (the person header's and the clocks' own reads are theirs)
        reads = [q["sql"] for q in ctx.captured_queries if q["sql"].lstrip().startswith(f'SELECT "{table}".')]
        assert len(reads) == 1, (table, reads)
    for slug in ("missing-return", "court-extension", "court-conclusion", "pre-proceedings"):
        assert f"/people/{world.ada.pk}/care/{slug}/" in page, slug  # derived from the rows read once
    assert "care application at Newcastle Family Court" in page and "pre-proceedings; family meeting offered" in page


def test_an_open_missing_episode_older_than_the_ten_listed_is_still_found(world, past):
    start(world, world.ada, past)
    MissingEpisode.objects.create(child=world.ada, missing="M", mis_start=past + D(days=1))  # not back yet
    for i in range(selectors.RECENT_MISSING):
        MissingEpisode.objects.create(child=world.ada, missing="A", mis_start=past + D(days=10 + i), mis_end=past + D(days=10 + i))
    recent = selectors.recent_missing(world.ada)
    assert len(recent) == selectors.RECENT_MISSING and all(m.mis_end for m in recent)
    assert selectors.open_missing(world.ada, recent).mis_start == past + D(days=1)
    assert selectors.open_missing(world.ada, recent[:3]) is None  # fewer than ten: that is all there is to read


def test_the_state_takes_the_open_pre_proceedings_from_the_rows_read_for_the_history(world, past):
    from hearth.looked_after.views import state_for

    start(world, world.ada, past)
    kwargs = {"actor": world.sw, "case": world.case_ada, "fgdm_accepted": False}
    services.record_pre_proceedings(started_on=past + D(days=4), fgdm_offered_on=past + D(days=4), outcome="diverted",
                                    outcome_on=past + D(days=6), **kwargs)
    proceedings = selectors.proceedings_for(world.ada)
    assert len(proceedings[0]) == 1 and state_for(world.ada, proceedings=proceedings).pre is None  # it has an outcome
    services.record_pre_proceedings(started_on=past + D(days=8), fgdm_offered_on=past + D(days=8), **kwargs)
    proceedings = selectors.proceedings_for(world.ada)
    s = state_for(world.ada, proceedings=proceedings)
    assert len(proceedings[0]) == 2 and s.pre.started_on == past + D(days=8) and s.application is None
    assert s.pre == state_for(world.ada).pre  # the step pages, which read them themselves, see the same
    assert not CareApplication.objects.exists()
