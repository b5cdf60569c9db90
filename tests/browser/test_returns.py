"""The analysts' page in a real browser: the list of returns, a census with an error, its download.
Every page is checked with axe and photographed at desktop and phone width."""

import datetime as dt
import re

import pytest
from playwright.sync_api import expect

from hearth.casework import services as cw
from hearth.casework.models import CPPlan
from hearth.returns.cin_census import latest_year
from hearth.returns.demo import analysts_group
from tests.browser import pages

pytestmark = pytest.mark.browser


class ReturnsPage(pages.BasePage):
    title = "Statutory returns"
    heading = "Statutory returns"
    shot = "returns-index"


class CensusPage(pages.BasePage):
    title = "Children in Need census"
    heading = "Children in Need census"
    shot = "returns-cin-census"


@pytest.fixture
def analyst(world):
    from tests.factories import UserFactory

    user = UserFactory(username="analyst", first_name="Avery", last_name="Quinn")
    user.groups.add(analysts_group())
    return user


def test_an_analyst_checks_the_census_sees_the_error_and_downloads_the_marked_file(page, world, analyst, sign_in_as):
    case = world.case_ada
    cw.record_conference(actor=world.sw, case=case, kind="initial", held_on=case.opened_on + dt.timedelta(days=3),
                         chair_name="Pat Chair", outcome="cp_plan", category="NEG")
    CPPlan.objects.filter(case=case).update(ended_on=case.opened_on + dt.timedelta(days=3))  # DfE rule 8840
    year = str(latest_year() + 1)
    sign_in_as(page.context, analyst)
    page.goto("/returns/")
    index = ReturnsPage(page)
    index.page.get_by_label("Collection year ending 31 March").fill(year)
    index.page.get_by_role("button", name="Check Children in Need census").click()
    census = CensusPage(page)
    expect(census.page.get_by_role("heading", name=re.compile(r"^Errors \(\d+\)"))).to_be_visible()
    expect(census.page.locator(".govuk-warning-text")).to_contain_text("validation error")
    table = census.page.get_by_role("table", name="Errors to fix before the return is sent")
    row = table.get_by_role("row").filter(has_text="8840")
    expect(row).to_contain_text("CPPendDate")
    expect(row.get_by_role("link", name=re.compile("Statutory work"))).to_have_attribute(
        "href", f"/people/{world.ada.pk}/#statutory-heading")
    with page.expect_download() as download:
        census.page.get_by_role("button", name=re.compile(r"^Download CIN_census_.*_WITH_\d+_ERRORS\.xml$")).click()
    assert "_WITH_" in download.value.suggested_filename

