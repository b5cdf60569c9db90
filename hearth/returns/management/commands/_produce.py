"""What the returns' commands share: produce a return, write it, print its findings."""

from __future__ import annotations

import time
from pathlib import Path

from django.core.management.base import CommandError

from hearth.returns.engine import Finding
from hearth.returns.registry import RETURNS


def produce(command, slug: str, period: str, out: str | None) -> None:
    kind = RETURNS[slug]
    try:
        value = kind.parse_period(period)
    except ValueError as exc:
        raise CommandError(str(exc)) from None
    started = time.perf_counter()
    produced = kind.produce(value)
    path = Path(out or produced.filename)
    path.write_bytes(produced.content)
    command.stdout.write(f"Wrote {path} ({len(produced.content):,} bytes; {produced.summary}) in {time.perf_counter() - started:.1f}s")
    command.stdout.write(f"Findings: {len(produced.errors)} errors, {len(produced.queries)} queries")
    first(command, produced.findings, more=" (see the analysts' page, /returns/)")


def first(command, findings: list[Finding], more: str = "", shown: int = 20) -> None:
    """Print the first findings, one a line, and how many more there are."""
    for finding in findings[:shown]:
        command.stdout.write(f"  {finding.code} {finding.severity} child {finding.child or '-'} {finding.field}={finding.value}: "
                             f"{finding.message}")
    if len(findings) > shown:
        command.stdout.write(f"  ... and {len(findings) - shown} more{more}")
