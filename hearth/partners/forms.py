from django import forms
from django.core.validators import RegexValidator

from hearth.core.forms import DateField
from hearth.partners.models import InvolvementRole, LawfulBasis, ShareDirection
from hearth.partners.selectors import active_organisations
from hearth.partners.services import PHONE, PHONE_MESSAGE


class OrganisationChoiceField(forms.ModelChoiceField):
    def __init__(self, **kwargs):
        super().__init__(queryset=active_organisations(), required=False, empty_label="Not on the list", **kwargs)


class InvolvementForm(forms.Form):
    role = forms.ChoiceField(label="Role", choices=[("", "Select a role"), *InvolvementRole.choices],
                             error_messages={"required": "Select the professional's role"})
    professional_name = forms.CharField(label="Name", required=False, max_length=150,
                                        error_messages={"max_length": "Name must be 150 characters or fewer"})
    organisation = OrganisationChoiceField(label="Organisation")
    organisation_name = forms.CharField(label="Organisation, if not on the list", required=False, max_length=200,
                                        error_messages={"max_length": "Organisation must be 200 characters or fewer"})
    phone = forms.CharField(label="Telephone", required=False, max_length=30,
                            widget=forms.TextInput(attrs={"autocomplete": "off", "inputmode": "tel"}),
                            validators=[RegexValidator(PHONE, PHONE_MESSAGE)],
                            error_messages={"max_length": "Telephone must be 30 characters or fewer"})
    email = forms.EmailField(label="Email", required=False, max_length=254,
                             widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": False}),
                             error_messages={"max_length": "Email must be 254 characters or fewer",
                                             "invalid": "Enter an email address in the correct format, like name@example.com"})
    started_on = DateField(label="Working with the child since", noun="The date they started", required=False,
                           help_text="Leave blank if you do not know. For example, 3 9 2025")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["phone"].widget.input_type = "tel"
        self.fields["email"].widget.input_type = "email"

    def clean(self):
        data = super().clean()
        named = (data.get("professional_name") or "").strip() or (data.get("organisation_name") or "").strip()
        if not named and not data.get("organisation") and not self.errors.keys() & {"professional_name", "organisation_name"}:
            self.add_error("professional_name", "Enter the professional's name, or their organisation")
        return data

    def service_kwargs(self) -> dict:
        return {name: self.cleaned_data[name] for name in (
            "role", "professional_name", "organisation", "organisation_name", "phone", "email", "started_on")}


class EndInvolvementForm(forms.Form):
    ended_on = DateField(label="Date they stopped working with the child", noun="The date they stopped",
                         help_text="For example, 27 3 2026")


class _ShareForm(forms.Form):
    organisation = OrganisationChoiceField(label="Organisation")
    organisation_name = forms.CharField(label="Organisation, if not on the list", required=False, max_length=200,
                                        error_messages={"max_length": "Organisation must be 200 characters or fewer"})
    lawful_basis = forms.ChoiceField(label="Lawful basis for sharing", widget=forms.RadioSelect, choices=LawfulBasis.choices,
                                     error_messages={"required": "Select the lawful basis for sharing"})
    lawful_basis_other = forms.CharField(label="If other, what is the lawful basis?", required=False, max_length=300,
                                         error_messages={"max_length": "Lawful basis must be 300 characters or fewer"})

    def clean(self):
        data = super().clean()
        if not data.get("organisation") and not (data.get("organisation_name") or "").strip() \
                and "organisation_name" not in self.errors:
            self.add_error("organisation", "Select the organisation, or enter its name")
        if data.get("lawful_basis") == LawfulBasis.OTHER and not (data.get("lawful_basis_other") or "").strip():
            self.add_error("lawful_basis_other", "Enter the lawful basis")
        return data

    def _common(self) -> dict:
        return {name: self.cleaned_data[name] for name in (
            "organisation", "organisation_name", "lawful_basis", "lawful_basis_other")}


class RequestInformationForm(_ShareForm):
    details = forms.CharField(label="What are you asking for?", widget=forms.Textarea(attrs={"rows": 5}),
                              error_messages={"required": "Enter what was asked for"})

    def service_kwargs(self) -> dict:
        return {**self._common(), "details": self.cleaned_data["details"]}


class RecordShareForm(_ShareForm):
    direction = forms.ChoiceField(
        label="Did we share it, or did they?", widget=forms.RadioSelect,
        choices=[(ShareDirection.SHARED.value, "We shared information with a partner"),
                 (ShareDirection.RECEIVED.value, "A partner shared information with us, without being asked")],
        error_messages={"required": "Select whether we shared the information or received it"},
    )
    details = forms.CharField(label="What was shared?", widget=forms.Textarea(attrs={"rows": 5}),
                              error_messages={"required": "Enter what was shared"})
    shared_on = DateField(label="Date it was shared", noun="The date it was shared", help_text="For example, 27 3 2026")

    field_order = ["direction", "organisation", "organisation_name", "lawful_basis", "lawful_basis_other", "details", "shared_on"]

    def service_kwargs(self) -> dict:
        return {**self._common(), "direction": self.cleaned_data["direction"], "details": self.cleaned_data["details"],
                "shared_on": self.cleaned_data["shared_on"]}


class ResponseForm(forms.Form):
    outcome = forms.ChoiceField(label="Did they share the information?", widget=forms.RadioSelect,
                                choices=[("answered", "Yes, they told us"), ("declined", "No, they declined")],
                                error_messages={"required": "Select whether they shared the information"})
    response = forms.CharField(label="What did they tell us? If they declined, why?", widget=forms.Textarea(attrs={"rows": 5}),
                               error_messages={"required": "Enter what they told us"})
    responded_on = DateField(label="Date of their reply", noun="The date of their reply", help_text="For example, 27 3 2026")

    def service_kwargs(self) -> dict:
        return {"response": self.cleaned_data["response"], "declined": self.cleaned_data["outcome"] == "declined",
                "responded_on": self.cleaned_data["responded_on"]}
