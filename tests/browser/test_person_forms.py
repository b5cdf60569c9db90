"""Adding a person and an address from a phone, in a real browser. Every page is checked with axe and photographed."""

import re

import pytest
from playwright.sync_api import Page, expect

from hearth.people.models import Person, Relationship
from tests.browser import pages
from tests.browser.pages import PHONE

pytestmark = pytest.mark.browser


class AddPersonPage(pages.BasePage):
    """Add a person (from search), or add someone new around a child (from the child's record)."""

    title = re.compile(r"^Add ")
    heading = re.compile(r"^Add ")

    def group(self, legend: str):
        return self.page.get_by_role("group", name=legend, exact=True)

    def fill_date(self, legend: str, day: str, month: str, year: str) -> None:
        for part, value in zip(("Day", "Month", "Year"), (day, month, year), strict=True):
            self.group(legend).get_by_label(part, exact=True).fill(value)

    def save(self) -> None:
        self.page.get_by_role("button", name="Add this person").click()
        self.page.wait_for_load_state("load")


class DetailsPage(pages.PersonPage):
    title = "Details of "
    heading = re.compile(r"^Details of ")


class AddressPage(pages.PersonPage):
    title = "New address for "
    heading = re.compile(r"^New address for ")

    def save(self) -> None:
        self.page.get_by_role("button", name="Save address").click()
        self.page.wait_for_load_state("load")


def no_sideways_scroll(page: Page, what: str) -> None:
    assert page.viewport_size == PHONE
    assert pages.sideways_overflow(page) <= 0, f"{what} scrolls sideways on a 375px phone"


def test_add_someone_new_around_a_child_then_their_address_at_phone_width(phone_page, world, sign_in_as):
    page = phone_page
    sign_in_as(page.context, world.sw)

    # From the child's record: Details, then "Add a relationship", a search that finds no one, then "add someone new".
    pages.ChronologyPage.open(page, world.ada.pk, shot="pf-phone-chronology")
    page.get_by_role("navigation", name="Sections of this record").get_by_role("link", name="Details").click()
    details = DetailsPage(page, shot="pf-phone-details")
    details.page.get_by_role("link", name="Add a relationship").click()
    page.get_by_label("Name, date of birth, NHS number or postcode").fill("Wilhelmina Quist")
    page.get_by_role("button", name="Search").click()
    pages.PersonPage(page, shot="pf-phone-find-relative-none")
    expect(page.get_by_role("heading", name="0 people found")).to_be_visible()
    page.get_by_role("link", name="Add someone new to the people around Ada").click()

    form = AddPersonPage(page, shot="pf-phone-add-relative")
    no_sideways_scroll(page, "the add-a-person form")
    form.save()
    form = AddPersonPage(page, shot="pf-phone-add-relative-errors")
    expect(form.error_summary).to_be_focused()
    assert form.error_messages() == ["Select how they are related", "Select whether they live together",
                                     "Enter a first name", "Enter a last name", "Select the person's sex"]
    people_before = Person.objects.count()

    form.group("Who is the new person to Ada Lovelace?").get_by_label("Aunt or uncle", exact=True).check()
    form.group("Does Ada live with the new person?").get_by_label("No", exact=True).check()
    page.get_by_label("First name").fill("Wilhelmina")
    page.get_by_label("Last name").fill("Quist")
    form.fill_date("Date of birth", "14", "2", "1979")
    form.group("Sex").get_by_label("Female", exact=True).check()
    page.get_by_label("Ethnicity").select_option("WIRI")
    page.get_by_label("NHS number (optional)").fill("943 476 5919")
    form.group("Disabilities (optional)").get_by_label("Hearing", exact=True).check()
    form.save()

    person = Person.objects.get(given_name="Wilhelmina", family_name="Quist")
    assert Person.objects.count() == people_before + 1
    expect(page).to_have_url(re.compile(rf"/people/{person.pk}/$"))
    chronology = pages.ChronologyPage(page, shot="pf-phone-new-person")
    expect(chronology.success_banner).to_contain_text("Wilhelmina Quist added to the people around Ada")
    expect(chronology.identity_bar).to_contain_text("Wilhelmina Quist")
    expect(chronology.identity_bar).to_contain_text("NHS 943 476 5919")
    assert chronology.identity_bar_is_readable()
    assert Relationship.objects.filter(from_person=person, to_person=world.ada, kind="aunt_uncle").exists()

    # Her address, from her details.
    chronology.section("Details").click()
    details = DetailsPage(page, shot="pf-phone-new-person-details")
    expect(page.get_by_text("Not known").first).to_be_visible()
    details.page.get_by_role("link", name="Record a new address").click()
    address = AddressPage(page, shot="pf-phone-address")
    no_sideways_scroll(page, "the address form")
    page.get_by_label("Address line 1").fill("12 Harbour View")
    page.get_by_label("Postcode").fill("NE30")
    address.save()
    address = AddressPage(page, shot="pf-phone-address-errors")
    assert address.error_messages() == ["Enter a real postcode, like SW1A 1AA"]
    expect(page.get_by_label("Address line 1")).to_have_value("12 Harbour View")
    assert not person.addresses.exists()

    page.get_by_label("Postcode").fill("ne30 4aa")
    address.save()
    expect(page).to_have_url(re.compile(rf"/people/{person.pk}/details/$"))
    details = DetailsPage(page, shot="pf-phone-details-with-address")
    expect(details.success_banner).to_contain_text("Address saved")
    expect(page.get_by_text("12 Harbour View, NE30 4AA")).to_be_visible()
    saved = person.addresses.get()
    assert (saved.line_1, saved.postcode, saved.ended_on) == ("12 Harbour View", "NE30 4AA", None)


def test_not_found_add_a_person_with_an_address_at_phone_width(phone_page, world, sign_in_as):
    page = phone_page
    sign_in_as(page.context, world.sw)
    search = pages.SearchPage.open(page, shot="pf-phone-search")
    search.search("Oswin Tarrant-Vale", shot="pf-phone-search-none")
    expect(page.get_by_text("No one matches")).to_be_visible()
    page.get_by_role("link", name="Add a person").click()

    form = AddPersonPage(page, shot="pf-phone-add-person")
    no_sideways_scroll(page, "the add-a-person form")
    page.get_by_label("First name").fill("Oswin")
    page.get_by_label("Last name").fill("Tarrant-Vale")
    form.fill_date("Date of birth", "30", "2", "2019")
    form.group("Sex").get_by_label("Male", exact=True).check()
    page.get_by_label("Address line 1").fill("3 Quarry Lane")
    form.save()
    form = AddPersonPage(page, shot="pf-phone-add-person-errors")
    assert form.error_messages() == ["Date of birth must be a real date", "Enter a postcode, or leave the address empty"]
    expect(page.get_by_label("Last name")).to_have_value("Tarrant-Vale")
    assert not Person.objects.filter(family_name="Tarrant-Vale").exists()

    form.fill_date("Date of birth", "28", "2", "2019")
    page.get_by_label("Postcode").fill("NE6 1AB")
    form.save()
    person = Person.objects.get(family_name="Tarrant-Vale")
    assert person.addresses.get().postcode == "NE6 1AB"
    # The new record opens for whoever added it (access basis "creator"), without asking for a reason.
    expect(page).to_have_url(re.compile(rf"/people/{person.pk}/$"))
    pages.BasePage(page, shot="pf-phone-after-adding")
