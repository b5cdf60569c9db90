"""Redaction in Chromium: a subject access request over a chronology of more than 500 entries is read to its last
entry; the reviewer goes to the last part, finds the last entry's proposal there, rejects it and is returned to the
same part. The last part is checked with axe at 1280 and 375 px and photographed."""

import datetime as dt
import re

import pytest
from playwright.sync_api import expect

from hearth.cases.models import ChronologyEntry
from tests.browser import pages

pytestmark = pytest.mark.browser


class ReviewPage(pages.PersonPage):
    title = re.compile(r"^Check redactions: ")
    heading = re.compile(r"^Check redactions: ")


def test_a_subject_access_request_reads_a_long_chronology_to_its_last_entry(page, world, sign_in_as):
    first_day = dt.date.today() - dt.timedelta(days=700)
    ChronologyEntry.objects.bulk_create([
        ChronologyEntry(child=world.ada, kind="phone_call", occurred_on=first_day + dt.timedelta(days=i),
                        narrative=f"Entry {i}: the family were spoken to and the plan was reviewed.")
        for i in range(600)
    ])
    ChronologyEntry.objects.create(child=world.ada, kind="home_visit", occurred_on=dt.date.today(),
                                   narrative="The last entry: Mrs Patel next door rang about the shouting.")
    sign_in_as(page.context, world.hos)
    page.goto(f"/people/{world.ada.pk}/redaction/")
    page.get_by_label("Subject access request (third parties removed)").check()
    page.get_by_label("Title of the document").fill("Subject access request")
    page.get_by_label("The child's chronology in Hearth").check()
    page.get_by_role("button", name="Find what to redact").click()
    page.wait_for_load_state("load")
    heading = page.locator("h2", has_text="The document").inner_text()
    parts = int(re.fullmatch(r"The document, part 1 of (\d+)", heading).group(1))
    assert parts > 5

    page.goto(page.url.split("?")[0] + f"?page={parts}")
    ReviewPage(page, shot="redaction-long-chronology-last-part")
    document = page.locator(".hearth-redaction-doc")
    expect(document).to_contain_text("Entry 599: the family were spoken to")  # past the 500th entry
    expect(document).to_contain_text("The last entry: Mrs Patel")
    expect(document).to_contain_text("next door rang about the shouting.")
    page.get_by_role("button", name="Reject redaction of Mrs Patel").click()
    page.wait_for_load_state("load")
    assert f"?page={parts}" in page.url
    expect(page.locator(".hearth-redaction-list li", has_text="Mrs Patel")).to_contain_text("Rejected")
