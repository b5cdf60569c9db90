"""Page objects for Hearth's pages. Building one checks the page: title, header, axe, screenshots.

Every page object, when constructed, waits for its page, checks the header (Hearth and the authority, no
GOV.UK crown or GDS Transport font), then at desktop (1280px) and phone (375px) widths runs axe-core against
WCAG 2.0/2.1/2.2 A and AA (failing with axe's report if anything is violated) and saves a full-page screenshot
to test-artifacts/screenshots/<name>--desktop.png and <name>--phone.png.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 812}
AUTHORITY = "Northshire County Council"
PASSWORD = "correct-horse-battery"
AXE = Axe()
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]},
    "resultTypes": ["violations"],
}
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"


def axe_violations(page: Page) -> str:
    """axe-core's report of WCAG A/AA violations on the page as it is now, or "" if there are none."""
    results = AXE.run(page, options=AXE_OPTIONS)
    return results.generate_report() if results.violations_count > 0 else ""


def check_branding(page: Page) -> None:
    expect(page.locator(".govuk-generic-header__homepage-link")).to_have_text("Hearth")
    expect(page.locator(".govuk-service-navigation__service-name")).to_have_text(AUTHORITY)
    crowns = page.locator(".govuk-generic-header svg, .govuk-header, .govuk-header__logotype, .govuk-logo-dot")
    assert crowns.count() == 0, "the GOV.UK crown or logotype is on the page"
    fonts = page.evaluate("""() => [...new Set([...document.querySelectorAll('body, body *')]
        .map(el => getComputedStyle(el).fontFamily))]""")
    assert not [f for f in fonts if "GDS Transport" in f], f"GDS Transport is used: {fonts}"


def sideways_overflow(page: Page) -> int:
    """How many CSS pixels the page is wider than the viewport (the page scrolls sideways if above 0)."""
    return page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")


def check_at_each_width(page: Page, name: str) -> None:
    """Run axe and take a full-page screenshot at desktop, then phone, width; put the viewport back.

    Some problems only exist at one width (a table that scrolls inside its box on a phone, say), so axe runs
    at both. Fails with axe's report for every width that has violations.
    """
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    original = page.viewport_size
    reports = []
    for label, size in (("desktop", DESKTOP), ("phone", PHONE)):
        if page.viewport_size != size:
            page.set_viewport_size(size)
        report = axe_violations(page)
        if report:
            reports.append(f"At {label} width ({size['width']}px): {report}")
        page.screenshot(path=SCREENSHOTS / f"{name}--{label}.png", full_page=True, animations="disabled")
    if page.viewport_size != original:
        page.set_viewport_size(original)
    assert not reports, f"{page.url} ({name})\n" + "\n".join(reports)


def page_loads(page: Page) -> list[str]:
    """Main-frame navigations from now on, as a list that grows (a POST answered by a redirect is one load)."""
    loads = []
    page.on("framenavigated", lambda frame: frame == page.main_frame and loads.append(frame.url))
    return loads


class BasePage:
    title: str | re.Pattern = ""
    heading: str | re.Pattern | None = None
    shot: str = "page"

    def __init__(self, page: Page, shot: str | None = None):
        self.page = page
        page.wait_for_load_state("load")
        expect(page).to_have_title(re.compile(r".+ – Hearth – " + re.escape(AUTHORITY) + "$"))
        if self.title:
            title = self.title if isinstance(self.title, re.Pattern) else re.compile("^" + re.escape(self.title))
            expect(page).to_have_title(title)
        if self.heading is not None:
            expect(page.get_by_role("heading", level=1)).to_have_text(self.heading)
        check_branding(page)
        check_at_each_width(page, shot or self.shot)

    @property
    def error_summary(self):
        return self.page.locator(".govuk-error-summary")

    def error_messages(self) -> list[str]:
        return [t.strip() for t in self.error_summary.locator(".govuk-error-summary__list li").all_inner_texts()]

    @property
    def success_banner(self):
        return self.page.locator(".govuk-notification-banner--success")


class SignInPage(BasePage):
    title = "Sign in"
    heading = "Sign in to Hearth"
    shot = "sign-in"

    @classmethod
    def open(cls, page: Page, shot: str | None = None) -> SignInPage:
        page.goto("/sign-in/")
        return cls(page, shot)

    def sign_in(self, username: str, password: str) -> None:
        self.page.get_by_label("Username").fill(username)
        self.page.get_by_label("Password").fill(password)
        self.page.get_by_role("button", name="Sign in").click()
        self.page.wait_for_load_state("load")


class UnitBoardPage(BasePage):
    title = re.compile(r"^Unit A: unit board")
    heading = "Unit A"
    shot = "unit-board"

    @classmethod
    def open(cls, page: Page, unit_pk: int, shot: str | None = None) -> UnitBoardPage:
        page.goto(f"/units/{unit_pk}/")
        return cls(page, shot)

    def row_for(self, child_name: str):
        return self.page.get_by_role("row").filter(has=self.page.get_by_role("rowheader", name=child_name))

    def record_link_for(self, child_name: str):
        return self.row_for(child_name).get_by_role("link", name=f"Record work with {child_name}")

    def start_meeting(self) -> None:
        self.page.get_by_role("button", name="Start the unit meeting").click()
        self.page.wait_for_load_state("load")


class SearchPage(BasePage):
    title = "Find a person"
    heading = "Find a person"
    shot = "search"

    @classmethod
    def open(cls, page: Page, shot: str | None = None) -> SearchPage:
        page.goto("/people/")
        return cls(page, shot)

    def search(self, query: str, shot: str | None = None) -> SearchPage:
        self.page.get_by_label("Name, date of birth, NHS number or postcode").fill(query)
        self.page.get_by_role("button", name="Search").click()
        self.page.wait_for_load_state("load")
        return SearchPage(self.page, shot or "search-results")

    def results(self):
        return self.page.locator("main ul.govuk-list > li")


class PersonPage(BasePage):
    """Any page about a person: identity bar, warnings and sub-navigation."""

    @property
    def identity_bar(self):
        return self.page.locator(".moj-identity-bar")

    def identity_bar_is_readable(self) -> bool:
        """MOJ's identity bar justifies its text: a name that wraps is spread across the bar ("Ada      Lovelace")."""
        return self.identity_bar.locator(".moj-identity-bar__title").evaluate("el => getComputedStyle(el).textAlign") != "justify"

    def section(self, name: str):
        return self.page.get_by_role("navigation", name="Sections of this record").get_by_role("link", name=name)


class StepPage(PersonPage):
    """A form on a person's page: fill a day/month/year date, choose a radio, press a button. Subclasses set the title."""

    def date(self, legend: str, day: dt.date) -> None:
        group = self.page.get_by_role("group", name=legend, exact=True)
        for part, value in zip(("Day", "Month", "Year"), (day.day, day.month, day.year), strict=True):
            group.get_by_label(part, exact=True).fill(str(value))

    def choose(self, legend: str, option: str) -> None:
        self.page.get_by_role("group", name=legend, exact=True).get_by_label(option, exact=True).check()

    def press(self, button: str) -> None:
        self.page.get_by_role("button", name=button).click()
        self.page.wait_for_load_state("load")


class ChronologyPage(PersonPage):
    shot = "chronology"

    def __init__(self, page: Page, shot: str | None = None):
        super().__init__(page, shot)
        expect(self.page.get_by_role("heading", name="Chronology", level=2)).to_be_visible()

    @classmethod
    def open(cls, page: Page, person_pk: int, shot: str | None = None) -> ChronologyPage:
        page.goto(f"/people/{person_pk}/")
        return cls(page, shot)

    @property
    def timeline(self):
        return self.page.locator(".moj-timeline")

    def entry(self, text: str):
        return self.timeline.locator(".moj-timeline__item").filter(has_text=text)


class FamilyPage(PersonPage):
    title = "Family of"
    shot = "family"


class AccessHistoryPage(PersonPage):
    title = "Access history for"
    shot = "access-history"


class RecordPage(PersonPage):
    title = "Record work with"
    heading = re.compile(r"^Record work with ")
    shot = "record"

    @classmethod
    def open(cls, page: Page, person_pk: int, shot: str | None = None) -> RecordPage:
        page.goto(f"/people/{person_pk}/record/")
        return cls(page, shot)

    def group(self, legend: str):
        return self.page.get_by_role("group", name=legend, exact=True)

    def date_values(self) -> tuple[str, str, str]:
        group = self.group("Date")
        return tuple(group.get_by_label(part, exact=True).input_value() for part in ("Day", "Month", "Year"))

    def fill(self, *, kind: str, minutes: str, child_seen: str | None, seen_alone: str | None, narrative: str,
             date: tuple[str, str, str] | None = None) -> None:
        self.group("What did you do?").get_by_label(kind, exact=True).check()
        if date:
            for part, value in zip(("Day", "Month", "Year"), date, strict=True):
                self.group("Date").get_by_label(part, exact=True).fill(value)
        self.page.get_by_label("Minutes spent").fill(minutes)
        if child_seen:
            self.group("Was the child seen?").get_by_label(child_seen, exact=True).check()
        if seen_alone:
            self.group("Was the child seen alone?").get_by_label(seen_alone, exact=True).check()
        self.page.get_by_label("What happened").fill(narrative)

    def save(self) -> None:
        self.page.get_by_role("button", name="Save to chronology").click()
        self.page.wait_for_load_state("load")


class ReasonPage(BasePage):
    title = "Give a reason to open this record"
    heading = "Give a reason to open this record"
    shot = "reason"


class MeetingPage(BasePage):
    title = re.compile(r"^Unit meeting, ")
    heading = re.compile(r"^Unit meeting, ")
    shot = "meeting"

    def discuss_next(self) -> None:
        self.page.get_by_role("button", name=re.compile(r"^Discuss .* next$")).click()
        self.page.wait_for_load_state("load")


class MeetingChildPage(BasePage):
    title = re.compile(r"^Unit meeting: ")
    shot = "meeting-child"

    @property
    def caption(self):
        return self.page.locator(".govuk-caption-l")

    def record_decision(self, *, decision: str, action: str, who_value: str, due: tuple[str, str, str],
                        discussion: str = "") -> None:
        if discussion:
            self.page.get_by_label("Discussion and hypotheses").fill(discussion)
        self.page.get_by_label("Decision", exact=True).fill(decision)
        self.page.get_by_label("Action 1", exact=True).fill(action)
        self.page.get_by_label("Who will do action 1").select_option(who_value)
        due_group = self.page.get_by_role("group", name="Action 1 due", exact=True)
        for part, value in zip(("Day", "Month", "Year"), due, strict=True):
            due_group.get_by_label(part, exact=True).fill(value)

    def save(self) -> None:
        self.page.get_by_role("button", name="Save decision and go to the next child").click()
        self.page.wait_for_load_state("load")


class HomePage(BasePage):
    title = "Your units"
    heading = "Your units"
    shot = "your-units"
