"""Care pages: the child's Care section, a form per step (back on the Care page with a banner), errors in a GOV.UK summary
with nothing saved, the wrong unit asked for a reason, the signed-out sent to sign in; the child's page gains no query."""

import datetime as dt
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from hearth.audit.models import AuditEvent
from hearth.looked_after.models import Episode, MissingEpisode, Review

from .conftest import start

D = dt.timedelta


def _text(response) -> str:
    return re.sub(r"\s+", " ", response.content.decode()).replace("&#39;", "'")


def _date(prefix: str, d: dt.date) -> dict:
    return {f"{prefix}-day": str(d.day), f"{prefix}-month": str(d.month), f"{prefix}-year": str(d.year)}


def _url(person, slug=""):
    return f"/people/{person.pk}/care/" + (f"{slug}/" if slug else "")


START = {"ls": "C1", "cin": "N1", "place": "U6", "place_provider": "PR1", "provider_name": "Sam Carter", "pl_post": "ne3 2ab",
         "urn": "SC123456", "weekly_cost": "450", "uasc": "no"}


@pytest.mark.django_db
def test_start_care_from_the_care_page(client, world, past):
    client.force_login(world.sw)
    page = client.get(_url(world.ada))
    assert page.status_code == 200
    assert "Ada Lovelace has not been looked after" in _text(page) and _url(world.ada, "start") in _text(page)
    response = client.post(_url(world.ada, "start"), {**START, **_date("started_on", past)}, follow=True)
    assert response.redirect_chain[-1][0] == _url(world.ada)
    html = _text(response)
    assert "Ada Lovelace is looked after from 15 December 2025" in html
    assert "Interim care order (C1)" in html and "NE3 2AB" in html and "Cost since 1 April" in html
    assert re.search(r"govuk-tag--red\">Overdue</strong> <strong>Looked-after review</strong>", html)
    assert Episode.objects.get().recorded_by == world.sw
    assert AuditEvent.objects.filter(action="view_care", actor=world.sw, person_id=world.ada.pk).exists()


@pytest.mark.django_db
def test_errors_are_summarised_and_nothing_is_saved(client, world):
    client.force_login(world.sw)
    response = client.post(_url(world.ada, "start"), {**START, "weekly_cost": "lots", "pl_post": "nowhere",
                                                        "started_on-day": "30", "started_on-month": "2", "started_on-year": "2025"})
    html = _text(response)
    assert response.status_code == 200 and "There is a problem" in html
    assert "The date must be a real date" in html
    assert not Episode.objects.exists()
    response = client.post(_url(world.ada, "start"), {**START, "weekly_cost": "lots", "pl_post": "nowhere",
                                                        **_date("started_on", dt.date(2025, 2, 3))})
    html = _text(response)
    assert "Enter the weekly cost in pounds, like 850 or 850.50" in html and "Enter a real placement postcode" in html
    assert not Episode.objects.exists() and not AuditEvent.objects.filter(action="start_care").exists()


@pytest.mark.django_db
def test_a_move_a_review_and_a_missing_episode(client, world, past):
    start(world, world.ada, past)
    client.force_login(world.sw)
    change = client.get(_url(world.ada, "change"))
    assert 'value="Sam and Alex Carter"' in _text(change)  # the current placement filled in
    response = client.post(_url(world.ada, "change"), {"ls": "V2", "place": "K2", "place_provider": "PR4", "provider_name": "Oak House",
                                                        "weekly_cost": "3200", "same_carer": "no", "reason_place_change": "CREQB",
                                                        **_date("changed_on", past + D(days=30))}, follow=True)
    assert "Change recorded: change of placement and carer(s) only" in _text(response)
    response = client.post(_url(world.ada, "review"), {"iro_name": "Iris Reed", "review_code": "PN1",
                                                       **_date("review", past + D(days=20))}, follow=True)
    assert "Looked-after review recorded" in _text(response) and "chaired by Iris Reed" in _text(response)
    response = client.post(_url(world.ada, "missing"), {"missing": "M", "return_interview_offered": "yes",
                                                        "return_interview_accepted": "no", **_date("mis_start", past + D(days=40)),
                                                        **_date("mis_end", past + D(days=41))}, follow=True)
    assert "Missing episode recorded" in _text(response)
    assert Review.objects.count() == 1 and MissingEpisode.objects.get().return_interview_accepted is False


@pytest.mark.django_db
def test_steps_that_do_not_apply_send_the_worker_back(client, world):
    client.force_login(world.sw)
    response = client.get(_url(world.ada, "end"))
    assert response.status_code == 302 and response["Location"] == _url(world.ada)
    assert client.get(_url(world.ada, "no-such-step")).status_code == 404


@pytest.mark.django_db
def test_member_of_another_unit_is_asked_for_a_reason_and_nothing_is_saved(client, world, past):
    client.force_login(world.other)
    response = client.post(_url(world.ada, "start"), {**START, **_date("started_on", past)})
    assert response.status_code == 302 and response["Location"].startswith(f"/people/{world.ada.pk}/reason/")
    assert not Episode.objects.exists()
    assert "/reason/" in client.get(_url(world.ada))["Location"]


@pytest.mark.django_db
def test_signed_out_is_sent_to_sign_in(client, world, past):
    response = client.post(_url(world.ada, "start"), {**START, **_date("started_on", past)})
    assert response.status_code == 302 and "sign-in" in response["Location"]
    assert not Episode.objects.exists()
    assert "sign-in" in client.get(_url(world.ada))["Location"]


@pytest.mark.django_db
def test_childs_page_links_to_care_and_shows_its_clocks_in_two_queries_at_most(client, world, past):
    start(world, world.ada, past)
    client.force_login(world.sw)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(f"/people/{world.ada.pk}/")
    assert response.status_code == 200 and f'href="{_url(world.ada)}"' in _text(response)
    # The Care link costs nothing; the case's looked-after clocks (shown with the statutory ones) cost at most two.
    assert len([q for q in ctx.captured_queries if "looked_after" in q["sql"]]) <= 2
    adult = client.get(f"/people/{world.mother.pk}/")  # 41 years old: no Care section
    assert f'href="{_url(world.mother)}"' not in _text(adult)


@pytest.mark.django_db
def test_every_step_form_opens_for_a_looked_after_child(client, world, past):
    from hearth.looked_after.views import STEPS

    start(world, world.ada, past)
    client.force_login(world.sw)
    for slug, step in STEPS.items():
        response = client.get(_url(world.ada, slug))
        if slug in ("start", "pathway-plan", "contact", "missing-return", "court-extension", "court-conclusion"):
            # not for a 10-year-old already in care, with no open missing episode and no care proceedings
            assert response.status_code == 302, slug
        else:
            assert response.status_code == 200 and step.title in _text(response), slug


@pytest.mark.django_db
def test_care_application_form_refuses_without_the_family_meeting_offer(client, world, past):
    client.force_login(world.sw)
    response = client.post(_url(world.ada, "care-application"), {"court": "Newcastle Family Court", **_date("issued_on", past)})
    html = _text(response)
    assert response.status_code == 200 and "There is a problem" in html
    assert "Record the offer of a family group decision-making meeting" in html
    response = client.post(_url(world.ada, "pre-proceedings"), {**_date("started_on", past), **_date("letter_sent_on", past),
                                                                **_date("fgdm_offered_on", past), "fgdm_accepted": "no"},
                           follow=True)
    assert "Pre-proceedings recorded" in _text(response)
    response = client.post(_url(world.ada, "care-application"), {"court": "Newcastle Family Court",
                                                                 **_date("issued_on", past + D(days=7))}, follow=True)
    assert "Care application recorded: due to conclude by 22 June 2026" in _text(response)
    assert "Care proceedings (26 weeks)" in _text(response)


@pytest.mark.django_db
def test_a_care_leaver_gets_pathway_plan_and_contact_forms(client, world):
    from hearth.cases import services as case_services
    from hearth.looked_after import services
    from tests.factories import child as make_child

    young = make_child("Cal", "Leaver", dt.date(2008, 6, 10))
    case_services.open_case(actor=world.sw, child=young, unit=world.unit_a, opened_on=dt.date(2023, 1, 1))
    start(world, young, dt.date(2023, 9, 1))
    services.end_care(actor=world.sw, child=young, ended_on=dt.date(2025, 1, 6), rec="E5")
    client.force_login(world.sw)
    page = _text(client.get(_url(young)))
    assert "is a care leaver: <strong>former relevant</strong>" in page or "is a care leaver: <strong>relevant</strong>" in page
    response = client.post(_url(young, "contact"), {"in_touch": "YES", "activ": "F5", "accom": "U", "accom_suitable": "yes",
                                                    **_date("contacted_on", dt.date(2025, 3, 3))}, follow=True)
    assert "Contact recorded" in _text(response) and "accommodation U1" in _text(response)
    response = client.post(_url(young, "pathway-plan"), {"personal_adviser": "Mo Clarke",
                                                         **_date("reviewed_on", dt.date(2025, 3, 4))}, follow=True)
    assert "Pathway plan recorded" in _text(response) and "pathway plan reviewed (Mo Clarke)" in _text(response)


@pytest.mark.django_db
def test_unit_cost_of_care_for_a_period(client, world, past):
    from hearth.looked_after.tests.conftest import change

    start(world, world.ada, past, weekly_cost="700")
    change(world, world.ada, past + D(days=14), provider_name="Oak House", place="K2", place_provider="PR4", weekly_cost="1400",
           reason_place_change="CARPL")
    start(world, world.zed, past, weekly_cost="5000")  # unit B's child: not in unit A's cost
    client.force_login(world.csw)
    url = f"/units/{world.unit_a.pk}/care-costs/"
    html = _text(client.get(url, {**_date("start", past), **_date("end", past + D(days=27))}))
    assert "Total: <strong>£4,200.00</strong>" in html and "Ada Lovelace" in html and "Zed Other" not in html
    html = _text(client.get(url, {**_date("start", past + D(days=27)), **_date("end", past)}))
    assert "There is a problem" in html and "The end of the period must be on or after its start" in html
    assert AuditEvent.objects.filter(action="view_unit_care_costs", actor=world.csw).exists()
    client.force_login(world.other)
    assert client.get(url).status_code == 403
    client.logout()
    assert "sign-in" in client.get(url)["Location"]


@pytest.mark.django_db
def test_outcomes_and_previous_permanence_forms(client, world, past):
    from hearth.looked_after.models import AnnualOutcomes, PreviousPermanenceOrder

    start(world, world.ada, dt.date(2024, 1, 8))
    client.force_login(world.sw)
    response = client.post(_url(world.ada, "outcomes"), {"year_ending": "2025", "convicted": "no", "substance_misuse": "no"},
                           follow=True)
    assert "Outcomes for the year recorded" in _text(response)
    assert AnnualOutcomes.objects.get().year_ending == dt.date(2025, 3, 31)
    response = client.post(_url(world.ada, "previous-permanence"), {"prev_perm": "P3", "la_perm": "12"})
    assert "There is a problem" in _text(response) and not PreviousPermanenceOrder.objects.exists()
    response = client.post(_url(world.ada, "previous-permanence"), {"prev_perm": "P3", "la_perm": "NIR"}, follow=True)
    assert "Previous permanence recorded" in _text(response)


@pytest.mark.django_db
@pytest.mark.parametrize("slug, data", [("outcomes", {"year_ending": "2025", "convicted": "no", "substance_misuse": "no"}),
                                        ("previous-permanence", {"prev_perm": "Z1"})])
def test_the_outcomes_and_previous_permanence_steps_refuse_the_wrong_people(client, world, slug, data):
    from hearth.looked_after.models import AnnualOutcomes, PreviousPermanenceOrder

    start(world, world.ada, dt.date(2024, 1, 8))
    client.force_login(world.other)  # another unit: asked for a reason first
    response = client.post(_url(world.ada, slug), data)
    assert response.status_code == 302 and response["Location"].startswith(f"/people/{world.ada.pk}/reason/")
    client.logout()
    response = client.post(_url(world.ada, slug), data)
    assert response.status_code == 302 and "sign-in" in response["Location"]
    assert not AnnualOutcomes.objects.exists() and not PreviousPermanenceOrder.objects.exists()


def _care_queries(client, person) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(_url(person)).status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.django_db
def test_care_page_reads_a_fixed_number_of_queries_however_much_is_recorded(client, world, past):
    from hearth.looked_after import services

    from .conftest import change

    start(world, world.ada, past)
    client.force_login(world.sw)
    _care_queries(client, world.ada)  # the first read of the session costs more
    few = _care_queries(client, world.ada)
    for i in range(1, 4):  # more episodes, reviews, visits, health, missing episodes
        change(world, world.ada, past + D(days=10 * i), provider_name=f"Carer {i}", reason_place_change="CARPL")
        services.record_review(actor=world.sw, child=world.ada, review=past + D(days=10 * i + 1), review_code="PN1", iro_name="Iris Reed")
        services.record_visit(actor=world.sw, child=world.ada, visited_on=past + D(days=10 * i + 2), seen_alone=True)
        services.record_health(actor=world.sw, child=world.ada, kind="dental", done_on=past + D(days=10 * i + 3))
        services.record_missing(actor=world.sw, child=world.ada, missing="M", mis_start=past + D(days=10 * i + 4),
                                mis_end=past + D(days=10 * i + 5), return_interview_offered=False)
    assert _care_queries(client, world.ada) == few
