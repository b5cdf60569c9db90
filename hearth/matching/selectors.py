"""Reads for merging: what each record holds, and the merges a record took part in."""

from __future__ import annotations

from hearth.matching.models import PersonMerge
from hearth.people.models import Person


def record_summary(person: Person) -> list[tuple[str, str]]:
    """What a worker compares before merging two records: identity, addresses and how much each record holds."""
    from hearth.cases.models import Case, ChronologyEntry

    current = person.addresses.filter(ended_on__isnull=True).first()
    names = [f"{n.given_name} {n.family_name} ({n.get_kind_display().lower()})" for n in person.names.all()]
    return [
        ("Record number", str(person.pk)),
        ("Name", person.full_name),
        ("Other names", ", ".join(n for n in names[1:]) or "None"),
        ("Date of birth", person.date_of_birth.strftime("%d/%m/%Y") if person.date_of_birth else "Not known"),
        ("NHS number", person.nhs_number_display or "Not known"),
        ("Sex", person.get_sex_display()),
        ("Current address", str(current) if current else "None"),
        ("Cases", str(Case.objects.filter(child=person).count())),
        ("Chronology entries", str(ChronologyEntry.objects.filter(child=person).count())),
    ]


def merges_of(person: Person):
    """Merges into this record, newest first."""
    return PersonMerge.objects.filter(keep=person).select_related("duplicate", "merged_by", "undone_by")
