"""Partner agencies: organisations, their staff accounts and API keys, the team around the child,
and information shared with or asked of partners."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from hearth.people.models import Person


class OrganisationKind(models.TextChoices):
    SCHOOL = "school", "School or college"
    POLICE = "police", "Police"
    HEALTH = "health", "Health"
    HOUSING = "housing", "Housing"
    PROBATION = "probation", "Probation"
    EARLY_YEARS = "early_years", "Early years"
    OTHER = "other", "Other"


class Organisation(models.Model):
    """A partner agency: a school, a police force, a GP practice or trust, a housing provider..."""

    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=20, choices=OrganisationKind.choices)
    code = models.CharField(
        max_length=30, blank=True,
        help_text="The agency's own reference, if any: school URN, NHS ODS code or police force code",
    )
    email = models.EmailField(blank=True, help_text="The agency's safeguarding mailbox")
    phone = models.CharField(max_length=30, blank=True)
    active = models.BooleanField(default=True, help_text="Inactive organisations cannot use the API or the partner form")

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["kind", "name"])]

    def __str__(self) -> str:
        return self.name


class OrganisationMember(models.Model):
    """A partner's staff account (for example a school's designated safeguarding lead).

    A user with a membership is a partner user: they may send referrals through the partner form but
    never see case records (hearth.access.services.decide refuses them).
    """

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="partner_membership")
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="members")
    job_title = models.CharField(max_length=120, blank=True)

    class Meta:
        ordering = ["organisation", "user"]

    def __str__(self) -> str:
        return f"{self.user} ({self.organisation})"
