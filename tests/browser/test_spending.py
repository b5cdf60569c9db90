"""Spending in Chromium: from a child's page a social worker records a £30 travel spend (goal: 1 form, 1 save, no
approver), then asks for £150, which the consultant answers at phone width in one step; the social worker sees the
answer on the child's page. Every page is checked with axe at 1280 and 375 px and photographed; page loads are counted,
asserted and printed.
"""

import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from hearth.decisions.models import DecisionRule
from hearth.spending import defaults, services
from hearth.spending.models import Spend, SpendStatus, financial_year
from tests.browser import pages

pytestmark = pytest.mark.browser


class SpendingPage(pages.PersonPage):
    title = re.compile(r"^Spending for ")
    heading = re.compile(r"^Spending for ")

    def record(self, *, category: str, amount: str, what: str, why: str) -> None:
        self.page.get_by_role("group", name="What is the money for?").get_by_label(category, exact=True).check()
        self.page.get_by_label("Amount", exact=True).fill(amount)
        self.page.get_by_label("What it buys").fill(what)
        self.page.get_by_label("Why the child needs it").fill(why)
        self.page.get_by_role("button", name="Save spend").click()
        self.page.wait_for_load_state("load")


class WaitingPage(pages.BasePage):
    title = "Waiting for your answer"
    heading = "Waiting for your answer"


class AnyPage(pages.BasePage):
    pass


@pytest.fixture
def budget(world):
    defaults.seed()  # the live server's transactional database was emptied by earlier tests: put the set-up back
    DecisionRule.objects.get_or_create(kind="connected_person", defaults={"needs": "second_person"})
    return services.set_budget(actor=world.hos, unit=world.unit_a, year=financial_year(timezone.localdate()),
                               amounts={"travel": 100_000, "food": 20_000})


def test_social_worker_records_a_30_pound_travel_spend_in_one_form_and_one_save(page, phone_page, world, budget, sign_in_as):
    sign_in_as(page.context, world.sw)
    page.goto(f"/people/{world.ada.pk}/")
    child = pages.ChronologyPage(page, shot="sp-01-child")
    loads = pages.page_loads(page)

    child.section("Spending").click()
    form = SpendingPage(page, shot="sp-02-spend-form")
    form.record(category="Travel", amount="30", what="Family railcard", why="So that mother and baby can visit family")
    saved = SpendingPage(page, shot="sp-03-spend-saved")
    expect(saved.success_banner).to_contain_text("£30 for travel authorised and recorded")
    expect(page.get_by_role("table")).to_contain_text("Family railcard")

    spend = Spend.objects.get()
    assert spend.status == SpendStatus.AUTHORISED and spend.sent_to is None and spend.amount_pence == 3000
    form_loads, save_loads = 1, len(loads) - 1
    print(f"\nSpending journey: £30 travel spend from the child's page: {len(loads)} page loads "
          f"({form_loads} form, {save_loads} save), approver: none")
    assert len(loads) == 2 and save_loads == 1

    # Errors: a negative amount is refused with a clear message and nothing is saved.
    saved.record(category="Travel", amount="-5", what="Bus", why="Visit")
    errors = SpendingPage(page, shot="sp-04-spend-errors")
    assert errors.error_messages() == ["Amount must be more than £0"]
    assert Spend.objects.count() == 1

    # Above the social worker's £100: one save sends it to the consultant.
    errors.record(category="Travel", amount="150", what="Train tickets for the whole family", why="Grandmother's funeral")
    asked = SpendingPage(page, shot="sp-05-request-sent")
    expect(asked.success_banner).to_contain_text(f"sent to {world.csw} to authorise")
    request = Spend.objects.get(status=SpendStatus.PENDING)
    assert request.sent_to == world.csw

    # The consultant answers from a phone, in one step.
    sign_in_as(phone_page.context, world.csw)
    phone_loads = pages.page_loads(phone_page)
    phone_page.goto("/spending/waiting/")
    waiting = WaitingPage(phone_page, shot="sp-06-waiting-phone")
    assert pages.sideways_overflow(phone_page) <= 0
    section = phone_page.get_by_role("region", name=f"£150 for {world.ada.full_name}")
    section.get_by_label("Approve", exact=True).check()
    section.get_by_role("button", name="Send answer").click()
    phone_page.wait_for_load_state("load")
    answered = WaitingPage(phone_page, shot="sp-07-answered-phone")
    expect(answered.success_banner).to_contain_text(f"Approved: £150 for {world.ada.full_name}")
    assert len(phone_loads) == 2  # the list, then one save
    print(f"Spending journey: consultant answers a £150 request at 375 px: {len(phone_loads)} page loads (1 page, 1 save)")
    del waiting

    # The social worker sees the answer on the child's page.
    page.goto(f"/people/{world.ada.pk}/")
    child = pages.ChronologyPage(page, shot="sp-08-child-answer")
    expect(child.entry(f"{world.csw} approved £150 for travel")).to_be_visible()


def test_budget_oversight_report_and_decision_pages(page, world, budget, sign_in_as):
    services.record_spend(actor=world.sw, child=world.ada, category="travel", amount="30", reason="Visit")
    services.record_spend(actor=world.sw, child=world.byron, category="food", amount="150", reason="Food bank gap")
    sign_in_as(page.context, world.hos)
    page.goto(f"/units/{world.unit_a.pk}/")
    AnyPage(page, shot="sp-10-board-budget")
    expect(page.get_by_role("heading", name=re.compile("^Budget, April"))).to_be_visible()
    page.get_by_role("link", name="Budget by category and spend per child").click()
    AnyPage(page, shot="sp-11-unit-budget")
    page.goto("/spending/oversight/")
    AnyPage(page, shot="sp-12-oversight")
    page.goto("/spending/report/")
    AnyPage(page, shot="sp-13-report")
    expect(page.locator("svg[role=img]")).to_be_visible()

    sign_in_as(page.context, world.sw)
    page.goto(f"/people/{world.ada.pk}/decisions/")
    decisions = pages.PersonPage(page, shot="sp-14-decisions")
    page.get_by_label("Offer a family group conference").check()
    page.get_by_label("What was decided").fill("Offer the family a family group conference")
    page.get_by_label("Options considered").fill("Carry on with the plan alone; offer an FGC")
    page.get_by_label("Reason for the decision").fill("Grandparents want to help")
    page.get_by_role("button", name="Save decision").click()
    page.wait_for_load_state("load")
    saved = pages.PersonPage(page, shot="sp-15-decision-saved")
    expect(saved.success_banner).to_contain_text("Decision recorded on the chronology")
    del decisions

    # The weekly unit meeting lists the week's spends and decisions.
    sign_in_as(page.context, world.csw)
    page.goto(f"/units/{world.unit_a.pk}/")
    pages.UnitBoardPage(page, shot="sp-16-board").start_meeting()
    pages.MeetingPage(page, shot="sp-17-meeting-week")
    expect(page.get_by_role("table", name="Spends this week")).to_contain_text("£150")
    expect(page.get_by_role("table", name="Decisions this week")).to_contain_text("Offer a family group conference")
