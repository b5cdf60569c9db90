"""Django forms rendered with GOV.UK Frontend macros.

`field(bound_field, **options)` picks the GOV.UK component that fits the field's widget and
fills its label, hint, value and error message; `error_summary(form)` builds the GOV.UK error
summary that links to each field. Every form in Hearth renders through these two helpers.
"""

from __future__ import annotations

import datetime as dt

from django import forms
from jinja2 import pass_environment
from markupsafe import Markup

MACROS = {
    "input": ("input", "govukInput"),
    "textarea": ("textarea", "govukTextarea"),
    "radios": ("radios", "govukRadios"),
    "checkboxes": ("checkboxes", "govukCheckboxes"),
    "select": ("select", "govukSelect"),
    "date": ("date-input", "govukDateInput"),
    "error_summary": ("error-summary", "govukErrorSummary"),
}


def macro(env, name: str):
    folder, macro_name = MACROS[name]
    module = env.get_template(f"govuk_frontend_jinja/components/{folder}/macro.html").module
    return getattr(module, macro_name)


class DateWidget(forms.MultiWidget):
    """Three boxes (day, month, year) named <name>-day, <name>-month, <name>-year."""

    template_name = "django/forms/widgets/multiwidget.html"

    def __init__(self, attrs=None):
        super().__init__([forms.TextInput(), forms.TextInput(), forms.TextInput()], attrs)
        self.widgets_names = ["-day", "-month", "-year"]

    def decompress(self, value):
        if isinstance(value, dt.date):
            return [value.day, value.month, value.year]
        return [None, None, None]


class DateField(forms.MultiValueField):
    """A GOV.UK date input whose errors name the field in plain words."""

    widget = DateWidget

    def __init__(self, *, label: str, **kwargs):
        self.noun = kwargs.pop("noun", label)
        # The parts are optional one by one so that compress() names what is missing ("must include a month"),
        # rather than Django's "Enter a complete value."
        fields = (forms.CharField(required=False), forms.CharField(required=False), forms.CharField(required=False))
        super().__init__(fields=fields, require_all_fields=False, label=label, **kwargs)
        self.error_messages["required"] = f"Enter {self.noun.lower()}"
        self.error_messages["incomplete"] = f"{self.noun} must include a day, month and year"

    def compress(self, data_list):
        if not data_list or not any(data_list):
            return None
        day, month, year = (str(p or "").strip() for p in data_list)
        missing = [n for n, v in (("day", day), ("month", month), ("year", year)) if not v]
        if missing:
            raise forms.ValidationError(f"{self.noun} must include a {' and '.join(missing)}")
        try:
            value = dt.date(int(year), int(month), int(day))
        except ValueError:
            raise forms.ValidationError(f"{self.noun} must be a real date") from None
        if value.year < 1900:
            raise forms.ValidationError(f"{self.noun} must be after 1900")
        return value


YES_NO = [("yes", "Yes"), ("no", "No")]


def date_field(label: str, noun: str | None = None, **kwargs) -> DateField:
    """A GOV.UK date input for a step's date ("The date" in its messages unless `noun` names it)."""
    return DateField(label=label, noun=noun or "The date", help_text=kwargs.pop("help_text", "For example, 27 3 2026"), **kwargs)


def long_text(label: str, *, required: bool = True, missing: str = "", rows: int = 4, help_text: str = "") -> forms.CharField:
    """A text area of at most 10,000 characters, with plain messages."""
    return forms.CharField(label=label, required=required, widget=forms.Textarea(attrs={"rows": rows}), help_text=help_text,
                           max_length=10_000, error_messages={"required": missing or f"Enter the {label.lower()}",
                                                              "max_length": f"{label} must be 10,000 characters or fewer"})


def radios(label: str, choices, *, missing: str, required: bool = True) -> forms.ChoiceField:
    """GOV.UK radios; nothing chosen, or a value not offered, gets the same plain message."""
    return forms.ChoiceField(label=label, widget=forms.RadioSelect, choices=list(choices), required=required,
                             error_messages={"required": missing, "invalid_choice": missing})


def _label(bf, as_heading: bool, classes: str | None):
    label = {"text": str(bf.label)}
    if as_heading:
        label.update(isPageHeading=True, classes=classes or "govuk-label--l")
    elif classes:
        label["classes"] = classes
    return label


def _error(bf):
    return {"text": " ".join(str(e) for e in bf.errors)} if bf.errors else None


def params_for(bf, *, heading: bool = False, label_classes: str | None = None, **extra) -> tuple[str, dict]:
    """The macro to use for a bound field and the options to give it."""
    widget = bf.field.widget
    hint = {"text": str(bf.help_text)} if bf.help_text else None
    common = {"hint": hint, "errorMessage": _error(bf)}
    if isinstance(widget, DateWidget):
        values = bf.value() or [None, None, None]
        if isinstance(values, dt.date):
            values = widget.decompress(values)
        items = [
            {"name": "day", "label": "Day", "value": values[0] or "", "classes": "govuk-input--width-2"
             + (" govuk-input--error" if bf.errors else "")},
            {"name": "month", "label": "Month", "value": values[1] or "", "classes": "govuk-input--width-2"
             + (" govuk-input--error" if bf.errors else "")},
            {"name": "year", "label": "Year", "value": values[2] or "", "classes": "govuk-input--width-4"
             + (" govuk-input--error" if bf.errors else "")},
        ]
        legend = {"text": str(bf.label), "classes": label_classes or "govuk-fieldset__legend--s"}
        params = {"id": bf.auto_id, "namePrefix": bf.html_name, "items": items,
                  "fieldset": {"legend": legend}, **common}
        return "date", {**params, **extra}
    if isinstance(widget, (forms.RadioSelect, forms.CheckboxSelectMultiple)):
        multiple = isinstance(widget, forms.CheckboxSelectMultiple)
        current = bf.value()
        selected = {str(v) for v in current} if multiple and current else {str(current)} if current is not None else set()
        item_hints = getattr(bf.field, "item_hints", {})
        items = []
        for value, text in bf.field.choices:
            if value == "":
                continue
            item = {"value": value, "text": str(text), "checked": str(value) in selected}
            if str(value) in item_hints:
                item["hint"] = {"text": item_hints[str(value)]}
            items.append(item)
        legend = {"text": str(bf.label), "classes": label_classes or "govuk-fieldset__legend--s"}
        if heading:
            legend.update(isPageHeading=True, classes=label_classes or "govuk-fieldset__legend--l")
        params = {"name": bf.html_name, "idPrefix": bf.auto_id, "items": items,
                  "fieldset": {"legend": legend}, **common}
        return ("checkboxes" if multiple else "radios"), {**params, **extra}
    base = {"id": bf.auto_id, "name": bf.html_name, "label": _label(bf, heading, label_classes), **common}
    if isinstance(widget, forms.Select):
        current = "" if bf.value() is None else str(bf.value())
        base["items"] = [{"value": v, "text": str(t), "selected": str(v) == current} for v, t in bf.field.choices]
        return "select", {**base, **extra}
    value = bf.value()
    base["value"] = "" if value is None else value
    if isinstance(widget, forms.Textarea):
        base["rows"] = widget.attrs.get("rows", 5)
        return "textarea", {**base, **extra}
    input_type = getattr(widget, "input_type", "text")
    base["type"] = input_type if input_type in {"text", "password", "email", "search", "tel"} else "text"
    if input_type == "number":
        base.update(inputmode="numeric", spellcheck=False)
    if input_type == "password":
        base["value"] = ""
    for attr in ("autocomplete", "spellcheck", "inputmode"):
        if attr in widget.attrs:
            base[attr] = widget.attrs[attr]
    return "input", {**base, **extra}


@pass_environment
def field(env, bf, **options) -> Markup:
    name, params = params_for(bf, **options)
    return macro(env, name)(params)


@pass_environment
def error_summary(env, *forms_) -> Markup:
    errors = []
    for form in forms_:
        if form is None or not form.errors:
            continue
        for message in form.non_field_errors():
            errors.append({"text": str(message)})
        for bf in form:
            for message in bf.errors:
                target = bf.auto_id
                if isinstance(bf.field.widget, DateWidget):
                    target = f"{bf.auto_id}-day"
                errors.append({"text": str(message), "href": f"#{target}"})
    if not errors:
        return Markup("")
    return macro(env, "error_summary")({"titleText": "There is a problem", "errorList": errors})
