"""Casework test helpers: a settable clock (services refuse future dates, so a journey moves "today" along)."""

import datetime as dt
import zoneinfo

import pytest
from django.utils import timezone as dj_timezone

LONDON = zoneinfo.ZoneInfo("Europe/London")


class Clock:
    def __init__(self, monkeypatch):
        self._monkeypatch = monkeypatch
        self.day = None

    def set(self, day: dt.date, hour: int = 10) -> dt.datetime:
        self.day = day
        moment = dt.datetime.combine(day, dt.time(hour, 0), tzinfo=LONDON)
        self._monkeypatch.setattr(dj_timezone, "now", lambda: moment)
        return moment


@pytest.fixture
def clock(monkeypatch):
    """clock.set(date) makes timezone.now()/localdate() answer that day (10:00 London)."""
    return Clock(monkeypatch)


def referral_kwargs(**overrides) -> dict:
    kwargs = {
        "channel": "phone", "source": "2A", "referrer_name": "Jo Head", "referrer_role": "Head teacher",
        "referrer_phone": "01632 960 001", "referrer_email": "jo@school.example",
        "concerns": "Came to school with a bruise on her cheek and said she was scared to go home.",
        "child_given_name": "Quenby", "child_family_name": "Marchbanks", "child_date_of_birth": dt.date(2016, 5, 4),
        "child_sex": "F", "child_address_line_1": "4 Kiln Row", "child_postcode": "NE2 1AA",
    }
    kwargs.update(overrides)
    return kwargs
