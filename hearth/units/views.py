from dataclasses import dataclass

from django.shortcuts import render
from django.utils import timezone

from hearth.access.services import visible_unit
from hearth.audit import services as audit
from hearth.cases import selectors
from hearth.cases.models import CaseStatus
from hearth.casework.clocks import unit_clocks
from hearth.casework.views import clock_link
from hearth.core.jinja import days_ago, govuk_date, url
from hearth.frontdoor import selectors as front_door
from hearth.partners.selectors import recent_enquiries_for_unit
from hearth.spending.selectors import budget_summary


def board(request, pk):
    """The unit board: every child the unit holds, when last seen, and the next thing due."""
    unit = visible_unit(request.user, pk, to="see its board")
    cases = selectors.unit_board(unit, user=request.user, extra=front_door.board_columns())
    audit.record(actor=request.user, action="view_unit_board", obj=unit, detail={"children": len(cases)})
    clocks = unit_clocks(unit, cases=cases)
    overdue, due_this_week = clock_lists(cases, clocks)
    today = timezone.localdate()
    return render(request, "units/board.html", {
        "page_title": f"{unit.name}: unit board", "unit": unit,
        "rows": [_board_row(c, clocks.get(c.pk, ()), today) for c in cases],
        "members": list(selectors.current_members(unit)),
        "open_meeting": unit.meetings.filter(finished_at__isnull=True).first(),
        "partner_enquiries": recent_enquiries_for_unit(unit, user=request.user),
        "overdue": overdue, "due_this_week": due_this_week,
        "budget": budget_summary(unit.pk),
        "active_nav": "board",
    })


@dataclass(frozen=True)
class BoardRow:
    """One child's row on the board, its words worked out here rather than in the template: the board has dozens of
    rows, and each attribute lookup and filter in a template's loop cost several times the same in Python."""

    child_name: str
    child_href: str
    record_href: str
    status: str
    last_seen: str
    since_referral: str  # "seen after 3 days", or "" without a referral
    next_due: list[tuple[bool, str]]  # (overdue, words) for each thing due; none: "Nothing due"


_STATUS = dict(CaseStatus.choices)


def _board_row(case, clocks, today) -> BoardRow:
    due = []
    if case.next_due_on:
        due.append((case.next_due_on < today, f"{govuk_date(case.next_due_on, 'short')}: {case.next_due_text}"))
    if case.icpc_due_on:  # the front door's date stands for the conference clock
        due.append((False, f"Initial child protection conference due by {govuk_date(case.icpc_due_on, 'short')}"))
    clock = min((c for c in clocks if c.is_open), key=lambda c: c.due_on, default=None)
    if clock is not None and not (clock.key == "icpc" and case.icpc_due_on):
        due.append((clock.status == "overdue", f"{govuk_date(clock.due_on, 'short')}: {clock.label.lower()}"))
    return BoardRow(
        child_name=case.child.full_name, child_href=url("people:detail", pk=case.child_id),
        record_href=url("cases:record", pk=case.child_id), status=_STATUS.get(case.status, case.status),
        last_seen=days_ago(case.last_seen_on, today),
        since_referral=front_door.seen_text(case.referral_received_on, case.referral_first_seen_on, today).lower(),
        next_due=due,
    )


def clock_lists(cases, clocks_by_case: dict) -> tuple[list[dict], list[dict]]:
    """The unit's overdue and due-this-week statutory clocks, soonest first, each with the step that stops it."""
    by_pk = {c.pk: c for c in cases}
    overdue, due_this_week = [], []
    for case_id, clocks in clocks_by_case.items():
        case = by_pk.get(case_id)
        if case is None:
            continue
        for clock in clocks:
            if clock.status not in ("overdue", "due_this_week"):
                continue
            href, text = clock_link(case.child_id, clock)
            row = {"case": case, "clock": clock, "href": href, "text": text}
            (overdue if clock.status == "overdue" else due_this_week).append(row)
    overdue.sort(key=lambda r: r["clock"].due_on)
    due_this_week.sort(key=lambda r: r["clock"].due_on)
    return overdue, due_this_week
