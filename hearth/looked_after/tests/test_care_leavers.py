"""Care-leaver categories derived from the episodes and the date of birth (domain.md §1.2), never typed."""

import datetime as dt
from types import SimpleNamespace

import pytest

from hearth.cases.models import CaseStatus
from hearth.looked_after import services
from hearth.looked_after.selectors import (
    ELIGIBLE,
    FORMER_RELEVANT,
    QUALIFYING,
    RELEVANT,
    care_leaver_category,
    eligible_from,
)
from tests.factories import child as make_child

from .conftest import start

DOB = dt.date(2008, 6, 10)  # 14 on 10 June 2022, 16 on 10 June 2024, 18 on 10 June 2026
AT16 = dt.date(2024, 6, 10)
D = dt.timedelta


def ep(decom, dec=None, ls="C2", rec=""):
    return SimpleNamespace(decom=decom, dec=dec, ls=ls, rec=rec or ("E8" if dec else ""))


def test_eligible_needs_13_weeks_since_14_and_to_be_16():
    eps = [ep(AT16 - D(days=28))]  # came into care four weeks before the 16th birthday
    assert eligible_from(eps, DOB, on=AT16 + D(days=200)) == AT16 - D(days=28) + D(days=91)
    assert care_leaver_category(eps, DOB, on=AT16 - D(days=28) + D(days=90)) is None  # 12 weeks and 6 days
    assert care_leaver_category(eps, DOB, on=AT16 - D(days=28) + D(days=91)) == ELIGIBLE


def test_weeks_before_14_do_not_count_and_weeks_after_14_add_up_across_periods():
    early = [ep(dt.date(2020, 1, 1), dt.date(2022, 6, 1))]  # all before the 14th birthday
    assert care_leaver_category(early + [ep(AT16 + D(days=10))], DOB, on=AT16 + D(days=40)) is None
    spread = [ep(dt.date(2023, 1, 2), dt.date(2023, 2, 27)),  # 8 weeks at 14
              ep(AT16 + D(days=7))]  # then 5 more weeks from just after 16
    assert care_leaver_category(spread, DOB, on=AT16 + D(days=7 + 34)) is None
    assert care_leaver_category(spread, DOB, on=AT16 + D(days=7 + 35)) == ELIGIBLE


def test_short_breaks_do_not_count():
    eps = [ep(dt.date(2023, 1, 2), dt.date(2024, 1, 2), ls="V3"), ep(AT16, ls="V4")]
    assert care_leaver_category(eps, DOB, on=AT16 + D(days=120)) is None


def test_relevant_after_leaving_care_eligible_and_former_relevant_from_18():
    eps = [ep(dt.date(2023, 9, 1), AT16 + D(days=60))]
    assert care_leaver_category(eps, DOB, on=AT16 + D(days=59)) == ELIGIBLE
    assert care_leaver_category(eps, DOB, on=AT16 + D(days=61)) == RELEVANT
    assert care_leaver_category(eps, DOB, on=dt.date(2026, 6, 10)) == FORMER_RELEVANT
    assert care_leaver_category(eps, DOB, on=dt.date(2033, 6, 9)) == FORMER_RELEVANT  # to 25 (adviser entitlement)
    assert care_leaver_category(eps, DOB, on=dt.date(2033, 6, 10)) is None


def test_in_care_at_18_is_former_relevant():
    eps = [ep(dt.date(2022, 9, 1), dt.date(2026, 6, 10), rec="E17")]
    assert care_leaver_category(eps, DOB, on=dt.date(2026, 6, 11)) == FORMER_RELEVANT


def test_qualifying_when_looked_after_after_16_but_never_eligible():
    eps = [ep(AT16 + D(days=30), AT16 + D(days=58), rec="E45")]  # four weeks, then a special guardianship order
    assert care_leaver_category(eps, DOB, on=AT16 + D(days=100)) == QUALIFYING
    assert care_leaver_category(eps, DOB, on=dt.date(2027, 1, 1)) == QUALIFYING  # 18, under 21
    assert care_leaver_category(eps, DOB, on=dt.date(2029, 6, 10)) is None  # 21


@pytest.mark.parametrize("on", [dt.date(2024, 6, 9), dt.date(2020, 1, 1)])
def test_nobody_under_16_is_a_care_leaver(on):
    assert care_leaver_category([ep(dt.date(2019, 1, 1))], DOB, on=on) is None


def test_leaving_care_marks_the_case_care_leaver_when_relevant(world):
    young = make_child("Cal", "Leaver", DOB)
    from hearth.cases import services as case_services

    case = case_services.open_case(actor=world.sw, child=young, unit=world.unit_a, opened_on=dt.date(2023, 1, 1))
    start(world, young, dt.date(2023, 9, 1))
    services.end_care(actor=world.sw, child=young, ended_on=AT16 + D(days=60), rec="E5")
    case.refresh_from_db()
    assert case.status == CaseStatus.CARE_LEAVER
    start(world, world.ada, dt.date(2025, 1, 6))  # 10 years old: returns home, the case stays open as child in need
    services.end_care(actor=world.sw, child=world.ada, ended_on=dt.date(2025, 3, 3), rec="E4A")
    world.case_ada.refresh_from_db()
    assert world.case_ada.status == CaseStatus.CHILD_IN_NEED
