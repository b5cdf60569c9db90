"""The returns from the demo authority and from deliberately broken records; the analysts' page and the commands."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook

from hearth.audit.models import AuditEvent
from hearth.cases.models import Case
from hearth.casework.models import CPPlan
from hearth.demo.generate import DEMO_SPEC, generate
from hearth.people.models import Person
from hearth.returns import annex_a, cin_census
from hearth.returns.demo import analysts_group
from hearth.returns.engine import ERROR

TODAY = dt.date(2026, 11, 22)
YEAR = 2026


@pytest.fixture
def demo(db):
    return generate(DEMO_SPEC, today=TODAY)


@pytest.mark.django_db
def test_the_demo_authoritys_census_matches_the_schema_and_breaks_no_rule(demo):
    assert cin_census.latest_year(TODAY) == YEAR
    with CaptureQueriesContext(connection) as queries:
        census = cin_census.generate(YEAR)
    assert len(queries) <= 15  # a fixed number of queries, however many children (not one per child)
    assert census.children > 200
    assert cin_census.schema_errors(census.xml) == []
    findings = cin_census.validate(census)
    assert [f for f in findings if f.severity == ERROR] == []
    assert {f.code for f in findings} <= {"8770Q"}  # school-age children whose UPN is not recorded yet
    # The year in progress is reported as the records stand today, and is clean too.
    current = cin_census.generate(YEAR + 1)
    assert cin_census.schema_errors(current.xml) == [] and not [f for f in cin_census.validate(current) if f.severity == ERROR]


@pytest.mark.django_db
def test_broken_records_make_the_expected_rules_fire_for_the_right_child(demo):
    plan = CPPlan.objects.filter(started_on__gte=dt.date(2025, 4, 1), started_on__lt=dt.date(2026, 3, 1)).first()
    plan.ended_on = plan.started_on
    plan.save()
    child = Person.objects.filter(cases__in=Case.objects.filter(pk=plan.case_id)).get()
    Person.objects.filter(pk=child.pk).update(ethnicity="XXXX")
    closed = Case.objects.filter(closed_on__gte=dt.date(2025, 4, 1), closed_on__lte=dt.date(2026, 3, 31)).exclude(
        closure_reason="").first()
    Case.objects.filter(pk=closed.pk).update(closure_reason="")
    findings = cin_census.validate(cin_census.generate(YEAR))
    fired = {(f.code, f.child) for f in findings if f.severity == ERROR}
    assert ("8840", str(child.pk)) in fired
    assert ("4220", str(child.pk)) in fired
    assert ("8805", str(closed.child_id)) in fired
    # The schema refuses the invalid ethnicity as well.
    assert any(f.code == "XSD" for f in findings)


@pytest.mark.django_db
def test_annex_a_has_the_eleven_lists_with_ofsteds_columns(demo):
    content = annex_a.generate(TODAY)
    book = load_workbook(io.BytesIO(content), read_only=True)
    assert book.sheetnames == [f"List {n}" for n in range(1, 12)]
    heads = annex_a.columns()
    for n in range(1, 12):
        rows = list(book[f"List {n}"].iter_rows(values_only=True))
        assert list(rows[1])[:len(heads[n])] == heads[n]
        assert all(len(row) <= len(heads[n]) for row in rows[2:])  # no row wider than Ofsted's columns
        if n == 11:
            assert len(rows) > 12  # the demo's prospective adopters (hearth.adoption.demo): a row for each adopter
    referrals = list(book["List 3"].iter_rows(values_only=True))[2:]
    plans = list(book["List 7"].iter_rows(values_only=True))[2:]
    in_care = list(book["List 8"].iter_rows(values_only=True))[2:]
    assert referrals and plans and in_care
    legal = heads[8].index("Child's Legal Status")
    assert {r[legal] for r in in_care} - {None} <= {"C1", "C2", "D1", "E1", "J1", "J2", "J3", "L1", "L2", "L3", "V2", "V3", "V4"}
    assert all(isinstance(r[5], dt.datetime) for r in referrals)  # dates are Excel dates
    assert {r[heads[7].index("Initial Category of Abuse")] for r in plans} <= {"NEG", "PHY", "SAB", "EMO", "MUL"}


@pytest.fixture
def analyst(world):
    from tests.factories import UserFactory

    user = UserFactory(username="analyst")
    user.groups.add(analysts_group())
    return user


@pytest.mark.django_db
def test_only_analysts_see_the_returns(client, world, analyst):
    url = reverse("returns:index")
    assert client.get(url).status_code == 302  # signed out: to the sign-in page
    for user in (world.csw, world.hos, world.outsider):
        client.force_login(user)
        assert client.get(url).status_code == 403
        assert client.get(reverse("returns:download", kwargs={"slug": "cin-census"})).status_code == 403
    client.force_login(analyst)
    page = client.get(url)
    assert page.status_code == 200 and "Children in Need census" in page.content.decode()


@pytest.mark.django_db
def test_a_return_with_errors_is_marked_and_can_still_be_downloaded(client, world, analyst):
    from hearth.casework import services as cw

    case = world.case_ada
    cw.record_conference(actor=world.sw, case=case, kind="initial", held_on=case.opened_on + dt.timedelta(days=3),
                         chair_name="Pat Chair", outcome="cp_plan", category="NEG")
    year = cin_census.latest_year() + 1  # the year in progress holds the world's cases
    client.force_login(analyst)
    page = client.get(reverse("returns:detail", kwargs={"slug": "cin-census"}), {"period": str(year)})
    html = page.content.decode()
    assert page.status_code == 200
    assert "_ERRORS.xml" in html and "validation error" in html
    assert reverse("people:detail", kwargs={"pk": world.ada.pk}) in html  # findings link to where they are fixed
    assert AuditEvent.objects.filter(action="return_checked", actor=analyst).exists()
    download = client.get(reverse("returns:download", kwargs={"slug": "cin-census"}), {"period": str(year)})
    assert download.status_code == 200
    assert "_WITH_" in download["Content-Disposition"] and download.content.startswith(b"<?xml")
    event = AuditEvent.objects.filter(action="return_downloaded").latest("pk")
    assert event.actor_id == analyst.pk


@pytest.mark.django_db
def test_a_bad_period_is_refused_in_plain_words(client, analyst):
    client.force_login(analyst)
    page = client.get(reverse("returns:detail", kwargs={"slug": "annex-a"}), {"period": "23/11/2026"})
    assert page.status_code == 422
    assert "Enter the inspection date as year-month-day" in page.content.decode()
    assert client.get(reverse("returns:detail", kwargs={"slug": "nope"})).status_code == 404


@pytest.mark.django_db
def test_the_commands_write_the_returns_and_count_the_findings(demo, tmp_path):
    out = io.StringIO()
    call_command("cin_census", year=str(YEAR), out=str(tmp_path / "cin.xml"), stdout=out)
    assert "Findings: 0 errors" in out.getvalue()
    assert cin_census.schema_errors((tmp_path / "cin.xml").read_bytes()) == []
    out = io.StringIO()
    call_command("annex_a", date=TODAY.isoformat(), out=str(tmp_path / "a.xlsx"), stdout=out)
    assert "Findings: 0 errors, 0 queries" in out.getvalue()
    assert load_workbook(tmp_path / "a.xlsx", read_only=True).sheetnames[0] == "List 1"


@pytest.mark.django_db
@pytest.mark.parametrize("slug", ["cin-census", "annex-a", "ssda903"])
def test_every_return_refuses_staff_who_are_not_analysts_and_records_nothing(client, world, slug):
    for name in ("detail", "download"):
        url = reverse(f"returns:{name}", kwargs={"slug": slug})
        assert client.get(url).status_code == 302  # signed out: to the sign-in page
        client.force_login(world.csw)
        assert client.get(url).status_code == 403
        client.logout()
    assert not AuditEvent.objects.filter(action__startswith="return_").exists()
