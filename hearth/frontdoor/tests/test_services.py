"""Front-door services: checks that store nothing, matching paths, the decision, allocation, clocks, strategy."""

import datetime as dt
import zoneinfo

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from hearth.audit.models import AuditEvent
from hearth.cases import selectors as case_selectors
from hearth.cases import services as case_services
from hearth.cases.models import Case, ChronologyEntry, EntryKind
from hearth.frontdoor import selectors, services
from hearth.frontdoor.models import MatchCandidate, MatchStatus, Referral
from hearth.frontdoor.tests.conftest import referral_kwargs
from hearth.partners.models import Involvement
from hearth.people.models import Person
from tests import factories

LONDON = zoneinfo.ZoneInfo("Europe/London")
ADA_NHS = "9434765919"  # valid check digit
UNSURE_ADA = {"child_given_name": "Adah", "child_family_name": "Lovelace", "child_date_of_birth": dt.date(2016, 3, 12),
              "child_postcode": "", "child_address_line_1": "", "child_sex": ""}


def _counts():
    return (Referral.objects.count(), Person.objects.count(), ChronologyEntry.objects.count(),
            AuditEvent.objects.count(), MatchCandidate.objects.count())


BAD_INPUT = [
    ({"child_given_name": " "}, "child_given_name", "Enter the child's first name"),
    ({"child_family_name": ""}, "child_family_name", "Enter the child's last name"),
    ({"concerns": ""}, "concerns", "Enter what the concerns about the child are"),
    ({"child_date_of_birth": timezone.localdate() + dt.timedelta(days=1)}, "child_date_of_birth",
     "Child's date of birth must be today or in the past"),
    ({"child_date_of_birth": dt.date(1990, 1, 1)}, "child_date_of_birth",
     "The front door takes referrals about children: this date of birth is 18 or more years ago"),
    ({"child_nhs_number": "943 476 5910"}, "child_nhs_number",
     "NHS number is not valid: check the digits, the last one does not match"),
    ({"child_nhs_number": "12345"}, "child_nhs_number", "NHS number must be 10 digits"),
    ({"child_postcode": "NOWHERE"}, "child_postcode", "Enter a real postcode, like SW1A 1AA"),
    ({"referrer_email": "not an email"}, "referrer_email", "Enter an email address in the correct format, like name@example.com"),
    ({"referrer_phone": "call me"}, "referrer_phone", "Enter a telephone number, like 01632 960 001 or +44 7700 900 982"),
    ({"referrer_name": ""}, "referrer_name", "Enter the name of the person making the referral"),
    ({"child_given_name": "Ann\x00a"}, "child_given_name", "Child's first name must not contain control characters"),
    ({"child_family_name": "x" * 101}, "child_family_name", "Child's last name must be 100 characters or fewer"),
    ({"child_sex": "Q"}, "child_sex", "Select the child's sex: male, female or not known"),
    ({"source": "99"}, "source", "Select who made the referral from the list"),
    ({"source": ""}, "source", "Select who made the referral"),
    ({"channel": "pigeon"}, "channel", "Select how the contact came in"),
    ({"channel": "partner_api"}, "organisation", "A partner referral must come from a partner organisation"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("change", "field", "message"), BAD_INPUT, ids=[b[1] + "-" + str(i) for i, b in enumerate(BAD_INPUT)])
def test_each_wrong_input_is_refused_with_a_plain_message_and_stores_nothing(fd, change, field, message):
    before = _counts()
    with pytest.raises(ValidationError) as caught:
        services.receive_referral(actor=fd.worker, **referral_kwargs(**change))
    assert caught.value.message_dict[field] == [message]
    assert _counts() == before


@pytest.mark.django_db
def test_every_problem_is_reported_at_once(fd):
    with pytest.raises(ValidationError) as caught:
        services.receive_referral(actor=fd.worker, **referral_kwargs(child_given_name="", concerns="",
                                                                     child_nhs_number="1", child_postcode="x"))
    assert set(caught.value.message_dict) == {"child_given_name", "concerns", "child_nhs_number", "child_postcode"}


@pytest.mark.django_db
def test_an_anonymous_referral_needs_no_referrer_name(fd):
    referral = services.receive_referral(actor=fd.worker, **referral_kwargs(source="9", referrer_name=""))
    assert referral.referrer_display == "Anonymous"


# --- Matching ---------------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_no_match_creates_a_new_person_with_the_address_and_puts_the_referral_on_their_chronology(fd):
    referral = services.receive_referral(actor=fd.worker, **referral_kwargs())
    assert referral.match_status == MatchStatus.NEW_PERSON
    person = referral.person
    assert (person.given_name, person.family_name, person.date_of_birth, person.sex) == ("Quenby", "Marchbanks",
                                                                                         dt.date(2016, 5, 4), "F")
    assert person.addresses.get().postcode == "NE2 1AA"
    entry = ChronologyEntry.objects.get(child=person, kind=EntryKind.REFERRAL)
    assert "bruise on her cheek" in entry.narrative and "Referred by Jo Head (Head teacher) (phone)" in entry.narrative
    assert entry.author == fd.worker
    assert referral.reference == f"FD-{referral.pk:06d}"


@pytest.mark.django_db
def test_certain_match_links_the_existing_child(fd):
    ada = fd.w.ada
    ada.nhs_number = ADA_NHS
    ada.save()
    referral = services.receive_referral(actor=fd.worker, **referral_kwargs(
        child_given_name="Ada", child_family_name="Lovelace", child_date_of_birth=ada.date_of_birth,
        child_nhs_number=ADA_NHS, child_postcode="NE1 4ST", child_address_line_1="1 Mill Lane"))
    assert referral.match_status == MatchStatus.AUTO_LINKED
    assert referral.person == ada
    assert not referral.candidates.exists()
    entry = ChronologyEntry.objects.get(child=ada, kind=EntryKind.REFERRAL)
    assert entry.case == fd.w.case_ada  # the unit holding Ada sees the new referral on her chronology


@pytest.mark.django_db
def test_uncertain_match_keeps_candidates_with_scores_and_reasons_for_a_worker(fd):
    # Spelt like Ada, born a year later to the day, no NHS number or postcode: possible, not certain.
    referral = services.receive_referral(actor=fd.worker, **referral_kwargs(**UNSURE_ADA))
    assert referral.match_status == MatchStatus.AWAITING_WORKER
    assert referral.person is None
    candidates = list(referral.candidates.order_by("rank"))
    assert candidates and candidates[0].person == fd.w.ada
    assert 0 < candidates[0].score < 1 and candidates[0].reasons
    assert not ChronologyEntry.objects.filter(kind=EntryKind.REFERRAL).exists()  # no child linked yet

    services.confirm_match(actor=fd.worker, referral=referral, person=fd.w.ada)
    referral.refresh_from_db()
    assert referral.match_status == MatchStatus.CONFIRMED and referral.person == fd.w.ada
    assert ChronologyEntry.objects.filter(child=fd.w.ada, kind=EntryKind.REFERRAL).count() == 1
    with pytest.raises(ValidationError):
        services.confirm_match(actor=fd.worker, referral=referral, person=None)


@pytest.mark.django_db
def test_worker_can_say_none_of_the_candidates_and_a_new_person_is_made(fd):
    referral = services.receive_referral(actor=fd.worker, **referral_kwargs(**UNSURE_ADA))
    assert referral.match_status == MatchStatus.AWAITING_WORKER
    before = Person.objects.count()
    with pytest.raises(ValidationError) as caught:
        services.confirm_match(actor=fd.worker, referral=referral, person=fd.w.zed)  # not a candidate
    assert "match" in caught.value.message_dict
    services.confirm_match(actor=fd.worker, referral=referral, person=None)
    referral.refresh_from_db()
    assert referral.match_status == MatchStatus.NEW_PERSON
    assert Person.objects.count() == before + 1 and referral.person != fd.w.ada


@pytest.mark.django_db
def test_partner_referral_records_the_referrer_in_the_team_around_the_child(fd):
    kwargs = referral_kwargs(source="")
    kwargs.pop("channel")
    referral = services.receive_referral(actor=None, channel="partner_api", organisation=fd.school, **kwargs)
    assert referral.source == "2A"  # from the organisation's kind
    involvement = Involvement.objects.get(person=referral.person)
    assert involvement.organisation == fd.school and involvement.professional_name == "Jo Head"
    assert involvement.role == "dsl" and involvement.source == "referral"


# --- Clocks -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("received", "due"), [
    (dt.datetime(2025, 12, 17, 9, 0), dt.datetime(2025, 12, 18, 17, 0)),     # Wednesday -> Thursday
    (dt.datetime(2025, 12, 19, 16, 45), dt.datetime(2025, 12, 22, 17, 0)),   # Friday -> Monday, over the weekend
    (dt.datetime(2025, 12, 20, 11, 0), dt.datetime(2025, 12, 22, 17, 0)),    # Saturday -> Monday
    (dt.datetime(2025, 12, 24, 10, 0), dt.datetime(2025, 12, 29, 17, 0)),    # Christmas Eve -> after 25, 26 and the weekend
    (dt.datetime(2026, 4, 2, 14, 0), dt.datetime(2026, 4, 7, 17, 0)),        # before Good Friday and Easter Monday
    (dt.datetime(2026, 8, 28, 9, 0), dt.datetime(2026, 9, 1, 17, 0)),        # Friday before the August bank holiday
])
@pytest.mark.django_db  # the timescale is the authority's setting (casework TimescaleSetting)
def test_decision_is_due_at_the_end_of_the_next_working_day(received, due):
    assert services.decision_due(received.replace(tzinfo=LONDON)) == due.replace(tzinfo=LONDON)


@pytest.mark.django_db
def test_a_referral_received_before_a_bank_holiday_weekend_is_due_after_it(fd):
    received = dt.datetime(2025, 12, 24, 10, 0, tzinfo=LONDON)
    referral = services.receive_referral(actor=fd.worker, **referral_kwargs(received_at=received))
    assert timezone.localtime(referral.due_at) == dt.datetime(2025, 12, 29, 17, 0, tzinfo=LONDON)
    clock = selectors.clock(referral, now=dt.datetime(2025, 12, 29, 15, 0, tzinfo=LONDON))
    assert (clock.overdue, clock.text) == (False, "Due in 2 h")
    clock = selectors.clock(referral, now=dt.datetime(2025, 12, 29, 19, 30, tzinfo=LONDON))
    assert (clock.overdue, clock.text) == (True, "Overdue by 2 h")


@pytest.mark.django_db
def test_received_time_in_the_future_is_refused(fd):
    with pytest.raises(ValidationError) as caught:
        services.receive_referral(actor=fd.worker, **referral_kwargs(received_at=timezone.now() + dt.timedelta(hours=2)))
    assert caught.value.message_dict["received_at"] == ["Time received must be now or in the past"]


# --- Deciding ----------------------------------------------------------------------------------------------------


def _new(fd, **overrides):
    return services.receive_referral(actor=fd.worker, **referral_kwargs(**overrides))


@pytest.mark.django_db
def test_decision_goes_on_the_chronology_with_reason_and_who_decided_without_any_approval(fd):
    referral = _new(fd)
    services.decide(actor=fd.worker, referral=referral, decision="assessment", reason="Injury and fear of going home")
    referral.refresh_from_db()
    assert referral.decided_by == fd.worker and referral.decided_at is not None
    entry = ChronologyEntry.objects.get(child=referral.person, kind=EntryKind.FRONT_DOOR_DECISION)
    assert entry.author == fd.worker
    assert "Decision: Child and family assessment." in entry.narrative
    assert "Reason: Injury and fear of going home" in entry.narrative
    assert "Decided by Maya Ash" in entry.narrative
    assert AuditEvent.objects.filter(action="front_door_decision", actor=fd.worker, person_id=referral.person_id).exists()
    with pytest.raises(ValidationError):
        services.decide(actor=fd.worker, referral=referral, decision="nfa", reason="again", advice="x")


@pytest.mark.django_db
def test_assessment_is_allocated_by_locality_and_is_on_that_units_board_at_once(fd):
    referral = _new(fd, child_postcode="NE2 1AA")
    services.decide(actor=fd.worker, referral=referral, decision="assessment", reason="Needs assessing")
    referral.refresh_from_db()
    assert referral.allocated_unit == fd.north  # NE2 is in Assessment North's localities
    case = Case.objects.get(child=referral.person, closed_on__isnull=True)
    assert case.unit == fd.north and case.status == "assessment" and referral.case == case
    assert referral.person.pk in {c.child_id for c in case_selectors.unit_board(fd.north)}


@pytest.mark.django_db
def test_allocation_by_caseload_when_no_unit_covers_the_locality(fd):
    # North already holds one case; South holds none: a postcode neither covers goes to South.
    case_services.open_case(actor=fd.worker, child=factories.child("Una", "Held", dt.date(2014, 1, 1)), unit=fd.north)
    referral = _new(fd, child_postcode="W1A 1AA")
    services.decide(actor=fd.worker, referral=referral, decision="strategy", reason="Significant harm suspected")
    referral.refresh_from_db()
    assert referral.allocated_unit == fd.south
    assert services.allocate_unit(decision="assessment", postcode="SE1 7PB") == fd.south  # South covers SE1
    assert services.allocate_unit(decision="early_help", postcode="NE1 4ST") == fd.family_support
    assert services.allocate_unit(decision="nfa") is None


@pytest.mark.django_db
def test_no_further_action_needs_the_advice_given(fd):
    referral = _new(fd)
    with pytest.raises(ValidationError) as caught:
        services.decide(actor=fd.worker, referral=referral, decision="nfa", reason="Explained by a fall")
    assert caught.value.message_dict == {"advice": ["Enter the advice given to the referrer and family"]}
    assert not ChronologyEntry.objects.filter(kind=EntryKind.FRONT_DOOR_DECISION).exists()
    services.decide(actor=fd.worker, referral=referral, decision="nfa", reason="Explained by a fall",
                    advice="School to keep watching; mother given the family hub's number")
    referral.refresh_from_db()
    assert referral.allocated_unit is None and referral.case is None
    assert not Case.objects.filter(child=referral.person).exists()


@pytest.mark.django_db
def test_add_to_case_links_the_childs_open_case_and_refuses_a_child_without_one(fd):
    ada = fd.w.ada
    ada.nhs_number = ADA_NHS
    ada.save()
    linked = _new(fd, child_given_name="Ada", child_family_name="Lovelace", child_date_of_birth=ada.date_of_birth,
                  child_nhs_number=ADA_NHS)
    assert linked.person == ada
    services.decide(actor=fd.worker, referral=linked, decision="add_to_case", reason="Already open to Unit A")
    linked.refresh_from_db()
    assert linked.case == fd.w.case_ada and linked.allocated_unit == fd.w.unit_a
    entry = ChronologyEntry.objects.get(child=ada, kind=EntryKind.FRONT_DOOR_DECISION)
    assert entry.case == fd.w.case_ada

    fresh = _new(fd)
    with pytest.raises(ValidationError) as caught:
        services.decide(actor=fd.worker, referral=fresh, decision="add_to_case", reason="x")
    assert caught.value.message_dict == {"decision": ["This child has no open case: choose another decision"]}


@pytest.mark.django_db
def test_deciding_needs_a_linked_child_a_decision_and_a_reason(fd):
    referral = Referral.objects.create(channel="phone", source="6", concerns="x", child_given_name="A",
                                       child_family_name="B", match_status=MatchStatus.AWAITING_WORKER,
                                       due_at=timezone.now())
    with pytest.raises(ValidationError) as caught:
        services.decide(actor=fd.worker, referral=referral, decision="maybe", reason="")
    assert caught.value.message_dict == {"match": ["Say which child this is before deciding"],
                                         "decision": ["Select a decision"],
                                         "reason": ["Enter the reason for the decision"]}


@pytest.mark.django_db
def test_time_from_referral_to_the_child_being_seen(fd):
    referral = _new(fd, received_at=timezone.now() - dt.timedelta(days=3))
    services.decide(actor=fd.worker, referral=referral, decision="assessment", reason="Needs assessing")
    referral.refresh_from_db()
    received_on = timezone.localtime(referral.received_at).date()
    assert selectors.child_first_seen_on(referral) is None
    assert _since_referral(referral.case_id) == "Not seen yet (3 days)"
    worker = factories.member(fd.north, username="north_sw")
    # A visit before the referral does not count; the first one after it does.
    ChronologyEntry.objects.create(child=referral.person, kind=EntryKind.HOME_VISIT, occurred_on=received_on - dt.timedelta(days=9),
                                   child_seen=True, narrative="Earlier visit")
    case_services.record_work(actor=worker, child=referral.person, kind="home_visit", occurred_on=received_on + dt.timedelta(days=2),
                              minutes=60, child_seen=True, seen_alone=True, narrative="Saw her at home")
    assert selectors.child_first_seen_on(referral) == received_on + dt.timedelta(days=2)
    assert _since_referral(referral.case_id) == "Seen after 2 days"


def _board_row(case_id):
    """The case's row on its unit's board, with the front door's columns, read as the board reads them."""
    case = Case.objects.get(pk=case_id)
    return next(c for c in case_selectors.unit_board(case.unit, extra=selectors.board_columns()) if c.pk == case_id)


def _since_referral(case_id) -> str:
    row = _board_row(case_id)
    return selectors.seen_text(row.referral_received_on, row.referral_first_seen_on)


# --- Strategy discussions ---------------------------------------------------------------------------------------

ATTENDEES = [
    {"name": "DC Pat Reed", "agency": "police", "role": "Child abuse investigation team"},
    {"name": "Dr Lee Shah", "agency": "health", "role": "Named doctor"},
    {"name": "Jo Head", "agency": "education", "role": "Head teacher"},
    {"name": "Maya Ash", "agency": "social_care", "role": "MASH social worker"},
]


@pytest.mark.django_db
def test_strategy_discussion_that_starts_s47_sets_the_icpc_due_date(fd):
    referral = _new(fd)
    services.decide(actor=fd.worker, referral=referral, decision="strategy", reason="Reasonable cause to suspect harm")
    held = dt.date(2025, 12, 15)  # 15 working days on, past Christmas, Boxing Day and New Year's Day
    discussion = services.record_strategy_discussion(
        actor=fd.worker, child=referral.person, referral=referral, held_on=held, attendees=ATTENDEES,
        information_shared="Police: two call-outs this year. Health: missed immunisations.", s47_enquiry=True,
        decision_reason="Injury unexplained; child frightened", actions=[
            {"description": "Joint visit with police", "owner": "DC Pat Reed", "due_on": dt.date(2025, 12, 16)}])
    referral.refresh_from_db()
    assert discussion.s47_started_on == held
    assert discussion.icpc_due_on == dt.date(2026, 1, 8)
    assert discussion.case == referral.case
    assert {a.agency for a in discussion.attendees.all()} == {"police", "health", "education", "social_care"}
    assert discussion.actions.get().owner == "DC Pat Reed"
    entry = discussion.entry
    assert entry.kind == EntryKind.STRATEGY_DISCUSSION and entry.child == referral.person
    assert "Initial child protection conference due by 8 January 2026" in entry.narrative
    assert _board_row(referral.case_id).icpc_due_on == dt.date(2026, 1, 8)


@pytest.mark.django_db
def test_strategy_discussion_without_s47_sets_no_clock_and_bad_rows_store_nothing(fd):
    referral = _new(fd)
    before = ChronologyEntry.objects.count()
    with pytest.raises(ValidationError) as caught:
        services.record_strategy_discussion(
            actor=fd.worker, child=referral.person, held_on=timezone.localdate() + dt.timedelta(days=1),
            attendees=[ATTENDEES[0], {"name": "", "agency": "health", "role": ""}], information_shared="",
            s47_enquiry=None, decision_reason="", actions=[{"description": "Visit", "owner": "", "due_on": None}])
    assert caught.value.message_dict == {
        "held_on": ["Date of the strategy discussion must be today or in the past"],
        "attendee_2_name": ["Enter attendee 2's name"],
        "information_shared": ["Enter the information shared"],
        "s47_enquiry": ["Select whether a section 47 enquiry starts"],
        "decision_reason": ["Enter the reason for the decision"],
        "action_1_owner": ["Enter who owns action 1"],
        "action_1_due_on": ["Enter when action 1 is due"],
    }
    assert ChronologyEntry.objects.count() == before
    discussion = services.record_strategy_discussion(
        actor=fd.worker, child=referral.person, held_on=timezone.localdate(), attendees=ATTENDEES[:3],
        information_shared="Nothing known to police", s47_enquiry=False, decision_reason="Below threshold")
    assert discussion.icpc_due_on is None and discussion.s47_started_on is None


# --- Access for front-door workers ------------------------------------------------------------------------------


@pytest.mark.django_db
def test_front_door_can_see_linked_children_while_open_and_for_30_days_after_decision(fd):
    referral = _new(fd)
    person_id = referral.person_id
    assert selectors.front_door_can_see(fd.worker, person_id)
    assert not selectors.front_door_can_see(fd.w.other, person_id)  # not a front-door worker
    assert not selectors.front_door_can_see(fd.school_user, person_id)  # a partner user
    assert not selectors.front_door_can_see(fd.worker, fd.w.zed.pk)  # no referral links Zed
    services.decide(actor=fd.worker, referral=referral, decision="nfa", reason="r", advice="a")
    assert selectors.front_door_can_see(fd.worker, person_id)
    Referral.objects.filter(pk=referral.pk).update(decided_at=timezone.now() - dt.timedelta(days=31))
    fresh_user = type(fd.worker).objects.get(pk=fd.worker.pk)
    assert not selectors.front_door_can_see(fresh_user, person_id)
