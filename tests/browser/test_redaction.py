"""Redaction in Chromium: a head of service starts a review from the child's chronology, sees every proposed
redaction highlighted with its reason, rejects one and accepts one, adds one, and downloads the PDF, whose text
has the names truly removed; a word listed to check is redacted with one choice. The pages are checked with axe
at 1280 and 375 px and photographed."""

import datetime as dt
import io
import re

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from hearth.cases import services as case_services
from tests.browser import pages

pytestmark = pytest.mark.browser


class RedactionPage(pages.PersonPage):
    title = re.compile(r"^Redaction for ")
    heading = "Redaction"


class ReviewPage(pages.PersonPage):
    title = re.compile(r"^Check redactions: ")
    heading = re.compile(r"^Check redactions: ")


def test_head_of_service_checks_a_review_and_downloads_the_redacted_pdf(page, world, sign_in_as):
    world.sw.first_name, world.sw.last_name = "Sam", "Reeve"  # in the case record as an author: no clash with the family
    world.sw.save()
    case_services.record_work(actor=world.sw, child=world.ada, kind="home_visit", occurred_on=dt.date.today(), minutes=30,
                              child_seen=True, seen_alone=True,
                              narrative="Ada was seen alone. Her mother Mary said Byron was at nursery. "
                                        "Mrs Patel next door reported shouting on 3 March 2026.\n"
                                        "Kolyo again in the kitchen, no change.")
    sign_in_as(page.context, world.hos)
    page.goto(f"/people/{world.ada.pk}/redaction/")
    start = RedactionPage(page, shot="redaction-start")
    start.page.get_by_role("button", name="Find what to redact").click()
    page.wait_for_load_state("load")
    RedactionPage(page, shot="redaction-start-errors")
    assert "Select what the redaction is for" in page.locator(".govuk-error-summary").inner_text()

    page.get_by_label("Publishing a safeguarding review (pseudonyms)").check()
    page.get_by_label("Title of the document").fill("Practice review: Child A")
    page.get_by_label("The child's chronology in Hearth").check()
    page.get_by_role("button", name="Find what to redact").click()
    page.wait_for_load_state("load")
    review = ReviewPage(page, shot="redaction-review")
    marks = page.locator(".hearth-redaction-doc mark")
    assert marks.count() >= 5
    expect(page.locator(".hearth-redaction-list li").first).to_be_visible()
    listing = page.locator(".hearth-redaction-list")
    expect(listing).to_contain_text("Mrs Patel")
    expect(listing).to_contain_text("replaced by a consistent pseudonym")

    patel = page.locator(".hearth-redaction-list li", has_text="Mrs Patel")
    patel.get_by_role("button", name="Reject redaction of Mrs Patel").click()
    page.wait_for_load_state("load")
    expect(page.locator(".hearth-redaction-list li", has_text="Mrs Patel")).to_contain_text("Rejected")
    page.locator(".hearth-redaction-list li", has_text="Byron").first.get_by_role("button", name=re.compile("^Accept")).click()
    page.wait_for_load_state("load")
    page.get_by_label("Words to redact").fill("nursery")
    page.get_by_label("Reason").fill("Names the setting")
    page.get_by_role("button", name="Add redaction").click()
    page.wait_for_load_state("load")
    review = ReviewPage(page, shot="redaction-review-decided")
    expect(review.success_banner).to_contain_text("Redaction added")

    # A word no proposal covered, underlined in the document and listed to check: redacted everywhere with one choice.
    expect(page.locator(".hearth-redaction-doc .hearth-to-check", has_text="Kolyo")).to_be_visible()
    expect(page.locator("#check")).to_have_text("Words to check")
    page.get_by_role("button", name="Redact every “Kolyo”").click()
    page.wait_for_load_state("load")
    review = ReviewPage(page, shot="redaction-review-checked")
    expect(review.success_banner).to_contain_text("“Kolyo” redacted in 1 place")
    expect(page.locator("#check")).to_have_count(0)

    with page.expect_download() as download:
        page.get_by_role("link", name="Download the redacted PDF").click()
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(open(download.value.path(), "rb").read())).pages)
    for gone in ("Ada", "Byron", "Mary", "nursery", "3 March", "Kolyo"):
        assert gone not in text, gone
    assert "Child A" in text and "Mrs Patel" in text and "March 2026" in text
