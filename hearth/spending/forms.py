from django import forms

from hearth.cases.sign_off import YesNoForm
from hearth.spending.models import SpendCategory


class SpendForm(forms.Form):
    """One form, one save: made for a phone. Within your limit it is authorised as you save."""

    category = forms.ChoiceField(label="What is the money for?", widget=forms.RadioSelect,
                                 error_messages={"required": "Select what the money is for"})
    amount = forms.CharField(label="Amount", max_length=20, help_text="In pounds, for example 30 or 12.50",
                             widget=forms.TextInput(attrs={"inputmode": "decimal", "spellcheck": "false"}),
                             error_messages={"required": "Enter the amount"})
    description = forms.CharField(label="What it buys", max_length=200, help_text="For example, a family railcard",
                                  error_messages={"required": "Enter what the money is for"})
    reason = forms.CharField(label="Why the child needs it", widget=forms.Textarea(attrs={"rows": 3}),
                             error_messages={"required": "Enter why the child needs it"})

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].choices = [(c.code, c.name) for c in SpendCategory.objects.filter(active=True)]

    def service_kwargs(self) -> dict:
        d = self.cleaned_data
        return {"category": d["category"], "amount": d["amount"], "description": d["description"], "reason": d["reason"]}


class AnswerForm(YesNoForm):
    """The answer to a spend request: `form.yes` is approve."""

    answer_field, question, required_message = "answer", "Your answer", "Select whether you approve the spend"
    choices = (("approve", "Approve"), ("decline", "Decline"))
    note_label, note_help, note_rows = "Note to the requester", "Needed if you decline", 2
