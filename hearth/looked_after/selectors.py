"""Reads for looked-after children and care leavers: periods of care, the current placement, cost of care, and the
care-leaver category derived from the episodes and the date of birth (never typed)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Q
from django.utils import timezone

from hearth.core.workdays import add_months
from hearth.looked_after.codes import LegalStatus, ReasonEpisodeCeased, ReasonNewEpisode
from hearth.looked_after.models import CareApplication, Episode, MissingEpisode, PreProceedings

# Planned short breaks do not count towards the 13 weeks (domain.md §1.2; Care Planning, Placement and Case Review
# (England) Regulations 2010 reg 40 / Care Leavers (England) Regulations 2010 reg 3).
SHORT_BREAKS = {LegalStatus.V3, LegalStatus.V4}
ELIGIBLE_DAYS = 13 * 7


@dataclass(frozen=True)
class Period:
    """A period of care: episodes joined without a gap (each ending X1 on the day the next starts)."""

    episodes: tuple
    start: dt.date
    end: dt.date | None  # None while the child is looked after

    @property
    def is_open(self) -> bool:
        return self.end is None

    @property
    def current(self):
        return self.episodes[-1]

    @property
    def placement_start(self) -> dt.date:
        """The start of the current placement: the latest episode that began with a placement change (not L)."""
        return next(e.decom for e in reversed(self.episodes) if e.rne != ReasonNewEpisode.L)


def periods(episodes) -> list[Period]:
    """Episodes (any objects with decom, dec, rec) grouped into periods of care, oldest first."""
    found: list[list] = []
    for e in sorted(episodes, key=lambda e: e.decom):
        if found and found[-1][-1].rec == ReasonEpisodeCeased.X1 and found[-1][-1].dec == e.decom:
            found[-1].append(e)
        else:
            found.append([e])
    return [Period(tuple(p), p[0].decom, p[-1].dec) for p in found]


def episodes_for(child) -> list[Episode]:
    return list(Episode.objects.filter(child=child).order_by("decom", "id"))


def current_period(child) -> Period | None:
    found = periods(episodes_for(child))
    return found[-1] if found and found[-1].is_open else None


# --- missing episodes and proceedings (the Care page reads each once, for its history and for the steps offered) ----

RECENT_MISSING = 10  # the missing episodes the Care page lists


def recent_missing(child) -> list[MissingEpisode]:
    """The child's newest missing episodes, newest first."""
    return list(MissingEpisode.objects.filter(child=child).order_by("-mis_start")[:RECENT_MISSING])


def open_missing(child, recent: list[MissingEpisode] | None = None) -> MissingEpisode | None:
    """The missing episode the child is not back from yet (the newest, if more than one). Given recent_missing(), it
    reads nothing more unless all of those are closed and there are older ones."""
    if recent is not None:
        found = next((m for m in recent if m.mis_end is None), None)
        if found is not None or len(recent) < RECENT_MISSING:
            return found
    return MissingEpisode.objects.filter(child=child, mis_end__isnull=True).order_by("-mis_start").first()


def proceedings_for(child) -> tuple[list[PreProceedings], list[CareApplication]]:
    """Pre-proceedings (newest first) and care applications (newest first) on every case of the child."""
    return (list(PreProceedings.objects.filter(case__child=child).order_by("-started_on")),
            list(CareApplication.objects.filter(case__child=child).order_by("-issued_on")))


# --- cost of care -----------------------------------------------------------------------------------------------


def cost_of_episodes(episodes, start: dt.date, end: dt.date) -> Decimal:
    """Weekly costs pro rata for the days of [start, end] each episode covers (an episode covers decom to the day
    before dec: on DEC the next episode, or nothing, takes over)."""
    total = Decimal("0")
    stop = end + dt.timedelta(days=1)
    for e in episodes:
        first, last = max(e.decom, start), min(e.dec or stop, stop)
        if last > first:
            total += e.weekly_cost * (last - first).days / 7
    return total.quantize(Decimal("0.01"))


def _overlapping(start: dt.date, end: dt.date):
    return Episode.objects.filter(decom__lte=end).filter(Q(dec__isnull=True) | Q(dec__gt=start))


def cost_of_care_for_child(child, *, start: dt.date, end: dt.date) -> Decimal:
    return cost_of_episodes(_overlapping(start, end).filter(child=child), start, end)


def cost_of_care_for_unit(unit, *, start: dt.date, end: dt.date) -> dict:
    """{"total": Decimal, "children": {child_id: Decimal}} for the episodes held by the unit's cases (one query)."""
    by_child: dict[int, list] = {}
    for e in _overlapping(start, end).filter(case__unit=unit).only("child_id", "decom", "dec", "weekly_cost"):
        by_child.setdefault(e.child_id, []).append(e)
    children = {child_id: cost_of_episodes(eps, start, end) for child_id, eps in by_child.items()}
    return {"total": sum(children.values(), Decimal("0.00")), "children": children}


# --- care leavers ----------------------------------------------------------------------------------------------

ELIGIBLE = "eligible"
RELEVANT = "relevant"
FORMER_RELEVANT = "former_relevant"
QUALIFYING = "qualifying"
CATEGORY_LABELS = {ELIGIBLE: "Eligible", RELEVANT: "Relevant", FORMER_RELEVANT: "Former relevant", QUALIFYING: "Qualifying"}


def birthday(dob: dt.date, years: int) -> dt.date:
    return add_months(dob, 12 * years)  # 29 February births: 28 February in other years


def eligible_from(episodes, dob: dt.date, *, on: dt.date) -> dt.date | None:
    """The first day (up to `on`) the child was an eligible child: looked after, aged 16 or 17, and looked after for
    13 weeks in all since their 14th birthday, short breaks (V3, V4) excluded (domain.md §1.2; Children (Leaving
    Care) Act 2000 / CA 1989 Sch 2 para 19B: the 13 weeks began after 14 and ended after 16). None if never."""
    at14, at16, at18 = birthday(dob, 14), birthday(dob, 16), birthday(dob, 18)
    until = min(at18, on + dt.timedelta(days=1))
    counted = 0
    for e in sorted(episodes, key=lambda e: e.decom):
        if e.ls in SHORT_BREAKS:
            continue
        start, end = max(e.decom, at14), min(e.dec or until, until)
        if end <= start:
            continue
        candidate = max(start, at16, start + dt.timedelta(days=max(0, ELIGIBLE_DAYS - counted)))
        if candidate < end:
            return candidate
        counted += (end - start).days
    return None


def care_leaver_category(episodes, dob: dt.date | None, *, on: dt.date | None = None) -> str | None:
    """The care-leaver category on `on` (today by default), derived from the episodes and the date of birth.

    - eligible: looked after now, aged 16-17, and eligible_from() has been reached;
    - relevant: aged 16-17, no longer looked after, and was eligible before leaving care;
    - former relevant: aged 18 to 24 and was eligible (or relevant) before 18. The Act stops at 21 unless in
      education or training, but since the Children and Social Work Act 2017 every care leaver may have a personal
      adviser to 25 (domain.md §1.1 row 33), so Hearth keeps them in the category to 25;
    - qualifying: aged 16-20, looked after at some time after their 16th birthday, but never eligible (domain.md
      §1.2, for example a special guardianship order after a short period of care).
    None for anyone else (including a looked-after 16-year-old short of the 13 weeks).
    Not modelled: the relevant child detained or in hospital on their 16th birthday, and the return home for 6 months
    that ends a relevant child's status (record it as a contact with IN_TOUCH = RHOM; the return reads it there).
    """
    if dob is None:
        return None
    on = on or timezone.localdate()
    eps = list(episodes)
    if not eps:
        return None
    at16, at18, at21, at25 = (birthday(dob, n) for n in (16, 18, 21, 25))
    if on < at16 or on >= at25:
        return None
    in_care = any(e.decom <= on and (e.dec is None or e.dec > on) for e in eps)
    was_eligible = eligible_from(eps, dob, on=on) is not None
    if on < at18:
        if in_care:
            return ELIGIBLE if was_eligible else None
        if was_eligible:
            return RELEVANT
    elif was_eligible:
        return FORMER_RELEVANT
    after16 = any((e.dec is None or e.dec > at16) and e.decom <= on for e in eps)
    if after16 and on < at21 and not in_care:
        return QUALIFYING
    return None
