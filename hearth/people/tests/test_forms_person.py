"""The pages that add a person and change their details."""

import datetime as dt
import html
import re

import pytest
from django.utils import timezone

from hearth.audit.models import AuditEvent
from hearth.people.models import Person, PersonName

TODAY = timezone.localdate()


def new_person(**overrides):
    data = {
        "given_name": "Jo", "family_name": "Bloggs",
        "date_of_birth-day": "2", "date_of_birth-month": "9", "date_of_birth-year": "2016",
        "expected_date_of_birth-day": "", "expected_date_of_birth-month": "", "expected_date_of_birth-year": "",
        "sex": "M", "ethnicity": "WBRI", "nhs_number": "", "upn": "",
        "address-line_1": "", "address-line_2": "", "address-town": "", "address-postcode": "",
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def summary_errors(response) -> list[str]:
    page = response.content.decode()
    box = re.search(r'<ul class="govuk-list govuk-error-summary__list">(.*?)</ul>', page, re.S)
    assert box, "no GOV.UK error summary on the page"
    return [html.unescape(re.sub(r"<[^>]+>", "", li)).strip() for li in re.findall(r"<li>(.*?)</li>", box.group(1), re.S)]


@pytest.fixture
def sw(client, world):
    client.force_login(world.sw)
    return client


# Adding a person


@pytest.mark.django_db
def test_add_person_page_is_linked_from_search_especially_when_nothing_is_found(sw):
    assert 'href="/people/new/"' in sw.get("/people/").content.decode()
    page = sw.get("/people/?q=Zebedee+Quartermaine").content.decode()
    assert "No one matches" in page and "Not found?" in page and 'href="/people/new/"' in page


@pytest.mark.django_db
def test_add_a_person_with_address_and_disabilities(sw, world):
    response = sw.post("/people/new/", new_person(
        nhs_number="943 476 5919", upn="B801200005001", disabilities=["HEAR", "AUT"],
        **{"address-line_1": "4 Quay Road", "address-town": "Northshire", "address-postcode": "ne1 2ab"},
    ))
    person = Person.objects.get(given_name="Jo", family_name="Bloggs")
    assert response.status_code == 302 and response["Location"] == f"/people/{person.pk}/"
    assert (person.date_of_birth, person.sex, person.ethnicity, person.nhs_number, person.upn) == (
        dt.date(2016, 9, 2), "M", "WBRI", "9434765919", "B801200005001")
    assert sorted(person.disabilities.values_list("code", flat=True)) == ["AUT", "HEAR"]
    address = person.addresses.get()
    assert (address.line_1, address.town, address.postcode, address.ended_on) == ("4 Quay Road", "Northshire", "NE1 2AB", None)
    assert PersonName.objects.filter(person=person, kind="legal", given_norm="jo", family_norm="bloggs").exists()
    assert set(AuditEvent.objects.filter(person_id=person.pk, actor=world.sw).values_list("action", flat=True)) == {
        "create", "add_address"}


@pytest.mark.django_db
def test_add_an_unborn_child_without_an_address(sw):
    due = TODAY + dt.timedelta(days=40)
    response = sw.post("/people/new/", new_person(
        given_name="Baby", **{"date_of_birth-day": "", "date_of_birth-month": "", "date_of_birth-year": "",
                              "expected_date_of_birth-day": str(due.day), "expected_date_of_birth-month": str(due.month),
                              "expected_date_of_birth-year": str(due.year)}, sex="U", ethnicity="NOBT"))
    assert response.status_code == 302
    baby = Person.objects.get(given_name="Baby")
    assert baby.is_unborn and baby.expected_date_of_birth == due and not baby.addresses.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("overrides, expected", [
    ({"given_name": "", "family_name": "", "sex": None}, ["Enter a first name", "Enter a last name", "Select the person's sex"]),
    ({"given_name": "x" * 101}, ["First name must be 100 characters or fewer"]),
    ({"ethnicity": "ZZZZ"}, ["Select an ethnicity from the list"]),
    ({"date_of_birth-day": "31", "date_of_birth-month": "2"}, ["Date of birth must be a real date"]),
    ({"date_of_birth-month": ""}, ["Date of birth must include a month"]),
    ({"date_of_birth-year": str(TODAY.year + 1)}, ["Date of birth must be today or in the past"]),
    ({"expected_date_of_birth-day": "1", "expected_date_of_birth-month": "1", "expected_date_of_birth-year": str(TODAY.year + 1)},
     ["Give either a date of birth or an expected date of birth, not both"]),
    ({"nhs_number": "999 000 0019"}, ["NHS number is not valid: check the digits, the last one does not match"]),
    ({"upn": "A801200005001"}, ["Unique pupil number is not valid: the check letter does not match"]),
    ({"disabilities": ["NOPE"]}, ["Select disabilities from the list"]),
    ({"address-line_1": "4 Quay Road"}, ["Enter a postcode, or leave the address empty"]),
    ({"address-town": "Northshire"}, ["Enter the first line of the address, or leave the address empty",
                                      "Enter a postcode, or leave the address empty"]),
    ({"address-line_1": "4 Quay Road", "address-postcode": "NOTAPOSTCODE"}, ["Enter a real postcode, like SW1A 1AA"]),
])
def test_add_person_refuses_bad_input_with_an_error_summary_and_saves_nothing(sw, world, overrides, expected):
    people_before = Person.objects.count()
    response = sw.post("/people/new/", new_person(**overrides))
    assert response.status_code == 200
    assert summary_errors(response) == expected
    assert Person.objects.count() == people_before
    assert not AuditEvent.objects.filter(action__in=["create", "add_address"], actor=world.sw).exists()


@pytest.mark.django_db
def test_duplicate_nhs_number_says_so_and_links_to_search(sw, world):
    from hearth.people import services

    services.update_person(actor=None, person=world.mother, nhs_number="9434765919")
    response = sw.post("/people/new/", new_person(nhs_number="943 476 5919"))
    assert summary_errors(response) == ["Another person already has this NHS number: search for them instead"]
    assert 'href="/people/?q=943+476+5919"' in response.content.decode()
    assert not Person.objects.filter(given_name="Jo").exists()
    # What was typed stays in the boxes.
    assert 'value="Bloggs"' in response.content.decode()


@pytest.mark.django_db
def test_only_staff_in_a_unit_may_add_a_person(client, world):
    client.force_login(world.outsider)
    assert client.get("/people/new/").status_code == 403
    assert client.post("/people/new/", new_person()).status_code == 403
    assert "/people/new/" not in client.get("/people/?q=Nobody+Atall").content.decode()
    assert not Person.objects.filter(given_name="Jo").exists()
    for user in (world.other, world.hos):  # another unit's worker, a head of service
        client.force_login(user)
        assert client.get("/people/new/").status_code == 200


@pytest.mark.django_db
def test_add_person_signed_out_is_sent_to_sign_in(client, world):
    for method in ("get", "post"):
        response = getattr(client, method)("/people/new/", new_person() if method == "post" else None)
        assert response.status_code == 302 and response["Location"].startswith("/sign-in/")
    assert not Person.objects.filter(given_name="Jo").exists()


@pytest.mark.django_db
def test_the_person_just_added_opens_for_whoever_added_them(sw, client, world):
    response = sw.post("/people/new/", new_person(), follow=True)
    assert response.redirect_chain[-1][0].startswith("/people/") and "/reason/" not in response.redirect_chain[-1][0]
    # ...and only for them: a colleague in another unit is still asked for a reason.
    client.force_login(world.other)
    assert "/reason/" in client.get(response.redirect_chain[-1][0])["Location"]


# Changing details


def edit_data(person, **overrides):
    data = {
        "given_name": person.given_name, "family_name": person.family_name,
        "date_of_birth-day": person.date_of_birth.day if person.date_of_birth else "",
        "date_of_birth-month": person.date_of_birth.month if person.date_of_birth else "",
        "date_of_birth-year": person.date_of_birth.year if person.date_of_birth else "",
        "sex": person.sex, "ethnicity": person.ethnicity, "nhs_number": person.nhs_number, "upn": person.upn,
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


@pytest.mark.django_db
def test_edit_page_is_filled_in_with_the_current_details(sw, world):
    page = sw.get(f"/people/{world.ada.pk}/edit/").content.decode()
    assert 'value="Ada"' in page and 'value="Lovelace"' in page and 'value="2015"' in page
    assert re.search(r'value="F"\s+checked', page)
    assert f'href="/people/{world.ada.pk}/edit/"' in sw.get(f"/people/{world.ada.pk}/details/").content.decode()


@pytest.mark.django_db
def test_change_a_name_keeping_the_old_one(sw, world):
    response = sw.post(f"/people/{world.ada.pk}/edit/", edit_data(world.ada, given_name="Augusta", old_name="previous",
                                                                   disabilities=["VIS"]))
    assert response.status_code == 302 and response["Location"] == f"/people/{world.ada.pk}/details/"
    world.ada.refresh_from_db()
    assert world.ada.given_name == "Augusta"
    assert set(PersonName.objects.filter(person=world.ada).values_list("kind", "given_name")) == {
        ("legal", "Augusta"), ("previous", "Ada")}
    row = AuditEvent.objects.get(action="update_person", person_id=world.ada.pk)
    assert row.actor == world.sw and sorted(row.detail["changed"]) == ["disabilities", "given_name"]
    page = sw.get(response["Location"]).content.decode()
    assert "Details saved" in page and "Previous name" in page and "Vision" in page


@pytest.mark.django_db
def test_correct_a_mistaken_name(sw, world):
    sw.post(f"/people/{world.ada.pk}/edit/", edit_data(world.ada, family_name="Lovelace-King", old_name="mistake"))
    assert list(PersonName.objects.filter(person=world.ada).values_list("kind", "family_name")) == [("legal", "Lovelace-King")]


@pytest.mark.django_db
@pytest.mark.parametrize("overrides, expected", [
    ({"given_name": "Augusta"}, ["Select whether they changed their name or the old name was wrong"]),
    ({"given_name": ""}, ["Enter a first name"]),
    ({"date_of_birth-day": "40"}, ["Date of birth must be a real date"]),
    ({"nhs_number": "12345"}, ["NHS number must be 10 digits"]),
    ({"sex": None}, ["Select the person's sex"]),
])
def test_edit_refuses_bad_input_and_changes_nothing(sw, world, overrides, expected):
    before = Person.objects.filter(pk=world.ada.pk).values().get()
    response = sw.post(f"/people/{world.ada.pk}/edit/", edit_data(world.ada, **overrides))
    assert response.status_code == 200 and summary_errors(response) == expected
    assert Person.objects.filter(pk=world.ada.pk).values().get() == before
    assert not AuditEvent.objects.filter(action="update_person").exists()


@pytest.mark.django_db
def test_edit_nhs_number_unique_except_for_the_person_themselves(sw, world):
    from hearth.people import services

    services.update_person(actor=None, person=world.ada, nhs_number="9434765919")
    world.ada.refresh_from_db()
    response = sw.post(f"/people/{world.ada.pk}/edit/", edit_data(world.ada, nhs_number="943 476 5919", upn="B801200005001"))
    assert response.status_code == 302
    response = sw.post(f"/people/{world.byron.pk}/edit/", edit_data(world.byron, nhs_number="9434765919"))
    assert summary_errors(response) == ["Another person already has this NHS number: search for them instead"]
    assert 'href="/people/?q=9434765919"' in response.content.decode()
    world.byron.refresh_from_db()
    assert world.byron.nhs_number == ""
