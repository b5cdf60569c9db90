"""Generate and validate the SSDA903 return for the large synthetic authority (ALL data synthetic).

    DATABASE_URL=postgres://hearth@127.0.0.1:55432/postgres .venv/bin/python bench/bench_ssda903.py [--reuse]

Migrates the database, generates the large authority (generate_large_authority --children 50000 --flush-first; its
looked-after children and care leavers come with it, hearth/looked_after/demo.py), or keeps the data already there
with --reuse, then times the SSDA903: generation (the nine reads, the eleven tables, the CSV files zipped) and
validation (the DfE rules of hearth/returns/ssda903_rules.py) separately, with the process's peak resident memory
(getrusage: polars allocates outside Python, so tracemalloc would miss it) and how much it rose during the step.
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hearth.settings")
os.environ.setdefault("HEARTH_DEBUG", "0")
os.environ.setdefault("HEARTH_ALLOW_INSECURE_KEY", "1")

from bench_returns import Step, arguments, authority  # noqa: E402  (the same set-up, timing and memory as the other returns)


def main(argv: list[str] | None = None) -> int:
    args = arguments(__doc__, "collection year (default: the last ended)").parse_args(argv)
    if not authority(args, "bench_ssda903"):
        return 2
    from django.db import connection

    from hearth.looked_after.models import Episode
    from hearth.people.models import Person
    from hearth.returns import ssda903
    from hearth.returns.engine import errors as count_errors
    from hearth.returns.engine import run
    from hearth.returns.ssda903_rules import RULES

    year = args.year or ssda903.latest_year()
    print(f"{Person.objects.count()} people, {Episode.objects.count()} episodes of care. SSDA903 {year - 1}-{year}.")

    queries = len(connection.queries)
    with Step("SSDA903: generate (tables, CSV zip)"):
        ret = ssda903.generate(year)
        content = ret.zip()
    with Step("SSDA903: validate (DfE rules)"):
        findings = run(RULES, ret.frames)
    sizes = ", ".join(f"{name} {frame.height}" for name, frame in ret.frames.tables.items() if name != "history")
    errors = count_errors(findings)
    print(f"    {sizes}; {len(content) / 2**10:.0f} KB zipped")
    print(f"    {len(RULES)} rules: {errors} errors, {len(findings) - errors} queries; by rule: "
          + ", ".join(f"{code} {n}" for code, n in sorted(Counter(f.code for f in findings).items())))
    if connection.queries:  # only with DEBUG
        print(f"    {len(connection.queries) - queries} queries")
    total = sum(seconds for _label, seconds, _peak, _rise in Step.rows)
    print(f"Total {total:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
