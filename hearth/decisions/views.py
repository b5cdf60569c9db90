from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from hearth.access.gate import person_view
from hearth.cases.sign_off import unit_people
from hearth.core.errors import posted, saved_by
from hearth.decisions import selectors, services
from hearth.decisions.forms import ConfirmForm, DecisionForm
from hearth.decisions.models import Decision
from hearth.people.views import person_context


def _people(case):
    """Who may be named as second person or panel chair: the unit's current members and its head of service, by name."""
    if case is None:
        return []
    active = {user.pk: user for _, user in unit_people(case.unit) if user.is_active}
    return sorted(active.values(), key=lambda u: (u.first_name, u.last_name))


@person_view("view_decisions")
def child(request, person):
    context = person_context(person, "decisions")
    case = context["case"]
    may_decide = services.may_decide_for(request.user, case)
    form = DecisionForm(posted(request), people=[u for u in _people(case) if u.pk != request.user.pk],
                        initial={"decided_on": timezone.localdate()})
    if request.method == "POST":
        if not may_decide:
            raise PermissionDenied("Only the unit holding the child, and its head of service, record its decisions.")
        if form.is_valid():
            saved = saved_by(form, lambda: services.record_decision(actor=request.user, child=person, **form.service_kwargs()))
            if saved:
                waiting = f": waiting for {saved.result.second_person}" if saved.result.second_person else ""
                messages.success(request, f"Decision recorded on the chronology{waiting}")
                return redirect("decisions:child", pk=person.pk)
    context.update(page_title=f"Decisions for {person.full_name}", form=form, may_decide=may_decide,
                   decisions=list(selectors.child_decisions(person)), rules=form.rules)
    return render(request, "decisions/child.html", context)


@person_view("view_decision")
def confirm(request, person, decision_pk):
    decision = get_object_or_404(Decision.objects.select_related("decided_by", "second_person"), pk=decision_pk, child=person)
    form = ConfirmForm(posted(request))
    if request.method == "POST" and form.is_valid():
        if saved_by(form, lambda: services.confirm_decision(actor=request.user, decision=decision, agree=form.yes,
                                                            note=form.cleaned_data["note"])):
            messages.success(request, "Your answer is on the chronology")
            return redirect("decisions:child", pk=person.pk)
    context = person_context(person, "decisions")
    context.update(page_title=f"Confirm a decision for {person.full_name}", decision=decision, form=form,
                   may_confirm=decision.second_person_id == request.user.pk and decision.status == "awaiting")
    return render(request, "decisions/confirm.html", context)
