"""The adopters' legal relationship (Household.relationship), the one fact the SSDA903 legal status of the adopters
needs besides their number and sexes: asked with the second adopter, corrected on its own page, refused for a single
adopter, audited; the pages refuse whoever may not see the household."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from hearth.adoption import services
from hearth.adoption.models import Household
from hearth.adoption.tests.conftest import FIRST, household
from hearth.audit.models import AuditEvent
from hearth.people.models import Person

pytestmark = pytest.mark.django_db
SAM = {"given_name": "Sam", "family_name": "Reid", "date_of_birth": dt.date(1983, 3, 3), "sex": "F", "ethnicity": "WBRI"}
SAM_POSTED = {"given_name": "Sam", "family_name": "Reid", "date_of_birth-day": "3", "date_of_birth-month": "3",
              "date_of_birth-year": "1983", "sex": "F", "ethnicity": "WBRI"}


def test_a_single_adopter_has_no_couples_relationship_and_a_couple_needs_one(world):
    with pytest.raises(ValidationError) as refused:
        services.start_household(actor=world.sw, unit=world.unit_a, enquiry_on=dt.date(2025, 2, 10), first=FIRST,
                                 relationship="married")
    assert "single adopter" in refused.value.message_dict["relationship"][0]
    single = household(world, second=False)
    with pytest.raises(ValidationError) as refused:
        services.record_relationship(actor=world.sw, household=single, relationship="married")
    assert "add the second adopter first" in refused.value.message_dict["relationship"][0]
    with pytest.raises(ValidationError) as refused:
        services.add_adopter(actor=world.sw, household=single, details=SAM, relationship="engaged")
    assert refused.value.message_dict == {"relationship": ["Select the adopters' legal relationship"]}
    assert single.adopters.count() == 1 and not Person.objects.filter(given_name="Sam").exists()  # nothing half-written
    services.add_adopter(actor=world.sw, household=single, details=SAM, relationship="civil_partners")
    single.refresh_from_db()
    assert single.relationship == "civil_partners" and single.adopters.count() == 2
    for bad in ("", None, "engaged"):
        with pytest.raises(ValidationError) as refused:
            services.record_relationship(actor=world.sw, household=single, relationship=bad)
        assert refused.value.message_dict == {"relationship": ["Select the adopters' legal relationship"]}
    services.record_relationship(actor=world.sw, household=single, relationship="married")
    single.refresh_from_db()
    assert single.relationship == "married"
    event = AuditEvent.objects.filter(action="record_adopters_relationship").latest("pk")
    assert event.actor == world.sw and event.detail == {"relationship": "married", "was": "civil_partners"}


def test_the_second_adopter_page_asks_the_relationship_and_the_household_page_shows_it(client, world):
    single = household(world, second=False)
    client.force_login(world.sw)
    url = reverse("adoption:add-adopter", kwargs={"pk": single.pk})
    assert "What is the adopters&#39; legal relationship?" in client.get(url).content.decode()
    page = client.post(url, SAM_POSTED).content.decode()
    assert "There is a problem" in page and "Select the adopters&#39; legal relationship" in page
    assert single.adopters.count() == 1
    assert "Single adopter" in client.get(reverse("adoption:household", kwargs={"pk": single.pk})).content.decode()
    assert client.post(url, {**SAM_POSTED, "relationship": "unmarried"}).status_code == 302
    single.refresh_from_db()
    assert single.relationship == "unmarried" and single.adopters.count() == 2
    page = client.get(reverse("adoption:household", kwargs={"pk": single.pk})).content.decode()
    assert "Not married or in a civil partnership" in page
    assert reverse("adoption:step", kwargs={"pk": single.pk, "slug": "relationship"}) in page  # to correct it


def test_the_relationship_page_corrects_it_shows_errors_and_refuses_a_single_adopter(client, world, reids):
    assert reids.relationship == ""  # two adopters started without it: shown as not recorded until it is
    client.force_login(world.sw)
    assert "Not recorded" in client.get(reverse("adoption:household", kwargs={"pk": reids.pk})).content.decode()
    url = reverse("adoption:step", kwargs={"pk": reids.pk, "slug": "relationship"})
    page = client.post(url, {}).content.decode()
    assert "There is a problem" in page and "Select the adopters&#39; legal relationship" in page
    assert client.post(url, {"relationship": "married"}).status_code == 302
    reids.refresh_from_db()
    assert reids.relationship == "married"
    single = household(world, second=False)
    response = client.get(reverse("adoption:step", kwargs={"pk": single.pk, "slug": "relationship"}))
    assert response.status_code == 302 and response["Location"] == reverse("adoption:household", kwargs={"pk": single.pk})
    assert Household.objects.get(pk=single.pk).relationship == ""


def test_another_unit_a_stranger_and_a_signed_out_user_cannot_record_it(client, world, reids):
    url = reverse("adoption:step", kwargs={"pk": reids.pk, "slug": "relationship"})
    assert client.post(url, {"relationship": "married"})["Location"].startswith("/sign-in/")
    for user in (world.other, world.outsider):
        client.force_login(user)
        assert client.get(url).status_code == 403
        assert client.post(url, {"relationship": "married"}).status_code == 403
    reids.refresh_from_db()
    assert reids.relationship == "" and not AuditEvent.objects.filter(action="record_adopters_relationship").exists()


def test_a_household_that_has_left_takes_no_new_adopter_and_nothing_is_written(world):
    single = household(world, second=False)
    services.record_leaving(actor=world.sw, household=single, left_on=dt.date(2025, 10, 1), reason="withdrew")
    with pytest.raises(ValidationError) as refused:
        services.add_adopter(actor=world.sw, household=single, details=SAM, relationship="married")
    assert refused.value.message_dict == {"given_name": ["The household left the adoption process on 1 October 2025"]}
    assert single.adopters.count() == 1 and not Person.objects.filter(given_name="Sam").exists()
