"""One short form per statutory step. Each knows the case it is for; the service checks the rules that need the database."""

from __future__ import annotations

from django import forms

from hearth.casework.models import AssessmentOutcome, ConferenceOutcome, EarlyHelpOutcome, Section47Outcome
from hearth.core.codes import AssessmentFactor, CategoryOfAbuse, PrimaryNeed, ReasonForClosure
from hearth.core.forms import YES_NO, date_field, long_text, radios


def _factors(required: bool = False) -> forms.MultipleChoiceField:
    return forms.MultipleChoiceField(
        label="Factors identified", widget=forms.CheckboxSelectMultiple, choices=AssessmentFactor.choices, required=required,
        help_text="Select all that apply (DfE codes for the CIN census)",
        error_messages={"required": "Select the factors identified at assessment (or \"No factors identified\")",
                        "invalid_choice": "Select factors from the list"})


def _primary_need() -> forms.ChoiceField:
    return forms.ChoiceField(label="Primary need", choices=[("", "Choose the primary need")] + PrimaryNeed.choices, required=False,
                             help_text="Needed to step down to a child in need plan (CIN census)",
                             error_messages={"invalid_choice": "Select the primary need"})


class StepDownToCINMixin:
    """Stepping down to a child in need plan needs the case's primary need: asked here if the case has none."""

    def _ask_primary_need(self):
        if self.case is not None and self.case.primary_need:
            del self.fields["primary_need"]

    def _check_primary_need(self, data, wants_step_down: bool):
        if wants_step_down and "primary_need" in self.fields and not data.get("primary_need") and "primary_need" not in self.errors:
            self.add_error("primary_need", "Select the child's primary need to step down to a child in need plan")


class StepForm(forms.Form):
    """A step's form: knows the case, the child and today. `field_classes` gives macro classes per field."""

    field_classes: dict[str, str] = {}
    date_fields: tuple[str, ...] = ()

    def __init__(self, data=None, *, case=None, person=None, today=None, **kwargs):
        self.case, self.person, self.today = case, person, today
        initial = kwargs.pop("initial", {})
        super().__init__(data, initial=initial, **kwargs)
        for name in self.date_fields:
            self.fields[name].initial = today


class StartAssessmentForm(StepForm):
    started_on = date_field("Date the assessment started")
    date_fields = ("started_on",)


class AssessmentProgressForm(StepForm):
    child_seen_on = date_field("Date the child was seen", required=False,
                          help_text="Leave blank if you are only recording factors. For example, 27 3 2026")
    factors = _factors()
    field_classes = {"factors": "govuk-checkboxes--small"}

    def __init__(self, *args, assessment=None, **kwargs):
        super().__init__(*args, **kwargs)
        if assessment is not None:
            self.fields["factors"].initial = list(assessment.factors or [])
            self.fields["child_seen_on"].initial = assessment.child_seen_on

    def clean(self):
        data = super().clean()
        if not data.get("child_seen_on") and not data.get("factors") and "child_seen_on" not in self.errors:
            self.add_error("child_seen_on", "Enter the date the child was seen, or select the factors identified")
        return data


class CompleteAssessmentForm(StepForm):
    completed_on = date_field("Date the assessment was completed")
    outcome = radios("Outcome of the assessment", [(v, label) for v, label in AssessmentOutcome.choices
                                                     if v != AssessmentOutcome.CONTINUE_CP_PLAN],
                      missing="Select the outcome of the assessment")
    factors = _factors(required=True)
    overdue_reason = long_text("Why the assessment ran past its due date", required=False, rows=3,
                           help_text="Needed only if it is completed after the due date")
    date_fields = ("completed_on",)
    field_classes = {"factors": "govuk-checkboxes--small", "outcome": "govuk-radios--small"}

    def __init__(self, *args, assessment=None, **kwargs):
        super().__init__(*args, **kwargs)
        if assessment is not None:
            self.fields["factors"].initial = list(assessment.factors or [])


class AuthoriseAssessmentForm(StepForm):
    authorised_on = date_field("Date of authorisation")
    date_fields = ("authorised_on",)


class OverdueReasonForm(StepForm):
    reason = long_text("Why the assessment is late", missing="Enter why the assessment is late")


class StartCINPlanForm(StepForm):
    started_on = date_field("Date the plan started")
    primary_need = forms.ChoiceField(label="Primary need", choices=[("", "Choose the primary need")] + PrimaryNeed.choices,
                                     required=False, error_messages={"invalid_choice": "Select the primary need"})
    date_fields = ("started_on",)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.case is not None and self.case.primary_need:
            self.fields["primary_need"].initial = self.case.primary_need
            self.fields["primary_need"].help_text = "Already set for this case; change it only if it has changed"


class PrimaryNeedForm(StepForm):
    primary_need = radios("Primary need", PrimaryNeed.choices, missing="Select the primary need")
    field_classes = {"primary_need": "govuk-radios--small"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.case is not None and self.case.primary_need:
            self.fields["primary_need"].initial = self.case.primary_need


class CINReviewForm(StepForm):
    held_on = date_field("Date of the review")
    notes = long_text("What the review decided", required=False)
    date_fields = ("held_on",)


class EndCINPlanForm(StepForm):
    ended_on = date_field("Date the plan ended")
    reason = long_text("Why the plan is ending", missing="Enter why the plan is ending")
    date_fields = ("ended_on",)


class StartSection47Form(StepForm):
    started_on = date_field("Date the section 47 enquiry started",
                       help_text="The initial child protection conference is due 15 working days after the strategy discussion")
    date_fields = ("started_on",)


class ICPCNotRequiredForm(StepForm):
    outcome = radios("Outcome of the enquiry", [(v, label) for v, label in Section47Outcome.choices
                                                  if v != Section47Outcome.CONFERENCE],
                      missing="Select the outcome of the enquiry")
    reason = long_text("Why no conference is needed", missing="Enter why no conference is needed")


class ConferenceForm(StepForm):
    """Initial or review conference: the kind is fixed by the page (the child is on a plan or not)."""

    held_on = date_field("Date of the conference")
    chair_name = forms.CharField(label="Chair's name", max_length=150, error_messages={"required": "Enter the chair's name"})
    chair_role = forms.CharField(label="Chair's role (optional)", max_length=150, required=False)
    independent = radios("Was the chair independent?", YES_NO, missing="Select whether the chair was independent")
    date_fields = ("held_on",)
    field_classes = {"independent": "govuk-radios--inline govuk-radios--small"}


class InitialConferenceForm(ConferenceForm):
    kind = "initial"
    outcome = radios("Does the child need a child protection plan?",
                      [(ConferenceOutcome.CP_PLAN, "Yes, a child protection plan"), (ConferenceOutcome.NO_PLAN, "No plan")],
                      missing="Select whether the child needs a child protection plan")
    category = radios("Category of abuse", CategoryOfAbuse.choices, missing="Select the category of abuse", required=False)
    field_classes = {**ConferenceForm.field_classes, "category": "govuk-radios--small"}

    def clean(self):
        data = super().clean()
        if data.get("outcome") == ConferenceOutcome.CP_PLAN and not data.get("category") and "category" not in self.errors:
            self.add_error("category", "Select the category of abuse")
        return data


class ReviewConferenceForm(StepDownToCINMixin, ConferenceForm):
    kind = "review"
    outcome = radios("Outcome", [(ConferenceOutcome.CONTINUE_PLAN, "The plan continues"),
                                  (ConferenceOutcome.END_PLAN, "The plan ends")],
                      missing="Select whether the plan continues or ends")
    category = radios("Category of abuse", CategoryOfAbuse.choices, missing="Select the category of abuse", required=False)
    end_reason = long_text("Why the plan is ending", required=False, rows=3, help_text="Only if the plan ends")
    step_down_to_cin = radios("Step down to a child in need plan?", YES_NO, required=False,
                               missing="Select whether the child steps down to a child in need plan")
    primary_need = _primary_need()
    field_classes = {**ConferenceForm.field_classes, "category": "govuk-radios--small",
                     "step_down_to_cin": "govuk-radios--inline govuk-radios--small"}

    def __init__(self, *args, plan=None, **kwargs):
        super().__init__(*args, **kwargs)
        self._ask_primary_need()
        if plan is not None:
            self.fields["category"].initial = plan.latest_category

    def clean(self):
        data = super().clean()
        if data.get("outcome") == ConferenceOutcome.END_PLAN:
            if not (data.get("end_reason") or "").strip() and "end_reason" not in self.errors:
                self.add_error("end_reason", "Enter why the plan is ending")
            if not data.get("step_down_to_cin") and "step_down_to_cin" not in self.errors:
                self.add_error("step_down_to_cin", "Select whether the child steps down to a child in need plan")
            self._check_primary_need(data, data.get("step_down_to_cin") == "yes")
        return data


class CoreGroupForm(StepForm):
    held_on = date_field("Date of the core group")
    notes = long_text("What the core group agreed", required=False)
    date_fields = ("held_on",)


class CategoryForm(StepForm):
    category = radios("New category of abuse", CategoryOfAbuse.choices, missing="Select the category of abuse")
    changed_on = date_field("Date of the change")
    date_fields = ("changed_on",)


class EndCPPlanForm(StepDownToCINMixin, StepForm):
    ended_on = date_field("Date the plan ended")
    reason = long_text("Why the plan is ending", missing="Enter why the plan is ending")
    step_down_to_cin = radios("Step down to a child in need plan?", YES_NO,
                               missing="Select whether the child steps down to a child in need plan")
    primary_need = _primary_need()
    date_fields = ("ended_on",)
    field_classes = {"step_down_to_cin": "govuk-radios--inline govuk-radios--small"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._ask_primary_need()

    def clean(self):
        data = super().clean()
        self._check_primary_need(data, data.get("step_down_to_cin") == "yes")
        return data


class CloseCaseForm(StepForm):
    closed_on = date_field("Date the case closed")
    reason_code = radios("Reason for closure", ReasonForClosure.choices, missing="Select the reason for closure")
    note = long_text("Note (optional)", required=False, rows=3)
    date_fields = ("closed_on",)
    field_classes = {"reason_code": "govuk-radios--small"}


class StartEarlyHelpForm(StepForm):
    started_on = date_field("Date early help started")
    notes = long_text("Notes (optional)", required=False, rows=3)
    date_fields = ("started_on",)


class EndEarlyHelpForm(StepForm):
    ended_on = date_field("Date early help ended")
    outcome = radios("How did early help end?", [(EarlyHelpOutcome.COMPLETED, EarlyHelpOutcome.COMPLETED.label),
                                                  (EarlyHelpOutcome.CLOSED, EarlyHelpOutcome.CLOSED.label)],
                      missing="Select how early help ended")
    notes = long_text("Notes (optional)", required=False, rows=3)
    date_fields = ("ended_on",)


class StepUpForm(StepForm):
    stepped_up_on = date_field("Date of the step up")
    reason = long_text("Why early help is stepping up", missing="Enter why early help is stepping up")
    date_fields = ("stepped_up_on",)


class StepDownForm(StepForm):
    stepped_down_on = date_field("Date of the step down")
    reason_code = radios("Reason for closing the statutory case",
                          [(ReasonForClosure.RC7, ReasonForClosure.RC7.label), (ReasonForClosure.RC9, ReasonForClosure.RC9.label)],
                          missing="Select the reason for closure")
    notes = long_text("Notes for early help (optional)", required=False, rows=3)
    date_fields = ("stepped_down_on",)


class ProposeClosureForm(forms.Form):
    """On the unit meeting agenda: one field, one button."""

    reason = forms.CharField(label="Why the case should close", widget=forms.Textarea(attrs={"rows": 2}), max_length=10_000,
                             error_messages={"required": "Enter why the case should close",
                                             "max_length": "The reason must be 10,000 characters or fewer"})
