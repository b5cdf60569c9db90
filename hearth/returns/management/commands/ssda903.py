"""Write the SSDA903 CSV files for a collection year into a folder, checked against the DfE rules, and print the findings."""

import time
from pathlib import Path

import polars as pl
from django.core.management.base import BaseCommand, CommandError

from hearth.returns import engine, ssda903
from hearth.returns.management.commands._produce import first
from hearth.returns.registry import RETURNS


class Command(BaseCommand):
    help = ("Write the SSDA903 children looked after return (the DfE CSV files) for a collection year "
            "(e.g. --year 2026 for April 2025 to March 2026) into a folder and print its findings.")

    def add_arguments(self, parser):
        parser.add_argument("--year", type=int, default=None, help="the year the collection ends (31 March); default the last ended")
        parser.add_argument("--out", default=None, help="the folder to write the files to; default SSDA903_<years>/")
        parser.add_argument("--previous", default=None,
                            help="the folder of last year's files as sent, for the rules that compare with last year's return; "
                                 "default last year's return derived from the records as they stand now")

    def handle(self, *args, year=None, out=None, previous=None, **options):
        try:  # the same years as the analysts' page
            year = RETURNS["ssda903"].parse_period(str(year or ssda903.latest_year()))
        except ValueError as exc:
            raise CommandError(str(exc)) from None
        if previous:
            header = Path(previous) / "header.csv"
            if not header.is_file():
                raise CommandError(f"{previous} has no header.csv: give the folder of last year's SSDA903 files")
            # from_files reads a missing column as blank: without CHILD no row is anyone's and the comparisons say nothing.
            columns = header.read_bytes().removeprefix(b"\xef\xbb\xbf").split(b"\n")[0].decode("utf-8", "replace").split(",")
            if "CHILD" not in [col.strip().strip('"') for col in columns]:
                raise CommandError(f"{header} has no CHILD column: give the folder of last year's SSDA903 files as Hearth wrote them")
        started = time.perf_counter()
        ret = ssda903.generate(year, Path(previous) if previous else None)
        if previous:
            try:  # read last year's files now (the rules would on first use) to answer one that cannot be read in plain words
                ret.frames.last_year()
            except (pl.exceptions.PolarsError, OSError) as exc:
                raise CommandError(f"Could not read last year's SSDA903 files in {previous} ({exc}): give the files as Hearth "
                                   "wrote them, CSV in UTF-8") from None
        findings = ssda903.validate(ret)
        errors = engine.errors(findings)
        folder = Path(out or ssda903.filename(year, errors).removesuffix(".zip"))
        folder.mkdir(parents=True, exist_ok=True)
        for filename, content in ret.csv().items():
            (folder / filename).write_bytes(content)
        self.stdout.write(f"Wrote {len(ssda903.COLUMNS)} files to {folder}/ ({ret.children:,} children, "
                          f"{ret.frames.tables['episodes'].height:,} episodes) in {time.perf_counter() - started:.1f}s")
        self.stdout.write(f"Findings: {errors} errors, {len(findings) - errors} queries"
                          + (" (the return has errors: fix them before sending it)" if errors else ""))
        first(self, findings)
