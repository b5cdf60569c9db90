"""Merging two records of one person: everything moves, the merge is audited, and undoing it restores exactly."""

import datetime as dt
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from hearth.access.models import ReasonedAccess, Restriction
from hearth.audit.models import AuditEvent
from hearth.audit.services import verify
from hearth.cases.models import Case, ChronologyEntry, EntryKind
from hearth.matching.models import PersonMerge
from hearth.matching.services import _person_relations, find_matches, merge_people, undo_merge
from hearth.people import services as people_services
from hearth.people.models import NameKind, Person, PersonDisability, PersonName, Relationship, RelationshipKind
from hearth.people.search import search_people

RECORD_CHANGE = EntryKind.RECORD_CHANGE


def snapshot(*people: Person) -> dict:
    """Every row of every relation to Person (found the way the merge finds them), and the people's own fields."""
    rows = {}
    ids = [p.pk for p in people]
    for field in _person_relations():
        query = field.model._base_manager.filter(**{f"{field.attname}__in": ids})
        if field.model is ChronologyEntry:
            query = query.exclude(kind=RECORD_CHANGE)
        rows[f"{field.model._meta.label_lower}.{field.name}"] = sorted(query.values_list("pk", field.attname))
    names = sorted(PersonName.objects.filter(person_id__in=ids).values_list("pk", "person_id", "kind", "given_name"))
    fields = sorted(Person.objects.filter(pk__in=ids).values_list(
        "pk", "given_name", "family_name", "date_of_birth", "expected_date_of_birth", "sex", "ethnicity",
        "nhs_number", "upn", "merged_into"))
    return {"rows": rows, "names": names, "people": fields}


@pytest.fixture
def duplicate(world):
    """A second record of Ada, made by a referral: her nickname, her NHS number, and bits of her life."""
    dup = people_services.create_person(actor=None, given_name="Addie", family_name="Lovelace",
                                        date_of_birth=dt.date(2015, 3, 12), sex="F", nhs_number="9990000018",
                                        disabilities=["MOB", "HEAR"])
    PersonDisability.objects.create(person=world.ada, code="MOB")  # both records say so
    people_services.add_name(actor=None, person=dup, kind=NameKind.PREVIOUS, given_name="Addie", family_name="King")
    people_services.add_address(actor=None, person=dup, line_1="9 New Road", postcode="NE2 1AA")
    people_services.add_relationship(actor=None, from_person=world.mother, to_person=dup, kind=RelationshipKind.MOTHER)
    people_services.add_relationship(actor=None, from_person=dup, to_person=world.byron, kind=RelationshipKind.SIBLING)
    people_services.add_relationship(actor=None, from_person=dup, to_person=world.ada, kind=RelationshipKind.SIBLING)
    people_services.add_warning(actor=None, person=dup, kind="health", text="Nut allergy")
    closed = Case.objects.create(child=dup, unit=world.unit_b, status="assessment",
                                 opened_on=timezone.localdate() - timedelta(days=90),
                                 closed_on=timezone.localdate() - timedelta(days=60), reason="Earlier referral")
    ChronologyEntry.objects.create(child=dup, case=closed, unit=world.unit_b, kind=EntryKind.PHONE_CALL,
                                   occurred_on=closed.opened_on, narrative="Call from school", author=world.other)
    ReasonedAccess.objects.create(user=world.other, person=dup, reason="Checking a referral",
                                  expires_at=timezone.now() + timedelta(hours=1))
    return dup


@pytest.mark.django_db
def test_merge_moves_everything_and_undo_restores_exactly(world, duplicate):
    ada = world.ada
    before = snapshot(ada, duplicate)
    dup_rows = {k: [pk for pk, owner in v if owner == duplicate.pk] for k, v in before["rows"].items()}
    assert all(dup_rows[k] for k in ("people.personname.person", "people.address.person", "cases.case.child",
                                     "cases.chronologyentry.child", "people.personwarning.person",
                                     "people.persondisability.person", "access.reasonedaccess.person",
                                     "people.relationship.from_person", "people.relationship.to_person"))

    merge = merge_people(actor=world.csw, keep=ada, duplicate=duplicate, reason="Same child: referral used her nickname")

    ada.refresh_from_db()
    duplicate.refresh_from_db()
    assert duplicate.merged_into == ada
    assert ada.nhs_number == "9990000018" and duplicate.nhs_number == ""  # unique: moved, not copied
    left = {(row["model"], row["pk"]): row["why"] for row in merge.left}
    # Exactly these stayed: what Ada already had (the same disability, the same mother, the same brother) and the
    # relationship between the two records.
    same = "the kept record already has the same"
    assert left == {
        ("people.persondisability", PersonDisability.objects.get(person=duplicate, code="MOB").pk): same,
        ("people.relationship", Relationship.objects.get(from_person=world.mother, to_person=duplicate).pk): same,
        ("people.relationship", Relationship.objects.get(from_person=duplicate, to_person=world.byron).pk): same,
        ("people.relationship", Relationship.objects.get(from_person=duplicate, to_person=ada).pk):
            "a relationship between the two records",
    }
    for key, ids in dup_rows.items():
        model, field = key.rsplit(".", 1)
        for pk in ids:
            if (model, pk) in left:
                continue
            owner = next(o for p, o in snapshot(ada, duplicate)["rows"][key] if p == pk)
            assert owner == ada.pk, (key, pk)
    assert {row["pk"] for row in merge.moved} >= set(dup_rows["cases.chronologyentry.child"])
    # The duplicate's legal name is now an alias of Ada's; her previous name came too.
    assert set(ada.names.values_list("kind", "given_name", "family_name")) >= {
        (NameKind.LEGAL, "Ada", "Lovelace"), (NameKind.ALIAS, "Addie", "Lovelace"), (NameKind.PREVIOUS, "Addie", "King")}
    assert not duplicate.names.exists()
    entry = ChronologyEntry.objects.get(child=ada, kind=RECORD_CHANGE)
    assert entry.title == "Records merged" and "Same child" in entry.narrative and entry.case == world.case_ada
    # The merged-away record drops out of search and matching; Ada is found by the duplicate's details.
    assert [r.person for r in search_people(user=None, query="12/03/2015")] == [ada]
    assert [r.person for r in search_people(user=None, query="Addie King")] == [ada]
    outcome = find_matches(given_name="Addie", family_name="Lovelace", date_of_birth=dt.date(2015, 3, 12))
    assert outcome.decision == "certain" and outcome.candidates[0].person == ada

    undo_merge(actor=world.csw, merge=merge, reason="Wrongly merged: twins")

    assert snapshot(ada, duplicate) == before
    merge.refresh_from_db()
    assert merge.is_undone and merge.undone_by == world.csw and merge.undo_reason == "Wrongly merged: twins"
    assert ChronologyEntry.objects.filter(child=duplicate, kind=RECORD_CHANGE, title="Merge undone").exists()
    assert ChronologyEntry.objects.filter(child=ada, kind=RECORD_CHANGE, title="Merge undone").exists()
    assert duplicate.pk in [r.person.pk for r in search_people(user=None, query="12/03/2015")]


@pytest.mark.django_db
def test_merge_and_undo_are_audited(world, duplicate):
    merge = merge_people(actor=world.csw, keep=world.ada, duplicate=duplicate, reason="Same child")
    kept = AuditEvent.objects.get(action="merge_people")
    assert (kept.person_id, kept.actor_id, kept.object_id, kept.reason) == (world.ada.pk, world.csw.pk, str(merge.pk),
                                                                           "Same child")
    assert kept.detail["duplicate"] == duplicate.pk and kept.detail["moved"]["cases.chronologyentry"] == 1
    assert AuditEvent.objects.get(action="merged_away").person_id == duplicate.pk
    undo_merge(actor=world.hos, merge=merge, reason="Not the same child")
    assert AuditEvent.objects.get(action="undo_merge").actor_id == world.hos.pk
    assert AuditEvent.objects.get(action="unmerged").person_id == duplicate.pk
    assert verify().ok


@pytest.mark.django_db
def test_merge_is_refused_for_the_same_person_or_one_already_merged(world, duplicate):
    with pytest.raises(ValidationError) as same:
        merge_people(actor=world.csw, keep=world.ada, duplicate=world.ada, reason="Same")
    assert "a record cannot be merged into itself" in str(same.value)
    merge = merge_people(actor=world.csw, keep=world.ada, duplicate=duplicate, reason="Same child")
    with pytest.raises(ValidationError) as again:
        merge_people(actor=world.csw, keep=world.byron, duplicate=duplicate, reason="Again")
    assert "has already been merged into another record" in str(again.value)
    with pytest.raises(ValidationError) as into_merged:
        merge_people(actor=world.csw, keep=duplicate, duplicate=world.byron, reason="Into the merged one")
    assert "merge into that record instead" in str(into_merged.value)
    undo_merge(actor=world.csw, merge=merge, reason="Not the same")
    with pytest.raises(ValidationError) as twice:
        undo_merge(actor=world.csw, merge=merge, reason="Again")
    assert "already been undone" in str(twice.value)
    assert PersonMerge.objects.count() == 1


@pytest.mark.django_db
def test_merge_refused_without_a_reason_with_two_open_cases_or_two_nhs_numbers(world, duplicate):
    with pytest.raises(ValidationError) as no_reason:
        merge_people(actor=world.csw, keep=world.ada, duplicate=duplicate, reason="  ")
    assert no_reason.value.message_dict == {"reason": ["Enter why these two records are the same person"]}
    with pytest.raises(ValidationError) as open_cases:
        merge_people(actor=world.csw, keep=world.ada, duplicate=world.byron, reason="Same")
    assert "Both records have an open case" in str(open_cases.value)
    other = people_services.create_person(actor=None, given_name="Ada", family_name="Lovelace",
                                          date_of_birth=dt.date(2015, 3, 12), nhs_number="9990000026")
    with pytest.raises(ValidationError) as numbers:
        merge_people(actor=world.csw, keep=duplicate, duplicate=other, reason="Same")
    assert "different NHS numbers" in str(numbers.value)
    assert not PersonMerge.objects.exists() and not Person.objects.filter(merged_into__isnull=False).exists()
    assert not AuditEvent.objects.filter(action="merge_people").exists()


@pytest.mark.django_db
def test_a_restriction_moves_with_the_duplicate(world, duplicate):
    Restriction.objects.create(person=duplicate, reason="Relative of staff")
    merge = merge_people(actor=world.hos, keep=world.ada, duplicate=duplicate, reason="Same child")
    assert Restriction.objects.get().person == world.ada  # the kept record is now restricted too
    undo_merge(actor=world.hos, merge=merge, reason="Not the same")
    assert Restriction.objects.get().person == duplicate


@pytest.mark.django_db
def test_undo_refused_once_the_kept_record_is_merged_away(world, duplicate):
    first = merge_people(actor=world.csw, keep=world.ada, duplicate=duplicate, reason="Same child")
    third = people_services.create_person(actor=None, given_name="Ada", family_name="Lovelace",
                                          date_of_birth=dt.date(2015, 3, 12))
    merge_people(actor=world.csw, keep=third, duplicate=world.ada, reason="Same child again")
    with pytest.raises(ValidationError) as refused:
        undo_merge(actor=world.csw, merge=first, reason="Oops")
    assert "undo that merge first" in str(refused.value)


@pytest.mark.django_db
def test_relations_are_found_by_introspection():
    labels = {f"{f.model._meta.label_lower}.{f.name}" for f in _person_relations()}
    assert {"people.personname.person", "people.address.person", "people.relationship.from_person",
            "people.relationship.to_person", "people.personwarning.person", "people.persondisability.person",
            "cases.case.child", "cases.chronologyentry.child", "access.restriction.person",
            "access.reasonedaccess.person"} <= labels
    assert "people.person.merged_into" not in labels
    assert not any(label.startswith("matching.") for label in labels)
