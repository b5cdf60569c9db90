"""Generate and validate the statutory returns for the large synthetic authority (ALL data synthetic).

    DATABASE_URL=postgres://hearth@127.0.0.1:55432/postgres .venv/bin/python bench/bench_returns.py [--reuse]

Migrates the database, generates the large authority (generate_large_authority --children 50000 --flush-first, with
its statutory history), or keeps the data already there with --reuse, then times the CIN census (derive the items and
write the XML; then check it against the schema and the 109 DfE rules) and Ofsted's Annex A (derive the eleven lists
and write the workbook; it has no DfE rules). Prints seconds and memory for generation and validation separately:
the process's peak resident memory (getrusage; polars and lxml allocate outside Python, so tracemalloc would miss
them) and how much it rose during the step. Goal (with the SSDA903 later): everything under 60 seconds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hearth.settings")
os.environ.setdefault("HEARTH_DEBUG", "0")
os.environ.setdefault("HEARTH_ALLOW_INSECURE_KEY", "1")

GOAL_S = 60.0


def _rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Step:
    rows: list[tuple[str, float, float, float]] = []

    def __init__(self, label: str):
        self.label = label

    def __enter__(self):
        self.before, self.started = _rss_mb(), time.perf_counter()
        return self

    def __exit__(self, *exc):
        seconds = time.perf_counter() - self.started
        Step.rows.append((self.label, seconds, _peak_mb(), _rss_mb() - self.before))
        print(f"  {self.label:<34} {seconds:7.2f} s   peak RSS {_peak_mb():7.0f} MB   rise {_rss_mb() - self.before:+7.0f} MB",
              flush=True)


def arguments(doc: str, year_help: str) -> argparse.ArgumentParser:
    """The options every returns bench takes: the authority's size, --reuse, --today and the collection year."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--children", type=int, default=50_000)
    parser.add_argument("--reuse", action="store_true", help="keep the data already in the database")
    parser.add_argument("--today", default=None, help="the date the authority is generated for (YYYY-MM-DD)")
    parser.add_argument("--year", type=int, default=None, help=year_help)
    return parser


def authority(args, bench: str) -> bool:
    """Set Django up on PostgreSQL, migrate and generate the large authority (or keep it with --reuse). False, with a
    message, when DATABASE_URL is not PostgreSQL."""
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        print(f"{bench} needs PostgreSQL: set DATABASE_URL=postgres://...", file=sys.stderr)
        return False

    import django
    from django.core.management import call_command

    django.setup()
    from hearth.people.models import Person

    call_command("migrate", verbosity=0)
    if not (args.reuse and Person.objects.exists()):
        started = time.perf_counter()
        extra = ["--today", args.today] if args.today else []
        call_command("generate_large_authority", "--children", str(args.children), "--flush-first", *extra, verbosity=0)
        print(f"Generated the authority ({args.children} children) in {time.perf_counter() - started:.0f} s")
    return True


def main(argv: list[str] | None = None) -> int:
    parser = arguments(__doc__, "CIN collection year (default: the last ended)")
    parser.add_argument("--date", default=None, help="Annex A inspection date (default: today)")
    args = parser.parse_args(argv)
    if not authority(args, "bench_returns"):
        return 2
    from django.utils import timezone

    from hearth.people.models import Person
    from hearth.returns import annex_a, cin_census, ssda903
    from hearth.returns.cin_rules import RULES
    from hearth.returns.engine import errors as count_errors
    from hearth.returns.engine import run

    year = args.year or cin_census.latest_year()
    on = dt.date.fromisoformat(args.date) if args.date else timezone.localdate()
    print(f"{Person.objects.count()} people. CIN census {year - 1}-{year}; Annex A for {on:%d/%m/%Y}.")

    with Step("CIN census: generate (items, XML)"):
        tables = cin_census.extract(year)
        xml = cin_census.to_xml(tables, year)
    with Step("CIN census: validate (XSD, rules)"):
        root = cin_census._parse(xml)
        findings = cin_census.schema_findings(xml, root) + run(RULES, cin_census.frames(tables, year,
                                                                                         header=cin_census.header_of(root)))
    errors = count_errors(findings)
    print(f"    {len(tables.children)} children, {len(tables.episodes)} episodes, {len(xml) / 2**20:.1f} MB of XML; "
          f"{len(RULES)} rules: {errors} errors, {len(findings) - errors} queries")
    with Step("Annex A: generate (lists, workbook)"):
        sheets = annex_a.build(on)
        book = annex_a.workbook(sheets, on)
    with Step("Annex A: validate (no DfE rules)"):
        pass
    print(f"    {sum(len(s.rows) for s in sheets)} rows in 11 lists, {len(book) / 2**20:.1f} MB")
    with Step("SSDA903: generate (tables, CSV zip)"):
        ret903 = ssda903.generate(year)
        archive = ret903.zip()
    with Step("SSDA903: validate (rules)"):
        findings903 = ssda903.validate(ret903)
    errors903 = count_errors(findings903)
    print(f"    {ret903.children} children, {ret903.frames.tables['episodes'].height} episodes, {len(archive) / 2**20:.1f} MB zipped; "
          f"{errors903} errors, {len(findings903) - errors903} queries")
    total = sum(seconds for _label, seconds, _peak, _rise in Step.rows)
    print(f"Total {total:.1f} s for the CIN census, the SSDA903 and Annex A (goal {GOAL_S:.0f} s): "
          f"{'met' if total < GOAL_S else 'MISSED'}")
    return 0 if total < GOAL_S else 1


if __name__ == "__main__":
    sys.exit(main())
