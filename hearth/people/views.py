import functools

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.http import urlencode
from markupsafe import Markup

from hearth.access.gate import person_view
from hearth.access.services import decide, reasoned_access_for, visible_unit_ids
from hearth.cases import selectors as cases
from hearth.cases.models import EntryKind
from hearth.core.errors import posted, saved_by
from hearth.core.pagination import peek_page
from hearth.people import selectors, services
from hearth.people.forms import (
    DeathForm,
    EditPersonForm,
    FindPersonForm,
    FirstAddressForm,
    MoveForm,
    NameForm,
    PersonForm,
    RelationshipForm,
    SchoolIdentifiersForm,
    WarningForm,
)
from hearth.people.models import Person, PersonWarning
from hearth.people.search import parse_query, search_and_log


def person_context(person, tab: str) -> dict:
    """What every page about a person shows at the top: identity, warnings, sub-navigation."""
    addresses = list(person.addresses.all())
    return {
        "person": person,
        "warnings": list(selectors.active_warnings(person)),
        "address": next((a for a in addresses if a.ended_on is None), None),
        "past_addresses": [a for a in addresses if a.ended_on is not None],
        "case": cases.open_case_for(person),
        "tab": tab,
    }


@person_view("view_chronology")
def detail(request, person):
    kind = request.GET.get("kind") or ""
    if kind not in EntryKind.values:
        kind = ""
    entries = peek_page(cases.chronology(person, kind=kind or None), request.GET.get("page"), 25)
    context = person_context(person, "chronology")
    case = context["case"]
    context.update(
        page_title=person.full_name,
        entries=entries,
        kind=kind,
        kind_filter=kind_filter(kind),
        around=selectors.people_around(person),
        lead=cases.unit_lead(case.unit) if case else None,
        tasks=list(cases.open_tasks(case)) if case else [],
        outside_access=list(reasoned_access_for(person, limit=5)),
        names=list(person.names.exclude(kind="legal")),
        disabilities=[d.get_code_display() for d in person.disabilities.all()],
    )
    from hearth.casework.views import statutory_context  # casework's pages import this module

    context.update(statutory_context(person, case))
    return render(request, "people/detail.html", context)


@person_view("view_family")
def family(request, person):
    children = [person, *cases.siblings(person)]
    open_cases, last_seen = cases.family_cases(children)
    context = person_context(person, "family")
    context.update(
        page_title=f"Family of {person.full_name}",
        rows=[{"child": c, "case": open_cases.get(c.pk), "last_seen": last_seen.get(c.pk)} for c in children],
        around=[c for c in selectors.people_around(person) if c.person.pk not in {ch.pk for ch in children}],
    )
    return render(request, "people/family.html", context)


@functools.lru_cache(maxsize=len(EntryKind.values) + 1)
def kind_filter(kind: str) -> Markup:
    """The chronology's "Show" select and button, rendered once per kind chosen: it is the same for every child, and the
    select macro over two dozen kinds was a third of the child's page's rendering."""
    return Markup(render_to_string("people/_kind_filter.html", {"kind": kind, "kinds": EntryKind.choices}))


def search(request):
    query = (request.GET.get("q") or "").strip()
    parsed = parse_query(query) if query else None
    results = search_and_log(user=request.user, query=query) if query else []
    return render(request, "people/search.html", {
        "page_title": "Find a person", "query": query, "parsed": parsed, "results": results, "active_nav": "search",
        "can_add": bool(visible_unit_ids(request.user)),
    })


# Adding and changing a person's record. Every page about an existing person opens it through the gate.


def new(request):
    """Add a person: staff in a unit (or heads of service) only."""
    if not visible_unit_ids(request.user):
        raise PermissionDenied("Only staff in a social work unit can add a person.")
    form = PersonForm(posted(request), initial={"ethnicity": "NOBT"})
    address_form = FirstAddressForm(posted(request), prefix="address")
    if request.method == "POST" and all([form.is_valid(), address_form.is_valid()]):
        saved = saved_by(form, lambda: services.add_person(
            actor=request.user, address=address_form.address_kwargs() if address_form.given() else None, **form.person_kwargs(),
        ))
        if saved:
            person = saved.result
            messages.success(request, f"{person.full_name} added")
            return redirect("people:detail", pk=person.pk)
    return render(request, "people/new.html", {
        "page_title": "Add a person", "form": form, "address_form": address_form, "active_nav": "search",
        "duplicate_nhs": _duplicate_nhs_search(form),
    })


def _duplicate_nhs_search(form) -> str:
    """A search link for the NHS number if the form was refused because someone already has it."""
    if any("already has this NHS number" in str(e) for e in form.errors.get("nhs_number", [])):
        return reverse("people:search") + "?" + urlencode({"q": form.data.get("nhs_number", "")})
    return ""


def _person_page(request, person, tab: str, template: str, title: str, **extra):
    context = person_context(person, tab)
    context.update(page_title=title, **extra)
    return render(request, template, context)


@person_view("view_details")
def details(request, person):
    return _person_page(
        request, person, "details", "people/details.html", f"Details of {person.full_name}",
        names=list(person.names.exclude(kind="legal")),
        disabilities=[d.get_code_display() for d in person.disabilities.all()],
        past_addresses=list(person.addresses.filter(ended_on__isnull=False)),
        around=selectors.people_around(person),
        ended_warnings=list(person.warnings.filter(active=False)[:20]),
    )


@person_view("open_edit_person_form")
def edit(request, person):
    form = EditPersonForm(posted(request), person=person)
    if request.method == "POST" and form.is_valid():
        if saved_by(form, lambda: services.update_person(actor=request.user, person=person, **form.person_kwargs())):
            messages.success(request, "Details saved")
            return redirect("people:details", pk=person.pk)
    return _person_page(request, person, "details", "people/edit.html", f"Change details of {person.full_name}", form=form,
                        duplicate_nhs=_duplicate_nhs_search(form))


@person_view("open_add_name_form")
def add_name(request, person):
    form = NameForm(posted(request))
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        if saved_by(form, lambda: services.add_name(actor=request.user, person=person, kind=d["kind"],
                                                 given_name=d["given_name"], family_name=d["family_name"])):
            messages.success(request, "Name added")
            return redirect("people:details", pk=person.pk)
    return _person_page(request, person, "details", "people/add_name.html", f"Add a name for {person.full_name}", form=form)


@person_view("open_add_address_form")
def add_address(request, person):
    current = selectors.current_address(person)
    form = MoveForm(posted(request), current=current)
    if request.method == "POST" and form.is_valid():
        if saved_by(form, lambda: services.add_address(actor=request.user, person=person, **form.address_kwargs())):
            messages.success(request, "Address saved" + (": the old one is in the address history" if current else ""))
            return redirect("people:details", pk=person.pk)
    return _person_page(request, person, "details", "people/add_address.html", f"New address for {person.full_name}",
                        form=form, current=current)


@person_view("find_relative")
def find_relative(request, person):
    form = FindPersonForm(request.GET if "q" in request.GET else None)
    results = []
    if form.is_bound and form.is_valid():
        query = form.cleaned_data["q"]
        results = [r for r in search_and_log(user=request.user, query=query, via="relationship") if r.person.pk != person.pk]
    return _person_page(request, person, "details", "people/find_relative.html",
                        f"Find someone related to {person.full_name}", form=form, results=results,
                        parsed=parse_query(form.cleaned_data["q"]) if form.is_bound and form.is_valid() else None)


def _other_person(user, pk: int):
    """The person to link to: never one the user may not know of (a restricted record they are not named on)."""
    other = Person.objects.filter(pk=pk).first()
    decision = decide(user, other) if other is not None else None
    if decision is None or (decision.restricted and not decision.allowed):
        raise Http404("No such person")
    return other


@person_view("open_add_relationship_form")
def add_relationship(request, person, other_pk: int):
    other = _other_person(request.user, other_pk)
    if other.pk == person.pk:
        messages.error(request, "A person cannot be related to themselves: choose someone else")
        return redirect("people:find-relative", pk=person.pk)
    form = RelationshipForm(posted(request), person=person, other=other, other_name=other.full_name)
    if request.method == "POST" and form.is_valid():
        if saved_by(form, lambda: services.add_relationship(actor=request.user, from_person=other, to_person=person,
                                                         **form.relationship_kwargs())):
            messages.success(request, f"{other.full_name} added to the people around {person.given_name}")
            return redirect("people:details", pk=person.pk)
    return _person_page(request, person, "details", "people/add_relationship.html",
                        f"How is {other.given_name} related to {person.given_name}?", form=form, other=other)


@person_view("open_add_relative_form")
def add_relative(request, person):
    """Someone not yet on Hearth: add them and how they are related to this person, in one save."""
    form = PersonForm(posted(request), initial={"ethnicity": "NOBT"})
    address_form = FirstAddressForm(posted(request), prefix="address")
    relationship_form = RelationshipForm(posted(request), person=person, other_name="the new person", prefix="rel")
    if request.method == "POST" and all([form.is_valid(), address_form.is_valid(), relationship_form.is_valid()]):
        saved = saved_by(form, lambda: services.add_person(
            actor=request.user, address=address_form.address_kwargs() if address_form.given() else None,
            related_to=person, relationship=relationship_form.relationship_kwargs(), **form.person_kwargs(),
        ))
        if saved:
            messages.success(request, f"{saved.result.full_name} added to the people around {person.given_name}")
            return redirect("people:detail", pk=saved.result.pk)
    return _person_page(request, person, "details", "people/add_relative.html",
                        f"Add someone new to the people around {person.full_name}", form=form, address_form=address_form,
                        relationship_form=relationship_form, duplicate_nhs=_duplicate_nhs_search(form))


@person_view("open_add_warning_form")
def add_warning(request, person):
    form = WarningForm(posted(request))
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        if saved_by(form, lambda: services.add_warning(actor=request.user, person=person, kind=d["kind"], text=d["text"])):
            messages.success(request, "Warning added: it shows on every page about " + person.full_name)
            return redirect("people:details", pk=person.pk)
    return _person_page(request, person, "details", "people/add_warning.html", f"Add a warning for {person.full_name}", form=form)


@person_view("open_end_warning_form")
def end_warning(request, person, warning_pk: int):
    warning = get_object_or_404(PersonWarning, pk=warning_pk, person=person)
    error = ""
    if request.method == "POST":
        try:
            services.end_warning(actor=request.user, warning=warning)
        except ValidationError as exc:
            error = exc.messages[0]
        else:
            messages.success(request, "Warning ended: it no longer shows on pages about " + person.full_name)
            return redirect("people:details", pk=person.pk)
    return _person_page(request, person, "details", "people/end_warning.html", f"End a warning for {person.full_name}",
                        warning=warning, error=error)


@person_view("open_school_identifiers_form")
def school_identifiers(request, person):
    """Why there is no UPN, and a former UPN: recorded once, read by the Children in Need census."""
    initial = {"upn_unknown_reason": person.upn_unknown_reason, "former_upn": person.former_upn}
    form = SchoolIdentifiersForm(posted(request), initial=initial)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        if saved_by(form, lambda: services.record_school_identifiers(
                actor=request.user, person=person, upn_unknown_reason=d["upn_unknown_reason"], former_upn=d["former_upn"])):
            messages.success(request, "School identifiers saved")
            return redirect("people:details", pk=person.pk)
    return _person_page(request, person, "details", "people/school_identifiers.html",
                        f"School identifiers for {person.full_name}", form=form)


@person_view("open_death_form")
def record_death(request, person):
    form = DeathForm(posted(request))
    if request.method == "POST" and form.is_valid():
        if saved_by(form, lambda: services.record_death(actor=request.user, person=person, died_on=form.cleaned_data["died_on"])):
            messages.success(request, "Date of death recorded")
            return redirect("people:details", pk=person.pk)
    return _person_page(request, person, "details", "people/record_death.html", f"Record the death of {person.full_name}",
                        form=form)
