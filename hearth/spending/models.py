"""Unit budgets and spending: each unit spends within limits, with no permission chain below them.

Money is held in whole pence (integers), never floats. A financial year runs 1 April to 31 March and is named
by the calendar year it starts in (2026 is 1 April 2026 to 31 March 2027).
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from hearth.cases import sign_off
from hearth.people.models import Person
from hearth.units.models import Role, Unit


def financial_year(day: dt.date) -> int:
    """The financial year a day falls in, named by its starting calendar year."""
    return day.year if day.month >= 4 else day.year - 1


def year_label(year: int) -> str:
    return f"April {year} to March {year + 1}"


def pounds(pence: int | None) -> str:
    """£1,234.50 (or £30 for whole pounds)."""
    pence = pence or 0
    sign = "-" if pence < 0 else ""
    whole, part = divmod(abs(pence), 100)
    return f"{sign}£{whole:,}" + (f".{part:02d}" if part else "")


class SpendCategory(models.Model):
    """What a unit's budget is split into; the authority chooses the list (seeded with six)."""

    code = models.SlugField(max_length=40, unique=True)
    name = models.CharField(max_length=80, unique=True)
    position = models.PositiveSmallIntegerField(default=0)
    active = models.BooleanField(default=True, help_text="Untick to stop new spends in this category")

    class Meta:
        ordering = ["position", "name"]
        verbose_name_plural = "spend categories"

    def __str__(self) -> str:
        return self.name


class Authoriser(models.TextChoices):
    """Who authorises: the unit roles, then the head of service above them."""

    SOCIAL_WORKER = Role.SOCIAL_WORKER.value, Role.SOCIAL_WORKER.label
    CHILDRENS_PRACTITIONER = Role.CHILDRENS_PRACTITIONER.value, Role.CHILDRENS_PRACTITIONER.label
    CLINICIAN = Role.CLINICIAN.value, Role.CLINICIAN.label
    UNIT_COORDINATOR = Role.UNIT_COORDINATOR.value, Role.UNIT_COORDINATOR.label
    CONSULTANT_SOCIAL_WORKER = Role.CONSULTANT_SOCIAL_WORKER.value, Role.CONSULTANT_SOCIAL_WORKER.label
    HEAD_OF_SERVICE = sign_off.HEAD_OF_SERVICE, "Head of service"


class AuthorityLimit(models.Model):
    """How much one role may authorise on its own: per item, and per child per calendar month.

    A blank limit means no limit (the head of service by default). A role with no row may authorise nothing
    on its own: everything it records goes to someone who can.
    """

    role = models.CharField(max_length=20, choices=Authoriser.choices, unique=True)
    per_item_pence = models.PositiveIntegerField("Limit per item (pence)", null=True, blank=True,
                                                 help_text="In pence: 10000 is £100. Blank for no limit.")
    per_child_month_pence = models.PositiveIntegerField("Limit per child per month (pence)", null=True, blank=True,
                                                        help_text="In pence: 10000 is £100. Blank for no limit.")

    class Meta:
        ordering = ["role"]

    def __str__(self) -> str:
        item = pounds(self.per_item_pence) if self.per_item_pence is not None else "no limit"
        month = pounds(self.per_child_month_pence) if self.per_child_month_pence is not None else "no limit"
        return f"{self.get_role_display()}: {item} an item, {month} a child a month"


class Budget(models.Model):
    """One unit's budget for one financial year. Its row is the lock every spend against it takes."""

    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="budgets")
    year = models.PositiveSmallIntegerField(help_text="The calendar year the financial year starts in (1 April)")

    class Meta:
        ordering = ["-year", "unit"]
        constraints = [models.UniqueConstraint(fields=["unit", "year"], name="one_budget_per_unit_per_year")]

    def __str__(self) -> str:
        return f"{self.unit}, {year_label(self.year)}"


class BudgetLine(models.Model):
    """A budget's allocation for one category, with what is spent and committed (kept under the budget's lock)."""

    budget = models.ForeignKey(Budget, on_delete=models.CASCADE, related_name="lines")
    category = models.ForeignKey(SpendCategory, on_delete=models.PROTECT, related_name="+")
    amount_pence = models.PositiveIntegerField("Allocated (pence)")
    spent_pence = models.PositiveIntegerField(default=0, editable=False)
    committed_pence = models.PositiveIntegerField(default=0, editable=False)

    class Meta:
        ordering = ["category__position", "category__name"]
        constraints = [
            models.UniqueConstraint(fields=["budget", "category"], name="one_line_per_category"),
            models.CheckConstraint(condition=Q(spent_pence__lte=models.F("amount_pence") - models.F("committed_pence")),
                                   name="budget_line_never_overspent"),
        ]

    @property
    def left_pence(self) -> int:
        return self.amount_pence - self.spent_pence - self.committed_pence


class SpendStatus(models.TextChoices):
    AUTHORISED = "authorised", "Authorised"  # within the recorder's own limit
    PENDING = "pending", "Waiting for an answer"
    APPROVED = "approved", "Approved"
    DECLINED = "declined", "Declined"


SPENT = (SpendStatus.AUTHORISED, SpendStatus.APPROVED)
COUNTS_AGAINST = (SpendStatus.AUTHORISED, SpendStatus.APPROVED, SpendStatus.PENDING)


class SpendQuerySet(models.QuerySet):
    def in_week(self, ending: dt.date):
        """Spends recorded in the seven days up to and including `ending` (for the weekly unit meeting)."""
        return (self.filter(spent_on__gt=ending - dt.timedelta(days=7), spent_on__lte=ending)
                .select_related("child", "category", "recorded_by", "answered_by").order_by("spent_on", "pk"))


class Spend(models.Model):
    """Money spent for a child: who, for whom, what, how much and why. Above the recorder's limit it is a request."""

    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="spends")
    child = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="spends")
    line = models.ForeignKey(BudgetLine, on_delete=models.PROTECT, related_name="spends")
    category = models.ForeignKey(SpendCategory, on_delete=models.PROTECT, related_name="+")
    amount_pence = models.PositiveIntegerField()
    description = models.CharField("What for", max_length=200)
    reason = models.TextField("Why")
    spent_on = models.DateField()
    status = models.CharField(max_length=20, choices=SpendStatus.choices)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    recorded_at = models.DateTimeField(default=timezone.now)
    sent_to = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+",
                                help_text="Who was asked to authorise it (above the recorder's limit)")
    sent_to_role = models.CharField(max_length=20, choices=Authoriser.choices, blank=True)
    answered_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    answered_at = models.DateTimeField(null=True, blank=True)
    answer_note = models.TextField(blank=True)
    entry = models.ForeignKey("cases.ChronologyEntry", null=True, blank=True, on_delete=models.PROTECT, related_name="+",
                              help_text="The chronology entry that recorded the spend or the request")

    objects = SpendQuerySet.as_manager()

    class Meta:
        ordering = ["-spent_on", "-recorded_at"]
        indexes = [
            models.Index(fields=["child", "spent_on"]),
            models.Index(fields=["unit", "spent_on"]),
            models.Index(fields=["sent_to", "status"]),
        ]

    def __str__(self) -> str:
        return f"{pounds(self.amount_pence)} {self.category} for {self.child} ({self.get_status_display()})"

    @property
    def amount(self) -> str:
        return pounds(self.amount_pence)
