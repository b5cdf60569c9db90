"""One short form per looked-after step (casework's StepForm and field helpers). The services check the rules."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.utils import timezone

from hearth.casework.forms import StepForm
from hearth.core.forms import YES_NO, date_field, long_text, radios
from hearth.looked_after.codes import (
    CATEGORY_OF_NEED,
    LEAVING_CARE_REASONS,
    Accommodation,
    Activity,
    InTouch,
    LegalStatus,
    MissingKind,
    PlacementProvider,
    PlacementType,
    PreviousPermanence,
    ReasonPlaceChange,
    ReviewParticipation,
    SDQReason,
)
from hearth.looked_after.models import AdoptionStageKind, HealthKind, PlacedUnder, PreProceedingsOutcome

NEITHER = "none"  # placed_under's radio for neither regulation (the service's blank)


def _select(label: str, choices, *, missing: str, required: bool = True, help_text: str = "") -> forms.ChoiceField:
    return forms.ChoiceField(label=label, choices=[("", "Choose one")] + list(choices), required=required, help_text=help_text,
                             error_messages={"required": missing, "invalid_choice": missing})


def _line(label: str, *, missing: str = "", max_length: int = 200, help_text: str = "", required: bool = True) -> forms.CharField:
    return forms.CharField(label=label, max_length=max_length, required=required, help_text=help_text,
                           error_messages={"required": missing or f"Enter the {label.lower()}",
                                           "max_length": f"{label} must be {max_length} characters or fewer"})


def _yes_no(label: str, missing: str, required: bool = True) -> forms.ChoiceField:
    return radios(label, YES_NO, missing=missing, required=required)


def yes(value) -> bool | None:
    return {"yes": True, "no": False}.get(value)


class PlacementForm(StepForm):
    place = _select("Placement type", PlacementType.choices, missing="Select the placement type")
    place_provider = _select("Placement provider", PlacementProvider.choices, missing="Select the placement provider")
    provider_name = _line("Carer or provider", missing="Enter the carer or provider")
    pl_post = _line("Placement postcode (optional)", max_length=8, required=False)
    urn = _line("Ofsted URN (optional)", max_length=9, required=False, help_text="XXXXXXX if the placement has none")
    weekly_cost = _line("Weekly cost in pounds", max_length=14, missing="Enter the weekly cost in pounds",
                        help_text="For example, 850 or 850.50")
    placed_under = forms.ChoiceField(
        label="Is the child placed before the checks are finished?", widget=forms.RadioSelect, required=False, initial=NEITHER,
        choices=[(NEITHER, "No, neither"), *PlacedUnder.choices],
        help_text="Visits are weekly until the first review for these placements",
        error_messages={"invalid_choice": "Select regulation 19, regulation 24 or neither"})
    field_classes = {"pl_post": "govuk-input--width-10", "urn": "govuk-input--width-10", "weekly_cost": "govuk-input--width-10"}


class StartCareForm(PlacementForm):
    started_on = date_field("Date the child started to be looked after")
    ls = _select("Legal status", LegalStatus.choices, missing="Select the legal status")
    cin = _select("Category of need", CATEGORY_OF_NEED, missing="Select the category of need")
    home_post = _line("Home postcode (optional)", max_length=8, required=False, help_text="Where the child lived before care")
    uasc = _yes_no("Is the child an unaccompanied asylum-seeking child?", "Select whether the child is an unaccompanied "
                   "asylum-seeking child")
    date_fields = ("started_on",)
    field_classes = {**PlacementForm.field_classes, "home_post": "govuk-input--width-10", "uasc": "govuk-radios--inline"}
    field_order = ["started_on", "ls", "cin", "place", "placed_under", "place_provider", "provider_name", "pl_post", "urn", "weekly_cost",
                   "home_post", "uasc"]


class ChangeEpisodeForm(PlacementForm):
    changed_on = date_field("Date of the change")
    ls = _select("Legal status", LegalStatus.choices, missing="Select the legal status")
    same_carer = _yes_no("If the placement changed, is the carer the same?", "Select whether the carer is the same",
                         required=False)
    reason_place_change = _select("Reason for the change of placement", ReasonPlaceChange.choices, required=False,
                                  missing="Select the reason for the change of placement", help_text="Only if the placement changed")
    date_fields = ("changed_on",)
    field_classes = {**PlacementForm.field_classes, "same_carer": "govuk-radios--inline"}
    field_order = ["changed_on", "ls", "place", "placed_under", "place_provider", "provider_name", "pl_post", "urn", "weekly_cost",
                   "same_carer", "reason_place_change"]

    def __init__(self, *args, episode=None, **kwargs):
        super().__init__(*args, **kwargs)
        if episode is not None:
            for name in ("ls", "place", "place_provider", "provider_name", "pl_post", "urn", "weekly_cost"):
                self.fields[name].initial = getattr(episode, name)
            self.fields["placed_under"].initial = episode.placed_under or NEITHER


class UASCForm(StepForm):
    since = date_field("Date the child became looked after as an unaccompanied asylum-seeking child")
    duc = date_field("Date the status ceased (optional)", required=False,
                help_text="For example, when the child was granted leave to remain or an age assessment found them to be 18")
    date_fields = ("since",)

    def __init__(self, *args, uasc=None, **kwargs):
        super().__init__(*args, **kwargs)
        if uasc is not None:
            self.fields["since"].initial, self.fields["duc"].initial = uasc.since, uasc.duc


class PreviousPermanenceForm(StepForm):
    prev_perm = radios("Did the child have a permanence order before this period of care?", PreviousPermanence.choices,
                        missing="Select whether there was a previous permanence order")
    la_perm = _line("Authority that made the order (optional)", max_length=3, required=False,
                    help_text="The 3-digit local authority code, or NIR, NUK, SCO or WAL")
    date_perm = date_field("Date of the order (optional)", required=False)
    field_classes = {"prev_perm": "govuk-radios--small", "la_perm": "govuk-input--width-4"}


class OutcomesForm(StepForm):
    year_ending = forms.TypedChoiceField(label="Year ending 31 March", coerce=lambda v: dt.date(int(v), 3, 31), choices=[],
                                         error_messages={"required": "Select the year", "invalid_choice": "Select the year"})
    convicted = _yes_no("Was the child convicted of an offence during the year?", "Select whether the child was convicted")
    substance_misuse = _yes_no("Was the child identified as having a substance misuse problem?",
                               "Select whether the child had a substance misuse problem")
    intervention_offered = _yes_no("If so, was an intervention offered?", "Select whether an intervention was offered", required=False)
    intervention_received = _yes_no("Was the intervention received?", "Select whether the intervention was received", required=False)
    field_classes = {name: "govuk-radios--inline" for name in ("convicted", "substance_misuse", "intervention_offered",
                                                               "intervention_received")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        today = self.today or timezone.localdate()
        last = today.year if today >= dt.date(today.year, 3, 31) else today.year - 1  # the latest year that has ended
        self.fields["year_ending"].choices = [(str(y), f"31 March {y}") for y in range(last, last - 3, -1)]


class EndCareForm(StepForm):
    ended_on = date_field("Date the child stopped being looked after")
    rec = _select("Reason the child stopped being looked after", LEAVING_CARE_REASONS,
                  missing="Select the reason the child stopped being looked after")
    date_fields = ("ended_on",)


class ReviewForm(StepForm):
    review = date_field("Date of the review")
    iro_name = _line("Independent reviewing officer", missing="Enter the independent reviewing officer's name", max_length=150)
    review_code = radios("How did the child take part?", ReviewParticipation.choices, missing="Select how the child took part")
    notes = long_text("What the review decided", required=False)
    date_fields = ("review",)
    field_classes = {"review_code": "govuk-radios--small"}


class VisitForm(StepForm):
    visited_on = date_field("Date of the visit")
    seen_alone = _yes_no("Was the child seen alone?", "Select whether the child was seen alone")
    notes = long_text("What happened", required=False)
    date_fields = ("visited_on",)
    field_classes = {"seen_alone": "govuk-radios--inline"}


class HealthForm(StepForm):
    kind = radios("What was done?", HealthKind.choices, missing="Select what was done")
    done_on = date_field("Date")
    notes = long_text("Notes", required=False, rows=3)
    date_fields = ("done_on",)
    field_classes = {"kind": "govuk-radios--small"}


class SDQForm(StepForm):
    completed_on = date_field("Date of the questionnaire")
    sdq_score = forms.IntegerField(label="Score (0 to 40)", required=False, min_value=0, max_value=40,
                                   error_messages={"invalid": "Enter the score as a whole number",
                                                   "min_value": "The score must be between 0 and 40",
                                                   "max_value": "The score must be between 0 and 40"})
    sdq_reason = _select("Or the reason there is no score", SDQReason.choices, required=False,
                         missing="Select the reason there is no score")
    date_fields = ("completed_on",)
    field_classes = {"sdq_score": "govuk-input--width-3"}


class MissingForm(StepForm):
    missing = radios("Was the child missing or away?", MissingKind.choices, missing="Select whether the child was missing or away")
    mis_start = date_field("Date the episode started")
    mis_end = date_field("Date the child came back", required=False, help_text="Leave blank if the child is not back yet")
    return_interview_offered = _yes_no("Was a return interview offered?", "Select whether a return interview was offered",
                                       required=False)
    return_interview_accepted = _yes_no("Was the return interview accepted?", "Select whether the return interview was accepted",
                                        required=False)
    notes = long_text("Notes", required=False, rows=3)
    date_fields = ("mis_start",)
    field_classes = {"return_interview_offered": "govuk-radios--inline", "return_interview_accepted": "govuk-radios--inline"}


class ReturnForm(StepForm):
    mis_end = date_field("Date the child came back")
    return_interview_offered = _yes_no("Was a return interview offered?", "Select whether a return interview was offered")
    return_interview_accepted = _yes_no("Was the return interview accepted?", "Select whether the return interview was accepted",
                                        required=False)
    date_fields = ("mis_end",)
    field_classes = {"return_interview_offered": "govuk-radios--inline", "return_interview_accepted": "govuk-radios--inline"}


class PreProceedingsForm(StepForm):
    started_on = date_field("Date pre-proceedings started")
    letter_sent_on = date_field("Letter before proceedings sent (optional)", required=False)
    meeting_on = date_field("Pre-proceedings meeting (optional)", required=False)
    fgdm_offered_on = date_field("Family group decision-making meeting offered (optional)", required=False,
                            help_text="The offer goes in the letter before proceedings")
    fgdm_accepted = _yes_no("Did the family accept the meeting?", "Select whether the family accepted", required=False)
    fgdm_held_on = date_field("Family group decision-making meeting held (optional)", required=False)
    fgdm_not_offered_reason = long_text("If no meeting was offered, why it is not in the child's best interests", required=False, rows=3)
    outcome = _select("Outcome (optional)", PreProceedingsOutcome.choices, required=False, missing="Select the outcome")
    outcome_on = date_field("Date of the outcome (optional)", required=False)
    date_fields = ("started_on",)
    field_classes = {"fgdm_accepted": "govuk-radios--inline"}

    def __init__(self, *args, pre=None, **kwargs):
        super().__init__(*args, **kwargs)
        if pre is not None:
            for name in ("started_on", "letter_sent_on", "meeting_on", "fgdm_offered_on", "fgdm_held_on", "fgdm_not_offered_reason"):
                self.fields[name].initial = getattr(pre, name)
            self.fields["fgdm_accepted"].initial = {True: "yes", False: "no"}.get(pre.fgdm_accepted)


class CareApplicationForm(StepForm):
    issued_on = date_field("Date the application was issued")
    court = _line("Court", missing="Enter the court", max_length=150)
    cafcass_guardian = _line("Children's guardian (Cafcass, optional)", max_length=150, required=False)
    date_fields = ("issued_on",)


class ExtendForm(StepForm):
    weeks = forms.IntegerField(label="Extension in weeks", min_value=1, max_value=8,
                               error_messages={"required": "Enter the extension in weeks", "invalid": "Enter a whole number of weeks",
                                               "min_value": "An extension is between 1 and 8 weeks",
                                               "max_value": "An extension is between 1 and 8 weeks"})
    reason = long_text("Why the court extended the timetable", missing="Enter why the court extended the timetable", rows=3)
    field_classes = {"weeks": "govuk-input--width-3"}


class ConcludeForm(StepForm):
    concluded_on = date_field("Date proceedings concluded")
    final_order = _line("Final order", missing="Enter the final order", max_length=150,
                        help_text="For example, care order, supervision order, special guardianship order")
    date_fields = ("concluded_on",)


class PathwayPlanForm(StepForm):
    reviewed_on = date_field("Date the pathway plan was made or reviewed")
    personal_adviser = _line("Personal adviser (optional)", max_length=150, required=False)
    notes = long_text("Notes", required=False, rows=3)
    date_fields = ("reviewed_on",)


class ContactForm(StepForm):
    contacted_on = date_field("Date of the contact")
    in_touch = radios("Is the young person in touch?", InTouch.choices, missing="Select whether the young person is in touch")
    activ = _select("What is the young person doing?", Activity.choices, required=False, missing="Select what the young person is doing")
    accom = _select("Where does the young person live?", Accommodation.choices, required=False,
                    missing="Select where the young person lives")
    accom_suitable = _yes_no("Is the accommodation suitable?", "Select whether the accommodation is suitable", required=False)
    notes = long_text("Notes", required=False, rows=3)
    date_fields = ("contacted_on",)
    field_classes = {"in_touch": "govuk-radios--small", "accom_suitable": "govuk-radios--inline"}


class AdoptionForm(StepForm):
    stage = radios("Stage", AdoptionStageKind.choices, missing="Select the stage")
    on = date_field("Date")
    reason_ceased = long_text("Why the child is no longer to be placed for adoption", required=False, rows=3,
                          help_text="Only if the child is no longer to be placed")
    date_fields = ("on",)
    field_classes = {"stage": "govuk-radios--small"}


class CostPeriodForm(forms.Form):
    start = date_field("From")
    end = date_field("To")
    field_classes: dict[str, str] = {}

    def clean(self):
        data = super().clean()
        if data.get("start") and data.get("end") and data["end"] < data["start"]:
            self.add_error("end", "The end of the period must be on or after its start")
        return data
