from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from hearth.access.gate import person_view
from hearth.access.services import visible_unit
from hearth.audit import services as audit
from hearth.cases import selectors, services
from hearth.cases.forms import DiscussionForm, RecordingForm
from hearth.cases.models import Case, UnitMeeting
from hearth.casework import services as casework
from hearth.casework.clocks import clocks_for_case, drifting_cases, unit_clocks
from hearth.casework.forms import ProposeClosureForm
from hearth.casework.models import TimescaleKey
from hearth.casework.settings import timescale
from hearth.core.errors import saved_by
from hearth.people.views import person_context
from hearth.units.models import Unit
from hearth.units.views import clock_lists


@person_view("open_recording_form")
def record(request, person):
    form = RecordingForm(request.POST or None, initial={"occurred_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        if saved_by(form, lambda: services.record_work(actor=request.user, child=person, **form.service_kwargs())):
            messages.success(request, "Recorded on the chronology")
            return redirect("people:detail", pk=person.pk)
    context = person_context(person, "record")
    context.update(page_title=f"Record work with {person.full_name}", form=form)
    return render(request, "cases/record.html", context)


def _unit_for(request, pk) -> Unit:
    return visible_unit(request.user, pk, to="open its meetings")


@require_POST
def start_meeting(request, pk):
    unit = _unit_for(request, pk)
    meeting = services.start_meeting(actor=request.user, unit=unit)
    return redirect("cases:meeting", pk=meeting.pk)


def meeting(request, pk):
    """The agenda: statutory clocks overdue and due this week, drifting cases (each can be proposed for closure
    in one step, with the reason), then every child the unit holds."""
    meeting = get_object_or_404(UnitMeeting.objects.select_related("unit"), pk=pk)
    _unit_for(request, meeting.unit_id)
    proposing, form = None, None
    if request.method == "POST":
        proposing, form = _propose_closure(request, meeting)
        if form is None:
            return redirect("cases:meeting", pk=meeting.pk)
    board, done = selectors.meeting_progress(meeting, user=request.user)
    audit.record(actor=request.user, action="view_unit_meeting", obj=meeting, detail={"children": len(board)})
    next_case = next((c for c in board if c.pk not in done), None)
    overdue, due_this_week = clock_lists(board, unit_clocks(meeting.unit, cases=board))
    return render(request, "cases/meeting.html", {
        "page_title": f"Unit meeting, {meeting.unit.name}", "meeting": meeting, "board": board, "done": done,
        "next_case": next_case, "active_nav": "board", "overdue": overdue, "due_this_week": due_this_week,
        "drifting": drifting_cases(meeting.unit), "proposing": proposing, "closure_form": form,
        "drift_timescale": str(timescale(TimescaleKey.DRIFT)),
    })


def _propose_closure(request, meeting):
    """Propose a drifting case for closure. Returns (case pk, form with errors), or (pk, None) once saved."""
    case = get_object_or_404(Case.objects.select_related("child"), pk=request.POST.get("case") or 0, unit=meeting.unit,
                             closed_on__isnull=True)
    form = ProposeClosureForm(request.POST, prefix=f"close-{case.pk}")
    if form.is_valid():
        if saved_by(form, lambda: casework.propose_closure(actor=request.user, case=case, reason=form.cleaned_data["reason"])):
            messages.success(request, f"Closure proposed for {case.child.full_name}")
            return case.pk, None
    return case.pk, form


def meeting_child(request, pk, case_pk):
    meeting = get_object_or_404(UnitMeeting.objects.select_related("unit"), pk=pk)
    _unit_for(request, meeting.unit_id)
    case = get_object_or_404(Case.objects.select_related("child"), pk=case_pk, unit=meeting.unit, closed_on__isnull=True)
    audit.record(actor=request.user, action="view_in_unit_meeting", person=case.child, obj=case, detail={"meeting": meeting.pk})
    members = list(selectors.current_members(meeting.unit))
    form = DiscussionForm(request.POST or None, members=members)
    existing = meeting.discussions.filter(case=case).first()
    if request.method == "POST" and existing is None and form.is_valid():
        if saved_by(form, lambda: services.record_discussion(actor=request.user, meeting=meeting, case=case,
                                       decision=form.cleaned_data["decision"], discussion=form.cleaned_data["discussion"],
                                       actions=form.actions())):
            messages.success(request, f"Decision for {case.child.full_name} added to their chronology")
            board, done = selectors.meeting_progress(meeting, user=request.user)
            following = next((c for c in board if c.pk not in done), None)
            if following:
                return redirect("cases:meeting-child", pk=meeting.pk, case_pk=following.pk)
            return redirect("cases:meeting", pk=meeting.pk)
    board, done = selectors.meeting_progress(meeting, user=request.user)
    position = next((i for i, c in enumerate(board, start=1) if c.pk == case.pk), None)
    row = next((c for c in board if c.pk == case.pk), None)
    return render(request, "cases/meeting_child.html", {
        "page_title": f"Unit meeting: {case.child.full_name}", "meeting": meeting, "case": case, "form": form,
        "existing": existing, "position": position, "total": len(board), "row": row,
        "recent": list(selectors.chronology(case.child)[:5]), "tasks": list(selectors.open_tasks(case)),
        "clocks": sorted((c for c in clocks_for_case(case) if c.is_open), key=lambda c: c.due_on),
        "active_nav": "board",
    })


@require_POST
def finish_meeting(request, pk):
    meeting = get_object_or_404(UnitMeeting, pk=pk)
    _unit_for(request, meeting.unit_id)
    if not meeting.finished_at:
        services.finish_meeting(actor=request.user, meeting=meeting)
        messages.success(request, "Unit meeting finished")
    return redirect("units:board", pk=meeting.unit_id)
