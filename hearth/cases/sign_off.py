"""What spending and decisions share: records a unit makes that a second person may have to answer.

A spend above the recorder's limit goes to someone in the unit who can authorise it; a decision of a kind the
authority names goes to a second person or panel chair. Both ask the same people (the unit's current members and
its head of service), take a yes-or-no answer with a note, and put each step on the child's chronology.
"""

from __future__ import annotations

from django import forms
from django.utils import timezone

from hearth.cases.models import ChronologyEntry
from hearth.units.models import Membership

HEAD_OF_SERVICE = "hos"  # the role a unit's head of service has in unit_people (spending.models.Authoriser uses it)


def unit_people(unit) -> list[tuple[str, object]]:
    """(role, user) for the unit's current members and its head of service (a member who is also head of service
    is there twice, once per role). Inactive users are included: callers that ask someone leave them out."""
    rows = [(m.role, m.user) for m in Membership.objects.filter(unit=unit, ended_on__isnull=True).select_related("user")]
    if unit.head_of_service_id:
        rows.append((HEAD_OF_SERVICE, unit.head_of_service))
    return rows


def chronology_entry(*, actor, record, case, kind: str, title: str, narrative: str) -> ChronologyEntry:
    """Put a step of `record` (anything with child_id and unit_id) on the child's chronology, dated today."""
    return ChronologyEntry.objects.create(
        child_id=record.child_id, case=case, unit_id=record.unit_id, kind=kind, occurred_on=timezone.localdate(),
        title=title[:200], narrative=narrative, author=actor,
    )


class YesNoForm(forms.Form):
    """A yes-or-no answer with a note; the service says when a "no" needs the note.

    A subclass gives the answer field's name and its words: `answer_field`, `question`, `choices` (the yes choice
    first, then the no), `required_message`, and the note's `note_label`, `note_help` and `note_rows`."""

    answer_field = "answer"
    question = "Your answer"
    choices = (("yes", "Yes"), ("no", "No"))
    required_message = "Select an answer"
    note_label = "Note"
    note_help = ""
    note_rows = 3

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[self.answer_field] = forms.ChoiceField(
            label=self.question, widget=forms.RadioSelect, choices=list(self.choices),
            error_messages={"required": self.required_message})
        self.fields["note"] = forms.CharField(label=self.note_label, required=False, help_text=self.note_help,
                                              widget=forms.Textarea(attrs={"rows": self.note_rows}))

    @property
    def yes(self) -> bool:
        """Whether the (valid) answer is the yes choice."""
        return self.cleaned_data[self.answer_field] == self.choices[0][0]
