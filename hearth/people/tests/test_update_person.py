"""Services behind the person forms: update_person, end_warning and add_person."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from hearth.audit.models import AuditEvent
from hearth.people import services
from hearth.people.models import NameKind, NameToken, Person, PersonName
from hearth.people.search import search_people
from tests import factories


def audit_rows(action, person=None):
    rows = AuditEvent.objects.filter(action=action)
    return rows.filter(person_id=person.pk) if person is not None else rows


def names_of(person):
    return sorted((n.kind, n.given_name, n.family_name) for n in PersonName.objects.filter(person=person))


@pytest.mark.django_db
def test_update_person_changes_fields_and_audits_their_names(world):
    person = services.update_person(actor=world.sw, person=world.ada, sex="U", ethnicity="WBRI", upn="B801200005001",
                                    disabilities=["HEAR", "VIS"])
    person.refresh_from_db()
    assert (person.sex, person.ethnicity, person.upn) == ("U", "WBRI", "B801200005001")
    assert person.given_name == "Ada" and person.date_of_birth == dt.date(2015, 3, 12)  # not given: unchanged
    assert sorted(person.disabilities.values_list("code", flat=True)) == ["HEAR", "VIS"]
    row = audit_rows("update_person", world.ada).get()
    assert row.actor == world.sw
    assert sorted(row.detail["changed"]) == ["disabilities", "ethnicity", "sex", "upn"]
    # Values are not copied into the audit log, only which fields changed.
    assert "WBRI" not in str(row.detail) and "B801200005001" not in str(row.detail)


@pytest.mark.django_db
def test_update_person_removes_disabilities_no_longer_ticked(world):
    services.update_person(actor=world.sw, person=world.ada, disabilities=["HEAR", "VIS"])
    services.update_person(actor=world.sw, person=world.ada, disabilities=["VIS", "AUT"])
    assert sorted(world.ada.disabilities.values_list("code", flat=True)) == ["AUT", "VIS"]
    services.update_person(actor=world.sw, person=world.ada, disabilities=[])
    assert not world.ada.disabilities.exists()


@pytest.mark.django_db
def test_name_change_keeps_old_legal_name_as_previous_and_search_finds_both(world):
    services.update_person(actor=world.sw, person=world.ada, given_name="Augusta", family_name="King")
    assert names_of(world.ada) == [("legal", "Augusta", "King"), ("previous", "Ada", "Lovelace")]
    legal = PersonName.objects.get(person=world.ada, kind=NameKind.LEGAL)
    assert (legal.given_norm, legal.family_norm) == ("augusta", "king")
    assert NameToken.objects.filter(token__in=["augusta", "king"]).count() == 2  # indexed for tolerant search
    found_new = [r.person.pk for r in search_people(user=world.sw, query="Augusta King")]
    found_old = [r.person.pk for r in search_people(user=world.sw, query="Ada Lovelace 12/03/2015")]
    assert world.ada.pk in found_new and world.ada.pk in found_old
    row = audit_rows("update_person", world.ada).get()
    assert sorted(row.detail["changed"]) == ["family_name", "given_name"] and row.detail["old_name_kept_as"] == "previous"


@pytest.mark.django_db
def test_name_correction_drops_the_mistaken_name(world):
    services.update_person(actor=world.sw, person=world.ada, given_name="Adah", old_name_kind=None)
    assert names_of(world.ada) == [("legal", "Adah", "Lovelace")]
    assert audit_rows("update_person", world.ada).get().detail["old_name_kept_as"] == "dropped"


@pytest.mark.django_db
def test_update_person_may_keep_its_own_nhs_number_but_not_take_another(world):
    mine = factories.adult("Nia", "Jones", nhs_number="9434765919")
    services.update_person(actor=world.sw, person=mine, nhs_number="943 476 5919", family_name="Jones-Smith")
    mine.refresh_from_db()
    assert mine.nhs_number == "9434765919" and mine.family_name == "Jones-Smith"
    with pytest.raises(ValidationError) as exc:
        services.update_person(actor=world.sw, person=world.mother, nhs_number="9434765919")
    assert exc.value.message_dict["nhs_number"] == [services.DUPLICATE_NHS_NUMBER]
    world.mother.refresh_from_db()
    assert world.mother.nhs_number == ""


@pytest.mark.django_db
@pytest.mark.parametrize("change, field, message", [
    ({"given_name": "  "}, "given_name", "Enter a first name"),
    ({"family_name": ""}, "family_name", "Enter a last name"),
    ({"date_of_birth": dt.date.today() + dt.timedelta(days=3)}, "date_of_birth", "Date of birth must be today or in the past"),
    ({"expected_date_of_birth": dt.date.today() + dt.timedelta(days=30)}, "expected_date_of_birth",
     "Give either a date of birth or an expected date of birth, not both"),
    ({"sex": "X"}, "sex", "Select the person's sex"),
    ({"ethnicity": "ZZZZ"}, "ethnicity", "Select an ethnicity from the list"),
    ({"nhs_number": "12345"}, "nhs_number", "NHS number must be 10 digits"),
    ({"upn": "A801200005001"}, "upn", "Unique pupil number is not valid: the check letter does not match"),
    ({"disabilities": ["NOPE"]}, "disabilities", "Unknown disability code: NOPE"),
    ({"given_name": "Augusta", "old_name_kind": "legal"}, "old_name_kind",
     "Say whether the old name was a mistake or a name they were known by"),
])
def test_update_person_refuses_bad_input_and_changes_nothing(world, change, field, message):
    before = (Person.objects.filter(pk=world.ada.pk).values().get(), names_of(world.ada))
    with pytest.raises(ValidationError) as exc:
        services.update_person(actor=world.sw, person=world.ada, **change)
    assert exc.value.message_dict[field] == [message]
    assert (Person.objects.filter(pk=world.ada.pk).values().get(), names_of(world.ada)) == before
    assert not audit_rows("update_person").exists()


@pytest.mark.django_db
def test_update_person_reports_every_problem_at_once(world):
    with pytest.raises(ValidationError) as exc:
        services.update_person(actor=world.sw, person=world.ada, given_name="", nhs_number="12345", sex="X")
    assert set(exc.value.message_dict) == {"given_name", "nhs_number", "sex"}


@pytest.mark.django_db
def test_update_person_with_nothing_changed_writes_no_audit_row(world):
    services.update_person(actor=world.sw, person=world.ada, given_name="Ada ", sex="F", nhs_number="")
    assert not audit_rows("update_person").exists()
    assert names_of(world.ada) == [("legal", "Ada", "Lovelace")]


@pytest.mark.django_db
def test_update_person_is_all_or_nothing(world, monkeypatch):
    def broken(**kwargs):
        raise RuntimeError("audit log unavailable")

    monkeypatch.setattr(services.audit, "record", broken)
    with pytest.raises(RuntimeError):
        services.update_person(actor=world.sw, person=world.ada, given_name="Augusta", disabilities=["VIS"])
    world.ada.refresh_from_db()
    assert world.ada.given_name == "Ada"
    assert names_of(world.ada) == [("legal", "Ada", "Lovelace")]
    assert not world.ada.disabilities.exists()


@pytest.mark.django_db
def test_end_warning_takes_it_off_the_pages_and_is_audited(world, client):
    warning = world.mother.warnings.get()
    services.end_warning(actor=world.sw, warning=warning)
    warning.refresh_from_db()
    assert warning.active is False
    row = audit_rows("end_warning", world.mother).get()
    assert row.actor == world.sw and row.object_id == str(warning.pk)
    client.force_login(world.sw)
    assert "Visit in pairs" not in client.get(f"/people/{world.mother.pk}/").content.decode()


@pytest.mark.django_db
def test_ending_an_ended_warning_is_refused(world):
    warning = world.mother.warnings.get()
    services.end_warning(actor=world.sw, warning=warning)
    with pytest.raises(ValidationError) as exc:
        services.end_warning(actor=world.sw, warning=warning)
    assert exc.value.messages == ["This warning has already ended"]
    assert audit_rows("end_warning").count() == 1


@pytest.mark.django_db
def test_add_person_with_address_and_relationship_is_all_or_nothing(world):
    people_before = Person.objects.count()
    with pytest.raises(ValidationError) as exc:
        services.add_person(actor=world.sw, given_name="Jo", family_name="Bloggs", sex="F", ethnicity="NOBT",
                            address={"line_1": "3 High Street", "postcode": "not a postcode"})
    assert "postcode" in exc.value.message_dict
    assert Person.objects.count() == people_before
    assert not audit_rows("create").filter(actor=world.sw).exists()

    person = services.add_person(actor=world.sw, given_name="Jo", family_name="Bloggs", sex="M", ethnicity="NOBT",
                                 address={"line_1": "3 High Street", "postcode": "ne1 1aa"},
                                 related_to=world.ada, relationship={"kind": "father", "parental_responsibility": True})
    assert person.addresses.get().postcode == "NE1 1AA"
    rel = person.relationships_from.get()
    assert (rel.to_person, rel.kind, rel.parental_responsibility) == (world.ada, "father", True)
    assert {e.action for e in AuditEvent.objects.filter(actor=world.sw)} >= {"create", "add_address", "add_relationship"}
