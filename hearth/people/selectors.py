"""Read queries about people: the people around a child and what to show at the top of their pages."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import connection

from hearth.core.sql import columns_of, from_row
from hearth.people.models import INVERSE, Person, PersonWarning, Relationship, RelationshipKind


@dataclass
class Connection:
    person: Person
    label: str
    parental_responsibility: bool
    lives_with: bool


def people_around(person: Person) -> list[Connection]:
    """Everyone related to the person, each labelled from this person's side ("Mother", "Child")."""
    # One plain statement of two index scans (the relationships to the person, then from them), not one OR across both
    # columns, which PostgreSQL may plan as a join scan; every person page shows these, so no ORM to build.
    columns = columns_of(Person, "p")
    rel, people = Relationship._meta.db_table, Person._meta.db_table
    sql = (f"SELECT TRUE, r.kind, r.parental_responsibility, r.lives_with, {columns} FROM {rel} r "
           f"JOIN {people} p ON p.id = r.from_person_id WHERE r.to_person_id = %s UNION ALL "
           f"SELECT FALSE, r.kind, r.parental_responsibility, r.lives_with, {columns} FROM {rel} r "
           f"JOIN {people} p ON p.id = r.to_person_id WHERE r.from_person_id = %s")
    with connection.cursor() as cursor:
        cursor.execute(sql, [person.pk, person.pk])
        rows = cursor.fetchall()
    labels = dict(RelationshipKind.choices)
    out = []
    for row in rows:
        towards, kind, responsibility, lives_with = row[:4]
        out.append(Connection(from_row(Person, row[4:]), labels[kind] if towards else INVERSE[kind],
                              bool(responsibility) if towards else False, bool(lives_with)))
    order = {"Mother": 0, "Father": 1, "Parent": 2, "Step-parent": 3, "Carer": 4}
    return sorted(out, key=lambda c: (order.get(c.label, 9), c.person.date_of_birth or c.person.expected_date_of_birth or 0))


def active_warnings(person: Person):
    return PersonWarning.objects.filter(person=person, active=True)


def current_address(person: Person):
    return person.addresses.filter(ended_on__isnull=True).first()
