"""Episode rules: starting care, changes (one a day), ending, gaps and re-entry, no overlaps; UASC; cost of care."""

import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from hearth.audit.models import AuditEvent
from hearth.cases.models import CaseStatus, ChronologyEntry, EntryKind
from hearth.looked_after import selectors, services
from hearth.looked_after.models import UASC, Episode

from .conftest import PLACEMENT, change, start

D = dt.timedelta


def errors_of(exc) -> dict:
    return {k: [str(m) for m in v] for k, v in exc.value.message_dict.items()}


def test_starting_care_opens_a_period_with_an_s_episode(world, past):
    e = start(world, world.ada, past)
    assert (e.rne, e.ls, e.place, e.dec, e.case_id) == ("S", "V2", "U6", None, world.case_ada.pk)
    world.case_ada.refresh_from_db()
    assert world.case_ada.status == CaseStatus.LOOKED_AFTER
    entry = ChronologyEntry.objects.get(child=world.ada, kind=EntryKind.CARE_EPISODE)
    assert entry.title == "Started to be looked after" and "Sam and Alex Carter" in entry.narrative
    assert AuditEvent.objects.filter(action="start_care", person_id=world.ada.pk).count() == 1


def test_bad_input_names_each_field_and_writes_nothing(world, past):
    with pytest.raises(ValidationError) as exc:
        services.start_care(actor=world.sw, child=world.ada, started_on=None, ls="ZZ", cin="N9", place="", place_provider="PR9",
                            provider_name="", weekly_cost="lots", pl_post="nowhere", urn="12")
    assert set(errors_of(exc)) == {"started_on", "ls", "cin", "place", "place_provider", "provider_name", "weekly_cost", "pl_post",
                                   "urn"}
    assert not Episode.objects.exists() and not AuditEvent.objects.filter(action="start_care").exists()


def test_starting_care_needs_an_open_case(world, past):
    with pytest.raises(ValidationError) as exc:
        start(world, world.mother, past)
    assert "has no open case" in errors_of(exc)["started_on"][0]


def test_cannot_start_care_twice(world, past):
    start(world, world.ada, past)
    with pytest.raises(ValidationError) as exc:
        start(world, world.ada, past + D(days=3))
    assert "already looked after" in errors_of(exc)["started_on"][0]
    assert Episode.objects.count() == 1


@pytest.mark.parametrize("changes, same_carer, rne", [
    ({"ls": "C1"}, False, "L"),
    ({"provider_name": "Pat Jones", "pl_post": "NE4 5CD"}, False, "P"),
    ({"place": "U4"}, True, "T"),
    ({"ls": "C2", "provider_name": "Pat Jones"}, False, "B"),
    ({"ls": "C2", "place": "U4"}, True, "U"),
])
def test_a_later_change_ends_the_episode_x1_and_starts_the_next_the_same_day(world, past, changes, same_carer, rne):
    first = start(world, world.ada, past)
    second = change(world, world.ada, past + D(days=10), same_carer=same_carer, reason_place_change="CARPL", **changes)
    first.refresh_from_db()
    assert (first.dec, first.rec) == (past + D(days=10), "X1")
    assert (second.decom, second.rne, second.dec, second.cin) == (past + D(days=10), rne, None, "N1")
    assert len(selectors.periods(selectors.episodes_for(world.ada))) == 1


def test_a_change_of_placement_needs_its_reason(world, past):
    start(world, world.ada, past)
    with pytest.raises(ValidationError) as exc:
        change(world, world.ada, past + D(days=3), provider_name="Pat Jones")
    assert errors_of(exc) == {"reason_place_change": ["Select the reason for the change of placement"]}


def test_two_changes_on_the_same_day_are_one_change(world, past):
    start(world, world.ada, past)
    day = past + D(days=20)
    change(world, world.ada, day, ls="C1")  # legal status in the morning ...
    merged = change(world, world.ada, day, ls="C1", provider_name="Pat Jones", reason_place_change="CARPL")  # ... a move later
    episodes = selectors.episodes_for(world.ada)
    assert len(episodes) == 2
    assert (merged.decom, merged.rne, merged.ls, merged.provider_name) == (day, "B", "C1", "Pat Jones")


def test_a_change_on_the_first_day_stays_the_start(world, past):
    start(world, world.ada, past)
    merged = change(world, world.ada, past, ls="C1")
    assert Episode.objects.count() == 1 and (merged.rne, merged.ls) == ("S", "C1")


def test_no_change_before_the_current_episode_started(world, past):
    start(world, world.ada, past)
    change(world, world.ada, past + D(days=5), ls="C1")
    with pytest.raises(ValidationError) as exc:
        change(world, world.ada, past + D(days=4), ls="C2")
    assert "cannot be before the current episode started" in errors_of(exc)["changed_on"][0]


def test_a_change_that_changes_nothing_is_refused(world, past):
    start(world, world.ada, past)
    with pytest.raises(ValidationError) as exc:
        change(world, world.ada, past + D(days=5))
    assert errors_of(exc) == {"ls": ["Nothing has changed: change the legal status or the placement"]}


def test_ending_care_then_a_gap_then_re_entry_is_a_new_period(world, past):
    start(world, world.ada, past)
    change(world, world.ada, past + D(days=30), ls="C1")
    ended = services.end_care(actor=world.sw, child=world.ada, ended_on=past + D(days=60), rec="E4A")
    assert (ended.dec, ended.rec) == (past + D(days=60), "E4A")
    with pytest.raises(ValidationError) as exc:
        change(world, world.ada, past + D(days=61), ls="C2")
    assert "is not looked after" in errors_of(exc)["changed_on"][0]
    with pytest.raises(ValidationError) as exc:  # would overlap the first period
        start(world, world.ada, past + D(days=59))
    assert "cannot start before the last one ended" in errors_of(exc)["started_on"][0]
    again = start(world, world.ada, past + D(days=90))
    assert again.rne == "S"
    found = selectors.periods(selectors.episodes_for(world.ada))
    assert [(p.start, p.end) for p in found] == [(past, past + D(days=60)), (past + D(days=90), None)]
    assert ChronologyEntry.objects.filter(child=world.ada, title="Started to be looked after (re-entry to care)").exists()


def test_ending_care_refuses_x1_and_an_end_before_the_start(world, past):
    start(world, world.ada, past)
    with pytest.raises(ValidationError) as exc:
        services.end_care(actor=world.sw, child=world.ada, ended_on=past - D(days=1), rec="X1")
    assert set(errors_of(exc)) == {"ended_on", "rec"}


def test_uasc_is_marked(world, past):
    start(world, world.byron, past, uasc=True)
    assert UASC.objects.get(child=world.byron).since == past


def test_cost_of_care_per_child_and_per_unit(world, past):
    start(world, world.ada, past, weekly_cost="700")  # 14 days at £700 a week, then £1,400 a week
    change(world, world.ada, past + D(days=14), provider_name="Oak House", place="K2", place_provider="PR4", weekly_cost="1400",
           reason_place_change="CARPL")
    start(world, world.byron, past + D(days=7), weekly_cost="350")
    start(world, world.zed, past, weekly_cost="5000")  # unit B
    end = past + D(days=27)  # 28 days in all
    assert selectors.cost_of_care_for_child(world.ada, start=past, end=end) == Decimal("4200.00")
    unit = selectors.cost_of_care_for_unit(world.unit_a, start=past, end=end)
    assert unit["children"] == {world.ada.pk: Decimal("4200.00"), world.byron.pk: Decimal("1050.00")}
    assert unit["total"] == Decimal("5250.00")


def test_placement_fields_are_tidied(world, past):
    e = start(world, world.ada, past, pl_post="ne32ab", urn="sc 123456", weekly_cost="£1,250.5")
    assert (e.pl_post, e.urn, e.weekly_cost) == ("NE3 2AB", "SC123456", Decimal("1250.50"))
    assert PLACEMENT["pl_post"] == "NE3 2AB"


@pytest.mark.django_db
def test_a_case_cannot_close_while_the_child_is_looked_after(world, past):

    from hearth.casework import services as casework

    start(world, world.ada, past)
    with pytest.raises(ValidationError) as refused:
        casework.close_case(actor=world.csw, case=world.case_ada, closed_on=past + dt.timedelta(days=30), reason_code="RC7")
    assert "end the care episode" in refused.value.message_dict["reason_code"][0]
    world.case_ada.refresh_from_db()
    assert world.case_ada.closed_on is None
