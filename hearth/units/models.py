from django.conf import settings
from django.db import models
from django.db.models import Q


class Authority(models.Model):
    """The local authority this Hearth serves (one row)."""

    name = models.CharField(max_length=200)
    la_code = models.CharField("DfE LA code", max_length=3, help_text="Three-digit DfE local authority code")

    class Meta:
        verbose_name_plural = "authority"

    def __str__(self) -> str:
        return self.name


class ServiceArea(models.TextChoices):
    FRONT_DOOR = "front_door", "Front door (MASH)"
    ASSESSMENT = "assessment", "Assessment"
    CHILD_IN_NEED = "cin", "Children in need and child protection"
    LOOKED_AFTER = "lac", "Children looked after"
    LEAVING_CARE = "leaving_care", "Leaving care"
    DISABLED_CHILDREN = "disabled", "Disabled children"
    FAMILY_SUPPORT = "family_support", "Family support"


class Unit(models.Model):
    """A social work unit (Reclaiming Social Work): the unit, not one worker, holds cases."""

    name = models.CharField(max_length=120, unique=True)
    service_area = models.CharField(max_length=20, choices=ServiceArea.choices)
    head_of_service = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="overseen_units", help_text="The head of service who oversees this unit",
    )
    meeting_day = models.CharField(max_length=10, blank=True, help_text="Day of the weekly unit meeting")
    phone = models.CharField(max_length=30, blank=True, help_text="The unit's duty telephone number")
    email = models.EmailField(blank=True, help_text="The unit's shared mailbox")
    localities = models.CharField(
        max_length=300, blank=True,
        help_text="Postcode districts the unit covers, separated by commas (for example E8, E9): used to allocate referrals",
    )
    active = models.BooleanField(default=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Role(models.TextChoices):
    CONSULTANT_SOCIAL_WORKER = "csw", "Consultant social worker"
    SOCIAL_WORKER = "sw", "Social worker"
    CHILDRENS_PRACTITIONER = "cp", "Children's practitioner"
    CLINICIAN = "clinician", "Clinician"
    UNIT_COORDINATOR = "coordinator", "Unit coordinator"


class Membership(models.Model):
    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=20, choices=Role.choices)
    started_on = models.DateField()
    ended_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["unit", "role"]
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "user"], condition=Q(ended_on__isnull=True), name="one_current_membership_per_unit"
            ),
            models.UniqueConstraint(
                fields=["unit"], condition=Q(ended_on__isnull=True, role="csw"), name="one_current_csw_per_unit"
            ),
        ]
        indexes = [models.Index(fields=["user", "ended_on"])]

    def __str__(self) -> str:
        return f"{self.user} — {self.get_role_display()}, {self.unit}"
