"""The team around the child and information sharing, on the child's record.

Everyone reaches these pages through the access gate (person_view). Only members of the unit holding the
child's open case may change them: others who can open the record see it read-only.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from hearth.access.gate import person_view
from hearth.access.services import member_unit_ids
from hearth.cases.selectors import open_case_for
from hearth.core.errors import posted, saved_by
from hearth.partners import selectors, services
from hearth.partners.forms import EndInvolvementForm, InvolvementForm, RecordShareForm, RequestInformationForm, ResponseForm
from hearth.partners.models import InformationShare, Involvement, ShareDirection, ShareStatus
from hearth.people.views import person_context

NOT_EDITOR = "Only members of the unit holding this child's case can change the team around the child."


def can_edit(user, person) -> bool:
    case = open_case_for(person)
    return case is not None and case.unit_id in member_unit_ids(user)


def _require_editor(request, person):
    if not can_edit(request.user, person):
        raise PermissionDenied(NOT_EDITOR)


def _page(request, person, template: str, title: str, **extra):
    context = person_context(person, "team")
    context.update(page_title=title, **extra)
    return render(request, template, context)


@person_view("view_team_around_child")
def team(request, person):
    current, past = selectors.team_around(person)
    return _page(request, person, "partners/team.html", f"Team around {person.full_name}",
                 current=current, past=past, shares=selectors.information_shares(person),
                 can_edit=can_edit(request.user, person))


@person_view("open_involvement_form")
def add_involvement(request, person):
    _require_editor(request, person)
    form = InvolvementForm(posted(request))
    if request.method == "POST" and form.is_valid():
        if saved_by(form, lambda: services.record_involvement(actor=request.user, person=person, **form.service_kwargs())):
            messages.success(request, "Professional added to the team around the child")
            return redirect("partners:team", pk=person.pk)
    return _page(request, person, "partners/involvement_form.html", f"Add a professional for {person.full_name}",
                 form=form, involvement=None)


@person_view("open_involvement_form")
def change_involvement(request, person, involvement_pk: int):
    _require_editor(request, person)
    involvement = get_object_or_404(Involvement, pk=involvement_pk, person=person)
    initial = {name: getattr(involvement, name) for name in (
        "role", "professional_name", "organisation_name", "phone", "email", "started_on")}
    initial["organisation"] = involvement.organisation_id
    form = InvolvementForm(posted(request), initial=initial)
    if request.method == "POST" and form.is_valid():
        if saved_by(form, lambda: services.update_involvement(actor=request.user, involvement=involvement, **form.service_kwargs())):
            messages.success(request, "Professional's details changed")
            return redirect("partners:team", pk=person.pk)
    return _page(request, person, "partners/involvement_form.html", f"Change a professional for {person.full_name}",
                 form=form, involvement=involvement)


@person_view("open_end_involvement_form")
def end_involvement(request, person, involvement_pk: int):
    _require_editor(request, person)
    involvement = get_object_or_404(Involvement, pk=involvement_pk, person=person)
    form = EndInvolvementForm(posted(request), initial={"ended_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        ended_on = form.cleaned_data["ended_on"]
        if saved_by(form, lambda: services.end_involvement(actor=request.user, involvement=involvement, ended_on=ended_on)):
            messages.success(request, "Professional moved to past members of the team")
            return redirect("partners:team", pk=person.pk)
    return _page(request, person, "partners/end_involvement.html", f"A professional stops working with {person.full_name}",
                 form=form, involvement=involvement)


@person_view("open_request_information_form")
def request_information(request, person):
    _require_editor(request, person)
    form = RequestInformationForm(posted(request))
    if request.method == "POST" and form.is_valid():
        if saved_by(form, lambda: services.request_information(actor=request.user, person=person, **form.service_kwargs())):
            messages.success(request, "Request recorded on the chronology")
            return redirect("partners:team", pk=person.pk)
    return _page(request, person, "partners/request_information.html", f"Ask a partner about {person.full_name}", form=form)


@person_view("open_record_share_form")
def record_share(request, person):
    _require_editor(request, person)
    form = RecordShareForm(posted(request), initial={"shared_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        if saved_by(form, lambda: services.record_share(actor=request.user, person=person, **form.service_kwargs())):
            messages.success(request, "Information sharing recorded on the chronology")
            return redirect("partners:team", pk=person.pk)
    return _page(request, person, "partners/record_share.html", f"Record information shared about {person.full_name}",
                 form=form)


@person_view("open_information_response_form")
def record_response(request, person, share_pk: int):
    _require_editor(request, person)
    share = get_object_or_404(InformationShare.objects.select_related("organisation"), pk=share_pk, person=person,
                              direction=ShareDirection.REQUESTED)
    form = ResponseForm(posted(request), initial={"responded_on": timezone.localdate()})
    if request.method == "POST" and share.status == ShareStatus.AWAITING and form.is_valid():
        if saved_by(form, lambda: services.record_response(actor=request.user, share=share, **form.service_kwargs())):
            messages.success(request, "Reply recorded on the chronology")
            return redirect("partners:team", pk=person.pk)
    return _page(request, person, "partners/record_response.html", f"Record a partner's reply about {person.full_name}",
                 form=form, share=share)
