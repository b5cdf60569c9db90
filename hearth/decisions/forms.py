from django import forms

from hearth.cases.sign_off import YesNoForm
from hearth.core.forms import DateField
from hearth.decisions.models import DecisionKind, DecisionRule


class DecisionForm(forms.Form):
    kind = forms.ChoiceField(label="Decision", widget=forms.RadioSelect, choices=DecisionKind.choices,
                             error_messages={"required": "Select the kind of decision"})
    summary = forms.CharField(label="What was decided", max_length=300, error_messages={"required": "Enter what was decided"})
    options = forms.CharField(label="Options considered", widget=forms.Textarea(attrs={"rows": 3}),
                              error_messages={"required": "Enter the options the unit considered"})
    reason = forms.CharField(label="Reason for the decision", widget=forms.Textarea(attrs={"rows": 3}),
                             error_messages={"required": "Enter the reason for the decision"})
    decided_on = DateField(label="Date of the decision", noun="The date of the decision", help_text="For example, 27 3 2026")
    second_person = forms.ChoiceField(label="Second person or panel chair", required=False)

    def __init__(self, *args, people=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.rules = list(DecisionRule.objects.filter(active=True))  # the page lists them too: read once
        rules = {r.kind: r for r in self.rules}
        self.fields["kind"].item_hints = {k: f"Needs {r.get_needs_display().lower()}" for k, r in rules.items()}
        self.people = {str(u.pk): u for u in people}
        self.fields["second_person"].choices = [("", "Not needed")] + [(str(u.pk), str(u)) for u in people]
        needing = ", ".join(DecisionKind(k).label.lower() for k in rules)
        self.fields["second_person"].help_text = f"Only for decisions that need one: {needing}" if needing else "Not needed"

    def service_kwargs(self) -> dict:
        d = self.cleaned_data
        return {"kind": d["kind"], "summary": d["summary"], "options": d["options"], "reason": d["reason"],
                "decided_on": d["decided_on"], "second_person": self.people.get(d.get("second_person") or "")}


class ConfirmForm(YesNoForm):
    """The second person's answer to a decision: `form.yes` is confirm."""

    answer_field, question, required_message = "agree", "Do you confirm this decision?", "Select whether you confirm the decision"
    choices = (("yes", "Yes, I confirm it"), ("no", "No, I do not confirm it"))
    note_label, note_help, note_rows = "Note", "Needed if you do not confirm it", 3
