from django import forms


class MergeForm(forms.Form):
    duplicate = forms.IntegerField(
        label="Record number of the duplicate", min_value=1,
        help_text="The number at the end of the duplicate record's web address, for example 1234 in /people/1234/",
        error_messages={"required": "Enter the record number of the duplicate",
                        "invalid": "Record number must be a number, like 1234",
                        "min_value": "Record number must be a number, like 1234"},
    )
    reason = forms.CharField(
        label="Why are these records the same person?", max_length=1000, widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": "Enter why these two records are the same person",
                        "max_length": "Reason must be 1000 characters or fewer"},
    )


class UndoForm(forms.Form):
    reason = forms.CharField(
        label="Why is the merge being undone?", max_length=1000, widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": "Enter why the merge is being undone",
                        "max_length": "Reason must be 1000 characters or fewer"},
    )
