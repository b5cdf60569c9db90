"""A child's statutory journey in Chromium, from referral to closure, by one unit's worker.

referral -> assessment -> strategy discussion -> section 47 -> conference -> child protection plan -> visits ->
review -> step down -> closure. The front door's worker records the phone call and decides on an assessment in the
browser; the unit's worker takes it from there. Every page is checked with axe at 1280 and 375 px and photographed;
the page loads of each step are counted and printed (a step: open the form, save, back on the child's page with a
success banner = 2 loads).
"""

import datetime as dt
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from hearth.cases.models import Case, ChronologyEntry
from hearth.casework.models import Assessment, CINPlan, Conference, CPPlan, Section47
from hearth.frontdoor.models import Referral
from hearth.frontdoor.tests.conftest import fd, referral_kwargs  # noqa: F401 - the front-door fixture (MASH unit, partners)
from hearth.units.models import Role
from tests import factories
from tests.browser import pages

pytestmark = pytest.mark.browser


class ChildPage(pages.PersonPage):
    title = "Quenby Marchbanks"

    def __init__(self, page, shot=None):
        super().__init__(page, shot)
        expect(page.get_by_role("heading", name="Statutory work", level=2)).to_be_visible()

    def clock(self, label: str):
        return self.page.locator(".hearth-clock").filter(has=self.page.locator("strong", has_text=re.compile("^" + label + "$")))


class StepPage(pages.StepPage):
    title = re.compile(r".+: Quenby Marchbanks")


class StrategyPage(pages.BasePage):
    title = "Strategy discussion: Quenby Marchbanks"
    heading = "Strategy discussion"


def test_referral_to_closure(page, fd, sign_in_as):  # noqa: F811
    today = timezone.localdate()
    worker = factories.member(fd.north, Role.SOCIAL_WORKER, username="nia", first_name="Nia", last_name="Okafor")
    loads = pages.page_loads(page)
    counts: dict[str, int] = {}

    def step_done(name: str) -> None:
        counts[name] = len(loads) - sum(counts.values())

    # The front door: the head teacher phones; the worker records the contact and decides on an assessment.
    sign_in_as(page.context, fd.worker)
    page.goto("/front-door/contacts/new/")
    pages.BasePage(page, shot="cw-00-contact")
    known = referral_kwargs()
    page.get_by_role("group", name="How did it come in?").get_by_label("Phone", exact=True).check()
    page.get_by_label("Who is referring (referral source)").select_option(known["source"])
    page.get_by_label("Referrer's name").fill(known["referrer_name"])
    page.get_by_label("Their role, or relationship to the child").fill(known["referrer_role"])
    page.get_by_label("Child's first name").fill(known["child_given_name"])
    page.get_by_label("Child's last name").fill(known["child_family_name"])
    born = known["child_date_of_birth"]
    dob = page.get_by_role("group", name="Child's date of birth")
    for part, value in zip(("Day", "Month", "Year"), (born.day, born.month, born.year), strict=True):
        dob.get_by_label(part, exact=True).fill(str(value))
    page.get_by_label("Address line 1").fill(known["child_address_line_1"])
    page.get_by_label("Postcode").fill(known["child_postcode"])
    page.get_by_label("What are the concerns?").fill(known["concerns"])
    page.get_by_role("button", name="Save and go to the decision").click()
    page.wait_for_load_state("load")
    pages.BasePage(page, shot="cw-00-referral")
    page.get_by_role("group", name="What happens next?").get_by_label("Child and family assessment", exact=True).check()
    page.get_by_label("Reason for the decision").fill("Bruise and fear of going home")
    page.get_by_role("button", name="Save decision").click()
    page.wait_for_load_state("load")
    expect(pages.BasePage(page, shot="cw-00-decided").success_banner).to_contain_text("Decision recorded for Quenby Marchbanks")
    referral = Referral.objects.get()
    child, case = referral.person, Case.objects.get(child=referral.person)
    assert referral.decision == "assessment" and referral.decided_by == fd.worker
    assert case.unit == fd.north and Assessment.objects.filter(case=case, completed_on__isnull=True).exists()
    step_done("contact and decision at the front door")

    # The unit's worker takes it from here.
    page.context.clear_cookies()
    sign_in_as(page.context, worker)

    # The child's page: the assessment clock started with the referral decision.
    page.goto(f"/people/{child.pk}/")
    child_page = ChildPage(page, shot="cw-01-child")
    expect(child_page.clock("Assessment").locator(".govuk-tag")).to_have_text("Due")
    step_done("referral (open the child's page)")

    # Assessment: the child is seen and the factors noted so far.
    page.get_by_text("Record a statutory step").click()
    page.get_by_role("link", name="Record assessment progress").click()
    step = StepPage(page, shot="cw-02-assessment")
    step.press("Save progress")
    step = StepPage(page, shot="cw-02-assessment-errors")
    assert step.error_messages() == ["Enter the date the child was seen, or select the factors identified"]
    step.date("Date the child was seen", today)
    page.get_by_label("Domestic violence: parent or carer is subject").check()
    step.press("Save progress")
    child_page = ChildPage(page, shot="cw-02-assessment-saved")
    expect(child_page.success_banner).to_contain_text("Assessment progress recorded")
    step_done("assessment progress")

    # Strategy discussion (the front door's form, opened from the child's page by the unit).
    page.get_by_text("Record a statutory step").click()
    page.get_by_role("link", name="Record a strategy discussion").click()
    StrategyPage(page, shot="cw-03-strategy")
    group = page.get_by_role("group", name="Date of the strategy discussion")
    for part, value in zip(("Day", "Month", "Year"), (today.day, today.month, today.year), strict=True):
        group.get_by_label(part, exact=True).fill(str(value))
    page.get_by_label("Attendee 1 name").fill("DC Rhys Powell")
    page.get_by_label("Attendee 1 agency").select_option("police")
    page.get_by_label("Information shared").fill("Police attended the home last month; school saw the bruise.")
    page.get_by_role("group", name="Start a section 47 enquiry?").get_by_label("Yes", exact=True).check()
    page.get_by_label("Reason for the decision").fill("Reasonable cause to suspect significant harm")
    page.get_by_role("button", name="Save strategy discussion").click()
    page.wait_for_load_state("load")
    child_page = ChildPage(page, shot="cw-03-strategy-saved")
    expect(child_page.success_banner).to_contain_text("Strategy discussion recorded")

    # The discussion decided on a section 47 enquiry: it starts, and so does the initial conference clock.
    expect(child_page.clock("Initial child protection conference")).to_contain_text("Due")
    s47 = Section47.objects.get(case=case)
    assert s47.strategy_discussion is not None and s47.started_on == today
    step_done("strategy discussion, which starts the section 47 enquiry")

    # The initial conference, from the clock's own link: a child protection plan starts.
    child_page.clock("Initial child protection conference").get_by_role("link").click()
    step = StepPage(page, shot="cw-05-conference")
    step.date("Date of the conference", today)
    page.get_by_label("Chair's name").fill("Iris Chair")
    step.choose("Was the chair independent?", "Yes")
    step.choose("Does the child need a child protection plan?", "Yes, a child protection plan")
    step.press("Save conference")
    step = StepPage(page, shot="cw-05-conference-errors")
    assert step.error_messages() == ["Select the category of abuse"]
    assert not Conference.objects.exists()
    step.choose("Category of abuse", "Physical abuse")
    step.press("Save conference")
    child_page = ChildPage(page, shot="cw-06-cp-plan")
    expect(child_page.success_banner).to_contain_text("child protection plan started (physical abuse)")
    for label in ("First core group", "Review conference", "Child protection visit"):
        expect(child_page.clock(label)).to_be_visible()
    expect(child_page.clock("Initial child protection conference").locator(".govuk-tag")).to_have_text("Met")
    assert CPPlan.objects.get(case=case).initial_category == "PHY"
    step_done("conference and child protection plan")

    # A visit where the child is seen resets the visit clock.
    child_page.clock("Child protection visit").get_by_role("link").click()
    record = pages.RecordPage(page, shot="cw-07-visit")
    record.fill(kind="Home visit", minutes="50", child_seen="Yes", seen_alone="Yes", narrative="Quenby showed me her room.")
    record.save()
    child_page = ChildPage(page, shot="cw-07-visit-saved")
    expect(child_page.success_banner).to_contain_text("Recorded on the chronology")
    step_done("visit")

    # Review conference: the plan continues.
    child_page.clock("Review conference").get_by_role("link").click()
    step = StepPage(page, shot="cw-08-review")
    step.date("Date of the conference", today)
    page.get_by_label("Chair's name").fill("Iris Chair")
    step.choose("Was the chair independent?", "Yes")
    step.choose("Outcome", "The plan continues")
    step.press("Save conference")
    child_page = ChildPage(page, shot="cw-08-review-saved")
    expect(child_page.success_banner).to_contain_text("the plan continues")
    step_done("review")

    # Step down: the child protection plan ends and a child in need plan starts (the primary need is asked for here).
    page.get_by_text("Record a statutory step").click()
    page.get_by_role("link", name="End the child protection plan").click()
    step = StepPage(page, shot="cw-09-step-down")
    step.date("Date the plan ended", today)
    page.get_by_label("Why the plan is ending").fill("Mother's partner has left; Quenby is safe at home.")
    step.choose("Step down to a child in need plan?", "Yes")
    step.press("End plan")
    step = StepPage(page, shot="cw-09-step-down-errors")
    assert step.error_messages() == ["Select the child's primary need to step down to a child in need plan"]
    assert CPPlan.objects.get(case=case).ended_on is None
    page.get_by_label("Primary need").select_option("N1")
    step.press("End plan")
    child_page = ChildPage(page, shot="cw-09-step-down-saved")
    expect(child_page.success_banner).to_contain_text("stepped down to a child in need plan")
    expect(child_page.clock("Child in need review")).to_be_visible()
    assert CPPlan.objects.get(case=case).stepped_down_to is not None
    step_done("step down")

    # Closure with the DfE reason: every clock stops.
    page.get_by_text("Record a statutory step").click()
    page.get_by_role("link", name="Close the case").click()
    step = StepPage(page, shot="cw-10-close")
    step.date("Date the case closed", today)
    step.choose("Reason for closure", "Services ceased for any other reason, including child no longer in need")
    step.press("Close case")
    board = pages.BasePage(page, shot="cw-10-closed-board")  # the unit no longer holds her: back on the board
    expect(page).to_have_url(re.compile(rf"/units/{fd.north.pk}/$"))
    expect(board.success_banner).to_contain_text("Case closed for Quenby Marchbanks")
    expect(page.get_by_role("rowheader", name="Quenby Marchbanks")).to_have_count(0)
    case.refresh_from_db()
    assert case.closed_on == today and case.closure_reason == "RC7"
    assert not CINPlan.objects.filter(case=case, ended_on__isnull=True).exists()
    step_done("closure")

    print("\nCasework journey, page loads per step (3 where the test first saves with a mistake to see the errors):")
    for name, n in counts.items():
        print(f"  {name}: {n}")
    print(f"  total: {sum(counts.values())}")
    assert all(n <= 4 for n in counts.values()), counts


def test_unit_board_and_meeting_agenda_at_phone_width(phone_page, world, sign_in_as):
    from hearth.cases import services as case_services
    from hearth.casework import services

    today = timezone.localdate()
    services.start_section_47(actor=world.sw, case=world.case_ada, started_on=today - dt.timedelta(days=30))
    services.start_section_47(actor=world.sw, case=world.case_byron, started_on=today - dt.timedelta(days=14))
    long_ago = today - dt.timedelta(days=200)
    Case.objects.filter(pk=world.case_zed.pk).update(unit=world.unit_a, opened_on=long_ago)  # drifting: nothing since
    ChronologyEntry.objects.filter(case=world.case_zed).update(occurred_on=long_ago)
    meeting = case_services.start_meeting(actor=world.csw, unit=world.unit_a)
    sign_in_as(phone_page.context, world.sw)
    phone_page.goto(f"/units/{world.unit_a.pk}/")
    pages.UnitBoardPage(phone_page, shot="cw-board-phone")
    expect(phone_page.get_by_role("heading", name=re.compile("^Overdue"))).to_be_visible()
    assert pages.sideways_overflow(phone_page) <= 0
    phone_page.goto(f"/meetings/{meeting.pk}/")
    pages.MeetingPage(phone_page, shot="cw-meeting-phone")
    assert pages.sideways_overflow(phone_page) <= 0
    phone_page.get_by_role("button", name="Propose closure for Zed Other").click()
    phone_page.wait_for_load_state("load")
    agenda = pages.MeetingPage(phone_page, shot="cw-meeting-phone-errors")
    assert agenda.error_messages() == ["Enter why the case should close"]
    phone_page.get_by_label("Why should Zed's case close?").fill("No concerns for six months")
    phone_page.get_by_role("button", name="Propose closure for Zed Other").click()
    agenda = pages.MeetingPage(phone_page, shot="cw-meeting-phone-proposed")
    expect(agenda.success_banner).to_contain_text("Closure proposed for Zed Other")
