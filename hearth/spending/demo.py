"""Demo spending: a budget for every demo unit this financial year; in the demo authority, some spends and a request.

Called from hearth.demo.generate.generate() inside its transaction. Bulk inserts only, so it stays fast for the large
authority (where it sets budgets and nothing else, so the unit board still reads one). Its own random generator, so
the rest of the demo draws the same numbers as before.
"""

from __future__ import annotations

import datetime as dt
import random

from hearth.cases.models import Case, ChronologyEntry, EntryKind
from hearth.spending import defaults
from hearth.spending.models import Budget, BudgetLine, Spend, SpendCategory, SpendStatus, financial_year, pounds

# pence per category for one unit's year
ALLOCATION = {"travel": 300_000, "food": 250_000, "household": 200_000, "activities": 150_000, "section17": 400_000,
              "childcare": 200_000}
SPENDS = [
    ("travel", 3_000, "Family railcard", "So that mother and baby can visit their family in Leeds"),
    ("travel", 1_250, "Bus fares for contact", "To get to family time at the contact centre"),
    ("food", 4_000, "Supermarket voucher", "The family's benefits were delayed this week"),
    ("food", 2_500, "Baby formula and nappies", "Until the first Universal Credit payment arrives"),
    ("household", 8_500, "Bed and mattress", "The child has been sharing a sofa with a sibling"),
    ("activities", 6_000, "Swimming lessons (term)", "Agreed at the unit meeting: builds confidence and routine"),
    ("activities", 2_000, "Cinema trip during direct work", "Direct work session outside the home"),
    ("childcare", 9_000, "Two weeks of nursery sessions", "So that mother can attend her court-ordered assessment"),
    ("section17", 5_000, "Gas and electric top-up", "The meter ran out; a baby lives at the address"),
]


def add_demo(ctx, *, with_spends: bool) -> None:
    defaults.seed()
    rng = random.Random(ctx.spec.seed + 17)
    today = ctx.today
    year = financial_year(today)
    year_start = dt.date(year, 4, 1)
    cats = {c.code: c for c in SpendCategory.objects.all()}
    budgets = [Budget(unit=t.unit, year=year) for t in ctx.teams]
    Budget.objects.bulk_create(budgets)
    lines = {}
    for budget in budgets:
        for code, pence in ALLOCATION.items():
            lines[(budget.unit_id, code)] = BudgetLine(budget=budget, category=cats[code], amount_pence=pence)
    spends, entries = _spends(ctx, rng, lines, cats, max(year_start, today - dt.timedelta(days=60))) if with_spends else ([], [])
    BudgetLine.objects.bulk_create(lines.values())
    ChronologyEntry.objects.bulk_create(entries)
    Spend.objects.bulk_create(spends)  # each spend's line and entry are saved above: bulk_create takes their new ids
    ctx.add("budgets", len(budgets))
    ctx.add("spends", len(spends))
    ctx.add("entries", len(entries))


def _spends(ctx, rng: random.Random, lines: dict, cats: dict, earliest: dt.date) -> tuple[list[Spend], list[ChronologyEntry]]:
    """Spends within limits by each unit's social workers, one request waiting for the consultant, one outlier child."""
    teams = {t.unit.pk: t for t in ctx.teams}
    held: dict[int, list[tuple[int, int]]] = {}
    for unit_id, child_id, case_id in (Case.objects.filter(unit_id__in=teams, closed_on__isnull=True)
                                       .order_by("id").values_list("unit_id", "child_id", "id")):
        held.setdefault(unit_id, []).append((child_id, case_id))
    days = max((ctx.today - earliest).days, 0)
    rows = []  # (spend, entry)
    for unit_id, children in held.items():
        team = teams[unit_id]
        workers = team.social_workers or [team.csw]
        for child_id, case_id in rng.sample(children, min(8, len(children))):
            code, pence, what, why = rng.choice(SPENDS)
            on = earliest + dt.timedelta(days=rng.randint(0, days))
            rows.append(_row(ctx, team, rng.choice(workers), child_id, case_id, cats[code], pence, what, why, on,
                             SpendStatus.AUTHORISED))
        child_id, case_id = children[0]
        # One child far above the unit's usual (an outlier on the head of service's page), approved by the consultant.
        rows.append(_row(ctx, team, workers[0], child_id, case_id, cats["household"], 45_000, "Cooker and fridge",
                         "The family moved into an empty flat with a new baby", ctx.today - dt.timedelta(days=3),
                         SpendStatus.APPROVED, answered_by=team.csw))
        child_id, case_id = children[1 % len(children)]
        rows.append(_row(ctx, team, workers[0], child_id, case_id, cats["section17"], 18_000, "Rent arrears contribution",
                         "Stops an eviction notice while the housing claim is sorted out", ctx.today,
                         SpendStatus.PENDING, sent_to=team.csw))
    for spend, entry in rows:
        spend.entry = entry
        spend.line = line = lines[(spend.unit_id, spend.category.code)]
        if spend.status == SpendStatus.PENDING:
            line.committed_pence += spend.amount_pence
        else:
            line.spent_pence += spend.amount_pence
    return [s for s, _ in rows], [e for _, e in rows]


def _row(ctx, team, worker, child_id, case_id, category, pence, what, why, on, status, *, answered_by=None, sent_to=None):
    recorded = ctx.at(on, 15)
    spend = Spend(unit=team.unit, child_id=child_id, category=category, amount_pence=pence, description=what,
                  reason=why, spent_on=on, status=status, recorded_by=worker, recorded_at=recorded, sent_to=sent_to or answered_by,
                  sent_to_role="csw" if (sent_to or answered_by) else "", answered_by=answered_by,
                  answered_at=ctx.at(on, 16) if answered_by else None, answer_note="Agreed: keep receipts" if answered_by else "")
    if status == SpendStatus.PENDING:
        title = f"Asked {sent_to} (consultant social worker) to authorise {pounds(pence)} for {category.name.lower()}"
    elif answered_by:
        title = f"{answered_by} approved {pounds(pence)} for {category.name.lower()} (asked by {worker})"
    else:
        title = f"Spent {pounds(pence)} on {category.name.lower()}"
    entry = ChronologyEntry(child_id=child_id, case_id=case_id, unit=team.unit, kind=EntryKind.SPEND, occurred_on=on,
                            title=title, narrative=f"{what}. Why: {why}", author=answered_by or worker, recorded_at=recorded)
    return spend, entry
