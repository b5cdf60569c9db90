"""The spending pages: one form and one save, errors shown, requests answered in one step, the board's budget (one query)."""

import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.html import escape

from hearth.access.services import open_with_reason
from hearth.cases import services as case_services
from hearth.cases.models import ChronologyEntry
from hearth.spending import services
from hearth.spending.export import safe_cell
from hearth.spending.models import BudgetLine, Spend, SpendStatus
from tests import factories


def post_spend(client, world, amount="30", **extra):
    data = {"category": "travel", "amount": amount, "description": "Family railcard", "reason": "To visit grandparents"}
    data.update(extra)
    return client.post(reverse("spending:child", args=[world.ada.pk]), data)


def test_social_worker_records_a_spend_in_one_save(client, world, budget):
    client.force_login(world.sw)
    page = client.get(reverse("spending:child", args=[world.ada.pk]))
    assert page.status_code == 200 and b"Save spend" in page.content and "has £1,200 left of £1,200".encode() in page.content
    response = post_spend(client, world)
    assert response.status_code == 302 and response["Location"] == reverse("spending:child", args=[world.ada.pk])
    s = Spend.objects.get()
    assert s.status == SpendStatus.AUTHORISED and s.recorded_by == world.sw
    follow = client.get(response["Location"])
    assert "£30 for travel authorised and recorded".encode() in follow.content and b"Family railcard" in follow.content


def test_wrong_input_shows_the_error_summary_and_saves_nothing(client, world, budget):
    client.force_login(world.sw)
    response = post_spend(client, world, amount="-5")
    assert response.status_code == 200
    assert b"There is a problem" in response.content and "Amount must be more than £0".encode() in response.content
    response = post_spend(client, world, category="yachts")
    assert b"Select a valid choice" in response.content or b"Select what the money is for" in response.content
    assert not Spend.objects.exists() and not ChronologyEntry.objects.filter(kind="spend").exists()


def test_over_limit_request_is_answered_in_one_step_and_the_requester_sees_it(client, world, budget):
    client.force_login(world.sw)
    response = post_spend(client, world, amount="150")
    s = Spend.objects.get()
    assert s.status == SpendStatus.PENDING and s.sent_to == world.csw
    assert escape(f"sent to {world.csw} to authorise") in client.get(response["Location"]).content.decode()  # ("O'Neill")

    client.force_login(world.csw)
    waiting = client.get(reverse("spending:waiting"))
    assert "£150 for Ada Lovelace".encode() in waiting.content
    response = client.post(reverse("spending:waiting"), {"request": s.pk, f"r{s.pk}-answer": "approve", f"r{s.pk}-note": ""})
    assert response.status_code == 302
    s.refresh_from_db()
    assert s.status == SpendStatus.APPROVED

    client.force_login(world.sw)  # the requester sees the answer on the child's page (the chronology)
    child_page = client.get(reverse("people:detail", args=[world.ada.pk]))
    assert escape(f"{world.csw} approved £150 for travel") in child_page.content.decode()


def test_declining_without_a_note_shows_an_error(client, world, budget):
    s = services.record_spend(actor=world.sw, child=world.ada, category="travel", amount="150", reason="Visit")
    client.force_login(world.csw)
    response = client.post(reverse("spending:waiting"), {"request": s.pk, f"r{s.pk}-answer": "decline"})
    assert response.status_code == 200 and b"Enter why you are declining" in response.content
    assert Spend.objects.get(pk=s.pk).status == SpendStatus.PENDING


def test_another_units_worker_cannot_spend_even_with_a_reason(client, world, budget):
    client.force_login(world.other)
    response = client.get(reverse("spending:child", args=[world.ada.pk]))
    assert response.status_code == 302 and "/reason/" in response["Location"]
    open_with_reason(user=world.other, person=world.ada, reason="Covering the duty phone tonight")
    page = client.get(reverse("spending:child", args=[world.ada.pk]))
    assert b"Save spend" not in page.content and b"Only members of Unit A" in page.content
    assert post_spend(client, world).status_code == 403
    assert client.get(reverse("spending:unit", args=[world.unit_a.pk])).status_code == 403
    assert not Spend.objects.exists()


def test_the_board_shows_the_budget_with_one_query(client, world, budget):
    services.record_spend(actor=world.sw, child=world.ada, category="travel", amount="30", reason="Visit")
    services.record_spend(actor=world.sw, child=world.byron, category="travel", amount="150", reason="Visit")
    client.force_login(world.csw)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("units:board", args=[world.unit_a.pk]))
    assert response.status_code == 200
    mine = [q["sql"] for q in queries.captured_queries if "spending_" in q["sql"]]
    assert len(mine) == 1, mine
    body = response.content.decode()
    assert "£30" in body and "£150 (requests waiting for an answer)" in body and "£1,020" in body  # left: 1200-30-150


def test_the_childs_page_adds_no_query(client, world, budget):
    client.force_login(world.sw)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(reverse("people:detail", args=[world.ada.pk])).status_code == 200
    assert not [q for q in queries.captured_queries if "spending_" in q["sql"] or "decisions_" in q["sql"]]


def _child_with_case(world, given):
    person = factories.child(given, "Outlier")
    case_services.open_case(actor=world.csw, child=person, unit=world.unit_a, status="cin")
    return person


def test_head_of_service_sees_use_per_child_and_outliers(client, world, budget):
    extra = _child_with_case(world, "Cleo")
    for child, amount in ((world.ada, "20"), (world.byron, "25"), (extra, "90")):
        services.record_spend(actor=world.sw, child=child, category="travel", amount=amount, reason="Visit")
    client.force_login(world.hos)
    body = client.get(reverse("spending:oversight")).content.decode()
    assert "Unit A" in body and "Cleo Outlier" in body and "more than 3 times the median" in body
    assert body.count(">Outlier</strong>") == 1  # £90 > 3 × £25 (the median of 20, 25, 90)
    client.force_login(world.other)
    assert "Cleo Outlier" not in client.get(reverse("spending:oversight")).content.decode()


def test_report_chart_and_streamed_csv_with_formulas_escaped(client, world, budget):
    sly = _child_with_case(world, "=HYPERLINK(1)")
    services.record_spend(actor=world.sw, child=sly, category="travel", amount="12.50", reason="Visit")
    services.record_spend(actor=world.sw, child=world.ada, category="food", amount="40", reason="Food bank gap")
    client.force_login(world.hos)
    page = client.get(reverse("spending:report"))
    assert page.status_code == 200 and b"<svg" in page.content and "£52.50".encode() in page.content
    response = client.get(reverse("spending:report-csv"))
    assert response.streaming and response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert rows[0] == ["Unit", "Category", "Month", "Child ID", "Child", "Amount (£)"]
    assert ["Unit A", "Travel"] == rows[2][:2] and rows[2][4] == "'=HYPERLINK(1) Outlier" and rows[2][5] == "12.50"
    assert rows[1][4] == "Ada Lovelace" and rows[1][5] == "40.00"
    client.force_login(world.other)
    other_rows = b"".join(client.get(reverse("spending:report-csv")).streaming_content).decode("utf-8-sig")
    assert "Ada" not in other_rows


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_cells_that_a_spreadsheet_would_run_are_quoted(text):
    assert safe_cell(text) == "'" + text


def test_ordinary_cells_are_left_alone():
    assert safe_cell("Ada Lovelace") == "Ada Lovelace" and safe_cell(12) == "12" and safe_cell(None) == ""


def test_meeting_page_lists_the_weeks_spends_and_decisions(client, world, budget):
    from hearth.decisions import services as decisions

    services.record_spend(actor=world.sw, child=world.ada, category="travel", amount="30", description="Railcard",
                          reason="Visit")
    decisions.record_decision(actor=world.sw, child=world.byron, kind="family_group_conference", summary="Offer an FGC",
                              options="FGC or wait", reason="Family want to help")
    meeting = case_services.start_meeting(actor=world.csw, unit=world.unit_a)
    client.force_login(world.csw)
    body = client.get(reverse("cases:meeting", args=[meeting.pk])).content.decode()
    assert "This week&#39;s spends and decisions" in body or "This week's spends and decisions" in body
    assert "Travel: Railcard" in body and "Offer a family group conference: Offer an FGC" in body


def test_budget_line_never_goes_below_what_is_spent(world, budget):
    services.record_spend(actor=world.sw, child=world.ada, category="travel", amount="30", reason="Visit")
    with pytest.raises(Exception, match="cannot be less"):
        services.set_budget(actor=world.hos, unit=world.unit_a, year=budget.year, amounts={"travel": 1000})
    assert BudgetLine.objects.get(budget=budget, category__code="travel").amount_pence == 100_000


@pytest.mark.parametrize("year", ["99999", "0", "-5", "twenty"])
def test_a_year_no_date_can_hold_falls_back_to_this_year(client, world, budget, year):
    client.force_login(world.hos)
    for name in ("spending:oversight", "spending:report"):
        page = client.get(reverse(name) + "?year=" + year)
        assert page.status_code == 200 and f"April {budget.year} to March {budget.year + 1}" in page.content.decode()
    download = client.get(reverse("spending:report-csv") + "?year=" + year)
    assert download.status_code == 200 and b"".join(download.streaming_content).startswith("\ufeffUnit".encode())


def test_the_report_page_totals_by_unit_category_and_month_in_one_grouped_query(world, budget):
    from hearth.spending import selectors

    for child, amount in ((world.ada, "30"), (world.byron, "12.50"), (world.ada, "5")):
        services.record_spend(actor=world.sw, child=child, category="travel", amount=amount, reason="Visit")
    services.record_spend(actor=world.sw, child=world.ada, category="food", amount="40", reason="Food bank gap")
    with CaptureQueriesContext(connection) as queries:
        report = selectors.report({world.unit_a.pk}, budget.year)
    assert len(queries) == 1
    assert [(r["category"], r["total"]) for r in report.rows] == [("Food and essentials", 4_000), ("Travel", 4_750)]
    assert report.by("unit") == [("Unit A", 8_750)] and report.total == 8_750
    assert sum(r["total"] for r in selectors.report_rows({world.unit_a.pk}, budget.year)) == report.total


def test_a_restricted_childs_request_is_left_out_of_the_waiting_list_and_cannot_be_answered_there(client, world, budget):
    from hearth.access.models import Restriction
    from hearth.decisions import services as decisions

    s = services.record_spend(actor=world.sw, child=world.ada, category="travel", amount="150", reason="Visit her dad")
    decisions.record_decision(actor=world.sw, child=world.ada, kind="connected_person", summary="Place with her aunt",
                              options="Aunt, foster care", reason="She knows her aunt", second_person=world.csw)
    restriction = Restriction.objects.create(person=world.ada, reason="Relative of staff")
    client.force_login(world.csw)  # asked for both, not named on the restriction
    waiting = client.get(reverse("spending:waiting")).content.decode()
    assert "Ada Lovelace" not in waiting and "Visit her dad" not in waiting
    response = client.post(reverse("spending:waiting"), {"request": s.pk, f"r{s.pk}-answer": "approve"}, follow=True)
    assert "That request is no longer waiting for your answer" in response.content.decode()
    assert Spend.objects.get(pk=s.pk).status == SpendStatus.PENDING
    restriction.named_staff.add(world.csw)
    waiting = client.get(reverse("spending:waiting")).content.decode()
    assert "£150 for Ada Lovelace" in waiting and "Approve a connected-person placement for Ada Lovelace" in waiting


def test_a_request_about_a_child_whose_case_moved_is_not_answered_from_the_waiting_page_without_a_reason(client, world, budget):
    from django.utils import timezone

    from hearth.audit.models import AuditEvent
    from hearth.cases import services as cases
    from hearth.cases.models import Case

    s = services.record_spend(actor=world.sw, child=world.ada, category="travel", amount="150", reason="Visit her dad")
    today = timezone.localdate()
    Case.objects.filter(pk=world.case_ada.pk).update(closed_on=today)  # the case moves to another unit
    cases.open_case(actor=world.other, child=world.ada, unit=world.unit_b, opened_on=today)
    client.force_login(world.csw)  # the person asked, in the old unit
    response = client.post(reverse("spending:waiting"), {"request": s.pk, f"r{s.pk}-answer": "approve"}, follow=True)
    assert "no longer held by a unit you are in" in response.content.decode()
    assert Spend.objects.get(pk=s.pk).status == SpendStatus.PENDING
    assert not AuditEvent.objects.filter(action="open_spend_request", actor=world.csw).exists()
    Case.objects.filter(child=world.ada, unit=world.unit_b).update(closed_on=today)  # back with the first unit
    Case.objects.filter(pk=world.case_ada.pk).update(closed_on=None)
    client.post(reverse("spending:waiting"), {"request": s.pk, f"r{s.pk}-answer": "approve"})
    assert Spend.objects.get(pk=s.pk).status == SpendStatus.APPROVED
    assert AuditEvent.objects.filter(action="open_spend_request", actor=world.csw, person_id=world.ada.pk).exists()


def test_the_waiting_page_reads_the_same_number_of_queries_for_one_request_or_several(client, world, budget):
    from hearth.decisions import services as decisions

    def waiting_queries():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse("spending:waiting")).status_code == 200
        return len(queries)

    client.force_login(world.csw)
    services.record_spend(actor=world.sw, child=world.ada, category="travel", amount="150", reason="Visit her dad")
    decisions.record_decision(actor=world.sw, child=world.ada, kind="connected_person", summary="Place with her aunt",
                              options="Aunt, foster care", reason="She knows her aunt", second_person=world.csw)
    waiting_queries()  # the first page of the session reads what later pages have cached
    one = waiting_queries()
    for child in (world.ada, world.byron, world.byron):
        services.record_spend(actor=world.sw, child=child, category="travel", amount="120", reason="Visit family")
    decisions.record_decision(actor=world.sw, child=world.byron, kind="connected_person", summary="Place with his uncle",
                              options="Uncle, foster care", reason="He knows his uncle", second_person=world.csw)
    page = client.get(reverse("spending:waiting")).content.decode()
    assert page.count("Send answer") == 4 and "for Byron" in page
    assert waiting_queries() == one
