"""A complete statutory journey through the services, then every CIN census item derived from the records.

referral (front door) -> assessment -> strategy discussion -> s47 -> ICPC -> CP plan -> core group -> review
-> review ending the plan with a step down to CIN -> CIN review -> closure. Nothing is typed for the census.
"""

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from hearth.cases.models import EntryKind
from hearth.casework import selectors
from hearth.casework import services as cw
from hearth.casework.clocks import MET, STOPPED, clocks_for_case
from hearth.casework.models import Assessment, Section47
from hearth.frontdoor import services as fd
from hearth.people import services as people_services

from .conftest import referral_kwargs

XSD = Path(__file__).resolve().parents[3].parent / "shared" / "dfe" / "CIN_schema_2025_derived.xsd"
XS = "{http://www.w3.org/2001/XMLSchema}"


def xsd_elements(type_name: str) -> list[tuple[str, int, str | None]]:
    """(name, minOccurs, type) of each element in a complexType of the derived CIN schema."""
    root = ET.parse(XSD).getroot()
    ctype = root.find(f"{XS}complexType[@name='{type_name}']")
    return [(e.get("name"), int(e.get("minOccurs", "1")), e.get("type")) for e in ctype.iter(f"{XS}element")]


def journey(world, clock):
    sw, csw = world.sw, world.csw
    d0 = dt.date(2025, 3, 3)  # a Monday
    received = clock.set(d0)
    referral = fd.receive_referral(actor=sw, received_at=received, **referral_kwargs())
    child = referral.person
    people_services.update_person(actor=sw, person=child, ethnicity="WBRI", disabilities=["COMM"])
    # Her school could not match her UPN (the name it holds differs); her last school gave her old one.
    people_services.record_school_identifiers(actor=sw, person=child, upn_unknown_reason="UN5", former_upn="B801200005001")
    fd.decide(actor=sw, referral=referral, decision="assessment", reason="Bruising and fear of going home")
    referral.refresh_from_db()
    case = referral.case
    assessment = Assessment.objects.get(case=case)  # started by the front door's decision
    clock.set(d0 + dt.timedelta(days=2))
    cw.record_assessment_progress(actor=sw, assessment=assessment, child_seen_on=d0 + dt.timedelta(days=2), factors=["3B"])
    clock.set(dt.date(2025, 3, 10))
    fd.record_strategy_discussion(
        actor=sw, child=child, held_on=dt.date(2025, 3, 10), information_shared="Police hold a DV callout",
        attendees=[{"name": "DS Kay", "agency": "police"}, {"name": "Sam Nurse", "agency": "health"}],
        s47_enquiry=True, decision_reason="Reasonable cause to suspect significant harm", referral=referral)
    s47 = Section47.objects.get(case=case)
    clock.set(dt.date(2025, 3, 14))
    cw.complete_assessment(actor=sw, assessment=assessment, completed_on=dt.date(2025, 3, 14), outcome="strategy_discussion",
                           factors=["3B", "4B", "18C"], primary_need="N1")
    cw.authorise_assessment(actor=csw, assessment=assessment, authorised_on=dt.date(2025, 3, 14))
    clock.set(dt.date(2025, 3, 28))
    cw.record_conference(actor=sw, case=case, kind="initial", held_on=dt.date(2025, 3, 28), chair_name="Pat Chair",
                         chair_role="Independent reviewing officer", independent=True, outcome="cp_plan", category="PHY")
    plan = case.cp_plans.get()
    clock.set(dt.date(2025, 4, 9))
    cw.record_core_group(actor=sw, plan=plan, held_on=dt.date(2025, 4, 9))
    from hearth.cases import services as case_services
    case_services.record_work(actor=sw, child=child, kind="home_visit", occurred_on=dt.date(2025, 4, 9), minutes=60,
                              narrative="Saw Quenby at home", child_seen=True, seen_alone=True)
    clock.set(dt.date(2025, 5, 2))
    cw.change_category(actor=sw, plan=plan, category="MUL", changed_on=dt.date(2025, 5, 2))
    clock.set(dt.date(2025, 6, 20))
    cw.record_conference(actor=sw, case=case, kind="review", held_on=dt.date(2025, 6, 20), chair_name="Pat Chair",
                         outcome="continue_plan")
    clock.set(dt.date(2025, 11, 14))
    cw.record_conference(actor=sw, case=case, kind="review", held_on=dt.date(2025, 11, 14), chair_name="Pat Chair",
                         outcome="end_plan", end_reason="Risks reduced; father left the home", step_down_to_cin=True)
    clock.set(dt.date(2026, 2, 13))
    cin = case.cin_plans.get()
    cw.record_cin_review(actor=sw, plan=cin, held_on=dt.date(2026, 2, 13), notes="Going well")
    clock.set(dt.date(2026, 3, 20))
    cw.close_case(actor=csw, case=case, closed_on=dt.date(2026, 3, 20), reason_code="RC7")
    case.refresh_from_db()
    return case, s47


@pytest.mark.django_db
def test_every_cin_census_item_is_derived_from_the_journey_records(world, clock):
    case, s47 = journey(world, clock)
    items = selectors.cin_census_items(case)

    assert items["LAchildID"] == str(case.child_id)
    assert items["PersonBirthDate"] == dt.date(2016, 5, 4)
    assert items["Sex"] == "F"
    assert items["Ethnicity"] == "WBRI"
    assert items["Disabilities"] == ["COMM"]
    assert items["CINreferralDate"] == dt.date(2025, 3, 3)
    assert items["ReferralSource"] == "2A"
    assert items["ReferralNFA"] is False
    assert items["PrimaryNeedCode"] == "N1"
    assert items["CINclosureDate"] == dt.date(2026, 3, 20)
    assert items["ReasonForClosure"] == "RC7"
    # The conference followed the section 47 enquiry, so it is reported there and not at the episode level as well
    # (DfE rule 2884: recorded in one place only).
    assert items["DateOfInitialCPC"] is None
    assert items["Assessments"] == [{
        "AssessmentActualStartDate": dt.date(2025, 3, 3), "AssessmentInternalReviewDate": dt.date(2025, 3, 14),
        "AssessmentAuthorisationDate": dt.date(2025, 3, 14), "FactorsIdentifiedAtAssessment": ["3B", "4B", "18C"]}]
    # 15 working days after Monday 10 March 2025 (no bank holiday in between) is Monday 31 March.
    assert items["Section47"] == [{"S47ActualStartDate": dt.date(2025, 3, 10), "InitialCPCtarget": dt.date(2025, 3, 31),
                                   "DateOfInitialCPC": dt.date(2025, 3, 28), "ICPCnotRequired": False}]
    assert items["ChildProtectionPlans"] == [{
        "CPPstartDate": dt.date(2025, 3, 28), "CPPendDate": dt.date(2025, 11, 14), "InitialCategoryOfAbuse": "PHY",
        "LatestCategoryOfAbuse": "MUL", "NumberOfPreviousCPP": 0,
        "Reviews": [{"CPPreviewDate": dt.date(2025, 6, 20)}, {"CPPreviewDate": dt.date(2025, 11, 14)}]}]
    assert items["CINPlanDates"] == [{"CINPlanStartDate": dt.date(2025, 11, 14), "CINPlanEndDate": dt.date(2026, 3, 20)}]

    # Every element of the schema's child-level types is answered; every required one has a value, and so does
    # every optional one except those that do not apply to this child (her UPN is unknown; she is born, so no
    # expected birth date; she is alive). Hearth holds every item (selectors.NOT_HELD is empty).
    assert selectors.NOT_HELD == ()
    assert items["UPNunknown"] == "UN5" and items["FormerUPN"] == "B801200005001"
    not_applicable = {"UPN", "ExpectedPersonBirthDate", "PersonDeathDate", "DateOfInitialCPC"}
    nested = {"Assessments": "assessmentstype", "CINPlanDates": "cinplandatesttype", "Section47": "section47type",
              "ChildProtectionPlans": "childprotectionplanstype"}
    for type_name in ("childidentifierstype", "childcharacteristicstype", "cindetailstype"):
        for name, min_occurs, _type in xsd_elements(type_name):
            if name in ("Disability", "AssessmentFactors", "CPPreviewDate"):
                continue  # inner elements, checked with their block
            assert name in items, f"{name} is not derived"
            if min_occurs == 0 and (name in selectors.NOT_HELD or name in not_applicable):
                continue
            assert items[name] not in (None, [], ""), f"{name} has no value after a full journey"
    for block, type_name in nested.items():
        for row in items[block]:
            for name, _min, _type in xsd_elements(type_name):
                if name in ("AssessmentFactors", "CPPreviewDate"):
                    continue
                assert name in row, f"{block}/{name} is not derived"
                assert row[name] not in (None, []), f"{block}/{name} has no value after a full journey"


@pytest.mark.django_db
def test_the_journey_puts_every_step_on_the_chronology_and_stops_the_clocks(world, clock):
    case, s47 = journey(world, clock)
    kinds = set(case.entries.values_list("kind", flat=True))
    assert {EntryKind.ASSESSMENT, EntryKind.SECTION_47, EntryKind.CONFERENCE, EntryKind.CP_PLAN, EntryKind.CORE_GROUP,
            EntryKind.CIN_PLAN, EntryKind.CASE_EVENT, EntryKind.STRATEGY_DISCUSSION} <= kinds
    clocks = {c.key: c for c in clocks_for_case(case, today=dt.date(2026, 3, 25))}
    assert clocks["assessment"].status == MET
    assert clocks["icpc"].status == MET
    assert all(c.status in (MET, STOPPED) for c in clocks.values())
    assert case.status == "cin"  # the status it closed in


@pytest.mark.django_db
def test_a_second_plan_counts_the_previous_one(world, clock):
    case, _s47 = journey(world, clock)
    clock.set(dt.date(2026, 5, 1))
    from hearth.cases import services as case_services
    new = case_services.open_case(actor=world.sw, child=case.child, unit=case.unit, opened_on=dt.date(2026, 5, 1))
    cw.record_conference(actor=world.sw, case=new, kind="initial", held_on=dt.date(2026, 5, 1), chair_name="Pat Chair",
                         outcome="cp_plan", category="NEG")
    assert selectors.cin_census_items(new)["ChildProtectionPlans"][0]["NumberOfPreviousCPP"] == 1


@pytest.mark.django_db
def test_a_childs_death_and_upn_facts_are_recorded_once_and_refused_in_plain_words(world):
    from django.core.exceptions import ValidationError

    child = world.ada
    with pytest.raises(ValidationError) as exc:
        people_services.record_death(actor=world.sw, person=child, died_on=child.date_of_birth - dt.timedelta(days=1))
    assert exc.value.message_dict == {"died_on": ["Date of death must be on or after the date of birth"]}
    with pytest.raises(ValidationError) as exc:
        people_services.record_school_identifiers(actor=world.sw, person=child, upn_unknown_reason="UN9",
                                                  former_upn="A801200005001")
    assert exc.value.message_dict == {
        "upn_unknown_reason": ["Select why there is no unique pupil number"],
        "former_upn": ["Former unique pupil number is not valid: the check letter does not match"],
    }
    child.refresh_from_db()
    assert (child.date_of_death, child.upn_unknown_reason, child.former_upn) == (None, "", "")

    people_services.record_death(actor=world.sw, person=child, died_on=dt.date(2025, 1, 6))
    assert selectors.cin_census_items(world.case_ada)["PersonDeathDate"] == dt.date(2025, 1, 6)
