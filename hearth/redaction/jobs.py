"""The two jobs, as plain functions over the detector's findings (no Django).

Publishing a review: every person, place and identifier becomes a pseudonym that stays the same
across the whole document, chosen from the relationship the record holds ("Child A", "Mother",
"Sibling 1", "Professional 3", "School 1", "Town 1"), so the family's relationships stay readable.
Dates become month and year (a date of birth becomes the year only).

A subject access request: the requester's own data stays; everyone else's personal data is
redacted with its reason; professionals acting in their role stay if the authority chooses.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from hearth.redaction import detect as d

REVIEW, SAR = "review", "sar"

ROLE_LABEL = {
    "mother": "Mother", "father": "Father", "parent": "Parent", "step_parent": "Step-parent", "carer": "Carer",
}
NUMBERED_ROLE = {
    "sibling": "Sibling", "half_sibling": "Sibling", "step_sibling": "Sibling", "grandparent": "Grandparent",
    "aunt_uncle": "Relative", "other": "Relative", "friend": "Family friend", "professional": "Professional",
}
PLACE_LABEL = {d.SCHOOL: "School", d.PLACE: "Town", d.ADDRESS: "Address", d.ORG: "Organisation"}
TAG = {
    d.POSTCODE: "[postcode]", d.PHONE: "[phone number]", d.EMAIL: "[email address]", d.NHS: "[NHS number]",
    d.UPN: "[pupil number]", d.NI: "[NI number]", d.VEHICLE: "[vehicle registration]",
}

_HONORIFIC = re.compile(rf"(?:{'|'.join(d.HONORIFICS)})\b")
SAR_THIRD_PARTY = ("Third-party personal data: {who}. Withheld under the Data Protection Act 2018, Schedule 2, "
                   "Part 3, paragraph 16 (information identifying another person).")


@dataclass
class Planned:
    start: int
    end: int
    text: str
    kind: str
    source: str
    party: str | None
    replacement: str
    reason: str


class Pseudonyms:
    """Hands out consistent pseudonyms: the same person, place or thing always gets the same label."""

    def __init__(self, record: d.CaseRecord):
        self.record = record
        self.labels: dict[str, str] = {}  # key -> label
        self.real: dict[str, str] = {}  # label -> what it stands for (the key, kept separately)
        self.counters: dict[str, int] = {}
        subject = record.party(record.subject_key)
        if subject:
            self._set(f"party:{subject.key}", "Child A", subject.display)
        # Label the record's people in a stable order (the order the record lists them).
        for p in record.parties:
            self.for_party(p.key)

    def _set(self, key: str, label: str, real: str) -> str:
        self.labels[key] = label
        self.real.setdefault(label, real)
        return label

    def _next(self, stem: str) -> int:
        self.counters[stem] = self.counters.get(stem, 0) + 1
        return self.counters[stem]

    def for_party(self, key: str) -> str:
        k = f"party:{key}"
        if k in self.labels:
            return self.labels[k]
        p = self.record.party(key)
        role = p.role if p else "other"
        if role in ROLE_LABEL and ROLE_LABEL[role] not in self.real:
            return self._set(k, ROLE_LABEL[role], p.display if p else key)
        stem = NUMBERED_ROLE.get(role, ROLE_LABEL.get(role, "Person"))
        return self._set(k, f"{stem} {self._next(stem)}", p.display if p else key)

    def for_thing(self, stem: str, value: str, real: str) -> str:
        k = f"{stem}:{value}"
        if k in self.labels:
            return self.labels[k]
        return self._set(k, f"{stem} {self._next(stem)}", real)


def generalise_date(value: str) -> str:
    """'2024-03-12' -> 'March 2024'; '--11-04' (no year) -> 'November'."""
    if value.startswith("--") and value[2:4].isdigit():
        return dt.date(2000, int(value[2:4]), 1).strftime("%B")
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return "[date]"
    return day.strftime("%B %Y")


def _unknown_name_key(f: d.Finding) -> str:
    # "Mrs Patel" and "Patel" are the same outsider: key on the last word of the name.
    words = [w for w in f.value.split() if w.rstrip(".") not in d._HONORIFIC_WORDS]
    return (words[-1] if words else f.value).rstrip("'’s")


def plan_review(record: d.CaseRecord, findings: list[d.Finding]) -> tuple[list[Planned], dict[str, str]]:
    """Pseudonyms for a published review. Returns the planned replacements and the key (label -> real)."""
    names = Pseudonyms(record)
    subject = record.party(record.subject_key)
    out: list[Planned] = []
    for f in findings:
        if f.kind == d.NAME:
            if f.party == d.SHARED:
                label = "[family name]"
                reason = "A family name more than one person in the record shares: removed."
            elif f.party:
                label = names.for_party(f.party)
                reason = "Person in the case record: replaced by a consistent pseudonym."
            else:
                label = names.for_thing("Person", _unknown_name_key(f), f.text)
                reason = "Person named in the document but not in the record: replaced by a consistent pseudonym."
        elif f.kind in PLACE_LABEL:
            label = names.for_thing(PLACE_LABEL[f.kind], f.value, f.text)
            reason = f"{f.label} that could identify the family: replaced by a consistent pseudonym."
        elif f.kind == d.DOB:
            who = names.for_party(f.party) if f.party else "a person"
            year = f.value[:4] if f.value[:4].isdigit() else ""
            label = f"[{who}'s date of birth{', ' + year if year and f.party == record.subject_key else ''}]"
            reason = "Date of birth: removed (the year is kept for the child only)."
        elif f.kind == d.DATE:
            label = generalise_date(f.value)
            if subject and subject.dobs and label != "[date]" and not f.value.startswith("--"):
                age = _age(subject.dobs[0], dt.date.fromisoformat(f.value))
                if age is not None and age >= 0:
                    label = f"{label} (Child A aged {age})"
            reason = "Date: generalised to month and year."
        else:
            label = TAG.get(f.kind, "[redacted]")
            reason = f"{f.label}: an identifier, removed."
        out.append(Planned(f.start, f.end, f.text, f.kind, f.source, f.party, label, reason))
    return out, dict(names.real)


def _age(born: dt.date, on: dt.date) -> int | None:
    years = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    return years if years < 120 else None


def plan_sar(record: d.CaseRecord, findings: list[d.Finding], *, keep_professionals: bool) -> list[Planned]:
    """Redactions for a disclosure to the requester (record.subject_key): their own data stays."""
    out: list[Planned] = []
    requester = record.party(record.subject_key)
    own_family_names = {f.lower() for _g, f in (requester.names if requester else []) if f}
    for f in findings:
        if f.party == record.subject_key:
            continue  # the requester's own data
        if f.party == d.SHARED and f.text.split()[-1].lower() in own_family_names and not _HONORIFIC.match(f.text):
            continue  # the family name the requester shares, on its own, is theirs too ("Mrs Lovelace" is redacted)
        p = record.party(f.party) if f.party else None
        if p and p.role == "professional" and keep_professionals and f.kind in (d.NAME, d.EMAIL, d.PHONE):
            continue  # a professional acting in their role, kept by the authority's choice
        if f.kind in (d.DATE, d.SCHOOL, d.ORG, d.PLACE) and f.party is None:
            continue  # dates, towns, schools and organisations are not, on their own, someone else's personal data
        if f.kind == d.ADDRESS and f.party is None:
            who = "an address not linked to the requester"
        elif p is not None:
            who = f"{f.label.lower()} of {'a professional' if p.role == 'professional' else 'a family member or other person'}"
        else:
            who = f"{f.label.lower()} of a person not in the record"
        reason = SAR_THIRD_PARTY.format(who=who)
        out.append(Planned(f.start, f.end, f.text, f.kind, f.source, f.party, "[redacted]", reason))
    return out


def schedule_label(number: int, replacement: str) -> str:
    """A subject access redaction as the document and its schedule show it: "[3: redacted]"."""
    return f"[{number}: redacted]" if replacement == "[redacted]" else replacement


def apply(text: str, planned: list[Planned], *, numbered: bool = False) -> str:
    """The text with each planned span replaced. With `numbered`, each replacement carries its schedule number
    (counting only the spans applied, as the schedule does)."""
    parts: list[str] = []
    pos = 0
    i = 0
    for p in sorted(planned, key=lambda p: p.start):
        if p.start < pos:
            continue
        i += 1
        parts.append(text[pos:p.start])
        parts.append(schedule_label(i, p.replacement) if numbered else p.replacement)
        pos = p.end
    parts.append(text[pos:])
    return "".join(parts)
