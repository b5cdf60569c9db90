"""Property-based tests (Hypothesis) for the working-day calendar every timescale uses."""

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from hearth.core.workdays import add_months, add_period, add_working_days, bank_holidays, is_working_day, working_days_between

days = st.dates(min_value=dt.date(2015, 1, 1), max_value=dt.date(2035, 12, 31))
counts = st.integers(min_value=0, max_value=400)
SETTINGS = settings(deadline=None, max_examples=200)


@SETTINGS
@given(days, counts)
def test_adding_n_working_days_lands_on_a_working_day_n_working_days_later(start, n):
    end = add_working_days(start, n)
    assert is_working_day(end)
    if n > 0:
        assert end > start
        assert working_days_between(start, end) == n


@SETTINGS
@given(days, st.integers(min_value=1, max_value=400))
def test_the_day_before_the_result_is_one_working_day_short(start, n):
    end = add_working_days(start, n)
    assert working_days_between(start, end - dt.timedelta(days=1)) == n - 1


@SETTINGS
@given(days, st.integers(min_value=1, max_value=400), counts)
def test_adding_is_additive(start, a, b):
    assert add_working_days(add_working_days(start, a), b) == add_working_days(start, a + b)


@SETTINGS
@given(days)
def test_zero_working_days_is_the_day_itself_or_the_next_working_day(start):
    end = add_working_days(start, 0)
    assert end == start if is_working_day(start) else (end > start and working_days_between(start, end) == 1)


@SETTINGS
@given(days, counts)
def test_adding_is_monotonic(start, n):
    assert add_working_days(start, n) <= add_working_days(start, n + 1)
    assert add_working_days(start, n) <= add_working_days(start + dt.timedelta(days=1), n)


@SETTINGS
@given(days, days)
def test_between_is_antisymmetric_and_counts_working_days(a, b):
    assert working_days_between(a, b) == -working_days_between(b, a)
    lo, hi = min(a, b), max(a, b)
    if (hi - lo).days <= 60:
        assert abs(working_days_between(a, b)) == sum(
            is_working_day(lo + dt.timedelta(days=k)) for k in range(1, (hi - lo).days + 1))


@SETTINGS
@given(days)
def test_no_weekend_or_bank_holiday_is_a_working_day(day):
    assert is_working_day(day) == (day.weekday() < 5 and day not in bank_holidays(day.year))


@SETTINGS
@given(days, counts)
def test_working_days_never_outrun_calendar_days(start, n):
    # at least n calendar days; at most a working week per 5 working days, plus a weekend and at most 9 bank
    # holidays a year (England has 8, plus an occasional extra one), each of which can push past a weekend
    end = add_working_days(start, n)
    years = end.year - start.year + 1
    assert n <= (end - start).days <= n * 7 // 5 + 3 + 13 * years


@SETTINGS
@given(days, st.integers(min_value=0, max_value=60))
def test_add_months_keeps_the_day_or_takes_the_month_end(start, months):
    end = add_months(start, months)
    assert (end.year * 12 + end.month) - (start.year * 12 + start.month) == months
    assert end.day == start.day or (end.day < start.day and (end + dt.timedelta(days=1)).day == 1)


@SETTINGS
@given(days, st.integers(min_value=0, max_value=24), st.integers(min_value=0, max_value=24))
def test_add_months_never_goes_backwards(start, a, b):
    assert add_months(start, a) <= add_months(start, a + b)


@SETTINGS
@given(days, counts, st.sampled_from(["working_days", "days", "months"]))
def test_add_period_agrees_with_its_parts(start, n, unit):
    n = n % 37 if unit == "months" else n
    expected = {"working_days": add_working_days(start, n), "days": start + dt.timedelta(days=n),
                "months": add_months(start, n)}[unit]
    assert add_period(start, n, unit) == expected


def test_known_dates_across_christmas_easter_and_the_year_end():
    assert add_working_days(dt.date(2025, 12, 24), 1) == dt.date(2025, 12, 29)   # 25, 26 Dec and a weekend
    assert add_working_days(dt.date(2025, 12, 31), 1) == dt.date(2026, 1, 2)    # New Year's Day
    assert add_working_days(dt.date(2026, 4, 2), 1) == dt.date(2026, 4, 7)      # Good Friday and Easter Monday
    assert add_months(dt.date(2025, 11, 30), 3) == dt.date(2026, 2, 28)
    assert add_months(dt.date(2027, 11, 30), 3) == dt.date(2028, 2, 29)
