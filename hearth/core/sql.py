"""Small helpers for the few raw SQL statements on hot pages."""

import datetime as dt
import functools

from django.db import connection
from django.utils import timezone
from django.utils.dateparse import parse_datetime


def one_of(ids) -> tuple[str, list]:
    """The raw-SQL test "column is one of these ids", to write after the column, with its parameters.

    On PostgreSQL it is `= ANY(%s)` with the ids as one array parameter, so the statement's text is the same whatever
    the number of ids: psycopg then reuses its parse of the statement, and PostgreSQL plans it in about half the time
    of a long IN list (measured on the unit board's clock queries). SQLite has no arrays: `IN (%s, ...)`.
    """
    ids = list(ids)
    if connection.vendor == "postgresql":
        return "= ANY(%s)", [ids]
    return f"IN ({', '.join(['%s'] * len(ids))})", ids


def day(value) -> dt.date | None:
    """A date from a raw row: SQLite's raw rows give text."""
    return dt.date.fromisoformat(value[:10]) if isinstance(value, str) else value


def moment(value) -> dt.datetime | None:
    """An aware datetime from a raw row (SQLite's raw rows give naive UTC text)."""
    if isinstance(value, str):
        value = parse_datetime(value)
    if value is not None and timezone.is_naive(value):
        value = timezone.make_aware(value, dt.UTC)
    return value


def from_row(model, values):
    """A model instance from a raw row holding every concrete field of `model` in _meta order (as columns_of writes
    them), each value converted as the ORM converts it (SQLite's text dates and integer booleans, JSON text)."""
    values = list(values)
    for i, column, converters in _converters(model, connection.alias):
        value = values[i]
        for convert in converters:
            value = convert(value, column, connection)
        values[i] = value
    return model.from_db(connection.alias, None, values)


def columns_of(model, alias: str) -> str:
    """Every concrete column of `model`, qualified by the table alias, in the order from_row reads them."""
    return ", ".join(f"{alias}.{f.column}" for f in model._meta.concrete_fields)


@functools.cache
def _converters(model, alias: str) -> list[tuple[int, object, list]]:
    """The ORM's converters for each field of `model` that has any (the database's and the field's own, as the SQL
    compiler applies them), read once per model."""
    found = []
    for i, f in enumerate(model._meta.concrete_fields):
        column = f.get_col(model._meta.db_table)
        converters = connection.ops.get_db_converters(column) + column.get_db_converters(connection)
        if converters:
            found.append((i, column, converters))
    return found
