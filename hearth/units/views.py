from django.shortcuts import render

from hearth.access.services import visible_unit
from hearth.audit import services as audit
from hearth.cases import selectors
from hearth.casework.clocks import unit_clocks
from hearth.casework.views import clock_link
from hearth.frontdoor import selectors as front_door
from hearth.partners.selectors import recent_enquiries_for_unit
from hearth.spending.selectors import budget_summary


def board(request, pk):
    """The unit board: every child the unit holds, when last seen, and the next thing due."""
    unit = visible_unit(request.user, pk, to="see its board")
    rows = selectors.unit_board(unit, user=request.user, extra=front_door.board_columns())
    for c in rows:
        c.since_referral = front_door.seen_text(c.referral_received_on, c.referral_first_seen_on)
    audit.record(actor=request.user, action="view_unit_board", obj=unit, detail={"children": len(rows)})
    clocks = unit_clocks(unit, cases=rows)
    overdue, due_this_week = clock_lists(rows, clocks)
    return render(request, "units/board.html", {
        "page_title": f"{unit.name}: unit board", "unit": unit, "rows": rows,
        "members": list(selectors.current_members(unit)),
        "open_meeting": unit.meetings.filter(finished_at__isnull=True).first(),
        "partner_enquiries": recent_enquiries_for_unit(unit, user=request.user),
        "overdue": overdue, "due_this_week": due_this_week,
        "next_clock": {case_id: min((c for c in cs if c.is_open), key=lambda c: c.due_on, default=None)
                       for case_id, cs in clocks.items()},
        "budget": budget_summary(unit.pk),
        "active_nav": "board",
    })


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
