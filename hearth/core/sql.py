"""Small helpers for the few raw SQL statements on hot pages."""

import datetime as dt

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
    them), with SQLite's text dates and integer booleans turned into what the ORM would give."""
    if connection.vendor == "sqlite":
        values = [_CONVERT.get(f.get_internal_type(), _same)(v) for f, v in zip(model._meta.concrete_fields, values, strict=True)]
    return model.from_db(connection.alias, None, values)


def columns_of(model, alias: str) -> str:
    """Every concrete column of `model`, qualified by the table alias, in the order from_row reads them."""
    return ", ".join(f"{alias}.{f.column}" for f in model._meta.concrete_fields)


def _same(value):
    return value


_CONVERT = {"DateField": day, "DateTimeField": moment, "BooleanField": lambda v: v if v is None else bool(v)}
