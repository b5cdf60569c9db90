"""Ofsted Annex A list 9 (care leavers) and list 10 (adoption), derived from records made through hearth.looked_after."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openpyxl import load_workbook

from hearth.cases import services as case_services
from hearth.looked_after import services
from hearth.returns import annex_a
from tests.factories import child as make_child

ON = dt.date(2026, 11, 1)  # the inspection date
PLACEMENT = {"place": "U6", "place_provider": "PR1", "provider_name": "Sam and Alex Carter", "pl_post": "NE3 2AB",
             "urn": "SC123456", "weekly_cost": "450.00"}
HEADS = annex_a.columns()


def col(n: int, name: str) -> int:
    return HEADS[n].index(name)


def rows_for(sheets, n: int) -> dict[str, list]:
    return {row[0]: row for row in sheets[n - 1].rows}


def care_leaver(w, given="Cal", dob=dt.date(2008, 6, 10)):
    """In care from 15 to 16 (more than 13 weeks after 14), left care at 16: 18 on the inspection date, former relevant."""
    young = make_child(given, "Leaver", dob, sex="M", ethnicity="WBRI")
    case_services.open_case(actor=w.sw, child=young, unit=w.unit_a, opened_on=dt.date(2023, 1, 1))
    services.start_care(actor=w.sw, child=young, started_on=dt.date(2023, 9, 1), ls="C2", cin="N1", **PLACEMENT)
    services.end_care(actor=w.sw, child=young, ended_on=dt.date(2024, 8, 9), rec="E5")
    return young


def adopted(w, given="Ivy", dob=dt.date(2023, 2, 1)):
    """Into care, a fostering-for-adoption placement, then every stage to the adoption order."""
    baby = make_child(given, "Stone", dob, sex="F", ethnicity="MWBC")
    case_services.open_case(actor=w.sw, child=baby, unit=w.unit_a, opened_on=dt.date(2024, 1, 1))
    services.start_care(actor=w.sw, child=baby, started_on=dt.date(2024, 3, 1), ls="C2", cin="N1", **PLACEMENT)
    for stage, day in (("decision", dt.date(2024, 6, 3)), ("placement_order", dt.date(2024, 8, 1))):
        services.record_adoption_stage(actor=w.sw, child=baby, stage=stage, on=day)
    services.change_episode(actor=w.sw, child=baby, changed_on=dt.date(2024, 9, 2), ls="E1", reason_place_change="CARPL",
                            **{**PLACEMENT, "place": "U5", "provider_name": "Jo and Kim Reid"})
    services.record_adoption_stage(actor=w.sw, child=baby, stage="matched", on=dt.date(2025, 1, 10))
    services.change_episode(actor=w.sw, child=baby, changed_on=dt.date(2025, 2, 3), ls="E1", same_carer=True, reason_place_change="CARPL",
                            **{**PLACEMENT, "place": "A5", "place_provider": "PR1", "provider_name": "Jo and Kim Reid"})
    services.record_adoption_stage(actor=w.sw, child=baby, stage="placed", on=dt.date(2025, 2, 3))
    services.record_adoption_stage(actor=w.sw, child=baby, stage="adoption_order", on=dt.date(2025, 12, 1))
    services.end_care(actor=w.sw, child=baby, ended_on=dt.date(2025, 12, 1), rec="E11")
    return baby


@pytest.mark.django_db
def test_a_care_leaver_is_on_list_9_with_the_latest_contact_before_the_inspection(world):
    cal = care_leaver(world)
    contact = {"actor": world.sw, "child": cal}
    services.record_care_leaver_contact(**contact, contacted_on=dt.date(2026, 5, 1), in_touch="YES", activ="G5", accom="B",
                                        accom_suitable=False)
    services.record_care_leaver_contact(**contact, contacted_on=dt.date(2026, 10, 1), in_touch="YES", activ="F2", accom="D",
                                        accom_suitable=True)
    services.record_care_leaver_contact(**contact, contacted_on=dt.date(2026, 11, 10), in_touch="NO", activ="", accom="",
                                        accom_suitable=None)  # after the inspection date: not read
    row = rows_for(annex_a.build(ON), 9)[str(cal.pk)]
    assert len(row) == len(HEADS[9])
    assert row[:5] == [str(cal.pk), "Male", "White British", dt.date(2008, 6, 10), 18]
    assert row[col(9, "Does the Child have a Disability")] == "N"
    assert row[col(9, "Allocated Team")] == world.unit_a.name
    assert row[col(9, "Allocated Worker")] == str(world.csw)  # the consultant social worker of the unit holding the case
    assert row[col(9, "Eligibility Category")] == "Former relevant"
    assert row[col(9, "LA in Touch")] == "In touch"
    assert row[col(9, "Type of Accommodation")] == "Semi-independent or registered supported accommodation"
    assert row[col(9, "Suitability of Accommodation")] == "Suitable"
    assert row[col(9, "Activity Status")] == "Other education, full time"
    # On a later inspection the latest contact says the authority is not in touch.
    later = rows_for(annex_a.build(dt.date(2026, 11, 20)), 9)[str(cal.pk)]
    assert later[col(9, "LA in Touch")] == "Not in touch"
    assert (later[col(9, "Type of Accommodation")], later[col(9, "Suitability of Accommodation")]) == ("Not in touch", "")


@pytest.mark.django_db
def test_children_not_in_care_and_children_still_in_care_are_not_on_list_9(world):
    cal = care_leaver(world)
    still = make_child("Sid", "Carer", dt.date(2009, 1, 5))  # 17, in care since 15: eligible, so on list 8 only
    case_services.open_case(actor=world.sw, child=still, unit=world.unit_a, opened_on=dt.date(2024, 1, 1))
    services.start_care(actor=world.sw, child=still, started_on=dt.date(2024, 2, 1), ls="C2", cin="N1", **PLACEMENT)
    sheets = annex_a.build(ON)
    listed = rows_for(sheets, 9)
    assert set(listed) == {str(cal.pk)}  # not ada, byron or zed (never in care), not Sid (still looked after)
    assert listed[str(cal.pk)][col(9, "LA in Touch")] == ""  # no contact recorded: blank, not guessed
    assert str(still.pk) in rows_for(sheets, 8)
    # Before the 16th birthday the care leaver was not one yet.
    assert str(cal.pk) not in rows_for(annex_a.build(dt.date(2024, 6, 1)), 9)


@pytest.mark.django_db
def test_an_adopted_child_is_on_list_10_with_each_stage_date(world):
    ivy = adopted(world)
    row = rows_for(annex_a.build(ON), 10)[str(ivy.pk)]
    assert len(row) == len(HEADS[10])
    assert row[:7] == [str(ivy.pk), str(ivy.pk), "Female", "White and Black Caribbean", dt.date(2023, 2, 1), 3, "N"]
    assert row[col(10, "Date the Child Entered Care")] == dt.date(2024, 3, 1)
    assert row[col(10, "Date of Decision that Child Should be Placed for Adoption")] == dt.date(2024, 6, 3)
    assert row[col(10, "Date of Placement Order")] == dt.date(2024, 8, 1)
    assert row[col(10, "Date of Matching Child and Prospective Adopters")] == dt.date(2025, 1, 10)
    assert row[col(10, "Date Placed for Adoption")] == dt.date(2025, 2, 3)
    assert row[col(10, "Date of Adoption Order")] == dt.date(2025, 12, 1)
    assert row[col(10, "Date of Decision that Child Should No Longer be Placed for Adoption")] is None
    assert row[col(10, "Reason Why Child No Longer Placed for Adoption")] == ""
    assert row[col(10, "Date the child was placed for fostering in FFA or concurrent planning placement")] == dt.date(2024, 9, 2)
    # Adopted more than twelve months before a later inspection: no longer on the list.
    assert str(ivy.pk) not in rows_for(annex_a.build(dt.date(2026, 12, 2)), 10)


@pytest.mark.django_db
def test_siblings_share_a_family_identifier_and_a_plan_that_ended_is_reported(world):
    services.record_adoption_stage(actor=world.sw, child=world.ada, stage="decision", on=dt.date(2026, 10, 20))
    services.record_adoption_stage(actor=world.sw, child=world.byron, stage="decision", on=dt.date(2026, 10, 20))
    services.record_adoption_stage(actor=world.sw, child=world.byron, stage="no_longer", on=dt.date(2026, 10, 28),
                                   reason_ceased="Returned to the care of a grandparent")
    listed = rows_for(annex_a.build(ON), 10)
    ada, byron = listed[str(world.ada.pk)], listed[str(world.byron.pk)]
    family = str(min(world.ada.pk, world.byron.pk))
    assert ada[1] == byron[1] == family  # brother and sister on the list: one family
    assert byron[col(10, "Date of Decision that Child Should No Longer be Placed for Adoption")] == dt.date(2026, 10, 28)
    assert byron[col(10, "Reason Why Child No Longer Placed for Adoption")] == "Returned to the care of a grandparent"
    assert ada[col(10, "Date the Child Entered Care")] is None  # never looked after: no date invented
    assert str(world.zed.pk) not in listed  # no adoption decision
    assert str(world.ada.pk) not in rows_for(annex_a.build(dt.date(2026, 10, 19)), 10)  # not decided yet on that date


@pytest.mark.django_db
def test_the_workbook_keeps_ofsteds_columns_for_lists_9_to_11(world):
    cal, ivy = care_leaver(world), adopted(world)
    book = load_workbook(io.BytesIO(annex_a.generate(ON)), read_only=True)
    for n in (9, 10, 11):
        rows = list(book[f"List {n}"].iter_rows(values_only=True))
        assert list(rows[1])[:len(HEADS[n])] == HEADS[n]  # title, then Ofsted's headings: no note on a filled list
        assert all(len(row) <= len(HEADS[n]) for row in rows[2:])
    leavers = list(book["List 9"].iter_rows(values_only=True))[2:]
    adoption = list(book["List 10"].iter_rows(values_only=True))[2:]
    assert [r[0] for r in leavers] == [str(cal.pk)] and [r[0] for r in adoption] == [str(ivy.pk)]
    assert adoption[0][col(10, "Date of Adoption Order")] == dt.datetime(2025, 12, 1)  # an Excel date
    assert len(list(book["List 11"].iter_rows(values_only=True))) == 2  # no household recorded: title and headings only


def _count(on: dt.date) -> tuple[int, list]:
    with CaptureQueriesContext(connection) as queries:
        sheets = annex_a.build(on)
    return len(queries), sheets


@pytest.mark.django_db
def test_the_number_of_queries_does_not_grow_with_the_children(world):
    care_leaver(world, "One")
    adopted(world, "Uno")
    few, sheets = _count(ON)
    assert (len(sheets[8].rows), len(sheets[9].rows)) == (1, 1)
    for i, name in enumerate(("Two", "Three", "Four")):
        young = care_leaver(world, name, dob=dt.date(2008, 3 + i, 10))
        services.record_care_leaver_contact(actor=world.sw, child=young, contacted_on=dt.date(2026, 9, 1), in_touch="YES",
                                            activ="F5", accom="U", accom_suitable=True)
        adopted(world, name + "y", dob=dt.date(2023, 1 + i, 3))
    services.record_adoption_stage(actor=world.sw, child=world.ada, stage="decision", on=dt.date(2026, 10, 20))
    services.record_adoption_stage(actor=world.sw, child=world.byron, stage="decision", on=dt.date(2026, 10, 20))
    many, sheets = _count(ON)
    assert (len(sheets[8].rows), len(sheets[9].rows)) == (4, 6)
    assert many == few
