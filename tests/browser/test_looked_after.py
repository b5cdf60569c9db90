"""A child's care in Chromium: entering care, a placement move, a looked-after review, a missing episode, leaving care.

Every page (the Care page after each step, each form, and a form showing its errors) is checked with axe at 1280 and
375 px and photographed into test-artifacts/screenshots/la-*.png.
"""

import datetime as dt
import re

import pytest
from playwright.sync_api import expect

from hearth.looked_after.models import Episode, MissingEpisode, Review
from tests.browser import pages

pytestmark = pytest.mark.browser


class CarePage(pages.PersonPage):
    title = "Care: Ada Lovelace"
    heading = "Care"


class CareStepPage(pages.StepPage):  # a form page (date, choose, press) for Ada
    title = re.compile(r".+: Ada Lovelace")


def test_entering_care_to_leaving_care(page, world, sign_in_as):
    today = dt.date.today()
    began, moved = today - dt.timedelta(days=30), today - dt.timedelta(days=12)
    sign_in_as(page.context, world.sw)

    chronology = pages.ChronologyPage.open(page, world.ada.pk, shot="la-00-child")
    chronology.section("Care").click()
    care = CarePage(page, shot="la-01-care-empty")
    expect(page.get_by_text("Ada Lovelace has not been looked after.")).to_be_visible()

    # Entering care: the first try leaves out the cost and the legal status, and is refused whole.
    page.get_by_role("link", name="Start to be looked after").click()
    step = CareStepPage(page, shot="la-02-start")
    step.date("Date the child started to be looked after", began)
    page.get_by_label("Category of need").select_option("N1")
    page.get_by_label("Placement type").select_option("U6")
    page.get_by_label("Placement provider").select_option("PR1")
    page.get_by_label("Carer or provider").fill("Sam and Alex Carter")
    page.get_by_label("Placement postcode (optional)").fill("ne3 2ab")
    step.choose("Is the child an unaccompanied asylum-seeking child?", "No")
    step.press("Start care")
    step = CareStepPage(page, shot="la-02-start-errors")
    assert step.error_messages() == ["Select the legal status", "Enter the weekly cost in pounds"]
    assert not Episode.objects.exists()
    page.get_by_label("Legal status").select_option("C1")
    page.get_by_label("Weekly cost in pounds").fill("450")
    step.press("Start care")
    care = CarePage(page, shot="la-03-care-started")
    expect(care.success_banner).to_contain_text("Ada Lovelace is looked after from")
    expect(page.get_by_text("Interim care order (C1)")).to_be_visible()
    expect(page.locator(".hearth-clock").filter(has_text="Looked-after review")).to_be_visible()

    # A placement move, with the reason.
    page.get_by_role("link", name="Change placement or legal status").click()
    step = CareStepPage(page, shot="la-04-move")
    expect(page.get_by_label("Carer or provider")).to_have_value("Sam and Alex Carter")
    step.date("Date of the change", moved)
    page.get_by_label("Carer or provider").fill("Pat Jones")
    page.get_by_label("Placement postcode (optional)").fill("NE4 5CD")
    step.choose("If the placement changed, is the carer the same?", "No")
    page.get_by_label("Reason for the change of placement").select_option("CHILD")
    step.press("Save change")
    care = CarePage(page, shot="la-05-care-moved")
    expect(care.success_banner).to_contain_text("Change recorded: change of placement and carer(s) only")
    assert list(Episode.objects.order_by("decom").values_list("rne", "rec")) == [("S", "X1"), ("P", "")]

    # The looked-after review, from its clock.
    page.locator(".hearth-clock").filter(has_text="Looked-after review").get_by_role("link").click()
    step = CareStepPage(page, shot="la-06-review")
    step.date("Date of the review", today - dt.timedelta(days=5))
    page.get_by_label("Independent reviewing officer").fill("Iris Reed")
    step.choose("How did the child take part?", "Attends and speaks for self")
    step.press("Save review")
    care = CarePage(page, shot="la-07-care-reviewed")
    expect(care.success_banner).to_contain_text("Looked-after review recorded")
    assert Review.objects.get().iro_name == "Iris Reed"

    # A missing episode: back the next day, a return interview offered and accepted.
    page.get_by_role("link", name="Record a missing episode").click()
    step = CareStepPage(page, shot="la-08-missing")
    step.choose("Was the child missing or away?", "Missing (whereabouts unknown)")
    step.date("Date the episode started", today - dt.timedelta(days=4))
    step.date("Date the child came back", today - dt.timedelta(days=3))
    step.press("Save")
    step = CareStepPage(page, shot="la-08-missing-errors")
    assert step.error_messages() == ["Select whether a return interview was offered"]
    step.choose("Was a return interview offered?", "Yes")
    step.choose("Was the return interview accepted?", "Yes")
    step.press("Save")
    care = CarePage(page, shot="la-09-care-missing")
    expect(care.success_banner).to_contain_text("Missing episode recorded")
    assert MissingEpisode.objects.get().return_interview_accepted is True

    # Leaving care: home to her mother as part of the care plan.
    page.get_by_role("link", name="Stop being looked after").click()
    step = CareStepPage(page, shot="la-10-end")
    step.date("Date the child stopped being looked after", today - dt.timedelta(days=1))
    page.get_by_label("Reason the child stopped being looked after").select_option("E4A")
    step.press("End care")
    care = CarePage(page, shot="la-11-care-ended")
    expect(care.success_banner).to_contain_text("Ada Lovelace is no longer looked after")
    expect(page.get_by_text("Ada Lovelace is not looked after now.")).to_be_visible()
    expect(page.get_by_text("returned home as part of care planning")).to_be_visible()
    assert Episode.objects.filter(dec__isnull=True).count() == 0

    # The unit's cost of care, from the board.
    page.goto(f"/units/{world.unit_a.pk}/")
    page.get_by_role("link", name="Cost of care").click()
    pages.BasePage(page, shot="la-12-unit-costs")
    expect(page.get_by_role("heading", name="Cost of care", level=1)).to_be_visible()
    expect(page.get_by_role("rowheader", name="Ada Lovelace")).to_be_visible()
