"""Forms for a person's record. They check what a page can check; the services check the rest."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone

from hearth.core.codes import Disability, Ethnicity, Sex, UPNUnknown
from hearth.core.forms import YES_NO, DateField
from hearth.core.identifiers import clean_postcode
from hearth.people.models import NameKind, Person, Relationship, RelationshipKind, WarningKind


def _date(label: str, **kwargs) -> DateField:
    """A GOV.UK date input. Its three boxes are each optional, so a missing part is named ("must include a month")
    by DateField.compress rather than Django's "Enter a complete value"."""
    date = DateField(label=label, **kwargs)
    for part in date.fields:
        part.required = False
    return date


def _text(label: str, *, required_message: str | None = None, max_length: int = 100, **kwargs) -> forms.CharField:
    messages = {"max_length": f"{label.removesuffix(' (optional)')} must be {max_length} characters or fewer"}
    if required_message:
        messages["required"] = required_message
    return forms.CharField(label=label, max_length=max_length, required=bool(required_message), error_messages=messages, **kwargs)


class PersonForm(forms.Form):
    """A person's details: what adding a person and changing their details both ask."""

    given_name = _text("First name", required_message="Enter a first name",
                       widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": False}))
    family_name = _text("Last name", required_message="Enter a last name",
                        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": False}))
    date_of_birth = _date("Date of birth", required=False,
                              help_text="For example, 27 3 2015. Leave it empty if it is not known or the child is not born yet.")
    expected_date_of_birth = _date("Expected date of birth", required=False,
                                   help_text="Only for an unborn child, instead of a date of birth.")
    sex = forms.ChoiceField(label="Sex", widget=forms.RadioSelect, choices=Sex.choices,
                            error_messages={"required": "Select the person's sex", "invalid_choice": "Select the person's sex"})
    ethnicity = forms.ChoiceField(label="Ethnicity", choices=Ethnicity.choices, initial=Ethnicity.NOBT,
                                  error_messages={"required": "Select an ethnicity from the list",
                                                  "invalid_choice": "Select an ethnicity from the list"})
    nhs_number = _text("NHS number (optional)", max_length=20, help_text="10 digits, for example 943 476 5919",
                       widget=forms.TextInput(attrs={"inputmode": "numeric", "spellcheck": False, "autocomplete": "off"}))
    upn = _text("Unique pupil number (optional)", max_length=20, help_text="A letter then 12 digits, for example B801200005001",
                widget=forms.TextInput(attrs={"spellcheck": False, "autocomplete": "off"}))
    disabilities = forms.MultipleChoiceField(label="Disabilities (optional)", required=False, widget=forms.CheckboxSelectMultiple,
                                             choices=Disability.choices, help_text="Select all that apply",
                                             error_messages={"invalid_choice": "Select disabilities from the list"})

    def person_kwargs(self) -> dict:
        d = self.cleaned_data
        return {k: d[k] for k in ("given_name", "family_name", "date_of_birth", "expected_date_of_birth", "sex", "ethnicity",
                                  "nhs_number", "upn", "disabilities")}


OLD_NAME_CHOICES = [
    ("previous", "They have changed their name: keep the old one as a previous name"),
    ("mistake", "The old name was wrong: replace it"),
]


class EditPersonForm(PersonForm):
    """Changing details. If the name changes, say whether the old name is kept (search still finds it) or was a mistake."""

    old_name = forms.ChoiceField(label="What happened to the old name?", widget=forms.RadioSelect, required=False,
                                 error_messages={"invalid_choice": "Select whether they changed their name or the old name was wrong"},
                                 choices=OLD_NAME_CHOICES, help_text="Answer only if you changed the first or last name")

    def __init__(self, *args, person: Person, **kwargs):
        self.person = person
        kwargs.setdefault("initial", {
            "given_name": person.given_name, "family_name": person.family_name, "date_of_birth": person.date_of_birth,
            "expected_date_of_birth": person.expected_date_of_birth, "sex": person.sex, "ethnicity": person.ethnicity,
            "nhs_number": person.nhs_number_display, "upn": person.upn,
            "disabilities": list(person.disabilities.values_list("code", flat=True)),
        })
        super().__init__(*args, **kwargs)

    def name_changed(self) -> bool:
        d = self.cleaned_data
        return (d.get("given_name", "").strip(), d.get("family_name", "").strip()) != (self.person.given_name, self.person.family_name)

    def clean(self):
        data = super().clean()
        if "given_name" in data and "family_name" in data and self.name_changed() and not data.get("old_name"):
            self.add_error("old_name", "Select whether they changed their name or the old name was wrong")
        return data

    def person_kwargs(self) -> dict:
        kwargs = super().person_kwargs()
        kwargs["old_name_kind"] = None if self.cleaned_data.get("old_name") == "mistake" else NameKind.PREVIOUS
        return kwargs


class AddressForm(forms.Form):
    line_1 = _text("Address line 1", required_message="Enter the first line of the address", max_length=200,
                   widget=forms.TextInput(attrs={"autocomplete": "off"}))
    line_2 = _text("Address line 2 (optional)", max_length=200, widget=forms.TextInput(attrs={"autocomplete": "off"}))
    town = _text("Town or city (optional)", widget=forms.TextInput(attrs={"autocomplete": "off"}))
    postcode = _text("Postcode", required_message="Enter a postcode", max_length=20,
                     widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": False}))

    def clean_postcode(self):
        try:
            return clean_postcode(self.cleaned_data["postcode"])
        except ValidationError as exc:
            raise forms.ValidationError(exc.messages[0]) from None

    def address_kwargs(self) -> dict:
        return {k: self.cleaned_data.get(k) for k in ("line_1", "line_2", "town", "postcode", "started_on") if k in self.fields}


class FirstAddressForm(AddressForm):
    """The address on the add-a-person page: all optional, but line 1 and postcode together if any is given."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["line_1"].label = "Address line 1"
        for f in self.fields.values():
            f.required = False

    def given(self) -> bool:
        return any((self.data.get(self.add_prefix(k)) or "").strip() for k in self.fields)

    def clean(self):
        data = super().clean()
        if self.given():
            if not data.get("line_1") and "line_1" not in self.errors:
                self.add_error("line_1", "Enter the first line of the address, or leave the address empty")
            if not data.get("postcode") and "postcode" not in self.errors:
                self.add_error("postcode", "Enter a postcode, or leave the address empty")
        return data

    def clean_postcode(self):
        if not (self.cleaned_data.get("postcode") or "").strip():
            return ""
        return super().clean_postcode()


class MoveForm(AddressForm):
    """A new current address: the one before goes into the address history."""

    started_on = _date("When did they move in?", noun="The date they moved in", required=False,
                       help_text="Leave it empty if they moved in today. For example, 27 3 2026")

    def __init__(self, *args, current=None, **kwargs):
        self.current = current
        super().__init__(*args, **kwargs)

    def clean_started_on(self):
        started_on = self.cleaned_data.get("started_on")
        if started_on and started_on > timezone.localdate():
            raise forms.ValidationError("The date they moved in must be today or in the past")
        if started_on and self.current and self.current.started_on and started_on < self.current.started_on:
            raise forms.ValidationError(
                f"The date they moved in must be after they moved to their current address ({self.current.started_on:%-d %B %Y})"
            )
        return started_on


_NAME_KIND = "Select whether this is an alias, a previous name or a preferred name"


class NameForm(forms.Form):
    kind = forms.ChoiceField(label="What kind of name is it?", widget=forms.RadioSelect,
                             choices=[(k.value, k.label) for k in NameKind if k != NameKind.LEGAL],
                             error_messages={"required": _NAME_KIND, "invalid_choice": _NAME_KIND})
    given_name = _text("First name", widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": False}))
    family_name = _text("Last name", widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": False}),
                        help_text="Leave a name empty to keep the person's current one")

    def clean(self):
        data = super().clean()
        if not (data.get("given_name") or "").strip() and not (data.get("family_name") or "").strip() and "given_name" not in self.errors:
            self.add_error("given_name", "Enter a first name, a last name or both")
        return data


class FindPersonForm(forms.Form):
    q = forms.CharField(label="Name, date of birth, NHS number or postcode", max_length=200,
                        error_messages={"required": "Enter a name, date of birth, NHS number or postcode",
                                        "max_length": "Search must be 200 characters or fewer"},
                        widget=forms.TextInput(attrs={"spellcheck": False, "autocomplete": "off"}))


class RelationshipForm(forms.Form):
    """How someone is related to the person whose record it is: `kind` reads "<someone> is <person>'s <kind>"."""

    kind = forms.ChoiceField(widget=forms.RadioSelect, choices=RelationshipKind.choices,
                             error_messages={"required": "Select how they are related",
                                             "invalid_choice": "Select how they are related"})
    parental_responsibility = forms.ChoiceField(widget=forms.RadioSelect, choices=YES_NO, required=False,
                                                error_messages={"invalid_choice": "Select yes or no"})
    lives_with = forms.ChoiceField(widget=forms.RadioSelect, choices=YES_NO,
                                   error_messages={"required": "Select whether they live together",
                                                   "invalid_choice": "Select whether they live together"})

    def __init__(self, *args, person: Person, other_name: str = "this person", other: Person | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.person, self.other = person, other
        self.fields["kind"].label = f"Who is {other_name} to {person.full_name}?"
        self.fields["parental_responsibility"].label = f"Does {other_name} have parental responsibility for {person.given_name}?"
        self.fields["parental_responsibility"].help_text = "Answer for parents, step-parents and anyone with a court order"
        self.fields["lives_with"].label = f"Does {person.given_name} live with {other_name}?"

    def clean(self):
        data = super().clean()
        kind = data.get("kind")
        if kind and self.other is not None and Relationship.objects.filter(
            from_person=self.other, to_person=self.person, kind=kind
        ).exists():
            self.add_error("kind", f"{self.other.full_name} is already recorded as {self.person.full_name}'s "
                                   f"{RelationshipKind(kind).label.lower()}")
        return data

    def relationship_kwargs(self) -> dict:
        d = self.cleaned_data
        return {"kind": d["kind"], "parental_responsibility": d.get("parental_responsibility") == "yes",
                "lives_with": d.get("lives_with") == "yes"}


class WarningForm(forms.Form):
    kind = forms.ChoiceField(label="What kind of warning is it?", widget=forms.RadioSelect, choices=WarningKind.choices,
                             error_messages={"required": "Select the kind of warning", "invalid_choice": "Select the kind of warning"})
    text = forms.CharField(label="What do staff need to know?", max_length=500, widget=forms.Textarea(attrs={"rows": 4}),
                           help_text="It shows at the top of every page about this person. Up to 500 characters.",
                           error_messages={"required": "Enter what staff need to know",
                                           "max_length": "Warning must be 500 characters or fewer"})


class SchoolIdentifiersForm(forms.Form):
    upn_unknown_reason = forms.ChoiceField(
        label="Why is there no unique pupil number?", required=False, widget=forms.RadioSelect,
        choices=[("", "Not applicable: the child has a UPN, or it is not needed")] + list(UPNUnknown.choices),
        error_messages={"invalid_choice": "Select why there is no unique pupil number"},
    )
    former_upn = forms.CharField(label="Former unique pupil number (if any)", required=False, max_length=20,
                                 help_text="A UPN the child had before, for example at a previous school",
                                 error_messages={"max_length": "Former unique pupil number must be 13 characters"})


class DeathForm(forms.Form):
    died_on = DateField(label="Date of death", noun="The date of death", help_text="For example, 27 3 2026")
