"""Front-door pages: the board and its clocks, one page to match and decide, the forms, and who may open them."""

import datetime as dt
import re

import pytest
from django.utils import timezone

from hearth.cases.models import Case, ChronologyEntry, EntryKind
from hearth.frontdoor import services
from hearth.frontdoor.models import MatchStatus, Referral, StrategyDiscussion
from hearth.frontdoor.tests.conftest import referral_kwargs
from hearth.frontdoor.tests.test_services import ATTENDEES, UNSURE_ADA


def _new(fd, **overrides):
    return services.receive_referral(actor=fd.worker, **referral_kwargs(**overrides))


def _text(response) -> str:
    return re.sub(r"\s+", " ", response.content.decode())


@pytest.mark.django_db
def test_board_lists_open_referrals_most_urgent_first_with_overdue_ones_in_red(client, fd):
    late = _new(fd, child_given_name="Olwen", child_family_name="Pryce", received_at=timezone.now() - dt.timedelta(days=6))
    fresh = _new(fd, child_given_name="Fern", child_family_name="Quill", child_date_of_birth=dt.date(2012, 1, 9))
    done = _new(fd, child_given_name="Dora", child_family_name="Ashby", child_date_of_birth=dt.date(2019, 7, 30))
    services.decide(actor=fd.worker, referral=done, decision="nfa", reason="Fine", advice="Leaflet given")
    client.force_login(fd.worker)
    response = client.get("/front-door/")
    assert response.status_code == 200
    html = _text(response)
    assert html.index("Olwen Pryce") < html.index("Fern Quill")  # the overdue one first
    assert re.search(r'govuk-tag--red">Overdue by \d+ (h|days)</strong>', html)
    assert "1 overdue" in html
    decided_today = html[html.index("Decided today"):]
    assert "Dora Ashby" in decided_today and "No further action" in decided_today
    assert "Not seen yet (0 days)" in decided_today
    assert f"/front-door/referrals/{fresh.pk}/" in html and f"/front-door/referrals/{late.pk}/" in html


@pytest.mark.django_db
def test_worker_decides_on_the_referral_page_and_is_back_on_the_board(client, fd):
    referral = _new(fd)
    client.force_login(fd.worker)
    page = client.get(f"/front-door/referrals/{referral.pk}/")
    assert page.status_code == 200
    assert "Decision" in _text(page) and "bruise on her cheek" in _text(page)
    response = client.post(f"/front-door/referrals/{referral.pk}/", {"decision": "assessment", "reason": "Injury",
                                                                     "action": "decide"})
    assert response.status_code == 302 and response["Location"] == "/front-door/"
    referral.refresh_from_db()
    assert referral.decision == "assessment" and referral.allocated_unit == fd.north
    assert ChronologyEntry.objects.filter(child=referral.person, kind=EntryKind.FRONT_DOOR_DECISION, author=fd.worker).exists()
    board = client.get("/front-door/")
    assert "Child and family assessment, allocated to Assessment North" in _text(board)


@pytest.mark.django_db
def test_uncertain_match_shows_candidates_with_reasons_and_one_post_confirms_and_decides(client, fd):
    referral = _new(fd, **UNSURE_ADA)
    assert referral.match_status == MatchStatus.AWAITING_WORKER
    client.force_login(fd.worker)
    html = _text(client.get(f"/front-door/referrals/{referral.pk}/"))
    assert "The referral and the possible records side by side" in html
    assert "Adah Lovelace" in html and "Ada Lovelace" in html
    assert "First name: Adah is spelt like Ada" in html  # why it scored as it did
    assert "None of these: add as a new person" in html
    # Deciding without choosing the record is refused on the page, nothing stored.
    response = client.post(f"/front-door/referrals/{referral.pk}/", {"decision": "nfa", "reason": "x", "advice": "y"})
    assert response.status_code == 200
    assert "Select the child&#39;s record, or add the child as a new person" in response.content.decode()
    response = client.post(f"/front-door/referrals/{referral.pk}/", {
        "match": str(fd.w.ada.pk), "decision": "add_to_case", "reason": "Open to Unit A already", "action": "decide"})
    assert response.status_code == 302
    referral.refresh_from_db()
    assert referral.person == fd.w.ada and referral.match_status == MatchStatus.CONFIRMED
    assert referral.case == fd.w.case_ada


@pytest.mark.django_db
def test_a_failed_decision_does_not_keep_the_match_either(client, fd):
    referral = _new(fd, **UNSURE_ADA)
    client.force_login(fd.worker)
    response = client.post(f"/front-door/referrals/{referral.pk}/", {"match": "new", "decision": "nfa", "reason": "x"})
    assert response.status_code == 200
    assert "Enter the advice given to the referrer and family" in response.content.decode()
    referral.refresh_from_db()
    assert referral.person is None and referral.match_status == MatchStatus.AWAITING_WORKER


@pytest.mark.django_db
def test_contact_form_shows_every_problem_and_stores_nothing_then_saves(client, fd):
    client.force_login(fd.worker)
    assert client.get("/front-door/contacts/new/").status_code == 200
    before = Referral.objects.count()
    response = client.post("/front-door/contacts/new/", {
        "channel": "phone", "source": "", "child_given_name": "", "child_family_name": "Bright",
        "child_date_of_birth-day": "1", "child_date_of_birth-month": "1", "child_date_of_birth-year": str(timezone.localdate().year + 1),
        "child_nhs_number": "943 476 5910", "concerns": ""})
    html = response.content.decode()
    for message in ("Select who made the referral", "Enter the name of the person making the referral",
                    "Enter the child&#39;s first name", "Child&#39;s date of birth must be today or in the past",
                    "NHS number is not valid", "Enter what the concerns about the child are"):
        assert message in html, message
    assert 'class="govuk-error-summary' in html
    assert Referral.objects.count() == before
    response = client.post("/front-door/contacts/new/", {
        "channel": "walk_in", "source": "1A", "referrer_name": "Gran", "child_given_name": "Tomos",
        "child_family_name": "Bright", "concerns": "Says he has not eaten since Friday"})
    referral = Referral.objects.get(child_family_name="Bright")
    assert response.status_code == 302 and response["Location"] == f"/front-door/referrals/{referral.pk}/"
    assert referral.channel == "walk_in" and referral.submitted_by == fd.worker


@pytest.mark.django_db
def test_partner_form_sends_once_and_confirms_with_the_reference_only(client, fd):
    ada = fd.w.ada
    client.force_login(fd.school_user)
    form = client.get("/refer/")
    assert form.status_code == 200
    html = form.content.decode()
    assert "Brackenby Primary School" in html and 'value="Sam Teacher"' in html
    key = re.search(r'name="submission_key" value="([0-9a-f]+)"', html).group(1)
    data = {"submission_key": key, "referrer_name": "Sam Teacher", "referrer_role": "DSL", "child_given_name": "Ada",
            "child_family_name": "Lovelace", "child_date_of_birth-day": "12", "child_date_of_birth-month": "3",
            "child_date_of_birth-year": "2015", "concerns": "Ada said her mum's boyfriend hit her"}
    first = client.post("/refer/", data)
    second = client.post("/refer/", data)  # a double click, or a retry
    assert first.status_code == second.status_code == 302 and first["Location"] == second["Location"]
    referral = Referral.objects.get()
    assert referral.organisation == fd.school and referral.channel == "partner_form" and referral.person == ada
    done = client.get(first["Location"])
    text = _text(done)
    assert referral.reference in text and "Referral sent" in text
    for secret in ("Mill Lane", "NE1 4ST", "Unit A", "Child in need", "Mary"):
        assert secret not in text
    # The same key with changed answers is refused, not stored.
    changed = client.post("/refer/", {**data, "concerns": "Something else"})
    assert changed.status_code == 200 and "This form was already sent" in changed.content.decode()
    assert Referral.objects.count() == 1
    # Another partner user cannot open this confirmation.
    client.force_login(fd.police_user)
    assert client.get(first["Location"]).status_code == 404


@pytest.mark.django_db
def test_strategy_discussion_page_starts_s47_and_shows_the_icpc_due_date(client, fd):
    referral = _new(fd)
    services.decide(actor=fd.worker, referral=referral, decision="strategy", reason="Suspected significant harm")
    client.force_login(fd.worker)
    assert client.get(f"/front-door/referrals/{referral.pk}/strategy-discussion/").status_code == 200
    today = timezone.localdate()
    data = {"held_on-day": today.day, "held_on-month": today.month, "held_on-year": today.year,
            "information_shared": "Police know of two incidents", "s47_enquiry": "yes", "decision_reason": "Harm likely",
            "action_1_description": "Joint visit", "action_1_owner": "DC Reed", "action_1_due_on-day": today.day,
            "action_1_due_on-month": today.month, "action_1_due_on-year": today.year}
    for i, a in enumerate(ATTENDEES, start=1):
        data.update({f"attendee_{i}_name": a["name"], f"attendee_{i}_agency": a["agency"], f"attendee_{i}_role": a["role"]})
    response = client.post(f"/front-door/referrals/{referral.pk}/strategy-discussion/", data, follow=True)
    discussion = StrategyDiscussion.objects.get()
    assert discussion.icpc_due_on is not None and discussion.s47_started_on == today
    html = _text(response)
    due = discussion.icpc_due_on
    assert f"initial child protection conference due by {due.day} {due:%B %Y}" in html


@pytest.mark.django_db
def test_the_allocated_unit_may_record_the_strategy_discussion_but_another_unit_may_not(client, fd):
    from tests import factories

    referral = _new(fd, child_postcode="NE2 1AA")
    services.decide(actor=fd.worker, referral=referral, decision="strategy", reason="Harm")
    north_sw = factories.member(fd.north, username="north_sw")
    client.force_login(north_sw)
    assert client.get(f"/front-door/referrals/{referral.pk}/strategy-discussion/").status_code == 200
    client.force_login(fd.w.other)
    assert client.get(f"/front-door/referrals/{referral.pk}/strategy-discussion/").status_code == 403


FRONT_DOOR_PAGES = ["/front-door/", "/front-door/contacts/new/", "/front-door/referrals/{pk}/",
                    "/front-door/referrals/{pk}/strategy-discussion/"]


@pytest.mark.django_db
def test_wrong_roles_are_refused_and_learn_nothing(client, fd):
    referral = _new(fd)
    services.decide(actor=fd.worker, referral=referral, decision="strategy", reason="Harm")
    urls = [u.format(pk=referral.pk) for u in FRONT_DOOR_PAGES]
    for user in (fd.w.other, fd.w.csw, fd.school_user):  # another unit, a unit's lead, a partner user
        client.force_login(user)
        for url in urls:
            for method in ("get", "post"):
                response = getattr(client, method)(url)
                assert response.status_code == 403, (user, method, url, response.status_code)
                assert b"Marchbanks" not in response.content and b"bruise" not in response.content
    client.force_login(fd.w.sw)  # staff are not partners: the partner form is not for them
    assert client.get("/refer/").status_code == 403
    assert client.get(f"/refer/{referral.pk}/sent/").status_code == 403
    client.logout()
    for url in [*urls, "/refer/", f"/refer/{referral.pk}/sent/"]:
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/sign-in/"), url
    assert Case.objects.filter(child=referral.person).count() == 1


@pytest.mark.django_db
def test_unit_board_shows_time_from_referral_to_seen_and_the_icpc_due_date(client, fd):
    referral = _new(fd, child_postcode="NE2 1AA", received_at=timezone.now() - dt.timedelta(days=2))
    services.decide(actor=fd.worker, referral=referral, decision="strategy", reason="Harm")
    services.record_strategy_discussion(actor=fd.worker, child=referral.person, referral=referral,
                                        held_on=timezone.localdate(), attendees=ATTENDEES, information_shared="Known to police",
                                        s47_enquiry=True, decision_reason="Harm likely")
    from tests import factories

    north_sw = factories.member(fd.north, username="north_sw")
    client.force_login(north_sw)
    html = _text(client.get(f"/units/{fd.north.pk}/"))
    assert "Quenby Marchbanks" in html
    assert "Since referral: not seen yet (2 days)" in html
    assert "Initial child protection conference due by" in html
