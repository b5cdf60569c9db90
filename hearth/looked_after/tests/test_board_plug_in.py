"""The looked-after clocks on the real unit board (casework.clocks.unit_clocks adds them with add_unit_clocks): they
cost the board exactly one query and are listed with the care step that stops each."""

import datetime as dt
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from hearth.casework import clocks as casework_clocks

from .conftest import start


def _board(client, unit) -> tuple[str, int]:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(f"/units/{unit.pk}/")
    assert response.status_code == 200
    return re.sub(r"\s+", " ", response.content.decode()), len(ctx.captured_queries)


@pytest.mark.django_db
def test_the_board_lists_the_looked_after_clocks_for_one_query(client, world, monkeypatch):
    start(world, world.ada, dt.date(2025, 12, 15))  # her first review is long overdue
    client.force_login(world.csw)
    _board(client, world.unit_a)  # warm up (sessions, caches)
    with_care, queries_with = _board(client, world.unit_a)
    monkeypatch.setattr(casework_clocks.care_clocks, "add_unit_clocks", lambda found, unit, **kw: found)
    without, queries_without = _board(client, world.unit_a)
    assert queries_with == queries_without + 1
    assert "looked-after review" in with_care.lower() and "looked-after review" not in without.lower()
    assert "/care/" in with_care  # the overdue list links to the care step that stops the clock
