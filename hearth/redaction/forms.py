from django import forms

from hearth.redaction.extract import ALLOWED, MAX_BYTES, UnreadableFile, read_text
from hearth.redaction.models import Purpose, Source


class StartForm(forms.Form):
    purpose = forms.ChoiceField(label="What is the redaction for?", widget=forms.RadioSelect, choices=Purpose.choices,
                                error_messages={"required": "Select what the redaction is for"})
    title = forms.CharField(label="Title of the document", max_length=200,
                            error_messages={"required": "Enter a title for the document",
                                            "max_length": "The title must be 200 characters or fewer"})
    source = forms.ChoiceField(label="Which document?", widget=forms.RadioSelect, choices=Source.choices,
                               error_messages={"required": "Select where the document comes from"})
    upload = forms.FileField(label="Upload a file", required=False,
                             error_messages={"empty": "The selected file is empty", "invalid": "The selected file could not be uploaded"},
                             help_text="A Word document (.docx), a text-based PDF (.pdf) or a text file (.txt), smaller than 10MB")
    keep_professionals = forms.BooleanField(label="Keep the names of professionals acting in their role (subject access only)",
                                            required=False, initial=True)

    def clean(self):
        data = super().clean()
        data["text"] = ""
        if data.get("source") == Source.UPLOAD:
            f = data.get("upload")
            if not f:
                self.add_error("upload", "Select a file to upload")
            elif f.size > MAX_BYTES:  # refuse before reading a large file into memory
                self.add_error("upload", "The selected file must be smaller than 10MB")
            else:
                try:
                    data["text"] = read_text(f.name, f.read())
                except UnreadableFile as exc:
                    self.add_error("upload", str(exc))
        return data

    def service_kwargs(self) -> dict:
        d = self.cleaned_data
        f = d.get("upload")
        return {"purpose": d["purpose"], "title": d["title"], "source": d["source"], "text": d["text"],
                "filename": f.name if f and d["source"] == Source.UPLOAD else "", "keep_professionals": d["keep_professionals"]}


class AddForm(forms.Form):
    phrase = forms.CharField(label="Words to redact", max_length=200,
                             error_messages={"required": "Enter the words to redact",
                                             "max_length": "The words to redact must be 200 characters or fewer"})
    reason = forms.CharField(label="Reason", max_length=300,
                             error_messages={"required": "Enter why these words are redacted",
                                             "max_length": "The reason must be 300 characters or fewer"})


ACCEPT_TYPES = ",".join(ALLOWED)
