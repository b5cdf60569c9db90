"""The journeys staff make most, in a real browser. Every page visited is checked with axe and photographed."""

import datetime as dt
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from hearth.cases import services as case_services
from hearth.cases.models import ChronologyEntry, Task
from tests.browser import pages
from tests.browser.pages import PASSWORD, PHONE

pytestmark = pytest.mark.browser

SECRET = "Ada said she is frightened of the dog next door"


def test_sign_in_wrong_password_then_right_one_lands_on_the_unit_board(page, world):
    sign_in = pages.SignInPage.open(page, shot="j1-sign-in")
    sign_in.sign_in("csw", "not-the-password")

    sign_in = pages.SignInPage(page, shot="j1-sign-in-wrong-password")
    expect(sign_in.error_summary).to_be_visible()
    expect(sign_in.error_summary.get_by_role("heading", name="There is a problem")).to_be_visible()
    assert sign_in.error_messages() == ["Enter a correct username and password"]
    expect(page.get_by_label("Username")).to_have_value("csw")
    expect(page.get_by_label("Password")).to_have_value("")

    sign_in.sign_in("csw", PASSWORD)
    expect(page).to_have_url(re.compile(rf"/units/{world.unit_a.pk}/$"))
    board = pages.UnitBoardPage(page, shot="j1-unit-board")
    expect(board.row_for("Ada Lovelace")).to_be_visible()
    expect(board.row_for("Byron Lovelace")).to_be_visible()
    expect(page.get_by_role("rowheader", name="Zed Other")).to_have_count(0)


def test_sign_in_with_nothing_entered_lists_both_fields(page, world):
    sign_in = pages.SignInPage.open(page, shot="j1-sign-in")
    page.get_by_role("button", name="Sign in").click()
    sign_in = pages.SignInPage(page, shot="j1-sign-in-empty")
    assert sign_in.error_messages() == ["Enter your username", "Enter your password"]
    sign_in.error_summary.get_by_role("link", name="Enter your username").click()
    expect(page.get_by_label("Username")).to_be_focused()


def test_finding_a_child_despite_a_typo_and_opening_her_record(page, world, sign_in_as):
    case_services.record_work(actor=world.sw, child=world.ada, kind="home_visit", occurred_on=timezone.localdate(),
                              minutes=30, child_seen=True, seen_alone=False, narrative=SECRET)
    sign_in_as(page.context, world.csw)
    search = pages.SearchPage.open(page, shot="j2-search")
    results = search.search("Ada Lovleace", shot="j2-search-results")

    expect(page).to_have_url(re.compile(r"/people/\?q=Ada\+Lovleace"))
    expect(page.get_by_role("heading", level=2, name=re.compile(r"found$"))).to_be_visible()
    expect(results.results().first.get_by_role("link")).to_have_text("Ada Lovelace")

    results.results().first.get_by_role("link", name="Ada Lovelace").click()
    expect(page).to_have_url(re.compile(rf"/people/{world.ada.pk}/$"))
    record = pages.ChronologyPage(page, shot="j2-chronology")
    expect(record.identity_bar).to_contain_text("Ada Lovelace")
    expect(record.identity_bar).to_contain_text("Born 12 March 2015")
    expect(record.entry(SECRET)).to_be_visible()
    expect(record.entry(SECRET)).to_contain_text("Home visit")
    expect(page.locator(".hearth-warning")).to_have_count(0)  # the warning is on the mother's record


def test_the_sections_of_a_childs_record(page, world, sign_in_as):
    sign_in_as(page.context, world.csw)
    record = pages.ChronologyPage.open(page, world.ada.pk, shot="j2-chronology-new-case")
    record.section("Family").click()
    family = pages.FamilyPage(page, shot="j2-family")
    expect(page.get_by_role("rowheader", name="Byron Lovelace")).to_be_visible()
    expect(page.get_by_role("link", name="Mary Lovelace")).to_be_visible()
    family.page.get_by_role("link", name="Mary Lovelace").click()
    mother = pages.ChronologyPage(page, shot="j2-adult-with-warning")
    expect(mother.identity_bar).to_contain_text("Mary Lovelace")
    expect(mother.page.locator(".hearth-warning")).to_contain_text("Visit in pairs")
    page.goto(f"/people/{world.ada.pk}/access-history/")
    history = pages.AccessHistoryPage(page, shot="j2-access-history")
    expect(history.page.get_by_role("table")).to_contain_text("Viewed the family")


def _fill_visit(record, narrative):
    record.fill(kind="Home visit", minutes="45", child_seen="Yes", seen_alone="Yes", narrative=narrative)


def test_recording_a_visit_from_the_unit_board_takes_at_most_three_page_loads(page, world, sign_in_as):
    sign_in_as(page.context, world.sw)
    board = pages.UnitBoardPage.open(page, world.unit_a.pk, shot="j3-unit-board")
    before = ChronologyEntry.objects.filter(child=world.ada).count()
    loads = pages.page_loads(page)

    board.record_link_for("Ada Lovelace").click()
    record = pages.RecordPage(page, shot="j3-record-form")
    today = timezone.localdate()
    assert record.date_values() == (str(today.day), str(today.month), str(today.year)), "the date is today unless changed"
    narrative = "Home visit. Ada showed me her room and her drawings; Mary was calm and the home was warm."
    _fill_visit(record, narrative)
    record.save()

    expect(page).to_have_url(re.compile(rf"/people/{world.ada.pk}/$"))
    chronology = pages.ChronologyPage(page, shot="j3-chronology-after-visit")
    n = len(loads)
    print(f"visit journey page loads: {n} ({', '.join(loads)})")
    assert n <= 3, loads
    expect(chronology.success_banner).to_contain_text("Recorded on the chronology")
    entry = chronology.entry(narrative)
    expect(entry).to_be_visible()
    expect(entry).to_contain_text("Home visit")
    expect(entry).to_contain_text("45 minutes · Child seen, alone")
    assert ChronologyEntry.objects.filter(child=world.ada).count() == before + 1
    saved = ChronologyEntry.objects.filter(child=world.ada).latest("pk")
    assert (saved.kind, saved.minutes, saved.child_seen, saved.seen_alone, saved.occurred_on) == (
        "home_visit", 45, True, True, today)
    assert saved.author == world.sw


def test_saving_the_recording_form_empty_lists_the_problems_and_saves_nothing(page, world, sign_in_as):
    sign_in_as(page.context, world.sw)
    board = pages.UnitBoardPage.open(page, world.unit_a.pk, shot="j3-unit-board")
    before = ChronologyEntry.objects.filter(child=world.ada).count()
    loads = pages.page_loads(page)
    board.record_link_for("Ada Lovelace").click()
    record = pages.RecordPage(page, shot="j3-record-form")
    record.save()

    record = pages.RecordPage(page, shot="j3-record-form-errors")
    expect(record.error_summary).to_be_focused()
    assert record.error_messages() == [
        "Select what kind of work this was", "Enter how many minutes it took", "Enter what happened",
    ]
    for message in record.error_messages():
        expect(page.locator(".govuk-error-message").filter(has_text=message)).to_be_visible()
    assert ChronologyEntry.objects.filter(child=world.ada).count() == before

    # A visit needs to say whether the child was seen.
    record.fill(kind="Home visit", minutes="45", child_seen=None, seen_alone=None, narrative="A visit.")
    record.save()
    record = pages.RecordPage(page, shot="j3-record-form-seen-missing")
    assert record.error_messages() == ["Select whether the child was seen"]
    expect(page.get_by_label("What happened")).to_have_value("A visit.")
    assert ChronologyEntry.objects.filter(child=world.ada).count() == before

    _fill_visit(record, "A visit, recorded at the third attempt.")
    record.save()
    chronology = pages.ChronologyPage(page, shot="j3-chronology-after-errors")
    expect(chronology.entry("A visit, recorded at the third attempt.")).to_be_visible()
    print(f"visit journey with two failed saves, page loads: {len(loads)}")
    assert len(loads) == 4  # the form, two refusals, the chronology
    assert ChronologyEntry.objects.filter(child=world.ada).count() == before + 1


def test_unit_meeting_decision_goes_to_the_next_child_and_onto_the_chronology(page, world, sign_in_as):
    sign_in_as(page.context, world.csw)
    board = pages.UnitBoardPage.open(page, world.unit_a.pk, shot="j4-unit-board")
    board.start_meeting()

    meeting = pages.MeetingPage(page, shot="j4-meeting")
    expect(page.get_by_text("0 of 2 discussed")).to_be_visible()
    meeting.discuss_next()

    ada = pages.MeetingChildPage(page, shot="j4-meeting-ada")
    expect(page.get_by_role("heading", level=1)).to_have_text("Ada Lovelace")
    expect(ada.caption).to_have_text("Unit meeting: child 1 of 2")
    due = timezone.localdate() + dt.timedelta(days=14)
    decision = "Continue the child in need plan; ask school about attendance."
    ada.record_decision(decision=decision, action="Visit school to meet the designated teacher",
                        who_value=str(world.sw.pk), due=(str(due.day), str(due.month), str(due.year)),
                        discussion="Attendance has dropped since half term.")
    ada.save()

    byron = pages.MeetingChildPage(page, shot="j4-meeting-byron")
    expect(page.get_by_role("heading", level=1)).to_have_text("Byron Lovelace")
    expect(byron.caption).to_have_text("Unit meeting: child 2 of 2")
    expect(byron.success_banner).to_contain_text("Decision for Ada Lovelace added to their chronology")
    task = Task.objects.get(case=world.case_ada)
    assert (task.description, task.due_on, task.assigned_to) == ("Visit school to meet the designated teacher", due, world.sw)

    chronology = pages.ChronologyPage.open(page, world.ada.pk, shot="j4-chronology-with-decision")
    entry = chronology.entry(decision)
    expect(entry).to_be_visible()
    expect(entry).to_contain_text("Unit meeting decision")
    expect(entry).to_contain_text(f"Visit school to meet the designated teacher (by {due.day} {due:%b %Y}")
    expect(page.get_by_role("heading", name="Next things due")).to_be_visible()


def test_recording_form_at_phone_width(phone_page, world, sign_in_as):
    sign_in_as(phone_page.context, world.sw)
    assert phone_page.viewport_size == PHONE
    record = pages.RecordPage.open(phone_page, world.ada.pk, shot="j5-phone-record-form")
    assert phone_page.viewport_size == PHONE, "the page object puts the phone viewport back"
    phone_page.screenshot(path=pages.SCREENSHOTS / "j5-phone-record-form--viewport.png")
    assert pages.sideways_overflow(phone_page) <= 0, "the recording form scrolls sideways on a 375px phone"

    record.save()
    record = pages.RecordPage(phone_page, shot="j5-phone-record-form-errors")
    expect(record.error_summary).to_be_visible()
    _fill_visit(record, "Seen at home on the way back from court.")
    record.save()
    chronology = pages.ChronologyPage(phone_page, shot="j5-phone-chronology")
    expect(phone_page.get_by_text("Seen at home on the way back from court.")).to_be_visible()
    # MOJ's identity bar justifies its text, so on a phone the name is spread across the bar: "Ada      Lovelace".
    assert chronology.identity_bar_is_readable(), "the child's name in the identity bar is justified apart on a phone"


def test_pages_at_phone_width_pass_axe_and_do_not_scroll_sideways(phone_page, world, sign_in_as):
    """WCAG 1.4.10 (reflow): at 375px the page itself must not scroll sideways (a wide table may, inside itself)."""
    meeting = case_services.start_meeting(actor=world.csw, unit=world.unit_a)
    sign_in_as(phone_page.context, world.csw)
    ada = world.ada.pk
    visits = [
        (pages.UnitBoardPage, f"/units/{world.unit_a.pk}/", "j5-phone-unit-board"),
        (pages.SearchPage, "/people/?q=Lovelace", "j5-phone-search-results"),
        (pages.ChronologyPage, f"/people/{ada}/", "j5-phone-chronology-new-case"),
        (pages.FamilyPage, f"/people/{ada}/family/", "j5-phone-family"),
        (pages.AccessHistoryPage, f"/people/{ada}/access-history/", "j5-phone-access-history"),
        (pages.MeetingPage, f"/meetings/{meeting.pk}/", "j5-phone-meeting"),
        (pages.MeetingChildPage, f"/meetings/{meeting.pk}/children/{world.case_ada.pk}/", "j5-phone-meeting-ada"),
    ]
    problems = []
    for page_class, url, shot in visits:
        phone_page.goto(url)
        try:
            page_class(phone_page, shot)  # axe at both widths, screenshots
        except AssertionError as failure:
            problems.append(f"{url}: {failure}")
        assert phone_page.viewport_size == PHONE
        overflow = pages.sideways_overflow(phone_page)
        if overflow > 0:
            problems.append(f"{url}: the page scrolls sideways, {overflow}px wider than the phone "
                            f"(test-artifacts/screenshots/{shot}--phone.png)")
    assert not problems, "\n\n".join(problems)


def test_staff_of_another_unit_are_asked_for_a_reason_before_seeing_a_childs_record(page, world, sign_in_as):
    case_services.record_work(actor=world.sw, child=world.ada, kind="home_visit", occurred_on=timezone.localdate(),
                              minutes=30, child_seen=True, seen_alone=True, narrative=SECRET)
    sign_in_as(page.context, world.other)
    page.goto(f"/people/{world.ada.pk}/")

    expect(page).to_have_url(re.compile(rf"/people/{world.ada.pk}/reason/\?next="))
    reason = pages.ReasonPage(page, shot="j6-reason")
    expect(page.get_by_text("Ada Lovelace is not held by your unit")).to_be_visible()
    expect(page.get_by_role("heading", name="Chronology")).to_have_count(0)
    expect(page.locator(".moj-timeline, .moj-identity-bar")).to_have_count(0)
    assert SECRET not in page.content()

    reason.page.get_by_role("button", name="Open the record").click()
    reason = pages.ReasonPage(page, shot="j6-reason-empty")
    assert reason.error_messages() == ["Enter why you need to open this record"]
    assert SECRET not in page.content()


def test_head_of_service_chooses_a_unit(page, world, sign_in_as):
    sign_in_as(page.context, world.hos)
    page.goto("/")
    pages.HomePage(page, shot="j7-your-units")
    page.get_by_role("link", name="Unit A").click()
    pages.UnitBoardPage(page, shot="j7-unit-board-for-head-of-service")
