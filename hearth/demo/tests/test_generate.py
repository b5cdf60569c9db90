"""The synthetic authority generator: valid identifiers, whole families, units that hold cases, determinism."""

import datetime as dt
import io

import pytest
from django.core.management import CommandError, call_command
from django.db import transaction
from django.db.models import Q
from stdnum.gb import nhs, upn

from hearth.access.models import Restriction
from hearth.accounts.models import User
from hearth.audit.models import AuditEvent
from hearth.cases.models import Case, ChronologyEntry, EntryKind, MeetingDiscussion
from hearth.demo.generate import DEMO_SPEC, FIXED_USERNAMES, generate, with_children
from hearth.people.models import NameToken, Person, PersonName, Relationship, RelationshipKind
from hearth.people.names import tokens
from hearth.units.models import Authority, Membership, Role, Unit

TODAY = dt.date(2025, 3, 12)
SMALL = with_children(DEMO_SPEC, 60)


def _children() -> list[Person]:
    return list(Person.objects.filter(cases__isnull=False).distinct())


def _fingerprint() -> list[tuple]:
    people = Person.objects.order_by("id").values_list(
        "given_name", "family_name", "date_of_birth", "expected_date_of_birth", "sex", "ethnicity", "nhs_number", "upn"
    )
    staff = User.objects.order_by("id").values_list("username", "first_name", "last_name")
    entries = ChronologyEntry.objects.order_by("id").values_list("kind", "occurred_on", "narrative")
    return [*people, *staff, *entries]


@pytest.mark.django_db
def test_small_run_has_valid_synthetic_identifiers():
    result = generate(SMALL, today=TODAY)
    assert result.counts["children"] == 60
    numbers = [n for n in Person.objects.values_list("nhs_number", flat=True) if n]
    assert numbers, "some people have NHS numbers"
    assert all(n.startswith("999") and len(n) == 10 and nhs.is_valid(n) for n in numbers)
    assert len(numbers) == len(set(numbers))
    upns = [u for u in Person.objects.values_list("upn", flat=True) if u]
    assert upns and all(upn.is_valid(u) for u in upns)
    assert len(upns) == len(set(upns))


@pytest.mark.django_db
def test_every_child_is_held_by_a_unit_with_exactly_one_consultant_social_worker():
    generate(SMALL, today=TODAY)
    children = _children()
    assert len(children) == 60
    for child in children:
        cases = list(child.cases.all())
        assert len(cases) == 1
        csws = Membership.objects.filter(unit=cases[0].unit, role=Role.CONSULTANT_SOCIAL_WORKER, ended_on__isnull=True)
        assert csws.count() == 1
        assert child.chronology.exists()
        if child.date_of_birth:
            assert child.age(TODAY) < 18
        else:
            assert child.expected_date_of_birth > TODAY
    for unit in Unit.objects.all():
        assert unit.head_of_service_id is not None
        assert unit.memberships.filter(role=Role.CONSULTANT_SOCIAL_WORKER, ended_on__isnull=True).count() == 1


@pytest.mark.django_db
def test_families_are_related_and_names_are_indexed():
    generate(SMALL, today=TODAY)
    parents = Relationship.objects.filter(kind__in=[RelationshipKind.MOTHER, RelationshipKind.FATHER])
    assert parents.exists()
    assert all(rel.to_person.cases.exists() for rel in parents.select_related("to_person"))
    siblings = list(Relationship.objects.filter(kind__in=[RelationshipKind.SIBLING, RelationshipKind.HALF_SIBLING])
                    .values_list("from_person_id", "to_person_id"))
    assert siblings
    assert len({frozenset(pair) for pair in siblings}) == len(siblings), "one row per pair of siblings"
    for child in _children():
        siblings_units = {c.unit_id for rel in child.relationships_from.filter(kind__in=["sibling", "half_sibling"])
                          for c in rel.to_person.cases.all()}
        assert siblings_units <= {child.cases.get().unit_id}, "siblings are held by the same unit"
    adults = Person.objects.filter(cases__isnull=True, referrals__isnull=True)  # referred children may have no case yet
    assert all(p.age(TODAY) >= 18 for p in adults)
    assert PersonName.objects.filter(kind="legal").count() == Person.objects.count()
    wanted = {t for g, f in PersonName.objects.values_list("given_name", "family_name") for t in tokens(f"{g} {f}")}
    assert wanted == set(NameToken.objects.values_list("token", flat=True))


@pytest.mark.django_db
def test_demo_logins_and_restriction():
    result = generate(SMALL, today=TODAY)
    users = {u.username: u for u in User.objects.filter(username__in=FIXED_USERNAMES)}
    assert set(users) == set(FIXED_USERNAMES)
    assert users["admin"].is_superuser and users["admin"].is_staff
    first = Unit.objects.get(memberships__user=users["csw"], memberships__role=Role.CONSULTANT_SOCIAL_WORKER)
    assert Membership.objects.filter(unit=first, user=users["sw"], role=Role.SOCIAL_WORKER).exists()
    assert first.head_of_service == users["hos"]
    assert not Membership.objects.filter(unit=first, user=users["other"]).exists()
    restriction = Restriction.objects.get()
    assert restriction.reason == "Relative of a member of staff"
    assert set(restriction.named_staff.all()) == {users["hos"], users["csw"]}
    assert MeetingDiscussion.objects.filter(meeting__unit=first, entry__kind="unit_meeting").exists()
    assert [u for u, _ in result.logins][:len(FIXED_USERNAMES)] == list(FIXED_USERNAMES)  # then the front door's
    assert AuditEvent.objects.filter(action="load_demo").count() == 1


@pytest.mark.django_db
def test_load_demo_twice_changes_nothing():
    call_command("load_demo", "--today", TODAY.isoformat(), stdout=io.StringIO())
    models = (User, Unit, Person, PersonName, Relationship, Case, ChronologyEntry, AuditEvent)
    counts = [m.objects.count() for m in models]
    assert Person.objects.filter(cases__isnull=False).count() == 600
    assert 50 <= User.objects.count() <= 70
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert "already loaded" in out.getvalue()
    assert [m.objects.count() for m in models] == counts
    assert Authority.objects.count() == 1


@pytest.mark.django_db
def test_generation_is_deterministic():
    fingerprints = []
    for _ in range(2):
        with transaction.atomic():
            generate(SMALL, today=TODAY)
            fingerprints.append(_fingerprint())
            transaction.set_rollback(True)
    assert Person.objects.count() == 0
    assert fingerprints[0] == fingerprints[1]
    assert len(fingerprints[0]) > 60


@pytest.mark.django_db
def test_large_authority_refuses_existing_data_unless_flushed():
    out = io.StringIO()
    call_command("generate_large_authority", "--children", "40", "--today", TODAY.isoformat(), stdout=out)
    assert Person.objects.filter(cases__isnull=False).count() == 40
    assert Authority.objects.get().name == "Eastmoor County Council"
    with pytest.raises(CommandError):
        call_command("generate_large_authority", "--children", "40", stdout=out)
    call_command("generate_large_authority", "--children", "30", "--flush-first", stdout=out)
    assert Person.objects.filter(cases__isnull=False).count() == 30
    assert Authority.objects.count() == 1
    assert AuditEvent.objects.filter(action="generate_large_authority").count() == 2
    # 4 to 8 entries each, plus up to three unit meeting decisions in the first unit; the statutory history's plan
    # meetings and planned visits (hearth/returns/demo.py) come on top.
    statutory = Q(kind__in=[EntryKind.CORE_GROUP, EntryKind.CIN_PLAN]) | Q(narrative__startswith="Planned statutory visit.")
    entries_per_child = [c.entries.exclude(statutory).count() for c in Case.objects.all()]
    assert min(entries_per_child) >= 4 and max(entries_per_child) <= 8 + 3
