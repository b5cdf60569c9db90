"""Names, addresses, relationships and warnings: the pages that add them, and who may use them."""

import datetime as dt

import pytest
from django.utils import timezone

from hearth.audit.models import AuditEvent
from hearth.people.models import Address, Person, PersonName, PersonWarning, Relationship
from hearth.people.tests.test_forms_person import new_person, summary_errors
from tests import factories

TODAY = timezone.localdate()


@pytest.fixture
def sw(client, world):
    client.force_login(world.sw)
    return client


def writes():
    """Everything these pages could write, counted."""
    return (Person.objects.count(), PersonName.objects.count(), Address.objects.count(), Relationship.objects.count(),
            PersonWarning.objects.filter(active=True).count(),
            AuditEvent.objects.filter(action__in=["create", "update_person", "add_name", "add_address", "add_relationship",
                                                  "add_warning", "end_warning"]).count())


# The details page: where the forms are found


@pytest.mark.django_db
def test_details_page_links_to_every_form(sw, world):
    warning = world.mother.warnings.get()
    page = sw.get(f"/people/{world.mother.pk}/details/").content.decode()
    m = world.mother.pk
    for href in (f"/people/{m}/edit/", f"/people/{m}/names/new/", f"/people/{m}/addresses/new/",
                 f"/people/{m}/relationships/find/", f"/people/{m}/warnings/new/", f"/people/{m}/warnings/{warning.pk}/end/"):
        assert f'href="{href}"' in page, href
    assert "Visit in pairs" in page and "Ada Lovelace" in page
    chronology = sw.get(f"/people/{m}/").content.decode()
    assert f'href="/people/{m}/details/"' in chronology  # sub-navigation and the details summary
    assert AuditEvent.objects.filter(action="view_details", person_id=m, actor=world.sw).exists()


# Names


@pytest.mark.django_db
def test_add_an_alias_that_search_then_finds(sw, world):
    response = sw.post(f"/people/{world.mother.pk}/names/new/", {"kind": "alias", "given_name": "Polly", "family_name": ""})
    assert response.status_code == 302 and response["Location"] == f"/people/{world.mother.pk}/details/"
    name = PersonName.objects.get(person=world.mother, kind="alias")
    assert (name.given_name, name.family_name) == ("Polly", "Lovelace")
    assert "Also known as" in sw.get(response["Location"]).content.decode()
    assert world.mother.pk in [r.person.pk for r in services_search(world, "Polly Lovelace")]


def services_search(world, query):
    from hearth.people.search import search_people

    return search_people(user=world.sw, query=query)


@pytest.mark.django_db
@pytest.mark.parametrize("data, expected", [
    ({}, ["Select whether this is an alias, a previous name or a preferred name", "Enter a first name, a last name or both"]),
    ({"kind": "legal", "given_name": "X"}, ["Select whether this is an alias, a previous name or a preferred name"]),
    ({"kind": "alias", "given_name": "", "family_name": " "}, ["Enter a first name, a last name or both"]),
])
def test_add_name_errors(sw, world, data, expected):
    before = writes()
    response = sw.post(f"/people/{world.mother.pk}/names/new/", data)
    assert summary_errors(response) == expected
    assert writes() == before


# Addresses


@pytest.mark.django_db
def test_new_address_moves_the_current_one_into_history(sw, world):
    world.ada.addresses.update(started_on=TODAY - dt.timedelta(days=700))
    moved = TODAY - dt.timedelta(days=3)
    page = sw.get(f"/people/{world.ada.pk}/addresses/new/").content.decode()
    assert "1 Mill Lane, NE1 4ST, moves into the address history" in page
    response = sw.post(f"/people/{world.ada.pk}/addresses/new/", {
        "line_1": "2 New Street", "line_2": "", "town": "Northshire", "postcode": "ne2 1aa",
        "started_on-day": moved.day, "started_on-month": moved.month, "started_on-year": moved.year})
    assert response.status_code == 302
    current = world.ada.addresses.get(ended_on__isnull=True)
    old = world.ada.addresses.get(ended_on__isnull=False)
    assert (current.line_1, current.postcode, current.started_on) == ("2 New Street", "NE2 1AA", moved)
    assert (old.line_1, old.ended_on) == ("1 Mill Lane", moved)
    page = sw.get(response["Location"]).content.decode()
    assert "2 New Street, Northshire, NE2 1AA" in page and "Previous address" in page


@pytest.mark.django_db
def test_address_without_a_date_starts_today(sw, world):
    before = timezone.localdate()  # (read around the request, not at import: a run can cross midnight)
    sw.post(f"/people/{world.mother.pk}/addresses/new/", {"line_1": "9 Elm Row", "postcode": "NE3 3AA"})
    assert world.mother.addresses.get().started_on in {before, timezone.localdate()}


@pytest.mark.django_db
@pytest.mark.parametrize("data, expected", [
    ({}, ["Enter the first line of the address", "Enter a postcode"]),
    ({"line_1": "2 New Street", "postcode": "NE2"}, ["Enter a real postcode, like SW1A 1AA"]),
    ({"line_1": "2 New Street", "postcode": "NE2 1AA", "started_on-day": "1", "started_on-month": "1",
      "started_on-year": str(TODAY.year + 1)}, ["The date they moved in must be today or in the past"]),
    ({"line_1": "2 New Street", "postcode": "NE2 1AA", "started_on-day": "1", "started_on-month": "1",
      "started_on-year": "2000"}, None),  # before they moved to the current address
    ({"line_1": "2 New Street", "postcode": "NE2 1AA", "started_on-day": "1", "started_on-year": "2020"},
     ["The date they moved in must include a month"]),
])
def test_add_address_errors(sw, world, data, expected):
    before = writes()
    response = sw.post(f"/people/{world.ada.pk}/addresses/new/", data)
    errors = summary_errors(response)
    if expected is None:
        current = world.ada.addresses.get()
        assert errors == [f"The date they moved in must be after they moved to their current address "
                          f"({current.started_on.day} {current.started_on:%B %Y})"]
    else:
        assert errors == expected
    assert writes() == before


# Relationships


@pytest.mark.django_db
def test_find_someone_and_record_how_they_are_related(sw, world):
    uncle = factories.adult("George", "Byron", dt.date(1970, 1, 22), sex="M")
    page = sw.get(f"/people/{world.ada.pk}/relationships/find/", {"q": "Georg Byron"}).content.decode()
    assert "George Byron" in page
    choose = f"/people/{world.ada.pk}/relationships/new/{uncle.pk}/"
    assert f'href="{choose}"' in page
    assert AuditEvent.objects.filter(action="search_people", actor=world.sw, detail__via="relationship").exists()
    page = sw.get(choose).content.decode()
    assert "How is George related to Ada?" in page
    response = sw.post(choose, {"kind": "aunt_uncle", "parental_responsibility": "no", "lives_with": "no"})
    assert response.status_code == 302 and response["Location"] == f"/people/{world.ada.pk}/details/"
    rel = Relationship.objects.get(from_person=uncle, to_person=world.ada)
    assert (rel.kind, rel.parental_responsibility, rel.lives_with) == ("aunt_uncle", False, False)
    assert AuditEvent.objects.filter(action="add_relationship", person_id=world.ada.pk, actor=world.sw).exists()
    assert "Aunt or uncle" in sw.get(response["Location"]).content.decode()
    # The uncle has no case and is now around a child the unit holds: the unit can open his record.
    assert sw.get(f"/people/{uncle.pk}/").status_code == 200


@pytest.mark.django_db
def test_find_step_leaves_out_the_person_and_asks_for_a_search(sw, world):
    page = sw.get(f"/people/{world.ada.pk}/relationships/find/", {"q": "Ada Lovelace"}).content.decode()
    assert f"/relationships/new/{world.ada.pk}/" not in page
    response = sw.get(f"/people/{world.ada.pk}/relationships/find/", {"q": ""})
    assert summary_errors(response) == ["Enter a name, date of birth, NHS number or postcode"]


@pytest.mark.django_db
def test_relationship_errors(sw, world):
    url = f"/people/{world.byron.pk}/relationships/new/{world.mother.pk}/"
    before = writes()
    assert summary_errors(sw.post(url, {})) == ["Select how they are related", "Select whether they live together"]
    assert summary_errors(sw.post(url, {"kind": "mother", "lives_with": "yes"})) == [
        "Mary Lovelace is already recorded as Byron Lovelace's mother"]
    assert summary_errors(sw.post(url, {"kind": "cousin", "lives_with": "maybe"})) == [
        "Select how they are related", "Select whether they live together"]
    assert writes() == before
    response = sw.get(f"/people/{world.ada.pk}/relationships/new/{world.ada.pk}/")
    assert response.status_code == 302 and response["Location"] == f"/people/{world.ada.pk}/relationships/find/"
    assert sw.get(f"/people/{world.ada.pk}/relationships/new/999999/").status_code == 404


@pytest.mark.django_db
def test_a_restricted_record_cannot_be_picked(sw, world):
    from hearth.access.models import Restriction

    hidden = factories.adult("Secret", "Person")
    Restriction.objects.create(person=hidden, reason="Staff member's relative")
    assert sw.get(f"/people/{world.ada.pk}/relationships/new/{hidden.pk}/").status_code == 404
    assert sw.post(f"/people/{world.ada.pk}/relationships/new/{hidden.pk}/",
                   {"kind": "aunt_uncle", "lives_with": "no"}).status_code == 404
    assert not Relationship.objects.filter(from_person=hidden).exists()


@pytest.mark.django_db
def test_add_someone_new_around_the_child_in_one_save(sw, world):
    url = f"/people/{world.ada.pk}/relationships/new-person/"
    response = sw.post(url, {**new_person(given_name="Will", family_name="King", sex="M", **{
        "date_of_birth-day": "", "date_of_birth-month": "", "date_of_birth-year": "",
        "address-line_1": "7 Tower Hill", "address-postcode": "NE4 4AA"}),
        "rel-kind": "father", "rel-parental_responsibility": "yes", "rel-lives_with": "no"})
    will = Person.objects.get(given_name="Will")
    assert response.status_code == 302 and response["Location"] == f"/people/{will.pk}/"
    rel = Relationship.objects.get(from_person=will, to_person=world.ada)
    assert (rel.kind, rel.parental_responsibility, rel.lives_with) == ("father", True, False)
    assert will.addresses.get().postcode == "NE4 4AA"
    # Added from a child the unit holds, so whoever added him can open his record at once.
    assert sw.get(response["Location"]).status_code == 200


@pytest.mark.django_db
def test_add_someone_new_errors_save_nothing(sw, world):
    before = writes()
    response = sw.post(f"/people/{world.ada.pk}/relationships/new-person/", {
        **new_person(given_name="", **{"address-line_1": "7 Tower Hill"}), "rel-lives_with": "no"})
    assert summary_errors(response) == ["Select how they are related", "Enter a first name",
                                        "Enter a postcode, or leave the address empty"]
    assert writes() == before


# Warnings


@pytest.mark.django_db
def test_add_a_warning_that_then_shows_on_every_page(sw, world):
    response = sw.post(f"/people/{world.ada.pk}/warnings/new/", {"kind": "health", "text": "Severe nut allergy"})
    assert response.status_code == 302
    warning = PersonWarning.objects.get(person=world.ada, active=True)
    assert (warning.kind, warning.text, warning.created_by) == ("health", "Severe nut allergy", world.sw)
    for path in ("", "family/", "details/", "access-history/"):
        assert "Severe nut allergy" in sw.get(f"/people/{world.ada.pk}/{path}").content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("data, expected", [
    ({}, ["Select the kind of warning", "Enter what staff need to know"]),
    ({"kind": "staff", "text": "   "}, ["Enter what staff need to know"]),
    ({"kind": "staff", "text": "x" * 501}, ["Warning must be 500 characters or fewer"]),
])
def test_add_warning_errors(sw, world, data, expected):
    before = writes()
    assert summary_errors(sw.post(f"/people/{world.ada.pk}/warnings/new/", data)) == expected
    assert writes() == before


@pytest.mark.django_db
def test_end_a_warning_after_confirming(sw, world):
    warning = world.mother.warnings.get()
    url = f"/people/{world.mother.pk}/warnings/{warning.pk}/end/"
    page = sw.get(url).content.decode()
    assert "End this warning?" in page and "Visit in pairs" in page
    warning.refresh_from_db()
    assert warning.active  # looking is not ending
    response = sw.post(url)
    assert response.status_code == 302 and response["Location"] == f"/people/{world.mother.pk}/details/"
    warning.refresh_from_db()
    assert not warning.active
    assert AuditEvent.objects.filter(action="end_warning", actor=world.sw, person_id=world.mother.pk).count() == 1
    # A second go (a double click, another tab) says so and writes nothing.
    response = sw.post(url)
    assert response.status_code == 200 and summary_errors(response) == ["This warning has already ended"]
    assert AuditEvent.objects.filter(action="end_warning").count() == 1


@pytest.mark.django_db
def test_a_warning_is_ended_only_through_its_own_person(sw, world):
    warning = world.mother.warnings.get()
    # Ada's record is open to sw, but the warning is the mother's: not found, not ended.
    assert sw.post(f"/people/{world.ada.pk}/warnings/{warning.pk}/end/").status_code == 404
    warning.refresh_from_db()
    assert warning.active
