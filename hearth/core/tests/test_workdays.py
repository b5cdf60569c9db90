import datetime as dt

import pytest

from hearth.core.workdays import add_working_days, is_working_day, working_days_between


def test_weekends_and_bank_holidays_are_not_working_days():
    assert not is_working_day(dt.date(2026, 11, 21))  # Saturday
    assert not is_working_day(dt.date(2026, 12, 25))  # Christmas Day
    assert not is_working_day(dt.date(2026, 12, 28))  # Boxing Day substitute (26th is a Saturday)
    assert is_working_day(dt.date(2026, 11, 23))


def test_one_working_day_after_a_friday_is_monday():
    assert add_working_days(dt.date(2026, 11, 20), 1) == dt.date(2026, 11, 23)


def test_christmas_is_skipped():
    # Thursday 24 December 2026: the next working day is Tuesday 29th.
    assert add_working_days(dt.date(2026, 12, 24), 1) == dt.date(2026, 12, 29)


def test_zero_days_rolls_forward_to_a_working_day():
    assert add_working_days(dt.date(2026, 11, 21), 0) == dt.date(2026, 11, 23)
    assert add_working_days(dt.date(2026, 11, 23), 0) == dt.date(2026, 11, 23)


def test_working_days_between_is_the_inverse_of_adding():
    start = dt.date(2026, 3, 30)  # Monday before Easter 2026 (Good Friday 3 April, Easter Monday 6 April)
    end = add_working_days(start, 15)
    assert working_days_between(start, end) == 15
    assert working_days_between(end, start) == -15


def test_negative_days_are_refused():
    with pytest.raises(ValueError):
        add_working_days(dt.date(2026, 1, 5), -1)
