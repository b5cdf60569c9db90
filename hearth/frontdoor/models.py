"""The front door (MASH): contacts and referrals, matching them to a child, the decision, strategy discussions.

In the pages a Referral is called a "contact or referral": whatever reaches the front door about a child.
A re-referral within 12 months of an earlier one (a CIN census measure) is a later issue's concern: it can be
derived from these rows (same person, received_at within 12 months) without a field of its own.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from hearth.core.codes import ReferralSource, Sex


class Channel(models.TextChoices):
    PHONE = "phone", "Phone"
    EMAIL = "email", "Email"
    WALK_IN = "walk_in", "Walk-in"
    PARTNER_API = "partner_api", "Partner system (API)"
    PARTNER_FORM = "partner_form", "Partner web form"


STAFF_CHANNELS = [Channel.PHONE, Channel.EMAIL, Channel.WALK_IN]


class MatchStatus(models.TextChoices):
    AUTO_LINKED = "auto_linked", "Linked automatically"
    AWAITING_WORKER = "awaiting_worker", "Awaiting a worker"
    NEW_PERSON = "new_person", "New person created"
    CONFIRMED = "confirmed", "Confirmed by a worker"


class Decision(models.TextChoices):
    NFA = "nfa", "No further action"
    EARLY_HELP = "early_help", "Early help"
    ASSESSMENT = "assessment", "Child and family assessment"
    STRATEGY = "strategy", "Strategy discussion"
    ADD_TO_CASE = "add_to_case", "Add to the open case"


class Referral(models.Model):
    """A contact or referral about one child, as it reached the front door, and what the front door decided."""

    reference = models.CharField(max_length=20, unique=True, null=True, blank=True)
    channel = models.CharField(max_length=20, choices=Channel.choices)
    received_at = models.DateTimeField(default=timezone.now)
    due_at = models.DateTimeField(help_text="The decision is due by the end of the next working day")
    source = models.CharField("Referral source (CIN census)", max_length=2, choices=ReferralSource.choices)
    organisation = models.ForeignKey("partners.Organisation", null=True, blank=True, on_delete=models.PROTECT,
                                     related_name="referrals")
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                                     related_name="+", help_text="The staff member or partner user who entered it")
    referrer_name = models.CharField(max_length=150, blank=True)
    referrer_role = models.CharField(max_length=150, blank=True)
    referrer_phone = models.CharField(max_length=30, blank=True)
    referrer_email = models.EmailField(max_length=254, blank=True)
    concerns = models.TextField()

    # The child as the referrer gave them (kept as given, even after a match).
    child_given_name = models.CharField(max_length=100)
    child_family_name = models.CharField(max_length=100)
    child_date_of_birth = models.DateField(null=True, blank=True)
    child_nhs_number = models.CharField(max_length=10, blank=True)
    child_sex = models.CharField(max_length=1, choices=Sex.choices, default=Sex.UNKNOWN)
    child_address_line_1 = models.CharField(max_length=200, blank=True)
    child_address_line_2 = models.CharField(max_length=200, blank=True)
    child_town = models.CharField(max_length=100, blank=True)
    child_postcode = models.CharField(max_length=10, blank=True)
    child_school = models.CharField(max_length=200, blank=True)
    parents_carers = models.TextField("Parents or carers named", blank=True)

    match_status = models.CharField(max_length=20, choices=MatchStatus.choices)
    person = models.ForeignKey("people.Person", null=True, blank=True, on_delete=models.PROTECT, related_name="referrals")

    decision = models.CharField(max_length=20, choices=Decision.choices, blank=True)
    decision_reason = models.TextField(blank=True)
    advice_given = models.TextField(blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    decided_at = models.DateTimeField(null=True, blank=True)
    allocated_unit = models.ForeignKey("units.Unit", null=True, blank=True, on_delete=models.PROTECT, related_name="referrals")
    case = models.ForeignKey("cases.Case", null=True, blank=True, on_delete=models.PROTECT, related_name="referrals")

    class Meta:
        ordering = ["due_at"]
        indexes = [
            models.Index(fields=["decided_at", "due_at"]),
            models.Index(fields=["person", "received_at"]),
            models.Index(fields=["organisation", "received_at"]),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(decided_at__isnull=True) | ~Q(decision=""), name="decided_referral_has_decision"),
        ]

    def __str__(self) -> str:
        return self.reference or f"Referral {self.pk}"

    @property
    def is_open(self) -> bool:
        return self.decided_at is None

    @property
    def child_name(self) -> str:
        return f"{self.child_given_name} {self.child_family_name}"

    @property
    def referrer_display(self) -> str:
        if not self.referrer_name:
            return "Anonymous"
        who = self.referrer_name
        if self.organisation_id:
            return f"{who}, {self.organisation.name}"
        return f"{who} ({self.referrer_role})" if self.referrer_role else who


class MatchCandidate(models.Model):
    """A possible existing record for the referred child, kept for the worker to compare side by side."""

    referral = models.ForeignKey(Referral, on_delete=models.CASCADE, related_name="candidates")
    person = models.ForeignKey("people.Person", on_delete=models.CASCADE, related_name="+")
    score = models.FloatField()
    reasons = models.JSONField(default=list)
    rank = models.PositiveSmallIntegerField()

    class Meta:
        ordering = ["referral", "rank"]
        constraints = [models.UniqueConstraint(fields=["referral", "person"], name="one_candidate_row_per_person")]


class StrategyDiscussion(models.Model):
    """A strategy discussion about a child: who took part, what was shared, whether a section 47 enquiry starts."""

    child = models.ForeignKey("people.Person", on_delete=models.PROTECT, related_name="strategy_discussions")
    referral = models.ForeignKey(Referral, null=True, blank=True, on_delete=models.PROTECT, related_name="strategy_discussions")
    case = models.ForeignKey("cases.Case", null=True, blank=True, on_delete=models.PROTECT, related_name="strategy_discussions")
    held_on = models.DateField()
    information_shared = models.TextField()
    s47_enquiry = models.BooleanField("Start a section 47 enquiry")
    decision_reason = models.TextField()
    s47_started_on = models.DateField(null=True, blank=True)
    icpc_due_on = models.DateField("Initial child protection conference due", null=True, blank=True,
                                   help_text="15 working days after the strategy discussion that started the s47 enquiry")
    entry = models.OneToOneField("cases.ChronologyEntry", on_delete=models.PROTECT, related_name="strategy_discussion")
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-held_on", "-recorded_at"]


class Agency(models.TextChoices):
    POLICE = "police", "Police"
    HEALTH = "health", "Health"
    EDUCATION = "education", "Education"
    SOCIAL_CARE = "social_care", "Social care"
    OTHER = "other", "Other"


class StrategyAttendee(models.Model):
    discussion = models.ForeignKey(StrategyDiscussion, on_delete=models.CASCADE, related_name="attendees")
    name = models.CharField(max_length=150)
    agency = models.CharField(max_length=20, choices=Agency.choices)
    role = models.CharField(max_length=150, blank=True)

    class Meta:
        ordering = ["discussion", "agency", "name"]


class StrategyAction(models.Model):
    discussion = models.ForeignKey(StrategyDiscussion, on_delete=models.CASCADE, related_name="actions")
    description = models.CharField(max_length=300)
    owner = models.CharField(max_length=150, help_text="Who will do it (a person or an agency)")
    due_on = models.DateField()

    class Meta:
        ordering = ["discussion", "due_on"]


class IdempotencyRecord(models.Model):
    """One POST that carried an Idempotency-Key, and the answer it got (see hearth/core/idempotency.py).

    Kept in this app because hearth.core has no models of its own; the mechanism itself is generic.
    """

    caller = models.CharField(max_length=80, help_text="user:<id>, or key:<hash of the API key>")
    key = models.CharField(max_length=255)
    fingerprint = models.CharField(max_length=64, help_text="SHA-256 of the method, path and body")
    method = models.CharField(max_length=10)
    path = models.CharField(max_length=500)
    status_code = models.PositiveSmallIntegerField()
    body = models.TextField(blank=True)
    content_type = models.CharField(max_length=100, default="application/json")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["caller", "key"], name="one_answer_per_idempotency_key")]
