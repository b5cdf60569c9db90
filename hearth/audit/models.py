from django.conf import settings
from django.db import models


class AuditEvent(models.Model):
    """One read or change of case data: who, what, when and why.

    Append-only (database triggers refuse UPDATE and DELETE) and hash-chained: each entry's
    hash covers its own content and the previous entry's hash, so `manage.py verify_audit`
    finds any entry that was altered, removed or reordered.
    """

    seq = models.BigIntegerField(unique=True)
    at = models.DateTimeField()
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.DO_NOTHING,
                              db_constraint=False, related_name="+")
    action = models.CharField(max_length=40)
    object_type = models.CharField(max_length=60, blank=True)
    object_id = models.CharField(max_length=60, blank=True)
    person_id = models.BigIntegerField(null=True, blank=True, help_text="The child or adult whose record this is")
    reason = models.TextField(blank=True)
    detail = models.JSONField(default=dict, blank=True)
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64)

    class Meta:
        ordering = ["seq"]
        indexes = [models.Index(fields=["person_id", "-seq"])]


class AuditHead(models.Model):
    """The end of the chain: the last sequence number and hash. Locked to append."""

    id = models.PositiveSmallIntegerField(primary_key=True, default=1)
    seq = models.BigIntegerField(default=0)
    hash = models.CharField(max_length=64, default="0" * 64)
