"""The step pages casework and looked_after share (hearth/core/steps.py): each app's caption and way back, the clock
a casework step stops, and a child with no open case sent back with a message and nothing saved."""

import re

import pytest

from hearth.casework.models import Assessment
from hearth.looked_after.models import Episode

pytestmark = pytest.mark.django_db


def _text(response) -> str:
    return re.sub(r"\s+", " ", response.content.decode()).replace("&#39;", "'")


def test_a_care_step_has_the_care_caption_and_goes_back_to_the_care_page(client, world):
    client.force_login(world.sw)
    page = _text(client.get(f"/people/{world.ada.pk}/care/start/"))
    assert '<span class="govuk-caption-l">Care</span>' in page and "<h1 class=\"govuk-heading-l\">Start to be looked after</h1>" in page
    assert f'href="/people/{world.ada.pk}/care/">Cancel</a>' in page


def test_a_casework_step_has_its_caption_its_clock_and_goes_back_to_the_childs_page(client, world):
    client.force_login(world.sw)
    assert client.post(f"/people/{world.ada.pk}/statutory/start-assessment/", {
        "started_on-day": str(world.today.day), "started_on-month": str(world.today.month),
        "started_on-year": str(world.today.year)}).status_code == 302
    page = _text(client.get(f"/people/{world.ada.pk}/statutory/complete-assessment/"))
    assert '<span class="govuk-caption-l">Statutory work</span>' in page and "govuk-inset-text" in page and ": due " in page
    assert f'href="/people/{world.ada.pk}/">Cancel</a>' in page


def test_a_step_the_child_has_no_case_for_goes_back_with_a_message(client, world):
    from hearth.access.services import open_with_reason
    from hearth.casework import services

    services.close_case(actor=world.csw, case=world.case_ada, closed_on=world.today, reason_code="RC8")
    open_with_reason(user=world.sw, person=world.ada, reason="Checking what is left to do after closing")
    client.force_login(world.sw)
    response = client.get(f"/people/{world.ada.pk}/care/start/", follow=True)
    assert response.redirect_chain[-1][0] == f"/people/{world.ada.pk}/care/" and "Ada Lovelace has no open case" in _text(response)
    assert not Episode.objects.exists() and not Assessment.objects.exists()
