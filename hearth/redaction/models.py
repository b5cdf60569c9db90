"""Redaction jobs: a document, the redactions proposed for it, the reviewer's decisions, and (for a published
review) the pseudonym key, held in its own table so it can be access-controlled on its own."""

from django.conf import settings
from django.db import models
from django.utils import timezone

from hearth.people.models import Person


class Purpose(models.TextChoices):
    REVIEW = "review", "Publishing a safeguarding review (pseudonyms)"
    SAR = "sar", "Subject access request (third parties removed)"


class Source(models.TextChoices):
    CHRONOLOGY = "chronology", "The child's chronology in Hearth"
    UPLOAD = "upload", "An uploaded file"


class RedactionJob(models.Model):
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="redaction_jobs",
                               help_text="The child the review is about, or the person who asked for their records")
    purpose = models.CharField(max_length=10, choices=Purpose.choices)
    title = models.CharField(max_length=200)
    source = models.CharField(max_length=12, choices=Source.choices)
    filename = models.CharField(max_length=255, blank=True)
    text = models.TextField(help_text="The document as read, before redaction")
    keep_professionals = models.BooleanField(default=True, help_text="Subject access: keep professionals acting in role")
    to_check = models.JSONField(default=list, blank=True,
                                help_text="Words no proposal covered that may name a person or place, for the reviewer to "
                                          "redact or keep: [word, times] in the order they first appear")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.title


class Decision(models.TextChoices):
    PROPOSED = "proposed", "Proposed"
    ACCEPTED = "accepted", "Accepted"
    REJECTED = "rejected", "Rejected"


FOUND_HOW = {
    "record": "Found from the case record.",
    "pattern": "Found by its pattern (checked where a check exists).",
    "shape": "Found by its shape (an address or a school).",
    "fuzzy": "Found as a misspelling of a name in the case record.",
    "honorific": "Found by the title before it (Mr, Mrs, Ms, Dr).",
    "cue": "Found by the words before it (neighbour, friend, moved to).",
    "gazetteer": "Found in the list of given and family names.",
    "rare": "Found as a capitalised word that is rare in English.",
    "reviewer": "Added by the reviewer.",
}


class Redaction(models.Model):
    job = models.ForeignKey(RedactionJob, on_delete=models.CASCADE, related_name="redactions")
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    text = models.CharField(max_length=500)
    kind = models.CharField(max_length=20)
    source = models.CharField(max_length=12, help_text="How it was found: record, pattern, fuzzy, honorific, cue, rare, reviewer")
    replacement = models.CharField(max_length=200)
    reason = models.CharField(max_length=500)
    decision = models.CharField(max_length=10, choices=Decision.choices, default=Decision.PROPOSED)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["start"]

    @property
    def found_how(self) -> str:
        return FOUND_HOW.get(self.source, self.source)

    @property
    def applies(self) -> bool:
        """Proposed and accepted redactions are applied: only a reviewer's rejection keeps the text."""
        return self.decision != Decision.REJECTED


class PseudonymKey(models.Model):
    """Which real person, place or thing each pseudonym in a published review stands for. Only information
    governance staff may read it (selectors.can_read_key), and every read is audited."""

    job = models.OneToOneField(RedactionJob, on_delete=models.CASCADE, related_name="key")
    entries = models.JSONField(default=dict)
    created_at = models.DateTimeField(default=timezone.now)
