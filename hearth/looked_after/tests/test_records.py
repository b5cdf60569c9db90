"""Reviews, visits, health, missing episodes, pre-proceedings and the FGDM check, care leavers' contacts, adoption."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from hearth.audit.models import AuditEvent
from hearth.cases.models import ChronologyEntry, EntryKind
from hearth.looked_after import services
from hearth.looked_after.models import CareApplication, MissingEpisode, Review

from .conftest import start
from .test_episodes import errors_of

D = dt.timedelta


def test_review_records_the_iro_and_goes_on_the_chronology(world, past):
    start(world, world.ada, past)
    r = services.record_review(actor=world.sw, child=world.ada, review=past + D(days=15), review_code="PN1", iro_name="Iris Reed")
    assert Review.objects.get().iro_name == "Iris Reed" and r.review == past + D(days=15)
    assert ChronologyEntry.objects.filter(kind=EntryKind.CARE_REVIEW, child=world.ada).exists()
    assert AuditEvent.objects.filter(action="record_care_review", person_id=world.ada.pk).exists()


def test_review_refused_when_not_looked_after_that_day(world, past):
    start(world, world.ada, past)
    with pytest.raises(ValidationError) as exc:
        services.record_review(actor=world.sw, child=world.ada, review=past - D(days=1), review_code="PN9", iro_name="")
    assert set(errors_of(exc)) == {"review", "review_code", "iro_name"}
    assert not Review.objects.exists()


def test_visit_counts_as_the_child_seen(world, past):
    start(world, world.ada, past)
    services.record_visit(actor=world.sw, child=world.ada, visited_on=past + D(days=3), seen_alone=True)
    entry = ChronologyEntry.objects.get(kind=EntryKind.CARE_VISIT)
    assert (entry.child_seen, entry.seen_alone) == (True, True)


def test_missing_episode_with_return_interview(world, past):
    start(world, world.ada, past)
    with pytest.raises(ValidationError) as exc:
        services.record_missing(actor=world.sw, child=world.ada, missing="M", mis_start=past + D(days=5), mis_end=past + D(days=4))
    assert set(errors_of(exc)) == {"mis_end", "return_interview_offered"}
    m = services.record_missing(actor=world.sw, child=world.ada, missing="M", mis_start=past + D(days=5), mis_end=past + D(days=6),
                                return_interview_offered=True, return_interview_accepted=True)
    assert (m.return_interview_offered, m.return_interview_accepted) == (True, True)
    entry = ChronologyEntry.objects.get(kind=EntryKind.MISSING)
    assert "offered and accepted" in entry.narrative
    assert MissingEpisode.objects.count() == 1


def test_care_application_refused_without_a_family_group_meeting_offer(world, past):
    with pytest.raises(ValidationError) as exc:
        services.record_care_application(actor=world.sw, case=world.case_ada, issued_on=past, court="Newcastle FC")
    assert "family group decision-making meeting" in errors_of(exc)["issued_on"][0]
    services.record_pre_proceedings(actor=world.sw, case=world.case_ada, started_on=past, letter_sent_on=past)
    with pytest.raises(ValidationError):
        services.record_care_application(actor=world.sw, case=world.case_ada, issued_on=past + D(days=30), court="Newcastle FC")
    services.record_pre_proceedings(actor=world.sw, case=world.case_ada, started_on=past, letter_sent_on=past,
                                    fgdm_offered_on=past, fgdm_accepted=True)
    with pytest.raises(ValidationError) as exc:  # accepted: it must be held first
        services.record_care_application(actor=world.sw, case=world.case_ada, issued_on=past + D(days=30), court="Newcastle FC")
    assert "must be held before" in errors_of(exc)["issued_on"][0]
    services.record_pre_proceedings(actor=world.sw, case=world.case_ada, started_on=past, letter_sent_on=past,
                                    fgdm_offered_on=past, fgdm_accepted=True, fgdm_held_on=past + D(days=20))
    app = services.record_care_application(actor=world.sw, case=world.case_ada, issued_on=past + D(days=30), court="Newcastle FC")
    assert CareApplication.objects.get() == app
    assert world.case_ada.pre_proceedings.count() == 1  # the updates changed the one open record


def test_best_interests_reason_allows_an_application_without_an_offer(world, past):
    services.record_pre_proceedings(actor=world.sw, case=world.case_ada, started_on=past,
                                    fgdm_not_offered_reason="Risk of serious harm if the wider family is told")
    assert services.record_care_application(actor=world.sw, case=world.case_ada, issued_on=past + D(days=1), court="Leeds FC")


def test_care_leaver_contact_needs_a_care_leaver(world, past):
    start(world, world.ada, past)
    with pytest.raises(ValidationError) as exc:
        services.record_care_leaver_contact(actor=world.sw, child=world.ada, contacted_on=past + D(days=2), in_touch="YES",
                                            activ="F2", accom="B", accom_suitable=True)
    assert "was not an eligible" in errors_of(exc)["contacted_on"][0]


def test_adoption_starts_with_the_decision(world, past):
    with pytest.raises(ValidationError) as exc:
        services.record_adoption_stage(actor=world.sw, child=world.byron, stage="matched", on=past)
    assert "decision" in errors_of(exc)["stage"][0]
    services.record_adoption_stage(actor=world.sw, child=world.byron, stage="decision", on=past)
    with pytest.raises(ValidationError) as exc:
        services.record_adoption_stage(actor=world.sw, child=world.byron, stage="no_longer", on=past + D(days=3))
    assert errors_of(exc) == {"reason_ceased": ["Enter why the child is no longer to be placed for adoption"]}
    assert services.record_adoption_stage(actor=world.sw, child=world.byron, stage="matched", on=past + D(days=9))


def test_the_return_from_a_missing_episode(world, past):
    start(world, world.ada, past)
    gone = services.record_missing(actor=world.sw, child=world.ada, missing="A", mis_start=past + D(days=5))
    assert gone.mis_end is None
    with pytest.raises(ValidationError) as exc:
        services.record_return(actor=world.sw, episode=gone, mis_end=past + D(days=4), return_interview_offered=None,
                               return_interview_accepted=None)
    assert set(errors_of(exc)) == {"mis_end", "return_interview_offered"}
    back = services.record_return(actor=world.sw, episode=gone, mis_end=past + D(days=7), return_interview_offered=True,
                                  return_interview_accepted=False)
    assert (back.mis_end, back.return_interview_offered, back.return_interview_accepted) == (past + D(days=7), True, False)
    with pytest.raises(ValidationError):
        services.record_return(actor=world.sw, episode=back, mis_end=past + D(days=8), return_interview_offered=False,
                               return_interview_accepted=None)


def test_court_extensions_are_at_most_8_weeks_and_proceedings_conclude_once(world, past):
    services.record_pre_proceedings(actor=world.sw, case=world.case_ada, started_on=past, fgdm_offered_on=past, fgdm_accepted=False)
    app = services.record_care_application(actor=world.sw, case=world.case_ada, issued_on=past + D(days=1), court="Leeds FC")
    with pytest.raises(ValidationError) as exc:
        services.extend_care_application(actor=world.sw, application=app, weeks=9, reason="")
    assert set(errors_of(exc)) == {"weeks", "reason"}
    done = services.conclude_care_application(actor=world.sw, application=app, concluded_on=past + D(days=200), final_order="Care order")
    assert done.final_order == "Care order"
    with pytest.raises(ValidationError):
        services.conclude_care_application(actor=world.sw, application=app, concluded_on=past + D(days=201), final_order="Care order")
    assert ChronologyEntry.objects.filter(kind=EntryKind.CARE_PROCEEDINGS, title="Care proceedings concluded").exists()


def test_uasc_status_and_when_it_ceased(world, past):
    start(world, world.ada, past)
    services.record_uasc(actor=world.sw, child=world.ada, since=past)
    with pytest.raises(ValidationError) as exc:
        services.record_uasc(actor=world.sw, child=world.ada, since=past, duc=past - D(days=1))
    assert "duc" in errors_of(exc)
    row = services.record_uasc(actor=world.sw, child=world.ada, since=past, duc=past + D(days=100))
    assert (row.since, row.duc) == (past, past + D(days=100))
    assert AuditEvent.objects.filter(action="record_uasc").count() == 2


def test_previous_permanence_for_the_period_of_care(world, past):
    with pytest.raises(ValidationError) as exc:
        services.record_previous_permanence(actor=world.sw, child=world.ada, prev_perm="P2")
    assert "has not been looked after" in errors_of(exc)["prev_perm"][0]
    start(world, world.ada, past)
    with pytest.raises(ValidationError) as exc:
        services.record_previous_permanence(actor=world.sw, child=world.ada, prev_perm="P2", la_perm="XYZ")
    assert set(errors_of(exc)) == {"la_perm"}
    row = services.record_previous_permanence(actor=world.sw, child=world.ada, prev_perm="P2", la_perm="wal",
                                              date_perm=dt.date(2020, 5, 1))
    assert (row.period_start, row.prev_perm, row.la_perm, row.date_perm) == (past, "P2", "WAL", dt.date(2020, 5, 1))
    row = services.record_previous_permanence(actor=world.sw, child=world.ada, prev_perm="Z1", la_perm="WAL")  # corrected
    assert (row.prev_perm, row.la_perm, row.date_perm) == ("Z1", "", None)
    assert world.ada.previous_permanence.count() == 1


def test_annual_outcomes_for_the_year_to_31_march(world, past):
    start(world, world.ada, dt.date(2024, 1, 8))
    with pytest.raises(ValidationError) as exc:
        services.record_annual_outcomes(actor=world.sw, child=world.ada, year_ending=dt.date(2025, 3, 30), convicted=None,
                                        substance_misuse=True)
    assert set(errors_of(exc)) == {"year_ending", "convicted", "intervention_offered"}
    row = services.record_annual_outcomes(actor=world.sw, child=world.ada, year_ending=dt.date(2025, 3, 31), convicted=False,
                                          substance_misuse=True, intervention_offered=True, intervention_received=False)
    assert (row.convicted, row.substance_misuse, row.intervention_offered, row.intervention_received) == (False, True, True, False)
    row = services.record_annual_outcomes(actor=world.sw, child=world.ada, year_ending=dt.date(2025, 3, 31), convicted=False,
                                          substance_misuse=False, intervention_offered=True)
    assert (row.intervention_offered, row.intervention_received) == (None, None)


def test_too_long_a_text_is_refused_with_a_message_not_cut_short(world, past):
    from hearth.looked_after.models import AdoptionStage

    start(world, world.byron, past)
    services.record_adoption_stage(actor=world.sw, child=world.byron, stage="decision", on=past)
    with pytest.raises(ValidationError) as exc:
        services.record_adoption_stage(actor=world.sw, child=world.byron, stage="no_longer", on=past + D(days=3), reason_ceased="x" * 301)
    assert errors_of(exc) == {"reason_ceased": ["Reason must be 300 characters or fewer"]}
    assert AdoptionStage.objects.count() == 1
    with pytest.raises(ValidationError) as exc:
        services.record_review(actor=world.sw, child=world.byron, review=past + D(days=1), review_code="PN1", iro_name="I" * 151)
    assert errors_of(exc) == {"iro_name": ["Name must be 150 characters or fewer"]}
    assert not Review.objects.exists()
