"""Looked-after test helpers: a child taken into care through the services."""

import datetime as dt

import pytest

from hearth.looked_after import services

PLACEMENT = {"place": "U6", "place_provider": "PR1", "provider_name": "Sam and Alex Carter", "pl_post": "NE3 2AB",
             "urn": "SC123456", "weekly_cost": "450.00"}


def start(w, child, on: dt.date, **overrides):
    kwargs = {"ls": "V2", "cin": "N1", **PLACEMENT, **overrides}
    return services.start_care(actor=w.sw, child=child, started_on=on, **kwargs)


def change(w, child, on: dt.date, **overrides):
    kwargs = {"ls": "V2", **PLACEMENT, **overrides}
    return services.change_episode(actor=w.sw, child=child, changed_on=on, **kwargs)


@pytest.fixture
def past():
    """A Monday well in the past, so every date the tests need is before today."""
    return dt.date(2025, 12, 15)
