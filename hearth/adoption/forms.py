"""Forms for the adoption pages. They check what a page can check; the services check the rest (dates in order,
not in the future, one step before the next)."""

from __future__ import annotations

from django import forms

from hearth.adoption.models import CoupleRelationship, LeavingReason
from hearth.core.forms import YES_NO, date_field, radios
from hearth.people.forms import EditPersonForm, PersonForm


class AdopterForm(PersonForm):
    """An adopter's person record: name, date of birth, sex, ethnicity, disabilities (PersonForm's fields, less those
    only a child has). These are what list 11's gender, ethnicity and disability columns read."""

    expected_date_of_birth = nhs_number = upn = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["date_of_birth"].required = True
        self.fields["date_of_birth"].error_messages["required"] = "Enter the adopter's date of birth"
        self.fields["date_of_birth"].help_text = "For example, 27 3 1988"

    def person_kwargs(self) -> dict:
        d = self.cleaned_data
        return {k: d[k] for k in ("given_name", "family_name", "date_of_birth", "sex", "ethnicity", "disabilities")}


def _relationship() -> forms.ChoiceField:
    return radios("What is the adopters' legal relationship?", CoupleRelationship.choices,
                   missing="Select the adopters' legal relationship")


class SecondAdopterForm(AdopterForm):
    """The second adopter's person record and the couple's legal relationship (for the SSDA903 legal status of the
    adopters)."""

    relationship = _relationship()


class RelationshipForm(forms.Form):
    relationship = _relationship()


class ChangeAdopterForm(EditPersonForm, AdopterForm):
    """Correcting an adopter's record: EditPersonForm's question about the old name, on AdopterForm's fields."""

    expected_date_of_birth = nhs_number = upn = None


class NewHouseholdForm(AdopterForm):
    unit = forms.ChoiceField(label="Unit working with the household", error_messages={
        "required": "Select the unit working with the household", "invalid_choice": "Select the unit working with the household"})
    enquiry_on = date_field("Date the enquiry was received", noun="The date of the enquiry")
    field_order = ["unit", "enquiry_on"]

    def __init__(self, *args, units=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].choices = [("", "Choose a unit")] + [(u.pk, u.name) for u in units]
        self.fields["given_name"].label = "First adopter's first name"
        self.fields["family_name"].label = "First adopter's last name"


class DateStepForm(forms.Form):
    on = date_field("Date")

    def __init__(self, *args, label: str = "Date", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["on"].label = label
        self.fields["on"].error_messages["required"] = f"Enter the {label.lower()}"


class FosteringForm(forms.Form):
    fostering = radios("Is the household fostering for adoption?", YES_NO,
                        missing="Select yes if the household is fostering for adoption")


class LeavingForm(forms.Form):
    left_on = date_field("Date the household left the adoption process")
    reason = radios("Why did the household leave?", LeavingReason.choices,
                     missing="Select why the household left the adoption process")


class ChildStepForm(forms.Form):
    child = forms.ChoiceField(label="Child", error_messages={"required": "Select the child", "invalid_choice": "Select the child"})
    on = date_field("Date")

    def __init__(self, *args, children=(), label: str = "Date", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["child"].choices = [("", "Choose a child")] + [
            (c.pk, f"{c.full_name}" + (f" (born {c.date_of_birth:%-d %B %Y})" if c.date_of_birth else "")) for c in children]
        self.fields["on"].label = label
        self.fields["on"].error_messages["required"] = f"Enter the {label.lower()}"
