"""Thin views over spending's services and selectors."""

from __future__ import annotations

import datetime as dt

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils import timezone

from hearth.access.gate import NeedsReason, open_person, person_view
from hearth.access.services import visible_unit, visible_unit_ids
from hearth.audit import services as audit
from hearth.core.errors import posted, saved_by
from hearth.people.views import person_context
from hearth.spending import selectors, services
from hearth.spending.export import streamed_csv
from hearth.spending.forms import AnswerForm, SpendForm
from hearth.spending.models import financial_year, pounds, year_label
from hearth.units.models import Unit


@person_view("view_spending")
def child(request, person):
    """The child's spending: the form to record a spend (one save), then what was spent and asked for, with answers."""
    context = person_context(person, "spending")
    case = context["case"]
    may_spend = services.may_spend_for(request.user, case)
    form = SpendForm(posted(request))
    if request.method == "POST":
        if not may_spend:
            raise PermissionDenied("Only members of the unit holding the child, and its head of service, may spend for the child.")
        if form.is_valid():
            saved = saved_by(form, lambda: services.record_spend(actor=request.user, child=person, **form.service_kwargs()))
            if saved:
                spend = saved.result
                if spend.status == "authorised":
                    messages.success(request, f"{spend.amount} for {spend.category.name.lower()} authorised and recorded")
                else:
                    messages.success(request, f"{spend.amount} is above your limit: sent to {spend.sent_to} to authorise")
                return redirect("spending:child", pk=person.pk)
    budget = selectors.budget_summary(case.unit_id) if case else None
    context.update(page_title=f"Spending for {person.full_name}", form=form, may_spend=may_spend, budget=budget,
                   spends=list(selectors.child_spends(person)), pounds=pounds)
    return render(request, "spending/child.html", context)


def waiting(request):
    """Spend requests (and decisions) waiting for the signed-in person's answer: each answered in one step."""
    from hearth.decisions.selectors import awaiting

    requests = list(selectors.waiting_for(request.user))
    forms = {s.pk: AnswerForm(prefix=f"r{s.pk}") for s in requests}
    if request.method == "POST":
        spend = next((s for s in requests if str(s.pk) == request.POST.get("request")), None)
        if spend is None:
            # answered already, or never yours to answer (a restricted record you are not named on): the same words
            messages.info(request, "That request is no longer waiting for your answer")
            return redirect("spending:waiting")
        try:  # as every page about a child: the gate opens the child's record (and logs the read) before the answer
            open_person(request.user, spend.child_id, action="open_spend_request", detail={"spend": spend.pk})
        except NeedsReason:
            messages.error(request, f"{spend.child.full_name}'s case is no longer held by a unit you are in: open their "
                                    "record with a reason before you answer")
            return redirect("spending:waiting")
        form = forms[spend.pk] = AnswerForm(request.POST, prefix=f"r{spend.pk}")
        if form.is_valid() and saved_by(form, lambda: services.answer_spend_request(
                actor=request.user, request=spend, approve=form.yes, note=form.cleaned_data["note"])):
            messages.success(request, f"{'Approved' if form.yes else 'Declined'}: {spend.amount} for {spend.child.full_name}")
            return redirect("spending:waiting")
    audit.record(actor=request.user, action="view_spend_requests", detail={"requests": [s.pk for s in requests]})
    return render(request, "spending/waiting.html", {
        "page_title": "Waiting for your answer", "requests": requests, "forms": forms,
        "decisions": list(awaiting(request.user)),
    })


def _visible_unit(request, pk) -> Unit:
    return visible_unit(request.user, pk, to="see its budget")


def _year(request) -> int:
    """The financial year asked for in ?year=, or this one if it is missing, not a number or not a year a date can hold."""
    try:
        year = int(request.GET.get("year") or financial_year(timezone.localdate()))
    except ValueError:
        return financial_year(timezone.localdate())
    return year if dt.MINYEAR <= year < dt.MAXYEAR else financial_year(timezone.localdate())


def unit_budget(request, pk):
    unit = _visible_unit(request, pk)
    year = _year(request)
    uses = selectors.oversight([unit.pk], year)
    audit.record(actor=request.user, action="view_unit_budget", obj=unit, detail={"year": year})
    return render(request, "spending/unit.html", {
        "page_title": f"Budget and spending, {unit.name}", "unit": unit, "year": year, "label": year_label(year),
        "lines": list(selectors.budget_lines(unit, year)), "use": uses[0], "outlier_times": selectors.OUTLIER_TIMES,
        "pounds": pounds, "active_nav": "board",
    })


def oversight(request):
    """Heads of service: budget use across their units, spend per child and outliers, without approving each item."""
    year = _year(request)
    unit_ids = visible_unit_ids(request.user)
    uses = selectors.oversight(unit_ids, year)
    audit.record(actor=request.user, action="view_spending_oversight", detail={"year": year, "units": sorted(unit_ids)})
    return render(request, "spending/oversight.html", {
        "page_title": "Budgets across your units", "uses": uses, "year": year, "label": year_label(year),
        "years": selectors.years_with_budgets(unit_ids, timezone.localdate()), "outlier_times": selectors.OUTLIER_TIMES,
        "pounds": pounds,
    })


def report(request):
    year = _year(request)
    unit_ids = visible_unit_ids(request.user)
    data = selectors.report(unit_ids, year)
    audit.record(actor=request.user, action="view_spend_report", detail={"year": year, "units": sorted(unit_ids)})
    by_month = data.by("month")
    return render(request, "spending/report.html", {
        "page_title": "Spending report", "report": data, "year": year,
        "years": selectors.years_with_budgets(unit_ids, timezone.localdate()),
        "by_unit": data.by("unit"), "by_category": data.by("category"), "by_month": by_month,
        "top": max([t for _, t in by_month] or [0]), "pounds": pounds,
    })


def report_csv(request):
    year = _year(request)
    unit_ids = visible_unit_ids(request.user)
    audit.record(actor=request.user, action="download_spend_report", detail={"year": year, "units": sorted(unit_ids)})
    rows = ([r["unit"], r["category"], r["month"].strftime("%Y-%m"), r["child_id"], r["child"],
             f'{r["total"] // 100}.{r["total"] % 100:02d}'] for r in selectors.report_rows(unit_ids, year))
    return streamed_csv(f"spending-{year}-{year + 1}.csv",
                        ["Unit", "Category", "Month", "Child ID", "Child", "Amount (£)"], rows)
