"""Previous/next paging without a count: one row more than a page tells whether there is a next page."""

import pytest

from hearth.core.pagination import peek_page


@pytest.mark.parametrize("page, rows, has_previous, has_next", [
    (None, list(range(25)), False, True),
    ("1", list(range(25)), False, True),
    ("2", list(range(25, 30)), True, False),
    ("3", [], True, False),
    ("0", list(range(25)), False, True),
    ("-4", list(range(25)), False, True),
    ("two", list(range(25)), False, True),
])
def test_pages_of_thirty(page, rows, has_previous, has_next):
    p = peek_page(list(range(30)), page, 25)
    assert list(p) == rows
    assert (p.has_previous(), p.has_next()) == (has_previous, has_next)
    assert p.has_other_pages() == (has_previous or has_next)


def test_exactly_one_page_has_no_next():
    p = peek_page(list(range(25)), None, 25)
    assert len(p) == 25 and not p.has_next() and not p.has_other_pages()


@pytest.mark.django_db
def test_the_chronology_pages_without_counting(world, client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(world.sw)
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(f"/people/{world.ada.pk}/").status_code == 200
    assert not [q for q in ctx.captured_queries if "COUNT(" in q["sql"] and "chronologyentry" in q["sql"]]
