"""The team around the child and information sharing, in a real browser at desktop and phone width (axe on every page)."""

import datetime as dt
import re

import pytest
from playwright.sync_api import expect

from hearth.partners import services
from hearth.partners.models import Organisation
from tests.browser import pages
from tests.browser.pages import PHONE

pytestmark = pytest.mark.browser


class TeamPage(pages.BasePage):
    title = re.compile(r"^Team around ")
    heading = "Team around the child"
    shot = "team"


class PartnerFormPage(pages.BasePage):
    shot = "partner-form"


@pytest.fixture
def team(world):
    school = Organisation.objects.create(name="Mill Lane Primary School and Nursery", kind="school")
    services.record_involvement(actor=world.sw, person=world.ada, role="dsl", professional_name="Priya Shah",
                                organisation=school, phone="01632 960 555",
                                email="designated.safeguarding.lead@millane-primary.example.org",
                                started_on=dt.date(2024, 9, 1))
    gone = services.record_involvement(actor=world.sw, person=world.ada, role="health_visitor", professional_name="Sam Lee",
                                       organisation_name="Northshire Community Health", started_on=dt.date(2016, 1, 1))
    services.end_involvement(actor=world.sw, involvement=gone, ended_on=dt.date(2019, 1, 1))
    services.request_information(actor=world.sw, person=world.ada, organisation_name="Mill Surgery",
                                 lawful_basis="ca1989_s47", details="Attendance and missed appointments this year")
    return school


def test_team_page_and_its_forms_at_phone_width(phone_page, world, team, sign_in_as):
    sign_in_as(phone_page.context, world.sw)
    phone_page.goto(f"/people/{world.ada.pk}/team/")
    TeamPage(phone_page, "partners-team")
    assert phone_page.viewport_size == PHONE
    assert pages.sideways_overflow(phone_page) <= 0, "the team page scrolls sideways on a 375px phone"
    expect(phone_page.get_by_role("link", name="01632 960 555")).to_have_attribute("href", "tel:01632960555")
    expect(phone_page.get_by_role("link", name=re.compile("designated.safeguarding.lead"))).to_have_attribute(
        "href", "mailto:designated.safeguarding.lead@millane-primary.example.org")
    expect(phone_page.get_by_text("Sam Lee")).to_be_hidden()  # past professionals are collapsed
    phone_page.get_by_text(re.compile("Professionals who worked with Ada before")).click()
    expect(phone_page.get_by_text("Sam Lee")).to_be_visible()

    phone_page.get_by_role("button", name="Add a professional").click()
    PartnerFormPage(phone_page, "partners-add-professional")
    assert pages.sideways_overflow(phone_page) <= 0
    phone_page.get_by_role("button", name="Add professional").click()
    form = PartnerFormPage(phone_page, "partners-add-professional-errors")
    assert form.error_messages() == ["Select the professional's role", "Enter the professional's name, or their organisation"]
    phone_page.get_by_label("Role").select_option(label="GP")
    phone_page.get_by_label("Name", exact=True).fill("Dr Okafor")
    phone_page.get_by_label("Telephone").fill("01632 960 777")
    phone_page.get_by_role("button", name="Add professional").click()
    TeamPage(phone_page, "partners-team-added")
    expect(phone_page.get_by_role("heading", name="GP: Dr Okafor")).to_be_visible()

    phone_page.goto(f"/people/{world.ada.pk}/team/information/request/")
    PartnerFormPage(phone_page, "partners-request-information")
    assert pages.sideways_overflow(phone_page) <= 0
    phone_page.goto(f"/people/{world.ada.pk}/team/information/record/")
    PartnerFormPage(phone_page, "partners-record-share")
    phone_page.get_by_role("button", name="Record sharing").click()
    PartnerFormPage(phone_page, "partners-record-share-errors")
    assert pages.sideways_overflow(phone_page) <= 0
