"""Partner agencies: organisations, their staff accounts and API keys, the team around the child,
and information shared with or asked of partners."""

from django.conf import settings
from django.db import models
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


class PartnerApiKey(models.Model):
    """An API key held by a partner organisation's system (for example a police force's or a hospital's).

    The full key is `hpk_<prefix>_<secret>` and is shown once, when it is made. We keep the prefix (to
    find the row and to show in admin) and a SHA-256 hash of the whole key. SHA-256 rather than
    Django's slow password hasher (argon2 here) because the key is 256 random bits from `secrets`:
    nobody can guess it, so slowing guesses down buys nothing, while a slow hash on every API call
    would cost tens of milliseconds of CPU each time. Passwords are short and human-chosen; keys are not.
    """

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="api_keys")
    label = models.CharField(max_length=100, help_text="What the key is for, for example 'MASH police system'")
    prefix = models.CharField(max_length=16, unique=True, help_text="The public start of the key, to recognise it")
    secret_hash = models.CharField(max_length=64, help_text="SHA-256 of the full key (hex)")
    created_at = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    revoked_at = models.DateTimeField(null=True, blank=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    replaced_by = models.OneToOneField("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="replaces")

    class Meta:
        verbose_name = "partner API key"
        ordering = ["organisation", "-created_at"]

    def __str__(self) -> str:
        return f"{self.organisation}: {self.label} ({self.prefix}…)"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None


class InvolvementRole(models.TextChoices):
    GP = "gp", "GP"
    SCHOOL = "school", "School"
    DSL = "dsl", "Designated safeguarding lead"
    HEALTH_VISITOR = "health_visitor", "Health visitor"
    SCHOOL_NURSE = "school_nurse", "School nurse"
    MIDWIFE = "midwife", "Midwife"
    POLICE = "police", "Police contact"
    YOUTH_WORKER = "youth_worker", "Youth worker"
    PROBATION = "probation", "Probation officer"
    HOUSING = "housing", "Housing officer"
    CAMHS = "camhs", "CAMHS"
    EARLY_HELP = "early_help", "Early help worker"
    OTHER = "other", "Other"


class InvolvementSource(models.TextChoices):
    UNIT = "unit", "Recorded by the unit"
    REFERRAL = "referral", "From a referral"
    PARTNER = "partner", "From the partner agency"


class Involvement(models.Model):
    """One professional in the team around the child: who they are, how to reach them, since when."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="involvements")
    role = models.CharField(max_length=20, choices=InvolvementRole.choices)
    professional_name = models.CharField(max_length=150, blank=True)
    organisation = models.ForeignKey(Organisation, null=True, blank=True, on_delete=models.PROTECT, related_name="involvements")
    organisation_name = models.CharField(max_length=200, blank=True, help_text="Used when the organisation is not on our list")
    phone = models.CharField(max_length=30, blank=True)
    email = models.EmailField(blank=True)
    started_on = models.DateField(null=True, blank=True)
    ended_on = models.DateField(null=True, blank=True)
    source = models.CharField(max_length=10, choices=InvolvementSource.choices, default=InvolvementSource.UNIT)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["role", "professional_name"]
        indexes = [models.Index(fields=["person", "ended_on"])]

    def __str__(self) -> str:
        return f"{self.get_role_display()}: {self.professional_name or self.organisation_display}"

    @property
    def organisation_display(self) -> str:
        return self.organisation.name if self.organisation_id else self.organisation_name

    @property
    def is_current(self) -> bool:
        return self.ended_on is None or self.ended_on > timezone.localdate()


class ShareDirection(models.TextChoices):
    REQUESTED = "requested_from_partner", "Requested from a partner"
    SHARED = "shared_with_partner", "Shared with a partner"
    RECEIVED = "received_from_partner", "Received from a partner"


class LawfulBasis(models.TextChoices):
    CA1989_S47 = "ca1989_s47", "Children Act 1989 section 47 (child protection enquiries)"
    CA1989_S17 = "ca1989_s17", "Children Act 1989 section 17 (child in need)"
    PUBLIC_TASK = "public_task", "UK GDPR article 6(1)(e) with 9(2)(g): public task, substantial public interest"
    CONSENT = "consent", "Consent"
    LEGAL_OBLIGATION = "legal_obligation", "UK GDPR article 6(1)(c): legal obligation"
    OTHER = "other", "Other"


class ShareStatus(models.TextChoices):
    AWAITING = "awaiting", "Awaiting reply"
    ANSWERED = "answered", "Answered"
    DECLINED = "declined", "Declined"
    SHARED = "shared", "Shared"
    RECEIVED = "received", "Received"


class InformationShare(models.Model):
    """Information asked of, received from or given to a partner agency, with its lawful basis.

    The seventh golden rule of information sharing: record what was shared, with whom and why.
    Each share also writes a chronology entry, so it sits on the child's record in date order.
    """

    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="information_shares")
    direction = models.CharField(max_length=30, choices=ShareDirection.choices)
    organisation = models.ForeignKey(Organisation, null=True, blank=True, on_delete=models.PROTECT, related_name="information_shares")
    organisation_name = models.CharField(max_length=200, blank=True)
    lawful_basis = models.CharField(max_length=20, choices=LawfulBasis.choices)
    lawful_basis_other = models.CharField(max_length=300, blank=True)
    details = models.TextField(help_text="What was asked for, or what was shared")
    requested_at = models.DateTimeField(default=timezone.now)
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")
    response = models.TextField(blank=True)
    responded_at = models.DateTimeField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=ShareStatus.choices)
    chronology_entry = models.ForeignKey("cases.ChronologyEntry", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["-requested_at"]
        indexes = [models.Index(fields=["person", "-requested_at"])]

    def __str__(self) -> str:
        return f"{self.get_direction_display()}: {self.organisation_display}"

    @property
    def organisation_display(self) -> str:
        return self.organisation.name if self.organisation_id else self.organisation_name

    @property
    def lawful_basis_display(self) -> str:
        if self.lawful_basis == LawfulBasis.OTHER:
            return f"Other: {self.lawful_basis_other}"
        return self.get_lawful_basis_display()
