"""Redaction in Chromium: a long document is checked a part at a time. The reviewer moves between parts with the
GOV.UK pagination links, each part shows only its own proposals, and a decision returns them to the same part. Each
part is checked with axe at 1280 and 375 px and photographed."""

import re

import pytest
from playwright.sync_api import expect

from hearth.redaction import services
from hearth.redaction.views import PAGE_CHARS
from tests.browser import pages

pytestmark = pytest.mark.browser


class ReviewPage(pages.PersonPage):
    title = re.compile(r"^Check redactions: ")
    heading = re.compile(r"^Check redactions: ")


def test_a_long_document_is_reviewed_part_by_part(page, world, sign_in_as):
    filler = "The family were seen at home and the visit went well.\n" * (PAGE_CHARS // 50)
    text = "Byron was at home.\n" + filler + "Mrs Patel rang the office.\n" + filler
    job = services.start_job(actor=world.hos, person=world.ada, purpose="review", title="Long chronology", source="upload",
                             text=text, filename="long.txt")
    sign_in_as(page.context, world.hos)
    page.goto(f"/redaction/{job.pk}/")
    ReviewPage(page, shot="redaction-review-part-1")
    expect(page.locator("h2", has_text="The document")).to_have_text(re.compile(r"^The document, part 1 of \d+$"))
    expect(page.locator(".hearth-redaction-list")).to_contain_text("Byron")
    expect(page.locator(".hearth-redaction-list")).not_to_contain_text("Mrs Patel")

    page.get_by_role("navigation", name="Parts of the document (top)").get_by_role("link", name=re.compile("Next")).click()
    page.wait_for_load_state("load")
    ReviewPage(page, shot="redaction-review-part-2")
    expect(page.locator(".hearth-redaction-list")).to_contain_text("Mrs Patel")
    expect(page.locator(".hearth-redaction-list")).not_to_contain_text("Byron")

    page.get_by_role("button", name="Reject redaction of Mrs Patel").click()
    page.wait_for_load_state("load")
    assert "?page=2" in page.url
    expect(page.locator(".hearth-redaction-list li", has_text="Mrs Patel")).to_contain_text("Rejected")
