import pytest

from hearth.partners import services
from hearth.partners.models import Organisation
from tests.factories import UnitFactory, member


@pytest.fixture
def partners(world):
    """A police force, a health trust and a school, each with an API key; a front door unit; unit contacts."""
    world.police = Organisation.objects.create(name="Northshire Police", kind="police", code="NS01")
    world.health = Organisation.objects.create(name="Northshire Children's Hospital", kind="health", code="RXX")
    world.school = Organisation.objects.create(name="Mill Lane Primary", kind="school", code="100001")
    world.police_key = services.create_api_key(actor=None, organisation=world.police, label="Police MASH system")
    world.health_key = services.create_api_key(actor=None, organisation=world.health, label="Hospital system")
    world.school_key = services.create_api_key(actor=None, organisation=world.school, label="School system")
    world.front_door = UnitFactory(name="Front Door", service_area="front_door", phone="01632 960 100",
                                   email="frontdoor@example.org")
    member(world.front_door, "csw", username="fd_csw")
    world.unit_a.phone = "01632 960 001"
    world.unit_a.email = "unit-a@example.org"
    world.unit_a.save()
    world.csw.first_name, world.csw.last_name = "Clara", "Wright"
    world.csw.save()
    return world


def bearer(issued) -> dict:
    return {"HTTP_AUTHORIZATION": f"Bearer {issued.plaintext}"}
