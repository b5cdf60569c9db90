"""The spending set-up in admin (limits, budgets): every change audited; a budget never below what is spent."""


from hearth.audit.models import AuditEvent
from hearth.spending.models import AuthorityLimit


def test_changing_an_authority_limit_is_audited(admin_client_):
    limit = AuthorityLimit.objects.get(role="sw")
    response = admin_client_.post(f"/admin/spending/authoritylimit/{limit.pk}/change/",
                                  {"role": "sw", "per_item_pence": "15000", "per_child_month_pence": "20000"})
    assert response.status_code == 302
    event = AuditEvent.objects.get(action="change_authority_limit")
    assert event.detail["before"]["per_item_pence"] == 10000 and event.detail["after"]["per_item_pence"] == 15000


def test_setting_a_budget_in_admin_is_audited_and_cannot_go_below_what_is_spent(admin_client_, world):
    from django.utils import timezone

    from hearth.spending import services
    from hearth.spending.models import Budget, SpendCategory, financial_year

    year = financial_year(timezone.localdate())
    travel = SpendCategory.objects.get(code="travel")
    form = {"unit": world.unit_a.pk, "year": year, "lines-TOTAL_FORMS": "1", "lines-INITIAL_FORMS": "0",
            "lines-MIN_NUM_FORMS": "0", "lines-MAX_NUM_FORMS": "1000", "lines-0-category": travel.pk,
            "lines-0-amount_pence": "50000"}
    response = admin_client_.post("/admin/spending/budget/add/", form)
    assert response.status_code == 302, response.content
    budget = Budget.objects.get(unit=world.unit_a, year=year)
    assert AuditEvent.objects.filter(action="change_budget", object_id=str(budget.pk)).exists()
    assert AuditEvent.objects.get(action="change_budget_lines").detail["lines"] == {"travel": 50000}

    services.record_spend(actor=world.sw, child=world.ada, category="travel", amount="30", reason="Visit")
    line = budget.lines.get()
    form.update({"lines-INITIAL_FORMS": "1", "lines-0-id": line.pk, "lines-0-budget": budget.pk, "lines-0-amount_pence": "1000"})
    refused = admin_client_.post(f"/admin/spending/budget/{budget.pk}/change/", form)
    assert refused.status_code == 200 and "Cannot be less than what is already spent and committed (£30)" in refused.content.decode()
    line.refresh_from_db()
    assert line.amount_pence == 50000
