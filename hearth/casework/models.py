"""Statutory casework: assessments, child in need and child protection plans, section 47 enquiries, conferences,
core groups, early help episodes and closure; the authority's timescales and which steps need a second person.

Each fact is typed once. Clocks (due dates and their status) are derived from these rows (clocks.py), never
stored; the chronology, the unit board and the CIN census (selectors.cin_census_items) read the same rows.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone

from hearth.core.codes import CategoryOfAbuse


class TimescaleKey(models.TextChoices):
    ASSESSMENT = "assessment", "Child and family assessment"
    ICPC = "icpc", "Initial child protection conference"
    FIRST_CORE_GROUP = "first_core_group", "First core group"
    FIRST_REVIEW_CONFERENCE = "first_review_conference", "First review conference"
    LATER_REVIEW_CONFERENCE = "later_review_conference", "Later review conferences"
    CP_VISIT = "cp_visit", "Child protection visits"
    CIN_VISIT = "cin_visit", "Child in need visits"
    CIN_REVIEW = "cin_review", "Child in need plan reviews"
    DRIFT = "drift", "Drift (no significant event)"
    REFERRAL_DECISION = "referral_decision", "Front door decision"


class TimescaleUnit(models.TextChoices):
    WORKING_DAYS = "working_days", "Working days"
    DAYS = "days", "Days"
    MONTHS = "months", "Months"


# key -> (value, unit, what it counts from, source). The national value where there is one, else a documented
# local default. Seeded by migration 0002 and shown read-only in the admin.
NATIONAL_DEFAULTS: dict[str, tuple[int, str, str]] = {
    TimescaleKey.ASSESSMENT: (45, TimescaleUnit.WORKING_DAYS,
                              "From the referral. Working Together 2023 (domain.md §1.1 row 2): a ceiling, not a target."),
    TimescaleKey.ICPC: (15, TimescaleUnit.WORKING_DAYS,
                        "From the strategy discussion that started the section 47 enquiry. Working Together (domain.md §1.1 row 5)."),
    TimescaleKey.FIRST_CORE_GROUP: (10, TimescaleUnit.WORKING_DAYS,
                                    "From the initial conference. Working Together; local procedures (domain.md §1.1 row 7)."),
    TimescaleKey.FIRST_REVIEW_CONFERENCE: (3, TimescaleUnit.MONTHS,
                                           "From the initial conference. Working Together (domain.md §1.1 row 9)."),
    TimescaleKey.LATER_REVIEW_CONFERENCE: (6, TimescaleUnit.MONTHS,
                                           "From the last review conference. Working Together (domain.md §1.1 row 10)."),
    TimescaleKey.CP_VISIT: (10, TimescaleUnit.WORKING_DAYS,
                            "No national minimum: a common local standard (Central Bedfordshire, Liverpool; domain.md §1.1 row 12)."),
    TimescaleKey.CIN_VISIT: (20, TimescaleUnit.WORKING_DAYS,
                             "No national minimum: the example authority's standard in domain.md §1.1 row 13."),
    TimescaleKey.CIN_REVIEW: (3, TimescaleUnit.MONTHS,
                              "No national frequency: a local default. Sefton reviews a 12-week plan 4-weekly and Lancashire keeps "
                              "a plan at least 3 months (domain.md §1.1 row 13); set your own."),
    TimescaleKey.DRIFT: (90, TimescaleUnit.DAYS, "Hearth's default: no significant event for this long and no active plan."),
    TimescaleKey.REFERRAL_DECISION: (1, TimescaleUnit.WORKING_DAYS,
                                     "From receiving the referral. Working Together (domain.md §1.1 row 1)."),
}


class TimescaleSetting(models.Model):
    """One timescale as this authority sets it (a Hearth deployment serves one authority)."""

    key = models.CharField(max_length=40, choices=TimescaleKey.choices, unique=True)
    value = models.PositiveIntegerField()
    unit = models.CharField(max_length=20, choices=TimescaleUnit.choices)
    national_value = models.PositiveIntegerField(help_text="The national (or documented default) value")
    national_unit = models.CharField(max_length=20, choices=TimescaleUnit.choices)
    source = models.TextField(blank=True, help_text="Where the default comes from")

    class Meta:
        ordering = ["key"]

    def __str__(self) -> str:
        return f"{self.get_key_display()}: {self.value} {self.get_unit_display().lower()}"


class Step(models.TextChoices):
    AUTHORISE_ASSESSMENT = "authorise_assessment", "Authorise a child and family assessment"
    COMPLETE_ASSESSMENT = "complete_assessment", "Complete a child and family assessment"
    START_CIN_PLAN = "start_cin_plan", "Start a child in need plan"
    END_CIN_PLAN = "end_cin_plan", "End a child in need plan"
    ICPC_NOT_REQUIRED = "icpc_not_required", "Record that no initial conference is needed"
    CHAIR_CONFERENCE = "chair_conference", "Conference chaired by someone other than the recorder"
    END_CP_PLAN = "end_cp_plan", "End a child protection plan"
    CLOSE_CASE = "close_case", "Close a case"
    STEP_UP = "step_up", "Step up from early help"
    STEP_DOWN = "step_down", "Step down to early help"


class StepPolicy(models.Model):
    """Whether a step needs a second person: the one completing it must differ from the one who recorded it.

    Off for every step by default; nothing else waits for sign-off.
    """

    step = models.CharField(max_length=40, choices=Step.choices, unique=True)
    needs_second_person = models.BooleanField(default=False)

    class Meta:
        ordering = ["step"]
        verbose_name_plural = "step policies"

    def __str__(self) -> str:
        return f"{self.get_step_display()}: {'second person' if self.needs_second_person else 'anyone in the unit'}"


class AssessmentOutcome(models.TextChoices):
    NO_FURTHER_ACTION = "no_further_action", "No further action"
    EARLY_HELP = "early_help", "Early help"
    CIN_PLAN = "cin_plan", "Child in need plan"
    STRATEGY_DISCUSSION = "strategy_discussion", "Strategy discussion"
    CONTINUE_CP_PLAN = "continue", "Continue with the current plan"


class Assessment(models.Model):
    """A child and family assessment (s17), due within the assessment timescale of the referral."""

    case = models.ForeignKey("cases.Case", on_delete=models.PROTECT, related_name="assessments")
    referral = models.ForeignKey("frontdoor.Referral", null=True, blank=True, on_delete=models.PROTECT, related_name="assessments")
    started_on = models.DateField()
    child_seen_on = models.DateField(null=True, blank=True)
    factors = models.JSONField(default=list, blank=True, help_text="DfE codes (core.codes.AssessmentFactor)")
    outcome = models.CharField(max_length=30, choices=AssessmentOutcome.choices, blank=True)
    completed_on = models.DateField(null=True, blank=True)
    overdue_reason = models.TextField(blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")
    completed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    authorised_on = models.DateField(null=True, blank=True)
    authorised_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-started_on", "-created_at"]
        indexes = [models.Index(fields=["case", "completed_on"])]


class CINPlan(models.Model):
    case = models.ForeignKey("cases.Case", on_delete=models.PROTECT, related_name="cin_plans")
    started_on = models.DateField()
    ended_on = models.DateField(null=True, blank=True)
    end_reason = models.TextField(blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-started_on"]
        indexes = [models.Index(fields=["case", "ended_on"])]


class PlanMeeting(models.Model):
    """A dated meeting with notes on a plan (services._record_plan_meeting records both kinds)."""

    held_on = models.DateField()
    notes = models.TextField(blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        abstract = True
        ordering = ["-held_on"]


class CINPlanReview(PlanMeeting):
    plan = models.ForeignKey(CINPlan, on_delete=models.PROTECT, related_name="reviews")


class Section47Outcome(models.TextChoices):
    CONFERENCE = "conference", "Initial child protection conference"
    NOT_SUBSTANTIATED = "not_substantiated", "Concerns not substantiated"
    SUBSTANTIATED_NO_CONFERENCE = "substantiated_no_conference", "Concerns substantiated, no conference needed"


class Section47(models.Model):
    case = models.ForeignKey("cases.Case", on_delete=models.PROTECT, related_name="section47s")
    strategy_discussion = models.OneToOneField("frontdoor.StrategyDiscussion", null=True, blank=True, on_delete=models.PROTECT,
                                               related_name="section47")
    started_on = models.DateField()
    icpc_not_required = models.BooleanField(default=False)
    icpc_not_required_reason = models.TextField(blank=True)
    outcome = models.CharField(max_length=30, choices=Section47Outcome.choices, blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-started_on"]
        verbose_name = "section 47 enquiry"
        verbose_name_plural = "section 47 enquiries"


class ConferenceKind(models.TextChoices):
    INITIAL = "initial", "Initial child protection conference"
    REVIEW = "review", "Review child protection conference"


class ConferenceOutcome(models.TextChoices):
    CP_PLAN = "cp_plan", "Child protection plan"
    NO_PLAN = "no_plan", "No child protection plan"
    CONTINUE_PLAN = "continue_plan", "Continue the child protection plan"
    END_PLAN = "end_plan", "End the child protection plan"


class Conference(models.Model):
    case = models.ForeignKey("cases.Case", on_delete=models.PROTECT, related_name="conferences")
    kind = models.CharField(max_length=10, choices=ConferenceKind.choices)
    held_on = models.DateField()
    chair_name = models.CharField(max_length=150)
    chair_role = models.CharField(max_length=150, blank=True)
    independent = models.BooleanField("Independent chair", default=True)
    outcome = models.CharField(max_length=20, choices=ConferenceOutcome.choices)
    section47 = models.ForeignKey(Section47, null=True, blank=True, on_delete=models.PROTECT, related_name="conferences")
    cp_plan = models.ForeignKey("CPPlan", null=True, blank=True, on_delete=models.PROTECT, related_name="conferences")
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-held_on"]


class CPPlan(models.Model):
    case = models.ForeignKey("cases.Case", on_delete=models.PROTECT, related_name="cp_plans")
    started_on = models.DateField()
    initial_category = models.CharField(max_length=3, choices=CategoryOfAbuse.choices)
    latest_category = models.CharField(max_length=3, choices=CategoryOfAbuse.choices)
    ended_on = models.DateField(null=True, blank=True)
    end_reason = models.TextField(blank=True)
    stepped_down_to = models.OneToOneField(CINPlan, null=True, blank=True, on_delete=models.PROTECT, related_name="stepped_down_from")
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-started_on"]
        indexes = [models.Index(fields=["case", "ended_on"])]


class CoreGroup(PlanMeeting):
    plan = models.ForeignKey(CPPlan, on_delete=models.PROTECT, related_name="core_groups")


class EarlyHelpOutcome(models.TextChoices):
    COMPLETED = "completed", "Completed"
    STEPPED_UP = "stepped_up", "Stepped up to statutory services"
    STEPPED_DOWN_INTO = "stepped_down_into", "Stepped down from statutory services"
    CLOSED = "closed", "Closed"


class EarlyHelpEpisode(models.Model):
    """Early help alongside statutory work. `outcome` says how it ended; `stepped_down_from` how it began."""

    child = models.ForeignKey("people.Person", on_delete=models.PROTECT, related_name="early_help_episodes")
    unit = models.ForeignKey("units.Unit", null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    case = models.ForeignKey("cases.Case", null=True, blank=True, on_delete=models.PROTECT, related_name="early_help_episodes",
                             help_text="The statutory case it stepped down from or up into")
    started_on = models.DateField()
    ended_on = models.DateField(null=True, blank=True)
    outcome = models.CharField(max_length=20, choices=EarlyHelpOutcome.choices, blank=True)
    stepped_down_from = models.BooleanField(default=False)
    notes = models.TextField(blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-started_on"]


class ClosureProposal(models.Model):
    """A drifting case put to the unit meeting for closure. Closing it is close_case."""

    case = models.ForeignKey("cases.Case", on_delete=models.PROTECT, related_name="closure_proposals")
    proposed_on = models.DateField()
    reason = models.TextField()
    proposed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")
    withdrawn_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["-proposed_on"]
