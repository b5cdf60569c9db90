"""The one gate every page and API call about a person goes through."""

from __future__ import annotations

from functools import wraps

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.http import urlencode

from hearth.access.services import decide
from hearth.audit import services as audit
from hearth.people.models import Person


class NeedsReason(Exception):
    def __init__(self, person: Person):
        self.person = person


def open_person(user, pk: int, *, action: str, detail: dict | None = None) -> Person:
    """Load a person for `user`, or refuse: every successful open is written to the audit log."""
    person = get_object_or_404(Person.objects.select_related("restriction"), pk=pk)  # decide reads it
    decision = decide(user, person)
    if decision.restricted and not decision.allowed:
        audit.record(actor=user, action="refused_restricted", person=person, object_type="people.person", object_id=pk)
        raise PermissionDenied("This record is restricted.")
    if not decision.allowed and not decision.needs_reason:  # a partner agency's account: no reason route
        audit.record(actor=user, action="refused_partner_user", person=person, object_type="people.person", object_id=pk)
        raise PermissionDenied("Partner agency accounts cannot open case records.")
    if not decision.allowed:
        raise NeedsReason(person)
    audit.record(actor=user, action=action, person=person, object_type="people.person", object_id=pk,
                 detail={"basis": decision.basis, **(detail or {})})
    return person


def person_view(action: str):
    """Decorate a view taking `pk`: it receives the opened person, or the user is asked for a reason."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, pk: int, *args, **kwargs):
            try:
                person = open_person(request.user, pk, action=action, detail={"path": request.path})
            except NeedsReason:
                return redirect(reverse("access:reason", kwargs={"pk": pk}) + "?" + urlencode({"next": request.get_full_path()}))
            return view(request, person, *args, **kwargs)

        return wrapper

    return decorator
