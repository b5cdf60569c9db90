from django.conf import settings
from django.db import models
from django.utils import timezone

from hearth.people.models import Person


class ReasonedAccess(models.Model):
    """Access to a record from outside the unit, opened with a reason that the unit can see."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="reasoned_access")
    reason = models.TextField()
    opened_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()

    class Meta:
        ordering = ["-opened_at"]
        indexes = [models.Index(fields=["user", "person", "expires_at"])]


class Restriction(models.Model):
    """A restricted record (for example a staff member's relative): only the named staff may open it."""

    person = models.OneToOneField(Person, on_delete=models.CASCADE, related_name="restriction")
    reason = models.CharField(max_length=300)
    named_staff = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name="restricted_records_named_on")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"Restricted record {self.person_id}"
