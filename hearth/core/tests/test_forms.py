import datetime as dt

import pytest
from django import forms

from hearth.core.forms import DateField


class _Form(forms.Form):
    when = DateField(label="Date of the visit", noun="The date of the visit")
    maybe = DateField(label="Optional date", required=False)


def _form(day="", month="", year="", **extra):
    return _Form({"when-day": day, "when-month": month, "when-year": year, **extra})


@pytest.mark.parametrize("parts, message", [
    (("", "", ""), "Enter the date of the visit"),
    (("3", "", "2026"), "The date of the visit must include a month"),
    (("", "", "2026"), "The date of the visit must include a day and month"),
    (("31", "2", "2026"), "The date of the visit must be a real date"),
    (("1", "1", "1850"), "The date of the visit must be after 1900"),
])
def test_date_errors_say_what_is_wrong_in_plain_words(parts, message):
    form = _form(*parts)
    assert not form.is_valid()
    assert form.errors["when"] == [message]


def test_a_whole_date_is_read_and_an_empty_optional_one_is_none():
    form = _form("3", "11", "2026")
    assert form.is_valid(), form.errors
    assert form.cleaned_data == {"when": dt.date(2026, 11, 3), "maybe": None}
