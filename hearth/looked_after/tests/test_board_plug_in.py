"""The one-line plug-in the lead will add to casework.clocks.unit_clocks, tried on the real unit board: the board gains
exactly one query and lists the looked-after clock with the care step that stops it (see clocks.add_unit_clocks)."""

import datetime as dt
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from hearth.casework import clocks as casework_clocks
from hearth.looked_after.clocks import add_unit_clocks

from .conftest import start


def _board(client, unit) -> tuple[str, int]:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(f"/units/{unit.pk}/")
    assert response.status_code == 200
    return re.sub(r"\s+", " ", response.content.decode()), len(ctx.captured_queries)


@pytest.mark.django_db
def test_the_board_with_the_plug_in_gains_one_query_and_lists_the_looked_after_clocks(client, world, monkeypatch):
    start(world, world.ada, dt.date(2025, 12, 15))  # her first review is long overdue
    client.force_login(world.csw)
    _board(client, world.unit_a)  # warm up (sessions, caches)
    before, queries_before = _board(client, world.unit_a)
    original = casework_clocks.unit_clocks

    def plugged(unit, *, today=None, cases=None):  # the lead's line: return add_unit_clocks({...}, unit, today=..., cases=...)
        return add_unit_clocks(original(unit, today=today, cases=cases), unit, today=today, cases=cases)

    monkeypatch.setattr("hearth.units.views.unit_clocks", plugged)
    after, queries_after = _board(client, world.unit_a)
    assert queries_after == queries_before + 1
    assert "looked-after review" in after.lower() and "looked-after review" not in before.lower()
