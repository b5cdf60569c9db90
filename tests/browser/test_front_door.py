"""From a partner's referral to a front-door decision, in a real browser, with axe and screenshots at each page.

The partner (a school's safeguarding lead) sends a referral through /refer/; a front-door worker signs in, opens
the board, opens the referral (the possible records side by side), chooses the child's record and decides, on the
same page. The test counts the worker's page loads from the board to the recorded decision (goal: 3 or fewer).
"""

import re

import pytest
from playwright.sync_api import expect

from hearth.cases.models import ChronologyEntry, EntryKind
from hearth.frontdoor.models import MatchStatus, Referral
from hearth.frontdoor.tests.conftest import fd  # noqa: F401 - the front-door fixture (MASH unit, partners)
from tests.browser import pages
from tests.browser.pages import PASSWORD

pytestmark = pytest.mark.browser


class PartnerReferPage(pages.BasePage):
    title = "Make a referral to children's social care"
    heading = "Make a referral to children's social care"
    shot = "fd-refer"


class ReferralSentPage(pages.BasePage):
    title = "Referral sent"
    shot = "fd-referral-sent"


class FrontDoorBoardPage(pages.BasePage):
    title = "Front door"
    heading = "Front door"
    shot = "fd-board"


class ReferralPage(pages.BasePage):
    title = re.compile(r"^Referral FD-\d+: ")
    shot = "fd-referral"


def test_partner_referral_to_front_door_decision(browser, site, fd, sign_in_as):  # noqa: F811
    # The partner sends a referral about a child who may be Ada (spelt differently, born a year later).
    partner = browser.new_context(base_url=site.url, viewport=pages.DESKTOP, locale="en-GB", timezone_id="Europe/London")
    sign_in_as(partner, fd.school_user)
    page = partner.new_page()
    page.goto("/refer/")
    refer = PartnerReferPage(page)
    page.get_by_role("button", name="Send referral").click()
    refer = PartnerReferPage(page, shot="fd-refer-errors")
    assert "Enter the child's first name" in refer.error_messages()
    assert "Enter what the concerns about the child are" in refer.error_messages()
    expect(page.get_by_label("Your name")).to_have_value("Sam Teacher")
    page.get_by_label("Child's first name").fill("Adah")
    page.get_by_label("Child's last name").fill("Lovelace")
    dob = page.get_by_role("group", name="Child's date of birth")
    for part, value in (("Day", "12"), ("Month", "3"), ("Year", "2016")):
        dob.get_by_label(part, exact=True).fill(value)
    page.get_by_label("What are the concerns?").fill("Adah said her mum's boyfriend hit her with a belt last night.")
    page.get_by_role("button", name="Send referral").click()
    sent = ReferralSentPage(page)
    referral = Referral.objects.get()
    expect(page.locator(".govuk-panel")).to_contain_text(referral.reference)
    expect(page.locator("main")).not_to_contain_text("Lovelace")  # nothing of the child's record
    assert sent.page.url.endswith(f"/refer/{referral.pk}/sent/")
    assert referral.match_status == MatchStatus.AWAITING_WORKER
    partner.close()

    # The worker signs in on the way to the front door.
    worker = browser.new_context(base_url=site.url, viewport=pages.DESKTOP, locale="en-GB", timezone_id="Europe/London")
    page = worker.new_page()
    page.goto("/front-door/")
    sign_in = pages.SignInPage(page, shot="fd-sign-in")
    sign_in.sign_in("mash", PASSWORD)
    expect(page).to_have_url(re.compile(r"/front-door/$"))

    loads = pages.page_loads(page)
    page.reload()  # the board, as the worker starts from it (load 1)
    FrontDoorBoardPage(page)
    row = page.get_by_role("row").filter(has=page.get_by_role("link", name=re.compile("Adah Lovelace")))
    expect(row.locator(".govuk-tag")).to_have_text(re.compile(r"^Due in "))
    row.get_by_role("link", name=re.compile("Adah Lovelace")).click()  # load 2

    ReferralPage(page)
    table = page.get_by_role("table", name="The referral and the possible records side by side")
    expect(table).to_contain_text("Ada Lovelace")
    expect(table).to_contain_text("First name: Adah is spelt like Ada")
    page.get_by_role("radio", name="Ada Lovelace").check()
    page.get_by_role("group", name="What happens next?").get_by_label("Add to the open case").check()
    page.get_by_label("Reason for the decision").fill("Ada is open to Unit A: the unit will follow this up today.")
    page.get_by_role("button", name="Save decision").click()  # load 3: the decision, back on the board

    board = FrontDoorBoardPage(page, shot="fd-board-after")
    expect(board.success_banner).to_contain_text("Decision recorded for Adah Lovelace: Add to the open case")
    expect(page.get_by_role("table", name="Decided today")).to_contain_text("Unit A")
    worker_loads = len(loads)
    print(f"\nFront door journey: {worker_loads} page loads for the worker from the board to the recorded decision "
          f"(2 more to sign in): {loads}")
    assert worker_loads <= 3

    referral.refresh_from_db()
    assert referral.person == fd.w.ada and referral.decided_by == fd.worker
    assert ChronologyEntry.objects.filter(child=fd.w.ada, kind=EntryKind.FRONT_DOOR_DECISION).exists()
    worker.close()


def test_front_door_pages_at_phone_width(phone_page, fd, sign_in_as):  # noqa: F811
    """The contact form, the board and a referral page, at 375 px: axe-clean, nothing wider than the screen."""
    sign_in_as(phone_page.context, fd.worker)
    phone_page.goto("/front-door/contacts/new/")
    pages.BasePage(phone_page, shot="fd-contact-phone")
    assert pages.sideways_overflow(phone_page) <= 0
    phone_page.get_by_label("Referrer's name").fill("Gran")
    phone_page.get_by_label("Who is referring (referral source)").select_option("1A")
    phone_page.get_by_label("Child's first name").fill("Tomos")
    phone_page.get_by_label("Child's last name").fill("Bright")
    phone_page.get_by_label("What are the concerns?").fill("Says he has not eaten since Friday")
    phone_page.get_by_role("button", name="Save and go to the decision").click()
    ReferralPage(phone_page, shot="fd-referral-phone")
    assert pages.sideways_overflow(phone_page) <= 0
    phone_page.goto("/front-door/")
    FrontDoorBoardPage(phone_page, shot="fd-board-phone")
    assert pages.sideways_overflow(phone_page) <= 0
