"""Test data built through the same services the application uses."""

import datetime as dt
from types import SimpleNamespace

import factory
from django.contrib.auth import get_user_model
from django.utils import timezone

from hearth.cases import services as case_services
from hearth.people import services as people_services
from hearth.people.models import RelationshipKind
from hearth.units.models import Membership, Role, Unit

User = get_user_model()


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"staff{n}")
    first_name = factory.Faker("first_name", locale="en_GB")
    last_name = factory.Faker("last_name", locale="en_GB")
    password = factory.django.Password("correct-horse-battery")


class UnitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Unit

    name = factory.Sequence(lambda n: f"Unit {n}")
    service_area = "cin"


def member(unit: Unit, role: str = Role.SOCIAL_WORKER, **user_kwargs):
    user = UserFactory(**user_kwargs)
    Membership.objects.create(unit=unit, user=user, role=role, started_on=dt.date(2024, 1, 1))
    return user


def child(given="Ada", family="Lovelace", dob=dt.date(2015, 3, 12), **kwargs):
    return people_services.create_person(actor=None, given_name=given, family_name=family, date_of_birth=dob,
                                         sex=kwargs.pop("sex", "F"), **kwargs)


def adult(given="Mary", family="Lovelace", dob=dt.date(1985, 6, 1), **kwargs):
    return people_services.create_person(actor=None, given_name=given, family_name=family, date_of_birth=dob, **kwargs)


def build_world():
    unit_a = UnitFactory(name="Unit A")
    unit_b = UnitFactory(name="Unit B")
    csw = member(unit_a, Role.CONSULTANT_SOCIAL_WORKER, username="csw")
    sw = member(unit_a, Role.SOCIAL_WORKER, username="sw")
    coordinator = member(unit_a, Role.UNIT_COORDINATOR, username="coord")
    other = member(unit_b, Role.SOCIAL_WORKER, username="other")
    member(unit_b, Role.CONSULTANT_SOCIAL_WORKER, username="csw_b")
    hos = UserFactory(username="hos")
    unit_a.head_of_service = hos
    unit_a.save()
    outsider = UserFactory(username="outsider")

    ada = child("Ada", "Lovelace", dt.date(2015, 3, 12))
    byron = child("Byron", "Lovelace", dt.date(2018, 7, 1), sex="M")
    mother = adult("Mary", "Lovelace")
    people_services.add_relationship(actor=None, from_person=mother, to_person=ada, kind=RelationshipKind.MOTHER,
                                     parental_responsibility=True, lives_with=True)
    people_services.add_relationship(actor=None, from_person=mother, to_person=byron, kind=RelationshipKind.MOTHER)
    people_services.add_relationship(actor=None, from_person=ada, to_person=byron, kind=RelationshipKind.SIBLING)
    people_services.add_address(actor=None, person=ada, line_1="1 Mill Lane", postcode="NE1 4ST")
    people_services.add_warning(actor=None, person=mother, kind="staff", text="Visit in pairs")
    today = timezone.localdate()
    case_ada = case_services.open_case(actor=csw, child=ada, unit=unit_a, status="cin", opened_on=today - dt.timedelta(days=40))
    case_byron = case_services.open_case(actor=csw, child=byron, unit=unit_a, status="cin", opened_on=today - dt.timedelta(days=40))
    zed = child("Zed", "Other", dt.date(2012, 1, 5), sex="M")
    case_zed = case_services.open_case(actor=other, child=zed, unit=unit_b, status="cp")
    today = today
    return SimpleNamespace(**locals())
