from django import forms

from hearth.cases.models import RECORDING_KINDS
from hearth.cases.services import action_errors, visit_answer_errors
from hearth.core.forms import YES_NO, DateField

_YES_NO = {"yes": True, "no": False}


def _add_errors(form: forms.Form, errors: dict[str, str]) -> None:
    """The service's own rules, shown with the form's so that every problem appears on the first submit."""
    for name, message in errors.items():
        if name not in form.errors:
            form.add_error(name, message)


class RecordingForm(forms.Form):
    """Quick recording: made for a phone between visits. One form, one save."""

    kind = forms.ChoiceField(
        label="What did you do?", widget=forms.RadioSelect,
        choices=[(k.value, k.label) for k in RECORDING_KINDS],
        error_messages={"required": "Select what kind of work this was"},
    )
    occurred_on = DateField(label="Date", noun="The date", help_text="For example, 27 3 2026")
    minutes = forms.IntegerField(
        label="Minutes spent", min_value=1, max_value=24 * 60,
        widget=forms.TextInput(attrs={"inputmode": "numeric"}),
        error_messages={"required": "Enter how many minutes it took", "invalid": "Minutes must be a number, like 45",
                        "min_value": "Minutes must be at least 1", "max_value": "Minutes must be 1440 or fewer"},
    )
    child_seen = forms.ChoiceField(label="Was the child seen?", widget=forms.RadioSelect, choices=YES_NO, required=False,
                                   help_text="Answer for home visits and direct work")
    seen_alone = forms.ChoiceField(label="Was the child seen alone?", widget=forms.RadioSelect, choices=YES_NO, required=False)
    narrative = forms.CharField(
        label="What happened", widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={"required": "Enter what happened"},
    )

    def clean(self):
        data = super().clean()
        _add_errors(self, visit_answer_errors(kind=data.get("kind"), child_seen=_YES_NO.get(data.get("child_seen")),
                                              seen_alone=_YES_NO.get(data.get("seen_alone"))))
        return data

    def service_kwargs(self) -> dict:
        d = self.cleaned_data
        return {
            "kind": d["kind"], "occurred_on": d["occurred_on"], "minutes": d["minutes"],
            "child_seen": _YES_NO.get(d.get("child_seen")), "seen_alone": _YES_NO.get(d.get("seen_alone")),
            "narrative": d["narrative"],
        }


class DiscussionForm(forms.Form):
    """The unit meeting's decision for one child, with up to three actions."""

    discussion = forms.CharField(label="Discussion and hypotheses", required=False, widget=forms.Textarea(attrs={"rows": 4}))
    decision = forms.CharField(label="Decision", widget=forms.Textarea(attrs={"rows": 3}),
                               error_messages={"required": "Enter what the unit decided"})

    ACTIONS = 3

    def __init__(self, *args, members=(), **kwargs):
        super().__init__(*args, **kwargs)
        choices = [("", "Anyone in the unit")] + [(str(m.user_id), f"{m.user} ({m.get_role_display()})") for m in members]
        self.members = {str(m.user_id): m.user for m in members}
        for i in range(1, self.ACTIONS + 1):
            self.fields[f"action_{i}_description"] = forms.CharField(label=f"Action {i}", required=False)
            self.fields[f"action_{i}_assigned_to"] = forms.ChoiceField(label=f"Who will do action {i}", required=False, choices=choices)
            self.fields[f"action_{i}_due_on"] = DateField(label=f"Action {i} due", noun=f"Action {i} due date", required=False)

    def clean(self):
        data = super().clean()
        _add_errors(self, action_errors([
            {"description": data.get(f"action_{i}_description"),
             # A due date that did not parse has its own error already: count it as given.
             "due_on": data.get(f"action_{i}_due_on") or (f"action_{i}_due_on" in self.errors)}
            for i in range(1, self.ACTIONS + 1)
        ]))
        return data

    def actions(self) -> list[dict]:
        """Every action row in order, blank ones too, so that the service numbers its messages as the form does."""
        return [
            {"description": self.cleaned_data.get(f"action_{i}_description", ""),
             "due_on": self.cleaned_data.get(f"action_{i}_due_on"),
             "assigned_to": self.members.get(self.cleaned_data.get(f"action_{i}_assigned_to") or "")}
            for i in range(1, self.ACTIONS + 1)
        ]

    def action_rows(self):
        return [(self[f"action_{i}_description"], self[f"action_{i}_assigned_to"], self[f"action_{i}_due_on"])
                for i in range(1, self.ACTIONS + 1)]
