"""Significant decisions about a child, and the authority's short table of decisions that need a second person or panel.

Everything not in the table is the unit's to decide, at once.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import models
from django.utils import timezone

from hearth.people.models import Person
from hearth.units.models import Unit


class DecisionKind(models.TextChoices):
    JOINT_VISIT_POLICE = "joint_visit_police", "Visit jointly with the police"
    NO_FURTHER_ACTION = "no_further_action", "No further action"
    FAMILY_GROUP_CONFERENCE = "family_group_conference", "Offer a family group conference"
    LEGAL_ADVICE = "legal_advice", "Seek legal advice"
    LEGAL_GATEWAY = "legal_gateway", "Enter care proceedings through the legal gateway"
    CONNECTED_PERSON = "connected_person", "Approve a connected-person placement"
    STEP_DOWN = "step_down", "Step down to early help"
    OTHER = "other", "Another significant decision"


class Needs(models.TextChoices):
    SECOND_PERSON = "second_person", "A second person"
    PANEL = "panel", "A panel"


class DecisionRule(models.Model):
    """A kind of decision that law or the authority's policy says needs a second person or a panel.

    Editable in admin; every change is audited. A kind with no active rule is the unit's to decide.
    """

    kind = models.CharField(max_length=40, choices=DecisionKind.choices, unique=True)
    needs = models.CharField(max_length=20, choices=Needs.choices, default=Needs.SECOND_PERSON)
    why = models.CharField(max_length=300, blank=True, help_text="The law or policy that asks for it")
    active = models.BooleanField(default=True)

    class Meta:
        ordering = ["kind"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.get_needs_display().lower()}"


class DecisionStatus(models.TextChoices):
    DECIDED = "decided", "Decided by the unit"
    AWAITING = "awaiting", "Waiting for the second person or panel"
    CONFIRMED = "confirmed", "Confirmed"
    NOT_CONFIRMED = "not_confirmed", "Not confirmed"


class DecisionQuerySet(models.QuerySet):
    def in_week(self, ending: dt.date):
        """Decisions made in the seven days up to and including `ending` (for the weekly unit meeting)."""
        return (self.filter(decided_on__gt=ending - dt.timedelta(days=7), decided_on__lte=ending)
                .select_related("child", "decided_by", "second_person").order_by("decided_on", "pk"))


class Decision(models.Model):
    child = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="decisions")
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="decisions")
    kind = models.CharField(max_length=40, choices=DecisionKind.choices)
    summary = models.CharField("What was decided", max_length=300)
    options = models.TextField("Options considered")
    reason = models.TextField("Reason for the decision")
    decided_on = models.DateField()
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    recorded_at = models.DateTimeField(default=timezone.now)
    status = models.CharField(max_length=20, choices=DecisionStatus.choices)
    needs = models.CharField(max_length=20, choices=Needs.choices, blank=True,
                             help_text="What the rule asked for when the decision was recorded")
    second_person = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                                      related_name="+", help_text="The second person, or the panel's chair")
    confirmed_at = models.DateTimeField(null=True, blank=True)
    confirm_note = models.TextField(blank=True)

    objects = DecisionQuerySet.as_manager()

    class Meta:
        ordering = ["-decided_on", "-recorded_at"]
        indexes = [models.Index(fields=["child", "-decided_on"]), models.Index(fields=["unit", "decided_on"]),
                   models.Index(fields=["second_person", "status"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} for {self.child} ({self.get_status_display()})"
