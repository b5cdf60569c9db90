from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from hearth.core.codes import PrimaryNeed, ReasonForClosure
from hearth.people.models import Person
from hearth.units.models import Unit


class CaseStatus(models.TextChoices):
    ASSESSMENT = "assessment", "Assessment"
    EARLY_HELP = "early_help", "Family support"
    CHILD_IN_NEED = "cin", "Child in need"
    CHILD_PROTECTION = "cp", "Child protection"
    LOOKED_AFTER = "lac", "Looked after"
    CARE_LEAVER = "care_leaver", "Care leaver"


class Case(models.Model):
    """An episode of involvement with a child, held by a unit (never by one person alone).

    The accountable lead is the unit's consultant social worker (see selectors.case_lead).
    """

    child = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="cases")
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="cases")
    status = models.CharField(max_length=20, choices=CaseStatus.choices, default=CaseStatus.ASSESSMENT)
    opened_on = models.DateField()
    closed_on = models.DateField(null=True, blank=True)
    reason = models.CharField(max_length=300, blank=True, help_text="Why the family came to us")
    primary_need = models.CharField("Primary need (CIN census)", max_length=2, choices=PrimaryNeed.choices, blank=True)
    closure_reason = models.CharField("Reason for closure (CIN census)", max_length=3, choices=ReasonForClosure.choices,
                                      blank=True)

    class Meta:
        ordering = ["-opened_on"]
        constraints = [
            models.UniqueConstraint(fields=["child"], condition=Q(closed_on__isnull=True), name="one_open_case_per_child")
        ]
        indexes = [models.Index(fields=["unit", "closed_on"])]

    def __str__(self) -> str:
        return f"{self.child} ({self.get_status_display()}, {self.unit})"

    @property
    def is_open(self) -> bool:
        return self.closed_on is None


class EntryKind(models.TextChoices):
    HOME_VISIT = "home_visit", "Home visit"
    DIRECT_WORK = "direct_work", "Direct work"
    PHONE_CALL = "phone_call", "Phone call"
    MEETING = "meeting", "Meeting"
    ADMIN = "admin", "Recording or admin"
    TRAVEL = "travel", "Travel"
    UNIT_MEETING = "unit_meeting", "Unit meeting decision"
    CASE_EVENT = "case_event", "Case opened or closed"
    REFERRAL = "referral", "Contact or referral"
    FRONT_DOOR_DECISION = "front_door_decision", "Front door decision"
    STRATEGY_DISCUSSION = "strategy_discussion", "Strategy discussion"
    INFORMATION_SHARED = "information_shared", "Information shared"
    PARTNER_ENQUIRY = "partner_enquiry", "Partner agency enquiry"
    RECORD_CHANGE = "record_change", "Record merged or corrected"
    ASSESSMENT = "assessment", "Child and family assessment"
    CIN_PLAN = "cin_plan", "Child in need plan"
    SECTION_47 = "section_47", "Section 47 enquiry"
    CONFERENCE = "conference", "Child protection conference"
    CP_PLAN = "cp_plan", "Child protection plan"
    CORE_GROUP = "core_group", "Core group"
    EARLY_HELP_EPISODE = "early_help", "Early help"
    CLOSURE_PROPOSAL = "closure_proposal", "Closure proposed"
    CARE_EPISODE = "care_episode", "Looked after: episode of care"
    CARE_REVIEW = "care_review", "Looked-after review"
    CARE_VISIT = "care_visit", "Looked-after visit"
    CARE_HEALTH = "care_health", "Looked-after health"
    MISSING = "missing", "Missing or away from placement"
    CARE_PROCEEDINGS = "care_proceedings", "Pre-proceedings or care proceedings"
    CARE_LEAVER = "care_leaver", "Care leaver"
    ADOPTION = "adoption", "Adoption"
    SPEND = "spend", "Spending"
    DECISION = "decision", "Significant decision"


# The kinds a worker records with the quick recording form.
RECORDING_KINDS = [
    EntryKind.HOME_VISIT, EntryKind.DIRECT_WORK, EntryKind.PHONE_CALL,
    EntryKind.MEETING, EntryKind.ADMIN, EntryKind.TRAVEL,
]
VISIT_KINDS = [EntryKind.HOME_VISIT, EntryKind.DIRECT_WORK]


class ChronologyEntry(models.Model):
    """One thing that happened in a child's life or our work with them. Recorded once."""

    child = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="chronology")
    case = models.ForeignKey(Case, null=True, blank=True, on_delete=models.PROTECT, related_name="entries")
    unit = models.ForeignKey(Unit, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    kind = models.CharField(max_length=30, choices=EntryKind.choices)
    occurred_on = models.DateField()
    minutes = models.PositiveIntegerField(null=True, blank=True)
    child_seen = models.BooleanField(null=True, blank=True)
    seen_alone = models.BooleanField(null=True, blank=True)
    title = models.CharField(max_length=200, blank=True)
    narrative = models.TextField()
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-occurred_on", "-recorded_at"]
        verbose_name_plural = "chronology entries"
        indexes = [
            models.Index(fields=["child", "-occurred_on", "-recorded_at"]),
            models.Index(fields=["case", "child_seen", "-occurred_on"]),
            # The unit board's partner enquiries of the last week: without it, every entry the unit ever wrote is read.
            models.Index(fields=["unit", "-recorded_at"], condition=models.Q(kind="partner_enquiry"), name="chron_partner_enquiry_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} on {self.occurred_on}"


class Task(models.Model):
    """Something a unit member will do for a child, often agreed in the unit meeting."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="tasks")
    description = models.CharField(max_length=300)
    assigned_to = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="tasks")
    due_on = models.DateField()
    done_on = models.DateField(null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["due_on"]
        indexes = [models.Index(fields=["case", "done_on", "due_on"])]


class UnitMeeting(models.Model):
    """The weekly unit meeting, which walks through every child the unit holds."""

    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="meetings")
    held_on = models.DateField()
    chaired_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    started_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-held_on", "-started_at"]


class MeetingDiscussion(models.Model):
    """What the unit meeting decided for one child; it goes onto the child's chronology."""

    meeting = models.ForeignKey(UnitMeeting, on_delete=models.PROTECT, related_name="discussions")
    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="discussions")
    discussion = models.TextField(blank=True)
    decision = models.TextField()
    entry = models.OneToOneField(ChronologyEntry, on_delete=models.PROTECT, related_name="discussion")
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["meeting", "case"], name="one_discussion_per_child_per_meeting")]
