"""Adoption test helpers: a household recorded through the services."""

import datetime as dt

import pytest

from hearth.adoption import services

FIRST = {"given_name": "Jo", "family_name": "Reid", "date_of_birth": dt.date(1986, 4, 2), "sex": "F", "ethnicity": "WBRI",
         "disabilities": ["HEAR"]}
SECOND = {"given_name": "Kim", "family_name": "Reid", "date_of_birth": dt.date(1984, 9, 20), "sex": "M", "ethnicity": "BCRB"}
JOURNEY = [("stage1_started_on", dt.date(2025, 3, 3)), ("stage1_ended_on", dt.date(2025, 5, 2)),
           ("application_on", dt.date(2025, 5, 9)), ("stage2_started_on", dt.date(2025, 5, 12)),
           ("stage2_ended_on", dt.date(2025, 9, 10)), ("approved_on", dt.date(2025, 9, 24))]


def household(w, *, unit=None, approved=True, second=True):
    h = services.start_household(actor=w.sw, unit=unit or w.unit_a, enquiry_on=dt.date(2025, 2, 10), first=FIRST,
                                 second=SECOND if second else None)
    for step, on in JOURNEY if approved else JOURNEY[:2]:
        services.record_step(actor=w.sw, household=h, step=step, on=on)
    h.refresh_from_db()
    return h


@pytest.fixture
def reids(world):
    return household(world)
