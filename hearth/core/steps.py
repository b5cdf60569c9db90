"""Step pages: one short form per step of a child's work (casework's statutory steps, looked_after's care steps).

A step is: open the form from the child's page, save, and be back on that page with a success banner. An app gives
its steps (what each asks, when it applies, which service it calls) and how to read where the child stands; this
module does the rest once: the unknown step, the child with no open case, the step that does not apply as things
stand, the form, the save in one transaction (a ValidationError goes onto the form: nothing half-saved) and the page.
The app's view opens the child through the access gate (person_view) and hands over.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from django.contrib import messages
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone

from hearth.core.errors import posted, saved_by
from hearth.people.views import person_context


@dataclass(frozen=True)
class Step:
    slug: str
    title: str
    button: str
    form: type  # called as form(data, case=, person=, today=, **form_kwargs(state))
    save: Callable  # (user, state, cleaned data) -> success message
    available: Callable  # (state) -> bool: offered (and allowed to open) as things are now
    form_kwargs: Callable = lambda s: {}
    intro: str = ""
    needs_case: bool = True

    def done_url(self, state) -> str | None:
        """Where to go once saved, if not back to the page the steps belong to."""
        return None


@dataclass(frozen=True)
class StepPages:
    """An app's steps and the page they belong to."""

    steps: dict[str, Step]
    state_for: Callable  # (person) -> the app's state: what its steps need to know, with .case (open case or None)
    back: str  # the URL name (taking pk) of the page the steps are offered on and return to
    section: str  # the person sub-navigation item the step pages sit under
    caption: str  # above the step's title
    context: Callable = field(default=lambda step, state: {})  # more for the form's page

    def respond(self, request, person, slug: str):
        """The step's page for a person already opened through the access gate: GET shows the form, POST saves."""
        page = self.steps.get(slug)
        if page is None:
            raise Http404("No such step")
        state = self.state_for(person)
        back = reverse(self.back, kwargs={"pk": person.pk})
        if page.needs_case and state.case is None:
            messages.info(request, f"{person.full_name} has no open case")
            return redirect(back)
        if not page.available(state):
            messages.info(request, f"“{page.title}” does not apply to {person.full_name} as things stand")
            return redirect(back)
        form = page.form(posted(request), case=state.case, person=person, today=timezone.localdate(), **page.form_kwargs(state))
        if form.is_bound and form.is_valid():
            saved = saved_by(form, lambda: _save(page, request.user, state, form.cleaned_data))
            if saved:
                messages.success(request, saved.result)
                return redirect(page.done_url(state) or back)
        context = person_context(person, self.section)
        context.update(page_title=f"{page.title}: {person.full_name}", step=page, form=form, caption=self.caption, back_url=back,
                       **self.context(page, state))
        return render(request, "core/step.html", context)


def _save(page: Step, user, state, data) -> str:
    with transaction.atomic():  # a step may call two services (say, primary need, then the step): all or nothing
        return page.save(user, state, data)
