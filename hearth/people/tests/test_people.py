import pytest
from django.core.exceptions import ValidationError

from hearth.people import services
from hearth.people.models import Person
from tests import factories


@pytest.mark.django_db
@pytest.mark.parametrize("nhs, message", [
    ("999 000 0019", "NHS number is not valid: check the digits, the last one does not match"),
    ("12345", "NHS number must be 10 digits"),
])
def test_wrong_nhs_number_is_refused_with_a_clear_message(nhs, message):
    with pytest.raises(ValidationError) as exc:
        factories.child(nhs_number=nhs)
    assert exc.value.message_dict["nhs_number"] == [message]
    assert not Person.objects.exists()


@pytest.mark.django_db
def test_valid_nhs_number_and_upn_are_kept():
    person = factories.child(nhs_number="943 476 5919", upn="B801200005001")
    assert person.nhs_number == "9434765919" and person.nhs_number_display == "943 476 5919"


@pytest.mark.django_db
def test_wrong_upn_check_letter_is_refused():
    with pytest.raises(ValidationError) as exc:
        factories.child(upn="A801200005001")
    assert "Unique pupil number is not valid" in exc.value.message_dict["upn"][0]


@pytest.mark.django_db
def test_duplicate_nhs_number_points_to_search():
    factories.child(nhs_number="9434765919")
    with pytest.raises(ValidationError) as exc:
        factories.child(given="Other", nhs_number="9434765919")
    assert "search for them" in exc.value.message_dict["nhs_number"][0]


@pytest.mark.django_db
def test_unborn_child_and_address_history(world):
    unborn = services.create_person(actor=None, given_name="Baby", family_name="Lovelace",
                                    expected_date_of_birth=world.today + __import__("datetime").timedelta(days=30))
    assert unborn.is_unborn and unborn.is_child
    services.add_address(actor=None, person=world.ada, line_1="2 New Street", postcode="ne2 1aa")
    current = world.ada.addresses.filter(ended_on__isnull=True).get()
    assert current.postcode == "NE2 1AA"
    assert world.ada.addresses.filter(ended_on__isnull=False).count() == 1
    with pytest.raises(ValidationError) as exc:
        services.add_address(actor=None, person=world.ada, line_1="3 Road", postcode="NOT A POSTCODE")
    assert exc.value.message_dict["postcode"] == ["Enter a real postcode, like SW1A 1AA"]


@pytest.mark.django_db
def test_warning_shows_on_every_page_about_the_person(client, world):
    client.force_login(world.sw)
    for path in ("", "family/", "access-history/"):
        assert "Visit in pairs" in client.get(f"/people/{world.mother.pk}/{path}").content.decode()


@pytest.mark.django_db
def test_people_around_the_child_are_labelled_from_their_side(client, world):
    client.force_login(world.sw)
    page = client.get(f"/people/{world.ada.pk}/").content.decode()
    assert "Mary Lovelace" in page and "Mother, parental responsibility, lives with Ada" in page
    mum = client.get(f"/people/{world.mother.pk}/").content.decode()
    assert "Ada Lovelace" in mum and "Child" in mum
