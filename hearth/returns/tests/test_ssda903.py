"""The SSDA903 from the demo authority and from deliberately broken records; its files and the command."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile

import polars as pl
import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.db.models import Count, Q
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from hearth.adoption.models import Household
from hearth.cases.models import Case
from hearth.demo.generate import DEMO_SPEC, generate
from hearth.looked_after.models import AnnualOutcomes, Episode, PreviousPermanenceOrder, Review
from hearth.people.models import Person, Relationship
from hearth.returns import ssda903
from hearth.returns.engine import ERROR
from hearth.units.models import Membership, Role, Unit

TODAY = dt.date(2026, 11, 22)
YEAR = 2026
# The demo's looked-after data breaks these real DfE rules (reported to the looked-after app's owner; hearth/looked_after/
# demo.py is theirs): care leavers placed at their home postcode (392d), no SDQ in the year for children in care
# 12 months (186), looked-after children with neither a UPN nor a reason for none (442), care leavers living with
# their former foster carers at 17 (3001). Empty this set when the demo is fixed.
DEMO_DATA_BREAKS: set[str] = set()  # the demo breaks no DfE rule


@pytest.fixture
def demo(db):
    return generate(DEMO_SPEC, today=TODAY)


@pytest.mark.django_db
def test_the_demo_authoritys_903_has_the_dfe_files_and_breaks_no_rule_but_the_demos_known_gaps(demo, tmp_path):
    with CaptureQueriesContext(connection) as reads:
        ret = ssda903.generate(YEAR)
    assert len(reads) == 16  # a fixed number of reads, whatever the number of children
    t = ret.frames.tables
    assert ret.children > 50 and t["episodes"].height > 50 and t["reviews"].height and t["oc2"].height and t["oc3"].height
    findings = ssda903.validate(ret)
    assert {f.code for f in findings if f.severity == ERROR} <= DEMO_DATA_BREAKS
    # Every demo child in OC2 has the year's outcomes; every demo couple of adopters its legal relationship, no single one.
    assert set(t["oc2"]["person_id"].to_list()) <= set(AnnualOutcomes.objects.filter(year_ending=dt.date(YEAR, 3, 31))
                                                     .values_list("child_id", flat=True))
    households = Household.objects.annotate(n=Count("adopters"))
    assert households.filter(n=2).exists() and not households.filter(n=2, relationship="").exists()
    assert households.filter(n=1).exists() and not households.filter(n=1).exclude(relationship="").exists()
    assert all(f.fix in ("care", "identity") and f.person_id for f in findings)
    # Each file has exactly the DfE header; dates are dd/mm/yyyy; CHILD is the child's id.
    archive = zipfile.ZipFile(io.BytesIO(ret.zip()))
    assert sorted(archive.namelist()) == sorted(f"{name}.csv" for name in ssda903.COLUMNS)
    for name, columns in ssda903.COLUMNS.items():
        rows = list(csv.reader(io.StringIO(archive.read(f"{name}.csv").decode())))
        assert rows[0] == columns
        assert all(len(row) == len(columns) for row in rows[1:])
    episodes = list(csv.DictReader(io.StringIO(archive.read("episodes.csv").decode())))
    assert all(re.fullmatch(r"\d\d/\d\d/\d{4}", e["DECOM"]) for e in episodes)
    assert all(e["DEC"] == "" or dt.datetime.strptime(e["DEC"], "%d/%m/%Y").date() <= dt.date(YEAR, 3, 31) for e in episodes)
    header = {r["CHILD"]: r for r in csv.DictReader(io.StringIO(archive.read("header.csv").decode()))}
    child = Person.objects.get(pk=int(episodes[0]["CHILD"]))
    assert header[str(child.pk)]["DOB"] == f"{child.date_of_birth:%d/%m/%Y}" and header[str(child.pk)]["SEX"] in "MFU"
    girls = [r for r in header.values() if r["SEX"] == "F" and r["CHILD"] in {e["CHILD"] for e in episodes}]
    assert girls and all(r["MOTHER"] in ("0", "1") for r in girls)  # from the family record (ssda903._mothers)
    assert all(r["MOTHER"] == "" for r in header.values() if r["SEX"] == "M")
    # The year in progress is reported as the records stand today: only this year's SDQs, not all done yet, and the
    # year's outcomes (recorded after 31 March) are missing.
    assert {f.code for f in ssda903.validate(ssda903.generate(YEAR + 1)) if f.severity == ERROR} <= DEMO_DATA_BREAKS | {
        "186", "182", "191", "543", "547"}
    # The command writes the files into a folder and prints the findings.
    out = io.StringIO()
    call_command("ssda903", "--year", str(YEAR), "--out", str(tmp_path / "903"), stdout=out)
    assert sorted(p.name for p in (tmp_path / "903").iterdir()) == sorted(f"{name}.csv" for name in ssda903.COLUMNS)
    assert "Findings:" in out.getvalue() and f"{ret.children:,} children" in out.getvalue()


@pytest.mark.django_db
def test_broken_records_make_the_expected_rules_fire_for_the_right_child(demo):
    start, end = ssda903.period(YEAR)
    episode = Episode.objects.filter(decom__lte=end, dec__isnull=True, place="U6").order_by("pk").first()
    Episode.objects.filter(pk=episode.pk).update(place_provider="PR0")
    Person.objects.filter(pk=episode.child_id).update(ethnicity="XXXX")
    older = Person.objects.filter(pk__in=Episode.objects.filter(decom__lte=end, dec__isnull=True).values("child_id"),
                                  date_of_birth__lt=dt.date(2015, 1, 1)).exclude(pk=episode.child_id).order_by("pk").first()
    Review.objects.create(child=older, review=dt.date(YEAR, 1, 15), review_code="PN0", iro_name="Iris Reed")
    findings = ssda903.validate(ssda903.generate(YEAR))
    fired = {(f.code, f.child) for f in findings if f.severity == ERROR}
    assert ("550", str(episode.child_id)) in fired  # a parent as the provider of a foster placement
    assert ("103", str(episode.child_id)) in fired  # not an ethnicity code
    assert ("440", str(older.pk)) in fired  # "under 4" for a child who is not
    assert next(f for f in findings if f.code == "103").fix == "identity"
    # A looked-after girl whose family record has her baby is a mother, with the baby's date of birth.
    girl = Person.objects.filter(pk__in=Episode.objects.filter(decom__lte=end, dec__isnull=True).exclude(ls__in=["V3", "V4"])
                                 .values("child_id"), sex="F", date_of_birth__lt=dt.date(2012, 1, 1)).order_by("pk").first()
    baby = Person.objects.create(sex="M", date_of_birth=dt.date(YEAR - 1, 12, 1))
    Relationship.objects.create(from_person=girl, to_person=baby, kind="mother")
    header = ssda903.generate(YEAR).frames.tables["header"].filter(pl.col("person_id") == girl.pk)
    assert header.select("MOTHER", "MC_DOB").row(0) == ("1", dt.date(YEAR - 1, 12, 1))
    # The year's outcomes fill OC2; the previous permanence recorded for a period of care begun in the year fills its row.
    tables = ssda903.generate(YEAR).frames.tables
    in_oc2 = tables["oc2"].join(tables["header"].filter(pl.col("DOB") < dt.date(YEAR - 11, 1, 1)), on="person_id")["person_id"][0]
    AnnualOutcomes.objects.update_or_create(child_id=in_oc2, year_ending=end, defaults={
        "convicted": True, "substance_misuse": True, "intervention_offered": False, "intervention_received": False})
    starter = tables["previous_permanence"]["person_id"][0]
    began = tables["episodes"].filter((pl.col("person_id") == starter) & (pl.col("RNE") == "S"))["DECOM"].max()
    PreviousPermanenceOrder.objects.create(child_id=starter, period_start=began, prev_perm="P3", la_perm="202")
    tables = ssda903.generate(YEAR).frames.tables
    assert tables["oc2"].filter(pl.col("person_id") == in_oc2).select(
        "CONVICTED", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED").row(0) == ("1", "1", "0", "0")
    assert tables["previous_permanence"].filter(pl.col("person_id") == starter).select("PREV_PERM", "LA_PERM").row(0) == ("P3", "202")
    assert ssda903.filename(YEAR, 3) == "SSDA903_2025-26_WITH_3_ERRORS.zip" and ssda903.filename(YEAR, 0) == "SSDA903_2025-26.zip"


@pytest.mark.django_db
def test_the_analysts_page_lists_the_903_findings_and_downloads_the_marked_zip(client, world):
    from django.urls import reverse

    from hearth.audit.models import AuditEvent
    from hearth.returns.demo import analysts_group
    from tests.factories import UserFactory

    year = ssda903.latest_year() + 1  # the year in progress
    start, _end = ssda903.period(year)
    Episode.objects.create(child=world.ada, case=world.case_ada, decom=start + dt.timedelta(days=10), rne="S", ls="C1", cin="N1",
                           place="U6", place_provider="PR0", provider_name="Jo Carter", weekly_cost=500,
                           home_post="E8 1AA", pl_post="N1 2BB")
    url = reverse("returns:detail", kwargs={"slug": "ssda903"})
    download = reverse("returns:download", kwargs={"slug": "ssda903"})
    for user in (world.csw, world.hos, world.outsider):  # a return holds every child's record: analysts only
        client.force_login(user)
        assert client.get(url, {"period": str(year)}).status_code == 403
        assert client.get(download, {"period": str(year)}).status_code == 403
    analyst = UserFactory(username="analyst")
    analyst.groups.add(analysts_group())
    client.force_login(analyst)
    assert "SSDA903 children looked after" in client.get(reverse("returns:index")).content.decode()
    page = client.get(url, {"period": str(year)})
    html = page.content.decode()
    assert page.status_code == 200 and "_ERRORS.zip" in html and "550" in html
    assert client.get(url, {"period": "next year"}).status_code == 422
    got = client.get(download, {"period": str(year)})
    assert got.status_code == 200 and "_WITH_" in got["Content-Disposition"] and got["Content-Type"] == "application/zip"
    assert zipfile.ZipFile(io.BytesIO(got.content)).read("episodes.csv").decode().startswith(",".join(ssda903.COLUMNS["episodes"]))
    assert AuditEvent.objects.filter(action="return_downloaded", actor=analyst).exists()
    assert ssda903.fix_url("care", world.ada.pk) == reverse("looked_after:care", kwargs={"pk": world.ada.pk})


@pytest.mark.django_db
def test_last_years_return_is_derived_once_for_the_year_on_year_rules_or_read_from_the_files_sent(demo, tmp_path):
    ret = ssda903.generate(YEAR)
    assert callable(ret.frames.previous)  # not built to produce or download the return
    with CaptureQueriesContext(connection) as reads:
        findings = ssda903.validate(ret)
    assert len(reads) == 16  # last year's, derived from the same records in the same sixteen reads
    assert ret.frames.last_year().header["Year"] == YEAR - 1 and ret.frames.last_year().tables["header"].height
    assert not {f.code for f in findings} & {"202", "203", "204", "208", "502", "503A", "503D", "562", "NoE", "559", "576"}
    # Last year's files as sent, then a child's date of birth corrected since: 203 compares with what was sent.
    call_command("ssda903", "--year", str(YEAR - 1), "--out", str(tmp_path / "sent"), stdout=io.StringIO())
    sent = ssda903.from_files(tmp_path / "sent", YEAR - 1)
    derived = ssda903.tables(ssda903.extract(YEAR - 1), YEAR - 1)
    for name in ssda903.COLUMNS:  # the files read back are the frames they were written from
        assert sent.tables[name].sort(sent.tables[name].columns).equals(
            derived.tables[name].sort(derived.tables[name].columns)), name
    child = int(sent.tables["header"].filter(pl.col("person_id").is_in(ret.frames.tables["header"]["person_id"].to_list()))
                ["person_id"][0])
    Person.objects.filter(pk=child).update(date_of_birth=Person.objects.get(pk=child).date_of_birth - dt.timedelta(days=1))
    assert ("203", str(child)) not in {(f.code, f.child) for f in ssda903.validate(ssda903.generate(YEAR))}  # derived: agrees
    out = io.StringIO()
    call_command("ssda903", "--year", str(YEAR), "--out", str(tmp_path / "now"), "--previous", str(tmp_path / "sent"), stdout=out)
    assert f"203 error child {child} DOB=" in out.getvalue()
    # A date in last year's file that is not a date reads as blank there and is reported by its format rule.
    episodes = (tmp_path / "sent" / "episodes.csv").read_text()
    first_decom = episodes.splitlines()[1].split(",")[1]
    (tmp_path / "sent" / "episodes.csv").write_text(episodes.replace(first_decom, "31/02/2024", 1))
    broken = ssda903.from_files(tmp_path / "sent", YEAR - 1)
    assert broken.written["episodes"]["DECOM"][0] == "31/02/2024" and broken.tables["episodes"]["DECOM"][0] is None
    with pytest.raises(CommandError, match="header.csv"):
        call_command("ssda903", "--year", str(YEAR), "--previous", str(tmp_path / "nowhere"), stdout=io.StringIO())
    (tmp_path / "wrong").mkdir()
    (tmp_path / "wrong" / "header.csv").write_text("ID,SEX\r\n1,M\r\n")
    with pytest.raises(CommandError, match="has no CHILD column"):
        call_command("ssda903", "--year", str(YEAR), "--previous", str(tmp_path / "wrong"), stdout=io.StringIO())


@pytest.mark.django_db
def test_the_command_answers_last_years_files_that_cannot_be_read_in_plain_words(tmp_path):
    (tmp_path / "header.csv").write_text("CHILD,SEX,DOB\r\n1,M,01/01/2015\r\n")
    (tmp_path / "episodes.csv").write_bytes(b"CHILD,DECOM\r\n1,\xff\xfe01/01/2024\r\n")  # not UTF-8
    with pytest.raises(CommandError, match="Could not read last year's SSDA903 files"):
        call_command("ssda903", "--year", str(YEAR), "--previous", str(tmp_path), "--out", str(tmp_path / "out"), stdout=io.StringIO())
    assert not (tmp_path / "out").exists()  # nothing written


def test_the_command_takes_the_same_years_as_the_analysts_page():
    for year in ("2009", str(timezone.localdate().year + 2)):
        with pytest.raises(CommandError, match=f"Enter a year between 2010 and {timezone.localdate().year + 1}"):
            call_command("ssda903", "--year", year, stdout=io.StringIO())


@pytest.mark.django_db
def test_ad1s_adopters_come_from_the_household_matched_with_the_child_and_follow_its_records(world):
    from hearth.adoption import services as adoption
    from hearth.looked_after import services as looked_after

    adult = {"date_of_birth": dt.date(1985, 1, 1), "ethnicity": "WBRI"}
    household = adoption.start_household(actor=world.sw, unit=world.unit_a, enquiry_on=dt.date(2024, 1, 10),
                                         first={**adult, "given_name": "Jo", "family_name": "Reid", "sex": "F"})
    for step, on in (("stage1_started_on", dt.date(2024, 2, 1)), ("stage1_ended_on", dt.date(2024, 4, 1)),
                     ("stage2_started_on", dt.date(2024, 4, 10)), ("stage2_ended_on", dt.date(2024, 8, 1)),
                     ("approved_on", dt.date(2024, 8, 20))):
        adoption.record_step(actor=world.sw, household=household, step=step, on=on)
    ada = world.ada
    Episode.objects.create(child=ada, case=world.case_ada, decom=dt.date(2023, 5, 1), rne="S", ls="C2", cin="N1", place="U6",
                           place_provider="PR1", dec=dt.date(2025, 11, 3), rec="X1", home_post="E8 1AA", pl_post="N1 2BB", weekly_cost=500)
    Episode.objects.create(child=ada, case=world.case_ada, decom=dt.date(2025, 11, 3), rne="P", ls="E1", cin="N1", place="A4",
                           place_provider="PR1", dec=dt.date(2026, 2, 2), rec="E11", home_post="E8 1AA", pl_post="SW1 1AA",
                           weekly_cost=0)
    looked_after.record_adoption_stage(actor=world.sw, child=ada, stage="decision", on=dt.date(2024, 6, 1))
    for stage, on in (("matched", dt.date(2025, 10, 1)), ("placed", dt.date(2025, 11, 3)), ("adoption_order", dt.date(2026, 2, 2))):
        adoption.record_child_step(actor=world.sw, household=household, child=ada, stage=stage, on=on)

    def adopters():
        ad1 = ssda903.generate(YEAR).frames.tables["ad1"].filter(pl.col("person_id") == ada.pk)
        return ad1.select("DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR").row(0)

    assert adopters() == (dt.date(2025, 10, 1), "0", "1", "F1", "L0")
    adoption.add_adopter(actor=world.sw, household=household, relationship="unmarried",
                         details={**adult, "given_name": "Sam", "family_name": "Reid", "sex": "F"})
    assert adopters()[2:] == ("2", "FF", "L4")
    sam = household.adopters.order_by("pk").last().person
    adoption.change_adopter(actor=world.sw, household=household, person=sam, details={"sex": "M"})  # corrected on the person
    assert adopters()[2:] == ("2", "MF", "L3")
    adoption.record_relationship(actor=world.sw, household=household, relationship="married")
    assert adopters()[2:] == ("2", "MF", "L11")
    findings = ssda903.validate(ssda903.generate(YEAR))
    assert not {f.code for f in findings if f.child == str(ada.pk)} & {"151", "175", "176", "177", "511", "514", "517", "518", "519",
                                                                        "520", "524"}


@pytest.mark.django_db
def test_the_social_worker_episodes_are_who_led_the_unit_holding_the_childs_case(demo):
    start, end = ssda903.period(YEAR)
    tables = ssda903.generate(YEAR).frames.tables
    sw = tables["sw_episodes"]
    # Every child looked after on 31 March (not on a short break) has episodes covering the year, and only they do.
    at_end = set(ssda903.looked_after_at_end(tables["episodes"])["person_id"].to_list())
    assert at_end and set(sw["person_id"].to_list()) == at_end
    first = sw.sort("SW_DECOM").group_by("person_id").first()
    assert first.filter((pl.col("SW_DECOM") > start) & (pl.col("SW_REASON") != "FCONTA")).is_empty()
    assert sw.sort("SW_DECOM").group_by("person_id").last()["SW_DEC"].null_count() == len(at_end)  # open on 31 March
    # SW_ID is the Social Work England number of the consultant social worker leading the child's unit on 31 March.
    child = sorted(at_end)[0]
    case = Case.objects.filter(child_id=child, closed_on__isnull=True).get()
    lead = (Membership.objects.filter(unit=case.unit, role=Role.CONSULTANT_SOCIAL_WORKER, started_on__lte=end)
            .filter(Q(ended_on__isnull=True) | Q(ended_on__gt=end)).get().user)
    current = sw.filter((pl.col("person_id") == child) & pl.col("SW_DEC").is_null())
    assert current["SW_ID"].to_list() == [lead.swe_number] and lead.swe_number.startswith("SW9")
    # Every consultant social worker and social worker of the demo's units has a synthetic number of their own.
    numbers = list(Membership.objects.filter(role__in=(Role.CONSULTANT_SOCIAL_WORKER, Role.SOCIAL_WORKER))
                   .exclude(unit__service_area="front_door").values_list("user__swe_number", "user_id").distinct())
    assert len(numbers) > 10 and all(re.fullmatch(r"SW9\d{6}", n) for n, _ in numbers)
    assert len({n for n, _ in numbers}) == len({u for _, u in numbers})

    # The case transferred to another unit on 1 December (closed, and opened there that day): a new episode, TSPROC,
    # with the other unit's consultant social worker.
    moved = dt.date(YEAR - 1, 12, 1)
    case = Case.objects.filter(child_id__in=at_end, closed_on__isnull=True, opened_on__lt=moved).order_by("pk").first()
    other = Unit.objects.exclude(pk=case.unit_id).order_by("pk").first()
    Case.objects.filter(pk=case.pk).update(closed_on=moved)
    Case.objects.create(child_id=case.child_id, unit=other, status=case.status, opened_on=moved)
    new_lead = (Membership.objects.filter(unit=other, role=Role.CONSULTANT_SOCIAL_WORKER, started_on__lte=moved)
                .order_by("-started_on").first().user)
    sw = ssda903.generate(YEAR).frames.tables["sw_episodes"].filter(pl.col("person_id") == case.child_id)
    assert (new_lead.swe_number, moved, "TSPROC") in sw.select("SW_ID", "SW_DECOM", "SW_REASON").rows()
    assert sw.filter(pl.col("SW_DECOM") < moved)["SW_DEC"].max() == moved

    # A consultant social worker whose number is not recorded: their children's episodes have no SW_ID and are reported.
    type(new_lead).objects.filter(pk=new_lead.pk).update(swe_number="")
    findings = ssda903.validate(ssda903.generate(YEAR))
    assert ("SW02STG1", str(case.child_id)) in {(f.code, f.child) for f in findings}
    assert all(f.fix == "statutory" for f in findings if f.code.startswith("SW"))
