"""Ofsted Annex A list 11 (prospective adopters), derived from the households recorded through hearth.adoption and the
children's adoption stages linked to them: nothing typed twice."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from hearth.adoption import services as adoption
from hearth.adoption.tests.conftest import FIRST, household
from hearth.looked_after import services
from hearth.returns import annex_a
from hearth.returns.tests.test_annex_a_lists_9_10 import adopted

ON = dt.date(2026, 11, 1)
HEADS = annex_a.columns()[11]


def col(name: str) -> int:
    return HEADS.index(name)


def list_11(on: dt.date = ON) -> dict[str, list]:
    return {row[0]: row for row in annex_a.build(on)[10].rows}


@pytest.mark.django_db
def test_a_recorded_household_is_on_list_11_one_row_per_adopter(world):
    reids = household(world)
    adoption.set_fostering_for_adoption(actor=world.sw, household=reids, fostering=True)
    services.record_adoption_stage(actor=world.sw, child=world.ada, stage="decision", on=dt.date(2025, 6, 1))
    services.record_adoption_stage(actor=world.sw, child=world.byron, stage="decision", on=dt.date(2025, 6, 1))
    for child in (world.ada, world.byron):
        adoption.record_child_step(actor=world.sw, household=reids, child=child, stage="matched", on=dt.date(2025, 10, 1))
        adoption.record_child_step(actor=world.sw, household=reids, child=child, stage="placed", on=dt.date(2025, 11, 3))
    adoption.record_child_step(actor=world.sw, household=reids, child=world.ada, stage="adoption_order", on=dt.date(2026, 11, 2))
    rows = list_11()
    jo, kim = (reids.adopters.order_by("pk")[i].person for i in (0, 1))
    assert set(rows) == {str(jo.pk), str(kim.pk)}
    row = rows[str(jo.pk)]
    assert len(row) == len(HEADS)
    assert row[col("Family identifier")] == rows[str(kim.pk)][col("Family identifier")] == str(reids.pk)
    assert (row[col("Gender")], row[col("Ethnicity")], row[col("Disability")]) == ("Female", "White British", "Y")
    assert rows[str(kim.pk)][col("Disability")] == "N" and rows[str(kim.pk)][col("Gender")] == "Male"
    assert row[col("Is the (prospective) adopter fostering for adoption?")] == "Y"
    assert row[col("Date enquiry received")] == dt.date(2025, 2, 10)
    assert row[col("Date Stage 1 started")] == dt.date(2025, 3, 3) and row[col("Date Stage 1 ended")] == dt.date(2025, 5, 2)
    assert row[col("Date Stage 2 started")] == dt.date(2025, 5, 12) and row[col("Date Stage 2 ended")] == dt.date(2025, 9, 10)
    assert row[col("Date application submitted")] == dt.date(2025, 5, 9)
    assert row[col("Date application approved")] == dt.date(2025, 9, 24)
    assert row[col("Date adopter matched with child(ren)")] == dt.date(2025, 10, 1)
    assert row[col("Date child/children placed with adopter(s)")] == dt.date(2025, 11, 3)
    assert row[col("No. of children placed")] == 2
    assert row[col("Date of Adoption Order")] is None  # made the day after the inspection date
    assert row[col("Date of leaving adoption process")] is None and row[col("Reason for leaving adoption process")] == ""
    assert list_11(dt.date(2026, 11, 2))[str(jo.pk)][col("Date of Adoption Order")] == dt.date(2026, 11, 2)


@pytest.mark.django_db
def test_the_window_a_household_that_left_long_ago_or_had_not_enquired_is_not_listed(world):
    gone = household(world, approved=False, second=False)
    adoption.record_leaving(actor=world.sw, household=gone, left_on=dt.date(2025, 6, 1), reason="withdrew")
    recent = household(world, approved=False, second=False)
    adoption.record_leaving(actor=world.sw, household=recent, left_on=dt.date(2026, 1, 5), reason="not_approved")
    rows = list_11()
    person = recent.adopters.get().person_id
    assert set(rows) == {str(person)}  # left more than twelve months before: off the list
    assert rows[str(person)][col("Date of leaving adoption process")] == dt.date(2026, 1, 5)
    assert rows[str(person)][col("Reason for leaving adoption process")] == "Not approved as suitable to adopt"
    assert list_11(dt.date(2025, 2, 1)) == {}  # before any enquiry
    before_leaving = list_11(dt.date(2025, 12, 1))[str(person)]
    assert before_leaving[col("Date of leaving adoption process")] is None
    assert before_leaving[col("Reason for leaving adoption process")] == ""


@pytest.mark.django_db
def test_list_11_takes_the_same_number_of_queries_whatever_the_number_of_households(world):
    household(world, second=False)
    with CaptureQueriesContext(connection) as few:
        annex_a.build(ON)
    for i in range(4):
        h = household(world)
        baby = adopted(world, f"Baby{i}")
        services.record_adoption_stage(actor=world.sw, child=baby, stage="decision", on=dt.date(2026, 1, 5))
        adoption.record_child_step(actor=world.sw, household=h, child=baby, stage="matched", on=dt.date(2026, 2, 1))
    adoption.add_adopter(actor=world.sw, household=household(world, second=False), details={**FIRST, "given_name": "Lee"})
    with CaptureQueriesContext(connection) as many:
        sheets = annex_a.build(ON)
    assert len(sheets[10].rows) == 1 + 4 * 2 + 2
    assert len(many) == len(few)


@pytest.mark.django_db
def test_a_household_whose_adoption_order_was_more_than_twelve_months_before_is_off_the_list(world):
    reids = household(world)
    services.record_adoption_stage(actor=world.sw, child=world.ada, stage="decision", on=dt.date(2025, 6, 1))
    adoption.record_child_step(actor=world.sw, household=reids, child=world.ada, stage="matched", on=dt.date(2025, 10, 1))
    adoption.record_child_step(actor=world.sw, household=reids, child=world.ada, stage="placed", on=dt.date(2025, 10, 6))
    adoption.record_child_step(actor=world.sw, household=reids, child=world.ada, stage="adoption_order", on=dt.date(2025, 10, 20))
    assert len(list_11(dt.date(2026, 10, 20))) == 2  # the order exactly twelve months before: still on the list
    assert list_11(dt.date(2026, 10, 21)) == {}
