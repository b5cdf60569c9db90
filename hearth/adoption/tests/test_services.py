"""Recording a household's journey: dates in order and not in the future, each fact once, nothing half-saved."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from hearth.adoption import selectors, services
from hearth.adoption.models import Adopter, Household, HouseholdStage
from hearth.adoption.tests.conftest import FIRST, household
from hearth.audit.models import AuditEvent
from hearth.looked_after import services as looked_after
from hearth.looked_after.models import AdoptionStage
from hearth.people.models import Person

pytestmark = pytest.mark.django_db


def test_a_household_is_one_or_two_people_records_and_its_steps(world, reids):
    assert [a.person.full_name for a in reids.adopters.order_by("pk")] == ["Jo Reid", "Kim Reid"]
    jo = Person.objects.get(given_name="Jo", family_name="Reid")
    assert (jo.sex, jo.ethnicity, list(jo.disabilities.values_list("code", flat=True))) == ("F", "WBRI", ["HEAR"])
    assert reids.approved_on == dt.date(2025, 9, 24)
    assert AuditEvent.objects.filter(action="record_adopter_step", object_id=str(reids.pk)).count() == 6
    assert selectors.stage_of(selectors.with_outcomes(Household.objects.filter(pk=reids.pk)).get()) == "Approved"


def test_an_out_of_order_date_is_refused_with_its_reason_and_nothing_is_written(world, reids):
    with pytest.raises(ValidationError) as exc:
        services.record_step(actor=world.sw, household=reids, step="stage2_ended_on", on=dt.date(2025, 5, 1))
    assert "on or after stage 2 started (12 May 2025)" in exc.value.message_dict["on"][0]
    with pytest.raises(ValidationError) as exc:
        services.record_step(actor=world.sw, household=reids, step="application_on", on=dt.date(2025, 4, 1))
    assert "on or after stage 1 ended" in exc.value.message_dict["on"][0]
    reids.refresh_from_db()
    assert reids.stage2_ended_on == dt.date(2025, 9, 10) and reids.application_on == dt.date(2025, 5, 9)


def test_a_future_date_and_a_step_before_its_predecessor_are_refused(world):
    h = services.start_household(actor=world.sw, unit=world.unit_a, enquiry_on=dt.date(2025, 2, 10), first=FIRST)
    tomorrow = timezone.localdate() + dt.timedelta(days=1)
    with pytest.raises(ValidationError) as exc:
        services.record_step(actor=world.sw, household=h, step="stage1_started_on", on=tomorrow)
    assert exc.value.message_dict["on"] == ["The date must be today or in the past"]
    with pytest.raises(ValidationError) as exc:
        services.record_step(actor=world.sw, household=h, step="approved_on", on=dt.date(2025, 9, 1))
    assert exc.value.message_dict["on"] == ["Record the date stage 2 ended first"]
    with pytest.raises(ValidationError):
        services.start_household(actor=world.sw, unit=world.unit_a, enquiry_on=tomorrow, first=FIRST)


def test_a_child_cannot_be_an_adopter_and_a_refused_household_leaves_no_person_behind(world):
    people = Person.objects.count()
    with pytest.raises(ValidationError) as exc:
        services.start_household(actor=world.sw, unit=world.unit_a, enquiry_on=dt.date(2025, 2, 10),
                                 first={**FIRST, "date_of_birth": dt.date(2012, 1, 1)})
    assert "18 or over" in exc.value.message_dict["date_of_birth"][0]
    assert Person.objects.count() == people and not Household.objects.exists()


def test_leaving_ends_the_journey(world):
    h = household(world, approved=False)
    with pytest.raises(ValidationError) as exc:
        services.record_leaving(actor=world.sw, household=h, left_on=dt.date(2025, 3, 1), reason="withdrew")
    assert "on or after the last step recorded (2 May 2025)" in exc.value.message_dict["left_on"][0]
    services.record_leaving(actor=world.sw, household=h, left_on=dt.date(2025, 6, 1), reason="withdrew")
    with pytest.raises(ValidationError) as exc:
        services.record_step(actor=world.sw, household=h, step="stage2_started_on", on=dt.date(2025, 6, 2))
    assert "left the adoption process on 1 June 2025" in exc.value.message_dict["on"][0]


def test_match_placement_and_order_are_the_childs_adoption_stages_recorded_once(world, reids):
    ada = world.ada
    with pytest.raises(ValidationError):  # no decision for the child yet: the looked-after service refuses
        services.record_child_step(actor=world.sw, household=reids, child=ada, stage="matched", on=dt.date(2025, 10, 1))
    assert not AdoptionStage.objects.exists() and not HouseholdStage.objects.exists()
    looked_after.record_adoption_stage(actor=world.sw, child=ada, stage="decision", on=dt.date(2025, 6, 1))
    assert ada in selectors.children_to_match(world.sw)
    with pytest.raises(ValidationError) as exc:
        services.record_child_step(actor=world.sw, household=reids, child=ada, stage="placed", on=dt.date(2025, 10, 1))
    assert "matched with this household first" in exc.value.message_dict["child"][0]
    with pytest.raises(ValidationError) as exc:
        services.record_child_step(actor=world.sw, household=reids, child=ada, stage="matched", on=dt.date(2025, 9, 1))
    assert exc.value.message_dict["on"] == ["The date must be on or after 24 September 2025"]
    services.record_child_step(actor=world.sw, household=reids, child=ada, stage="matched", on=dt.date(2025, 10, 1))
    assert ada not in selectors.children_to_match(world.sw)
    services.record_child_step(actor=world.sw, household=reids, child=ada, stage="placed", on=dt.date(2025, 11, 3))
    services.record_child_step(actor=world.sw, household=reids, child=ada, stage="adoption_order", on=dt.date(2026, 5, 1))
    assert AdoptionStage.objects.filter(child=ada).count() == 4  # decision, matched, placed, order: each once
    h = selectors.with_outcomes(Household.objects.filter(pk=reids.pk)).get()
    assert (h.matched_on, h.placed_on, h.children_placed, h.order_on) == (
        dt.date(2025, 10, 1), dt.date(2025, 11, 3), 1, dt.date(2026, 5, 1))
    titles = [e.title for e in selectors.journey(h)]
    assert titles[0] == "Enquiry received" and titles[-3:] == ["Matched with adopters", "Placed for adoption", "Adoption order"]


def test_only_two_adopters(world, reids):
    with pytest.raises(ValidationError):
        services.add_adopter(actor=world.sw, household=reids, details={**FIRST, "given_name": "Sam"})
    assert Adopter.objects.filter(household=reids).count() == 2


def test_a_restricted_child_is_offered_for_matching_only_to_the_staff_named_on_the_record(world):
    from hearth.access.models import Restriction

    looked_after.record_adoption_stage(actor=world.sw, child=world.ada, stage="decision", on=dt.date(2025, 6, 1))
    restriction = Restriction.objects.create(person=world.ada, reason="Relative of a member of staff")
    assert world.ada not in selectors.children_to_match(world.sw)
    restriction.named_staff.add(world.sw)
    assert world.ada in selectors.children_to_match(world.sw)


def test_a_match_under_an_ended_adoption_plan_does_not_block_a_match_under_the_childs_new_plan(world, reids):
    other = household(world)
    ada = world.ada
    looked_after.record_adoption_stage(actor=world.sw, child=ada, stage="decision", on=dt.date(2025, 6, 1))
    services.record_child_step(actor=world.sw, household=reids, child=ada, stage="matched", on=dt.date(2025, 10, 1))
    with pytest.raises(ValidationError) as exc:
        services.record_child_step(actor=world.sw, household=other, child=ada, stage="matched", on=dt.date(2025, 10, 2))
    assert "already matched with another household" in exc.value.message_dict["child"][0]
    looked_after.record_adoption_stage(actor=world.sw, child=ada, stage="no_longer", on=dt.date(2025, 11, 1),
                                       reason_ceased="Plan changed")
    looked_after.record_adoption_stage(actor=world.sw, child=ada, stage="decision", on=dt.date(2026, 1, 5))
    assert ada in selectors.children_to_match(world.sw)  # offered again, so the service must accept the match
    services.record_child_step(actor=world.sw, household=other, child=ada, stage="matched", on=dt.date(2026, 2, 1))
    assert HouseholdStage.objects.filter(household=other, stage__child=ada, stage__stage="matched").exists()
