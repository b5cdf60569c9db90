"""Pages for front-door workers: merge a duplicate record into a child's record, and undo a merge.

The worker must be allowed to open both records (hearth.access.gate): each is opened, and logged, through it.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import urlencode

from hearth.access.gate import NeedsReason, open_person, person_view
from hearth.core.errors import saved_by
from hearth.matching import selectors, services
from hearth.matching.forms import MergeForm, UndoForm
from hearth.matching.models import PersonMerge
from hearth.people.views import person_context


def _open_duplicate(user, pk: int):
    """(person, problem): the duplicate opened through the access gate, or why it cannot be."""
    try:
        return open_person(user, pk, action="open_for_merge"), ""
    except Http404:
        return None, "There is no record with this number"
    except NeedsReason:
        return None, "You cannot open this record yet: open it, giving your reason, then come back"
    except PermissionDenied:
        return None, "This record is restricted: only the staff named on it can merge it"


@person_view("open_merge_form")
def merge(request, person):
    form = MergeForm(request.POST or None, initial={"duplicate": request.GET.get("duplicate", "")})
    duplicate = None
    if request.method == "POST" and form.is_valid():
        duplicate, problem = _open_duplicate(request.user, form.cleaned_data["duplicate"])
        if problem:
            form.add_error("duplicate", problem)
        elif duplicate.pk == person.pk:
            form.add_error("duplicate", "Enter the number of another record: this is the record you are on")
            duplicate = None
        elif request.POST.get("confirm") == "yes":
            if saved_by(form, lambda: services.merge_people(actor=request.user, keep=person, duplicate=duplicate,
                                      reason=form.cleaned_data["reason"])):
                messages.success(request, f"Record {duplicate.pk} was merged into this record")
                return redirect("people:detail", pk=person.pk)
    context = person_context(person, "details")
    context.update(
        page_title=f"Merge a duplicate into {person.full_name}'s record",
        form=form, duplicate=duplicate if not form.errors else None,
        rows=list(zip(selectors.record_summary(person), selectors.record_summary(duplicate), strict=True))
        if duplicate is not None and not form.errors else [],
        merges=list(selectors.merges_of(person)),
    )
    return render(request, "matching/merge.html", context)


def undo(request, pk):
    merge = get_object_or_404(PersonMerge.objects.select_related("keep", "duplicate", "merged_by"), pk=pk)
    opened = []
    for person in (merge.keep, merge.duplicate):
        try:
            opened.append(open_person(request.user, person.pk, action="open_for_undo_merge", detail={"merge": merge.pk}))
        except NeedsReason:
            target = reverse("access:reason", kwargs={"pk": person.pk})
            return redirect(target + "?" + urlencode({"next": request.get_full_path()}))
    keep = opened[0]
    form = UndoForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if saved_by(form, lambda: services.undo_merge(actor=request.user, merge=merge, reason=form.cleaned_data["reason"])):
            messages.success(request, f"The merge was undone: record {merge.duplicate_id} is a separate record again")
            return redirect("people:detail", pk=keep.pk)
    context = person_context(keep, "details")
    context.update(page_title="Undo a merge", form=form, merge=merge)
    return render(request, "matching/undo.html", context)
