"""The adopters' legal relationship in a real browser: asked with the second adopter (an error, then saved), shown on
the household page, corrected on its own page. Every page is checked with axe and photographed at desktop and phone
width."""

import re

import pytest
from playwright.sync_api import expect

from hearth.adoption.tests.conftest import household
from tests.browser import pages

pytestmark = pytest.mark.browser


class HouseholdPage(pages.BasePage):
    title = re.compile(r"^Household \d+")
    shot = "adoption-relationship-household"


class AddAdopterPage(pages.BasePage):
    title = re.compile(r"^Add an adopter")
    heading = "Add an adopter"
    shot = "adoption-second-adopter"


class RelationshipPage(pages.BasePage):
    title = re.compile(r"^Record the adopters' legal relationship")
    heading = "Record the adopters' legal relationship"
    shot = "adoption-relationship"


def test_the_second_adopter_and_the_couples_relationship_are_recorded_and_shown(page, world, sign_in_as):
    single = household(world, second=False)
    sign_in_as(page.context, world.sw)
    page.goto(f"/adoption/{single.pk}/")
    first = HouseholdPage(page, shot="adoption-relationship-single")
    expect(page.locator(".govuk-summary-list").first).to_contain_text("Single adopter")
    first.page.get_by_role("link", name="Add a second adopter").click()
    AddAdopterPage(page)
    page.get_by_label("First name").fill("Sam")
    page.get_by_label("Last name").fill("Reid")
    page.get_by_label("Day").fill("3")
    page.get_by_label("Month").fill("3")
    page.get_by_label("Year").fill("1983")
    page.get_by_label("Female").check()
    page.get_by_label("Ethnicity").select_option("WBRI")
    page.get_by_role("button", name="Add adopter").click()
    form = AddAdopterPage(page, shot="adoption-second-adopter-errors")
    assert form.error_messages() == ["Select the adopters' legal relationship"]
    page.get_by_label("Civil partners", exact=True).check()
    page.get_by_role("button", name="Add adopter").click()
    HouseholdPage(page)
    expect(page.locator(".govuk-summary-list").first).to_contain_text("Civil partners")
    page.get_by_role("link", name="Record the adopters' legal relationship").click()
    RelationshipPage(page)
    page.get_by_label("Married", exact=True).check()
    page.get_by_role("button", name="Save").click()
    HouseholdPage(page, shot="adoption-relationship-married")
    expect(page.locator(".govuk-summary-list").first).to_contain_text("Married")
