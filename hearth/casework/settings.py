"""The authority's timescales and step policies, read fresh from the database (no process-wide cache to go stale).

A missing row (say, a test database flushed after migrating) falls back to the national default.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hearth.casework.models import NATIONAL_DEFAULTS, StepPolicy, TimescaleSetting
from hearth.core.workdays import add_period


@dataclass(frozen=True)
class Timescale:
    key: str
    value: int
    unit: str

    def due(self, start: dt.date) -> dt.date:
        return add_period(start, self.value, self.unit)

    def __str__(self) -> str:
        unit = {"working_days": "working days", "days": "days", "months": "months"}[self.unit]
        return f"{self.value} {unit}"


def timescales() -> dict[str, Timescale]:
    """Every timescale in one query (for the board and the clocks of many cases)."""
    found = {key: Timescale(str(key), value, str(unit)) for key, (value, unit, _source) in NATIONAL_DEFAULTS.items()}
    for key, value, unit in TimescaleSetting.objects.values_list("key", "value", "unit"):
        found[key] = Timescale(key, value, unit)
    return found


def timescale(key: str) -> Timescale:
    row = TimescaleSetting.objects.filter(key=key).values_list("value", "unit").first()
    if row is not None:
        return Timescale(str(key), row[0], row[1])
    value, unit, _source = NATIONAL_DEFAULTS[key]
    return Timescale(str(key), value, str(unit))


def needs_second_person(step: str) -> bool:
    return StepPolicy.objects.filter(step=step, needs_second_person=True).exists()
