"""The working-day calendar every timescale uses: Monday to Friday, less England and Wales bank holidays.

Bank holidays come from the `holidays` package (UK, subdivision England; Wales keeps the same days).
"Within N working days of D" is read as: the Nth working day after D (D itself does not count).
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools

import holidays


@functools.lru_cache(maxsize=64)
def bank_holidays(year: int) -> frozenset[dt.date]:
    return frozenset(holidays.UK(subdiv="ENG", years=year).keys())


def is_working_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in bank_holidays(day.year)


@functools.lru_cache(maxsize=65536)  # a pure function of its arguments; a unit's clocks repeat the same starts
def add_working_days(start: dt.date, days: int) -> dt.date:
    """The `days`-th working day after `start` (0 gives `start` itself if it is a working day, else the next one)."""
    if days < 0:
        raise ValueError("days must not be negative")
    day = start
    if days == 0:
        while not is_working_day(day):
            day += dt.timedelta(days=1)
        return day
    while days:
        day += dt.timedelta(days=1)
        if is_working_day(day):
            days -= 1
    return day


def working_days_between(start: dt.date, end: dt.date) -> int:
    """Working days after `start` up to and including `end` (negative when `end` is before `start`)."""
    if end < start:
        return -working_days_between(end, start)
    return sum(1 for n in range(1, (end - start).days + 1) if is_working_day(start + dt.timedelta(days=n)))


def add_months(start: dt.date, months: int) -> dt.date:
    """The same day `months` calendar months later, or the month's last day when it is shorter (31 Jan + 1 = 28/29 Feb)."""
    if months < 0:
        raise ValueError("months must not be negative")
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def add_period(start: dt.date, value: int, unit: str) -> dt.date:
    """`value` working days, calendar days or months after `start` (unit: "working_days", "days" or "months")."""
    if unit == "working_days":
        return add_working_days(start, value)
    if unit == "days":
        if value < 0:
            raise ValueError("days must not be negative")
        return start + dt.timedelta(days=value)
    if unit == "months":
        return add_months(start, value)
    raise ValueError(f"unknown unit {unit!r}")
