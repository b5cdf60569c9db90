"""The returns Hearth produces, each with its period, its generator and its rules. A new return (the SSDA903 next)
is one more `ReturnKind` in RETURNS: the analysts' page, the downloads and the commands pick it up from here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from django.utils import timezone

from hearth.returns import annex_a, cin_census, ssda903
from hearth.returns.engine import ERROR, QUERY, Finding, errors


@dataclass
class Produced:
    content: bytes
    filename: str
    content_type: str
    findings: list[Finding] = field(default_factory=list)
    summary: str = ""

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == ERROR]

    @property
    def queries(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == QUERY]


@dataclass(frozen=True)
class ReturnKind:
    slug: str
    title: str
    description: str
    period_label: str
    period_hint: str
    default_period: Callable[[], str]
    parse_period: Callable[[str], object]  # raises ValueError with a message in plain words
    produce: Callable[[object], Produced]
    rules: int = 0


def _year(text: str) -> int:
    try:
        year = int(text)
    except ValueError:
        raise ValueError("Enter the year the collection ends as 4 digits, for example 2026") from None
    if not 2010 <= year <= timezone.localdate().year + 1:
        raise ValueError(f"Enter a year between 2010 and {timezone.localdate().year + 1}")
    return year


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError("Enter the inspection date as year-month-day, for example 2026-11-23") from None


def _count(n: int, one: str, many: str) -> str:
    return f"{n:,} {one if n == 1 else many}"


def _cin(year: int) -> Produced:
    census = cin_census.generate(year)
    findings = cin_census.validate(census)
    return Produced(census.xml, cin_census.filename(year, errors(findings)), "application/xml", findings,
                    f"{_count(census.children, 'child', 'children')}, {_count(len(census.tables.episodes), 'episode', 'episodes')}")


def _annex_a(on: dt.date) -> Produced:
    sheets = annex_a.build(on)
    rows = sum(len(s.rows) for s in sheets)
    return Produced(annex_a.workbook(sheets, on), annex_a.filename(on),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [], f"{_count(rows, 'row', 'rows')} in 11 lists")


def _cin_rules() -> int:
    from hearth.returns.cin_rules import RULES

    return len(RULES)


def _ssda903(year: int) -> Produced:
    ret = ssda903.generate(year)
    findings = ssda903.validate(ret)
    return Produced(ret.zip(), ssda903.filename(year, errors(findings)), "application/zip", findings,
                    f"{_count(ret.children, 'child', 'children')}, "
                    f"{_count(ret.frames.tables['episodes'].height, 'episode', 'episodes')}, 11 files")


def _ssda903_rules() -> int:
    from hearth.returns.ssda903_rules import RULES

    return len(RULES)


RETURNS: dict[str, ReturnKind] = {k.slug: k for k in [
    ReturnKind("cin-census", "Children in Need census", "The DfE census of children in need (XML), checked against the "
               "schema and the DfE validation rules for 2025-26.", "Collection year ending 31 March",
               "For example 2026 for April 2025 to March 2026", lambda: str(cin_census.latest_year()), _year, _cin,
               rules=_cin_rules()),
    ReturnKind("annex-a", "Ofsted Annex A", "Ofsted's child-level lists 1 to 11 for an inspection, as one workbook.",
               "Inspection date", "For example 2026-11-23", lambda: timezone.localdate().isoformat(), _date, _annex_a),
    ReturnKind("ssda903", "SSDA903 children looked after", "The DfE children looked after return (the CSV files, zipped), "
               "checked against the DfE validation rules for 2025-26.", "Year ending 31 March",  # not the census's label
               "For example 2026 for April 2025 to March 2026", lambda: str(ssda903.latest_year()), _year, _ssda903,
               rules=_ssda903_rules()),
]}
