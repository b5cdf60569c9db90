from django import forms
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme

from hearth.access import services
from hearth.access.gate import person_view
from hearth.audit.models import AuditEvent
from hearth.core.errors import saved_by
from hearth.people.models import Person
from hearth.people.views import person_context


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label="Why do you need to open this record?", widget=forms.Textarea(attrs={"rows": 4}),
        help_text="The unit that holds this child will see your name and your reason.",
        error_messages={"required": "Enter why you need to open this record"},
    )


def _onward(next_url: str, pk: int):
    return redirect(next_url) if next_url else redirect("people:detail", pk=pk)


def reason(request, pk):
    person = get_object_or_404(Person, pk=pk)
    decision = services.decide(request.user, person)
    if decision.restricted and not decision.allowed:
        raise PermissionDenied("This record is restricted: only the staff named on it can open it.")
    if not decision.allowed and not decision.needs_reason:
        raise PermissionDenied("Partner agency accounts cannot open case records.")
    next_url = request.POST.get("next") or request.GET.get("next") or ""
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = ""
    if decision.allowed:
        return _onward(next_url, pk)
    form = ReasonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if saved_by(form, lambda: services.open_with_reason(user=request.user, person=person, reason=form.cleaned_data["reason"])):
            return _onward(next_url, pk)
    # Only the name is shown before a reason is given: enough to be sure it is the right person.
    return render(request, "access/reason.html", {"page_title": "Give a reason to open this record",
                                                  "person": person, "form": form, "next": next_url})


ACTION_LABELS = {
    "view_chronology": "Viewed the record",
    "view_family": "Viewed the family",
    "view_access_history": "Viewed the access history",
    "open_recording_form": "Opened the recording form",
    "record_work": "Recorded work",
    "open_with_reason": "Opened from outside the unit",
    "view_in_unit_meeting": "Discussed in the unit meeting",
    "record_unit_decision": "Recorded a unit meeting decision",
    "refused_restricted": "Was refused: restricted record",
    "create": "Created the record",
    "api_view": "Read through the API",
    "api_record_work": "Recorded work through the API",
    "api_open_recording": "Opened recording through the API",
    "view_details": "Viewed the details",
    "update_person": "Changed the details",
    "add_name": "Added a name",
    "add_address": "Recorded a new address",
    "add_relationship": "Added a relationship",
    "add_warning": "Added a warning",
    "end_warning": "Ended a warning",
    "open_add_warning_form": "Opened the warning form",
    "open_case": "Opened a case",
    "view_team_around_child": "Viewed the team around the child",
    "record_involvement": "Added a professional",
    "update_involvement": "Changed a professional's details",
    "end_involvement": "Ended a professional's involvement",
    "request_information": "Asked a partner agency for information",
    "record_information_response": "Recorded a partner agency's answer",
    "record_information_share": "Shared information with a partner agency",
    "partner_status_enquiry": "A partner agency asked about this child",
    "refused_partner_user": "Was refused: partner agency account",
    "receive_referral": "Referral received",
    "view_referral": "Viewed a referral",
    "confirm_referral_match": "Confirmed who a referral is about",
    "front_door_decision": "Front door decision",
    "open_strategy_form": "Opened the strategy discussion form",
    "record_strategy_discussion": "Recorded a strategy discussion",
    "merge_people": "Merged a duplicate record into this one",
    "merged_away": "Merged into another record",
    "undo_merge": "Undid a merge",
    "unmerged": "Restored from a merge",
    "redaction_started": "Started a redaction (subject access or review)",
    "redaction_added": "Added a redaction",
    "redaction_exported": "Exported a redacted document",
    "read_pseudonym_key": "Read a review's pseudonym key",
    "refused_pseudonym_key": "Was refused: a review's pseudonym key",
    "refused_redaction": "Was refused: redaction",
    "open_spend_request": "Opened to answer a spend request",
    "open_for_adoption": "Opened to record an adoption match or placement",
}


@person_view("view_access_history")
def history(request, person):
    events = AuditEvent.objects.filter(person_id=person.pk).select_related("actor").order_by("-seq")[:200]
    context = person_context(person, "access")
    context.update(page_title=f"Access history for {person.full_name}", events=events, labels=ACTION_LABELS)
    return render(request, "access/history.html", context)
