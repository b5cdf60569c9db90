"""Front-door fixtures: a MASH unit and its workers, units to allocate to, two partner agencies with keys and users."""

import datetime as dt
from types import SimpleNamespace

import pytest

from hearth.partners import services as partner_services
from hearth.partners.models import Organisation, OrganisationMember
from hearth.units.models import Role, ServiceArea
from tests import factories


@pytest.fixture
def fd(world):
    mash = factories.UnitFactory(name="MASH", service_area=ServiceArea.FRONT_DOOR)
    worker = factories.member(mash, Role.SOCIAL_WORKER, username="mash", first_name="Maya", last_name="Ash")
    manager = factories.member(mash, Role.CONSULTANT_SOCIAL_WORKER, username="mash_lead")
    north = factories.UnitFactory(name="Assessment North", service_area=ServiceArea.ASSESSMENT, localities="NE1, NE2")
    south = factories.UnitFactory(name="Assessment South", service_area=ServiceArea.ASSESSMENT, localities="SE1")
    family_support = factories.UnitFactory(name="Family Support", service_area=ServiceArea.FAMILY_SUPPORT)
    school = Organisation.objects.create(name="Brackenby Primary School", kind="school")
    police = Organisation.objects.create(name="Northshire Police", kind="police")
    school_user = factories.UserFactory(username="school", first_name="Sam", last_name="Teacher", email="sam@school.example")
    OrganisationMember.objects.create(user=school_user, organisation=school, job_title="Designated safeguarding lead")
    police_user = factories.UserFactory(username="police")
    OrganisationMember.objects.create(user=police_user, organisation=police, job_title="Detective constable")
    school_key = partner_services.create_api_key(actor=None, organisation=school, label="School MIS").plaintext
    police_key = partner_services.create_api_key(actor=None, organisation=police, label="Police system").plaintext
    return SimpleNamespace(**locals(), w=world)


def referral_kwargs(**overrides) -> dict:
    """A complete, valid staff contact about a child nobody has a record of."""
    kwargs = {
        "channel": "phone", "source": "2A", "referrer_name": "Jo Head", "referrer_role": "Head teacher",
        "referrer_phone": "01632 960 001", "referrer_email": "jo@school.example",
        "concerns": "Came to school with a bruise on her cheek and said she was scared to go home.",
        "child_given_name": "Quenby", "child_family_name": "Marchbanks", "child_date_of_birth": dt.date(2016, 5, 4),
        "child_sex": "F", "child_address_line_1": "4 Kiln Row", "child_postcode": "NE2 1AA",
        "child_school": "Brackenby Primary School", "parents_carers": "Lou Marchbanks (mother)",
    }
    kwargs.update(overrides)
    return kwargs
