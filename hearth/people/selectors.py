"""Read queries about people: the people around a child and what to show at the top of their pages."""

from __future__ import annotations

from dataclasses import dataclass

from hearth.people.models import INVERSE, Person, PersonWarning, Relationship


@dataclass
class Connection:
    person: Person
    label: str
    parental_responsibility: bool
    lives_with: bool


def people_around(person: Person) -> list[Connection]:
    """Everyone related to the person, each labelled from this person's side ("Mother", "Child")."""
    # Two index scans rather than one OR across both columns, which PostgreSQL may plan as a join scan.
    out = [
        Connection(rel.from_person, rel.get_kind_display(), rel.parental_responsibility, rel.lives_with)
        for rel in Relationship.objects.filter(to_person=person).select_related("from_person")
    ]
    out += [
        Connection(rel.to_person, INVERSE[rel.kind], False, rel.lives_with)
        for rel in Relationship.objects.filter(from_person=person).select_related("to_person")
    ]
    order = {"Mother": 0, "Father": 1, "Parent": 2, "Step-parent": 3, "Carer": 4}
    return sorted(out, key=lambda c: (order.get(c.label, 9), c.person.date_of_birth or c.person.expected_date_of_birth or 0))


def active_warnings(person: Person):
    return PersonWarning.objects.filter(person=person, active=True)


def current_address(person: Person):
    return person.addresses.filter(ended_on__isnull=True).first()
