"""The validation rule engine shared by every return.

A rule is one small declarative entry (`Rule`): its DfE code, the module and field it checks, where the worker fixes
it, and a set-based `check` that takes the return's frames (polars DataFrames, one per module) and answers the rows
that break the rule, all at once: no Python loop per child per rule. Its message and severity come from the DfE rule
file (dfe/*.tsv): a code ending in Q is a query, any other an error.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import polars as pl

DFE = Path(__file__).resolve().parent / "dfe"
ERROR, QUERY = "error", "query"


@cache
def rule_messages(filename: str) -> dict[str, str]:
    """{code: message} from a DfE rule file (tab-separated code and message, no header)."""
    with open(DFE / filename, encoding="utf-8") as handle:
        return {row[0].strip(): row[1].strip() for row in csv.reader(handle, delimiter="\t") if row and row[0].strip()}


@dataclass(frozen=True)
class Rule:
    code: str
    module: str  # the frame the rule reports on (child, episode, assessment, ...) or "return" for the whole return
    field: str  # the DfE field whose value is shown
    check: Callable[[Frames], pl.DataFrame]  # the offending rows; they carry person_id and `field`
    fix: str = "statutory"  # where in Hearth it is fixed (see hearth.returns.links)
    message: str = ""
    severity: str = ERROR


def rule(code: str, module: str, field: str, where: Callable[[Frames], pl.Expr] | None = None,
         check: Callable[[Frames], pl.DataFrame] | None = None, fix: str = "statutory") -> Rule:
    """A rule: `where` filters the module's frame; `check` answers the offending rows itself (joins, groups)."""
    if where is not None:
        def check(f: Frames, where=where, module=module) -> pl.DataFrame:  # noqa: F811
            return f.tables[module].filter(where(f))
    return Rule(code, module, field, check, fix)


@dataclass
class Frames:
    """A return's data as frames, one per module, with the collection period."""

    tables: dict[str, pl.DataFrame]
    start: object  # dt.date
    end: object  # dt.date
    header: dict = field(default_factory=dict)
    # Last year's return, for the rules that compare with it: its Frames, or a function that builds them, called once,
    # the first time a rule asks (`last_year`), so building the tables alone never builds it. Validating does, and the
    # analysts' page and the download both validate (the file name counts the errors), so each builds last year's too.
    previous: Frames | Callable[[], Frames] | None = None
    # The tables as written in the files (every column text, with person_id), when the frames were read from files;
    # otherwise a return's own writer derives them (the format rules check the text, not the typed values).
    written: dict[str, pl.DataFrame] = field(default_factory=dict)

    def last_year(self) -> Frames | None:
        """Last year's return (built on first use), or None when there is none to compare with."""
        if callable(self.previous):
            self.previous = self.previous()
        return self.previous

    def __getattr__(self, name: str) -> pl.DataFrame:
        try:
            return self.__dict__["tables"][name]
        except KeyError as exc:
            raise AttributeError(name) from exc


@dataclass(frozen=True)
class Finding:
    code: str
    severity: str
    message: str
    person_id: int | None
    child: str  # the LAchildID shown in the return ("" for a finding about the whole return)
    field: str
    value: str
    fix: str


def frame(rows: list[dict], schema: dict) -> pl.DataFrame:
    """A module's rows as a typed frame: exactly the schema's columns, in its order (an empty frame when no rows)."""
    if not rows:
        return pl.DataFrame(schema=schema)
    return pl.DataFrame([{k: row.get(k) for k in schema} for row in rows], schema=schema, orient="row")


def ruleset(messages: dict[str, str], rules: Iterable[Rule]) -> list[Rule]:
    """The rules with their DfE message and severity filled in from the rule file (an unknown code is a bug)."""
    done = []
    for rule in rules:
        message = messages[rule.code]
        done.append(Rule(rule.code, rule.module, rule.field, rule.check, rule.fix, message,
                         QUERY if rule.code.endswith("Q") else ERROR))
    return done


def errors(findings: Iterable[Finding]) -> int:
    """How many of the findings are errors (queries do not count)."""
    return sum(1 for f in findings if f.severity == ERROR)


def filename(stem: str, year: int, errors: int, ext: str) -> str:
    """A return's file name for the collection year ending in March `year`: STEM_2025-26[_WITH_n_ERRORS].ext."""
    suffix = f"_WITH_{errors}_ERRORS" if errors else ""
    return f"{stem}_{year - 1}-{str(year)[2:]}{suffix}.{ext}"


def _show(value) -> str:
    if value is None:
        return "(blank)"
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value) or "(none)"
    return str(value)


def run(rules: Iterable[Rule], frames: Frames) -> list[Finding]:
    """Every finding of every rule, errors first, then by rule code and child."""
    findings: list[Finding] = []
    for rule in rules:
        hits = rule.check(frames)
        if hits.is_empty():
            continue
        people = hits["person_id"].to_list() if "person_id" in hits.columns else [None] * hits.height
        values = hits[rule.field].to_list() if rule.field in hits.columns else [None] * hits.height
        for person_id, value in zip(people, values, strict=True):
            findings.append(Finding(rule.code, rule.severity, rule.message, person_id,
                                    "" if person_id is None else str(person_id), rule.field, _show(value), rule.fix))
    findings = list(dict.fromkeys(findings))  # one finding per child, field and value, however many rows showed it
    findings.sort(key=lambda f: (f.severity != ERROR, f.code, f.person_id or 0))
    return findings
