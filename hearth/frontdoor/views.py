"""Front-door pages: the board, a referral (match and decision on one page), a staff contact, the strategy
discussion, and the partner agencies' referral form with its confirmation."""

from __future__ import annotations

import hashlib
import json
from functools import wraps

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone

from hearth.access.services import visible_unit_ids
from hearth.audit import services as audit
from hearth.core import idempotency
from hearth.core.errors import apply_validation_error
from hearth.frontdoor import selectors, services
from hearth.frontdoor.forms import ContactForm, DecisionForm, PartnerReferralForm, StrategyForm
from hearth.frontdoor.models import Channel, MatchStatus, Referral


def front_door_only(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not selectors.is_front_door_worker(request.user):
            raise PermissionDenied("Only front door (MASH) staff can open the front door's pages.")
        return view(request, *args, **kwargs)

    return wrapper


def partner_only(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        organisation = selectors.partner_organisation(request.user)
        if organisation is None:
            raise PermissionDenied("This form is for partner agencies. Staff record a contact from the front door.")
        return view(request, organisation, *args, **kwargs)

    return wrapper


@front_door_only
def board(request):
    """Every open referral with its clock, most urgent first, and what was decided today."""
    now = timezone.now()
    rows = [(r, selectors.clock(r, now)) for r in selectors.open_referrals()]
    decided = list(selectors.decided_on(timezone.localdate()))
    audit.record(actor=request.user, action="view_front_door_board", detail={"open": len(rows), "decided_today": len(decided)})
    return render(request, "frontdoor/board.html", {
        "page_title": "Front door", "rows": rows, "decided": decided, "overdue": sum(1 for _, c in rows if c.overdue),
        "seen_text": selectors.seen_text, "active_nav": "front_door",
    })


def _referral_context(request, referral: Referral, form: DecisionForm) -> dict:
    candidates = selectors.candidates(referral) if referral.match_status == MatchStatus.AWAITING_WORKER else []
    seen_on = selectors.child_first_seen_on(referral)
    return {
        "page_title": f"Referral {referral.reference}: {referral.child_name}", "referral": referral,
        "candidates": candidates, "form": form, "clock": selectors.clock(referral),
        "seen": selectors.seen_text(timezone.localtime(referral.received_at).date(), seen_on) if referral.decided_at else "",
        "strategy": list(referral.strategy_discussions.prefetch_related("attendees", "actions")),
        "open_case": referral.person.cases.filter(closed_on__isnull=True).select_related("unit").first() if referral.person_id else None,
        "active_nav": "front_door",
    }


@front_door_only
def referral(request, pk):
    """The referral, the match (candidates side by side, when a worker must choose) and the decision, on one page."""
    referral = get_object_or_404(Referral.objects.select_related("organisation", "person", "decided_by", "allocated_unit"), pk=pk)
    candidates = list(referral.candidates.select_related("person"))
    needs_match = referral.person_id is None
    form = DecisionForm(request.POST or None, candidates=candidates, needs_match=needs_match)
    if request.method == "POST" and referral.decided_at is None and form.is_valid():
        match_only = request.POST.get("action") == "match"
        chosen, person = form.chosen_person()
        try:
            with transaction.atomic():
                if needs_match and chosen:
                    services.confirm_match(actor=request.user, referral=referral, person=person)
                if not match_only:
                    services.decide(actor=request.user, referral=referral, decision=form.cleaned_data["decision"],
                                    reason=form.cleaned_data["reason"], advice=form.cleaned_data["advice"])
        except ValidationError as exc:
            apply_validation_error(form, exc)
        else:
            referral.refresh_from_db()
            if match_only:
                messages.success(request, f"Referral linked to {referral.person.full_name}'s record")
                return redirect("frontdoor:referral", pk=referral.pk)
            where = f", allocated to {referral.allocated_unit.name}" if referral.allocated_unit_id else ""
            messages.success(request, f"Decision recorded for {referral.child_name}: {referral.get_decision_display()}{where}")
            return redirect("frontdoor:board")
    shown = [c.person_id for c in candidates] if needs_match else []
    audit.record(actor=request.user, action="view_referral", person=referral.person_id, obj=referral,
                 detail={"candidates_shown": shown})
    return render(request, "frontdoor/referral.html", _referral_context(request, referral, form))


@front_door_only
def contact_new(request):
    """Record a contact received by phone, email or in person: one short form."""
    form = ContactForm(request.POST or None, initial={"channel": Channel.PHONE})
    if request.method == "POST" and form.is_valid():
        try:
            referral = services.receive_referral(actor=request.user, **form.service_kwargs())
        except ValidationError as exc:
            apply_validation_error(form, exc)
        else:
            messages.success(request, f"Contact recorded: reference {referral.reference}")
            return redirect("frontdoor:referral", pk=referral.pk)
    return render(request, "frontdoor/contact.html", {"page_title": "Record a contact", "form": form, "active_nav": "front_door"})


def strategy(request, pk):
    """Record a strategy discussion for the child of a referral: front door staff or the unit the child is allocated to."""
    referral = get_object_or_404(Referral.objects.select_related("person", "allocated_unit"), pk=pk)
    if not (selectors.is_front_door_worker(request.user)
            or (referral.allocated_unit_id and referral.allocated_unit_id in visible_unit_ids(request.user))):
        raise PermissionDenied("Only front door staff and the unit the child is allocated to can record this.")
    if referral.person_id is None:
        messages.info(request, "Say which child this referral is about first")
        return redirect("frontdoor:referral", pk=referral.pk)
    form = StrategyForm(request.POST or None, initial={"held_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        try:
            discussion = services.record_strategy_discussion(actor=request.user, child=referral.person, referral=referral,
                                                             **form.service_kwargs())
        except ValidationError as exc:
            apply_validation_error(form, exc)
        else:
            text = "Strategy discussion recorded"
            if discussion.icpc_due_on:
                text += f": section 47 enquiry started, initial child protection conference due by {discussion.icpc_due_on.day} " \
                        f"{discussion.icpc_due_on:%B %Y}"
            messages.success(request, text)
            if selectors.is_front_door_worker(request.user):
                return redirect("frontdoor:referral", pk=referral.pk)
            return redirect("people:detail", pk=referral.person_id)
    audit.record(actor=request.user, action="open_strategy_form", person=referral.person_id, obj=referral)
    return render(request, "frontdoor/strategy.html", {
        "page_title": f"Strategy discussion: {referral.person.full_name}", "referral": referral, "form": form,
        "active_nav": "front_door",
    })


def _form_fingerprint(post) -> str:
    data = {k: post.getlist(k) for k in sorted(post) if k not in ("csrfmiddlewaretoken", "submission_key")}
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()


@partner_only
def refer(request, organisation):
    """A partner agency's referral form: after sending, the partner sees the reference and nothing of the child's record."""
    user = request.user
    initial = {"referrer_name": user.get_full_name(), "referrer_email": user.email,
               "referrer_role": getattr(getattr(user, "partner_membership", None), "job_title", "")}
    form = PartnerReferralForm(request.POST or None, organisation=organisation, initial=initial)
    if request.method == "POST" and form.is_valid():
        kwargs = form.service_kwargs()

        def work() -> idempotency.Answer:
            referral = services.receive_referral(actor=user, channel=Channel.PARTNER_FORM, organisation=organisation, **kwargs)
            return idempotency.Answer(303, reverse("frontdoor:refer-done", kwargs={"pk": referral.pk}), "text/plain")

        key = (form.cleaned_data.get("submission_key") or "").strip()[:idempotency.MAX_KEY_LENGTH]
        try:
            if key:
                answer = idempotency.run_once(caller=f"user:{user.pk}", key=key, fp=_form_fingerprint(request.POST),
                                              method="POST", path=request.path, work=work)
            else:
                answer = work()
        except ValidationError as exc:
            apply_validation_error(form, exc)
        except idempotency.KeyReused:
            form.add_error(None, "This form was already sent. To make another referral, start a new form.")
        else:
            return redirect(answer.body)
    return render(request, "frontdoor/refer.html", {"page_title": "Make a referral to children's social care",
                                                    "form": form, "organisation": organisation})


@partner_only
def refer_done(request, organisation, pk):
    referral = get_object_or_404(Referral, pk=pk, organisation=organisation, submitted_by=request.user)
    return render(request, "frontdoor/refer_done.html", {"page_title": "Referral sent", "referral": referral,
                                                         "organisation": organisation})
