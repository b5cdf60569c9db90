"""Reads for spending: a child's spends, requests waiting for someone, budgets, oversight and the report."""

from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import Count, Sum
from django.db.models.functions import TruncMonth
from django.utils import timezone

from hearth.access.services import restricted_person_ids_hidden_from
from hearth.people.models import Person
from hearth.spending.models import (
    SPENT,
    Budget,
    BudgetLine,
    Spend,
    SpendCategory,
    SpendStatus,
    financial_year,
    pounds,
    year_label,
)
from hearth.units.models import Unit

OUTLIER_TIMES = 3  # a child is an outlier when their spend this year is more than 3 times the unit's median per child


def budget_summary(unit_id: int, day: dt.date | None = None) -> dict | None:
    """The unit's budget for the financial year `day` falls in: allocated, spent, committed and left, or None if it has
    none. One plain statement (the unit board, the child's spending page and the budget API show it): the ORM's
    aggregate over the lines cost more to build than to run."""
    year = financial_year(day or timezone.localdate())
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT COUNT(DISTINCT b.id), SUM(l.amount_pence), SUM(l.spent_pence), SUM(l.committed_pence) "
            f"FROM {Budget._meta.db_table} b LEFT JOIN {BudgetLine._meta.db_table} l ON l.budget_id = b.id "
            "WHERE b.unit_id = %s AND b.year = %s", [unit_id, year])
        budgets, *sums = cursor.fetchone()
    if not budgets:
        return None
    allocated, spent, committed = (int(v or 0) for v in sums)
    left = allocated - spent - committed
    return {"year": year, "label": year_label(year), "allocated": allocated, "spent": spent,
            "committed": committed, "left": left,
            "text": {k: pounds(v) for k, v in (("allocated", allocated), ("spent", spent), ("committed", committed),
                                               ("left", left))}}


def categories():
    return SpendCategory.objects.filter(active=True)


def child_spends(child: Person, limit: int = 50):
    return Spend.objects.filter(child=child).select_related("category", "recorded_by", "sent_to", "answered_by")[:limit]


def waiting_for(user):
    """Requests waiting for this user's answer: those sent to them (a head of service is not shown every unit's
    requests: they look back on spending on the oversight page instead of approving each item). A restricted record
    the user is not named on is left out, as from every list."""
    return (Spend.objects.filter(status=SpendStatus.PENDING, sent_to=user)
            .exclude(child_id__in=restricted_person_ids_hidden_from(user))
            .select_related("child", "category", "recorded_by", "unit").order_by("recorded_at"))


def year_bounds(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 4, 1), dt.date(year + 1, 3, 31)


def budget_lines(unit: Unit, year: int):
    return BudgetLine.objects.filter(budget__unit=unit, budget__year=year).select_related("category")


@dataclass
class UnitUse:
    unit: Unit
    allocated: int = 0
    spent: int = 0
    committed: int = 0
    per_child: list[dict] = field(default_factory=list)  # {"child_id", "name", "total", "items", "outlier"}
    median: int = 0

    @property
    def left(self) -> int:
        return self.allocated - self.spent - self.committed

    @property
    def used_percent(self) -> int:
        return round(100 * (self.spent + self.committed) / self.allocated) if self.allocated else 0

    @property
    def outliers(self) -> list[dict]:
        return [c for c in self.per_child if c["outlier"]]


def oversight(unit_ids, year: int) -> list[UnitUse]:
    """Budget use across units, spend per child and outliers (above OUTLIER_TIMES times the unit's median per child,
    counting only children with any spend this year). Three queries whatever the number of units."""
    units = {u.pk: UnitUse(unit=u) for u in Unit.objects.filter(pk__in=unit_ids).order_by("name")}
    totals = (BudgetLine.objects.filter(budget__unit_id__in=units, budget__year=year).values("budget__unit_id")
              .annotate(allocated=Sum("amount_pence"), spent=Sum("spent_pence"), committed=Sum("committed_pence")))
    for row in totals:
        use = units[row["budget__unit_id"]]
        use.allocated, use.spent, use.committed = row["allocated"] or 0, row["spent"] or 0, row["committed"] or 0
    start, end = year_bounds(year)
    per_child = (Spend.objects.filter(unit_id__in=units, status__in=SPENT, spent_on__range=(start, end))
                 .values("unit_id", "child_id", "child__given_name", "child__family_name")
                 .annotate(total=Sum("amount_pence"), items=Count("id")).order_by("-total"))
    for row in per_child:
        units[row["unit_id"]].per_child.append({
            "child_id": row["child_id"], "name": f'{row["child__given_name"]} {row["child__family_name"]}',
            "total": row["total"], "items": row["items"], "outlier": False,
        })
    for use in units.values():
        if use.per_child:
            use.median = int(statistics.median(c["total"] for c in use.per_child))
            for c in use.per_child:
                c["outlier"] = len(use.per_child) >= 3 and c["total"] > OUTLIER_TIMES * use.median
    return list(units.values())


@dataclass
class Report:
    year: int
    rows: list[dict]  # unit, category, month, total (pence)

    @property
    def label(self) -> str:
        return year_label(self.year)

    def by(self, key: str) -> list[tuple[str, int]]:
        sums: dict = {}
        for r in self.rows:
            sums[r[key]] = sums.get(r[key], 0) + r["total"]
        return sorted(sums.items())

    @property
    def total(self) -> int:
        return sum(r["total"] for r in self.rows)


def _spent_by_month(unit_ids, year: int):
    start, end = year_bounds(year)
    return (Spend.objects.filter(unit_id__in=unit_ids, status__in=SPENT, spent_on__range=(start, end))
            .annotate(month=TruncMonth("spent_on")))


def _as_date(month) -> dt.date:
    return month.date() if isinstance(month, dt.datetime) else month


def report_rows(unit_ids, year: int):
    """Spend (authorised and approved) by unit, category, month and child for a financial year: an iterator of dicts."""
    qs = (_spent_by_month(unit_ids, year)
          .values("unit__name", "category__name", "month", "child_id", "child__given_name", "child__family_name")
          .annotate(total=Sum("amount_pence"))
          .order_by("unit__name", "category__name", "month", "child__family_name", "child__given_name", "child_id"))
    for r in qs.iterator(chunk_size=2000):
        yield {"unit": r["unit__name"], "category": r["category__name"], "month": _as_date(r["month"]), "child_id": r["child_id"],
               "child": f'{r["child__given_name"]} {r["child__family_name"]}', "total": r["total"]}


def report(unit_ids, year: int) -> Report:
    """The page's totals by unit, category and month: one grouped query, not a row per child (that is the CSV's)."""
    qs = (_spent_by_month(unit_ids, year).values("unit__name", "category__name", "month")
          .annotate(total=Sum("amount_pence")).order_by("unit__name", "category__name", "month"))
    return Report(year=year, rows=[{"unit": r["unit__name"], "category": r["category__name"], "month": _as_date(r["month"]),
                                    "total": r["total"]} for r in qs])


def years_with_budgets(unit_ids, today: dt.date) -> list[int]:
    years = set(Budget.objects.filter(unit_id__in=unit_ids).values_list("year", flat=True))
    years.add(financial_year(today))
    return sorted(years, reverse=True)
