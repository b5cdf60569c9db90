"""A merge of two records found to be the same person, with exactly what moved, so it can be undone."""

from django.conf import settings
from django.db import models
from django.utils import timezone

from hearth.people.models import Person


class PersonMerge(models.Model):
    """`duplicate` was merged into `keep`: every row that pointed at the duplicate now points at `keep`.

    `moved` lists each moved row as {"model": "app.model", "field": "person", "pk": 12}; `changed` holds the
    values changed on the way (a legal name that became an alias, details copied onto `keep`) as
    {"model", "pk", "field", "old", "new"}; `left` lists rows that stayed on the duplicate and why (the same
    disability already on `keep`, a relationship between the two records). Undoing puts every moved row back and
    every changed value back as it was, and marks the merge undone (the row stays, for the record).
    """

    keep = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="merges_kept")
    duplicate = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="merges_as_duplicate")
    reason = models.TextField()
    merged_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")
    merged_at = models.DateTimeField(default=timezone.now)
    moved = models.JSONField(default=list, blank=True)
    changed = models.JSONField(default=list, blank=True)
    left = models.JSONField(default=list, blank=True)
    undone_at = models.DateTimeField(null=True, blank=True)
    undone_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                                  related_name="+")
    undo_reason = models.TextField(blank=True)

    class Meta:
        ordering = ["-merged_at"]
        constraints = [
            # A record can be merged away once at a time (undoing the merge frees it).
            models.UniqueConstraint(fields=["duplicate"], condition=models.Q(undone_at__isnull=True),
                                    name="one_live_merge_per_duplicate"),
            models.CheckConstraint(condition=~models.Q(keep=models.F("duplicate")), name="merge_not_self"),
        ]

    def __str__(self) -> str:
        return f"Record {self.duplicate_id} merged into {self.keep_id}"

    @property
    def is_undone(self) -> bool:
        return self.undone_at is not None

    def moved_count(self) -> int:
        return len(self.moved)
