"""The adoption team's pages in a real browser: the households, one household's journey, a step with an error then
saved, a new household. Every page is checked with axe and photographed at desktop and phone width."""

import datetime as dt
import re

import pytest
from playwright.sync_api import expect

from hearth.adoption.tests.conftest import household
from hearth.looked_after import services as looked_after
from tests.browser import pages

pytestmark = pytest.mark.browser


class HouseholdsPage(pages.BasePage):
    title = "Prospective adopters"
    heading = "Prospective adopters"
    shot = "adoption-households"


class HouseholdPage(pages.BasePage):
    title = re.compile(r"^Household \d+")
    heading = "Jo Reid and Kim Reid"
    shot = "adoption-household"


class MatchPage(pages.BasePage):
    title = re.compile(r"^Record a match with a child")
    heading = "Record a match with a child"
    shot = "adoption-match"


class ChangeAdopterPage(pages.BasePage):
    title = re.compile(r"^Change Jo Reid's details")
    heading = "Change Jo Reid's details"
    shot = "adoption-change-adopter"


class NewHouseholdPage(pages.BasePage):
    title = "Add a prospective adopter household"
    shot = "adoption-new"


def test_the_unit_records_a_match_and_sees_it_on_the_households_journey(page, world, sign_in_as):
    household(world)
    looked_after.record_adoption_stage(actor=world.sw, child=world.ada, stage="decision", on=dt.date(2025, 6, 1))
    sign_in_as(page.context, world.sw)
    page.goto("/adoption/")
    listing = HouseholdsPage(page)
    listing.page.get_by_role("link", name="Jo Reid and Kim Reid").click()
    HouseholdPage(page)
    page.get_by_role("link", name="Record a match with a child").click()
    MatchPage(page)
    page.get_by_role("button", name="Save").click()
    form = MatchPage(page, shot="adoption-match-errors")
    assert form.error_messages() == ["Select the child", "Enter the date matched"]
    page.get_by_label("Child").select_option(label="Ada Lovelace (born 12 March 2015)")
    page.get_by_label("Day").fill("1")
    page.get_by_label("Month").fill("10")
    page.get_by_label("Year").fill("2025")
    page.get_by_role("button", name="Save").click()
    done = HouseholdPage(page, shot="adoption-household-matched")
    expect(done.success_banner).to_contain_text("Saved")
    expect(page.locator(".moj-timeline")).to_contain_text("Matched with adopters")
    expect(page.locator(".moj-timeline")).to_contain_text("Ada Lovelace")
    page.get_by_role("link", name="Change Jo Reid's details").click()
    ChangeAdopterPage(page)


def test_a_new_household_page_shows_its_errors(page, world, sign_in_as):
    household(world)
    sign_in_as(page.context, world.sw)
    page.goto("/adoption/new/")
    NewHouseholdPage(page)
    page.get_by_role("button", name="Add household").click()
    form = NewHouseholdPage(page, shot="adoption-new-errors")
    assert "Enter the date of the enquiry" in form.error_messages()
