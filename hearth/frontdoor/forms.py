"""Front-door forms. The checks live in the services; each form runs them in clean() so every problem shows at once."""

from __future__ import annotations

import uuid

from django import forms
from django.core.exceptions import ValidationError

from hearth.core.codes import ReferralSource, Sex
from hearth.core.forms import YES_NO, DateField
from hearth.frontdoor import services
from hearth.frontdoor.models import STAFF_CHANNELS, Agency, Channel, Decision

SEX_CHOICES = [(Sex.FEMALE, "Female"), (Sex.MALE, "Male"), (Sex.UNKNOWN, "Not known")]


def _text(label, **kwargs):
    return forms.CharField(label=label, required=False, **kwargs)


class ChildFields(forms.Form):
    """The child as the referrer knows them, and the concerns."""

    child_given_name = _text("Child's first name", widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}))
    child_family_name = _text("Child's last name", widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}))
    child_date_of_birth = DateField(label="Child's date of birth", noun="Child's date of birth", required=False,
                                    help_text="If you know it. For example, 27 3 2015")
    child_nhs_number = _text("NHS number (if known)", widget=forms.TextInput(attrs={"inputmode": "numeric", "spellcheck": "false"}))
    child_sex = forms.ChoiceField(label="Child's sex", widget=forms.RadioSelect, choices=SEX_CHOICES, required=False)
    child_address_line_1 = _text("Address line 1")
    child_postcode = _text("Postcode", widget=forms.TextInput(attrs={"autocomplete": "off"}))
    child_school = _text("School or nursery")
    parents_carers = _text("Parents or carers", widget=forms.Textarea(attrs={"rows": 2}),
                           help_text="Names, and how they are related to the child")
    concerns = _text("What are the concerns?", widget=forms.Textarea(attrs={"rows": 6}),
                     help_text="What happened or what you noticed, when, and what the child said")

    service_fields: tuple[str, ...] = ()

    def service_kwargs(self) -> dict:
        return {name: self.cleaned_data.get(name) for name in self.service_fields}

    def check_with_service(self, **fixed) -> None:
        """Run the service's checks on what was entered and put each problem on its field."""
        kwargs = {**self.service_kwargs(), **fixed}
        date_broken = "child_date_of_birth" in self.errors
        if date_broken:
            kwargs["child_date_of_birth"] = None
        try:
            services.check_referral(**kwargs)
        except ValidationError as exc:
            for name, messages in exc.message_dict.items():
                if name in self.fields and name not in self.errors:
                    self.add_error(name, messages[0])
                elif name not in self.fields:
                    self.add_error(None, messages[0])


CHILD_FIELDS = ("child_given_name", "child_family_name", "child_date_of_birth", "child_nhs_number", "child_sex",
                "child_address_line_1", "child_postcode", "child_school", "parents_carers", "concerns")


class ContactForm(ChildFields):
    """Staff recording a contact: phone, email or walk-in. One short form."""

    channel = forms.ChoiceField(label="How did it come in?", widget=forms.RadioSelect,
                                choices=[(c.value, c.label) for c in STAFF_CHANNELS], required=False)
    source = forms.ChoiceField(label="Who is referring (referral source)", required=False,
                               choices=[("", "Select who is referring")] + list(ReferralSource.choices))
    referrer_name = _text("Referrer's name", help_text="Leave blank for an anonymous referral")
    referrer_role = _text("Their role, or relationship to the child")
    referrer_phone = _text("Referrer's phone number", widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "off"}))
    referrer_email = _text("Referrer's email address", widget=forms.EmailInput(attrs={"autocomplete": "off", "spellcheck": "false"}))

    field_order = ["channel", "source", "referrer_name", "referrer_role", "referrer_phone", "referrer_email", *CHILD_FIELDS]
    service_fields = ("channel", "source", "referrer_name", "referrer_role", "referrer_phone", "referrer_email", *CHILD_FIELDS)

    def clean(self):
        data = super().clean()
        self.check_with_service(organisation=None)
        return data


class PartnerReferralForm(ChildFields):
    """A partner agency's referral, sent by one of its signed-in staff."""

    referrer_name = _text("Your name")
    referrer_role = _text("Your role")
    referrer_phone = _text("Your phone number", widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}))
    referrer_email = _text("Your email address", widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}))
    submission_key = forms.CharField(widget=forms.HiddenInput, required=False)

    field_order = ["referrer_name", "referrer_role", "referrer_phone", "referrer_email", *CHILD_FIELDS]
    service_fields = ("referrer_name", "referrer_role", "referrer_phone", "referrer_email", *CHILD_FIELDS)

    def __init__(self, *args, organisation=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.organisation = organisation
        if not self.is_bound:
            self.initial.setdefault("submission_key", uuid.uuid4().hex)

    def clean(self):
        data = super().clean()
        self.check_with_service(organisation=self.organisation, channel=Channel.PARTNER_FORM)
        return data


class DecisionForm(forms.Form):
    """The match (when a worker must choose) and the decision, on the referral's own page."""

    match = forms.ChoiceField(label="Which record is this child's?", widget=forms.RadioSelect, required=False, choices=[])
    decision = forms.ChoiceField(label="What happens next?", widget=forms.RadioSelect, required=False, choices=Decision.choices)
    reason = _text("Reason for the decision", widget=forms.Textarea(attrs={"rows": 4}))
    advice = _text("Advice given", widget=forms.Textarea(attrs={"rows": 3}),
                   help_text="Needed for no further action: the advice given to the referrer and the family")

    NEW = "new"

    def __init__(self, *args, candidates=(), needs_match=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.needs_match = needs_match
        self.candidates = {str(c.person_id): c.person for c in candidates}
        self.fields["match"].choices = [(pid, p.full_name) for pid, p in self.candidates.items()] + [
            (self.NEW, "None of these: add as a new person")]

    def clean(self):
        data = super().clean()
        if self.needs_match and not data.get("match"):
            self.add_error("match", "Select the child's record, or add the child as a new person")
        return data

    def chosen_person(self):
        """(chosen, person): chosen is False if no match was given; person is None for a new person."""
        value = self.cleaned_data.get("match")
        if not value:
            return False, None
        return True, self.candidates.get(value)




class StrategyForm(forms.Form):
    held_on = DateField(label="Date of the strategy discussion", noun="The date of the strategy discussion", required=False)
    information_shared = _text("Information shared", widget=forms.Textarea(attrs={"rows": 5}),
                               help_text="What each agency knows about the child and family")
    s47_enquiry = forms.ChoiceField(label="Start a section 47 enquiry?", widget=forms.RadioSelect, choices=YES_NO, required=False)
    decision_reason = _text("Reason for the decision", widget=forms.Textarea(attrs={"rows": 3}))

    ATTENDEES = 4
    ACTIONS = 3

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        agencies = [("", "Select agency")] + list(Agency.choices)
        for i in range(1, self.ATTENDEES + 1):
            self.fields[f"attendee_{i}_name"] = _text(f"Attendee {i} name")
            self.fields[f"attendee_{i}_agency"] = forms.ChoiceField(label=f"Attendee {i} agency", choices=agencies, required=False)
            self.fields[f"attendee_{i}_role"] = _text(f"Attendee {i} role")
        for i in range(1, self.ACTIONS + 1):
            self.fields[f"action_{i}_description"] = _text(f"Action {i}")
            self.fields[f"action_{i}_owner"] = _text(f"Who owns action {i}")
            self.fields[f"action_{i}_due_on"] = DateField(label=f"Action {i} due", noun=f"Action {i} due date", required=False)

    def attendee_rows(self):
        return [(self[f"attendee_{i}_name"], self[f"attendee_{i}_agency"], self[f"attendee_{i}_role"])
                for i in range(1, self.ATTENDEES + 1)]

    def action_rows(self):
        return [(self[f"action_{i}_description"], self[f"action_{i}_owner"], self[f"action_{i}_due_on"])
                for i in range(1, self.ACTIONS + 1)]

    def service_kwargs(self) -> dict:
        d = self.cleaned_data
        return {
            "held_on": d.get("held_on"), "information_shared": d.get("information_shared", ""),
            "s47_enquiry": {"yes": True, "no": False}.get(d.get("s47_enquiry")),
            "decision_reason": d.get("decision_reason", ""),
            "attendees": [{"name": d.get(f"attendee_{i}_name", ""), "agency": d.get(f"attendee_{i}_agency", ""),
                           "role": d.get(f"attendee_{i}_role", "")} for i in range(1, self.ATTENDEES + 1)],
            "actions": [{"description": d.get(f"action_{i}_description", ""), "owner": d.get(f"action_{i}_owner", ""),
                         "due_on": d.get(f"action_{i}_due_on")} for i in range(1, self.ACTIONS + 1)],
        }
