"""The redaction tests' family: a child's record with a mother (and her previous name), a police officer around the
child, an NHS number and one home visit naming them all; and an information governance officer."""

import datetime as dt

import pytest
from django.contrib.auth.models import Group

from hearth.cases import services as case_services
from hearth.partners import services as partners
from hearth.people import services as people_services
from hearth.redaction import selectors
from tests.factories import UserFactory

NARRATIVE = ("Home visit. Ada was seen alone; ADA LOVELACE's mother Mary said Byron was at nursery. "
             "Mrs Patel next door reported shouting. PC Dawn Okafor attended. Ada's NHS number is 943 476 5919.")


@pytest.fixture
def family(world):
    # Staff who write in the chronology are in the case record: fixed names, so no random one collides with the family's.
    for user, (first, last) in ((world.sw, ("Sam", "Reeve")), (world.csw, ("Jo", "Hartley")), (world.hos, ("Kim", "Dale"))):
        user.first_name, user.last_name = first, last
        user.save()
    people_services.add_name(actor=None, person=world.mother, kind="previous", given_name="Mary", family_name="Shelley")
    partners.record_involvement(actor=world.csw, person=world.ada, role="police", professional_name="Dawn Okafor",
                                organisation_name="Northumbria Police", email="dawn.okafor@police.example")
    world.ada.nhs_number = "9434765919"
    world.ada.save()
    case_services.record_work(actor=world.sw, child=world.ada, kind="home_visit", occurred_on=dt.date.today(), minutes=30,
                              child_seen=True, seen_alone=True, narrative=NARRATIVE)
    return world


@pytest.fixture
def ig_officer(db):
    user = UserFactory(username="ig")
    user.groups.add(Group.objects.get_or_create(name=selectors.IG_GROUP)[0])
    return user
