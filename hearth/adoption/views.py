"""The adoption team's pages: the households, one household's journey, and a short form per step. Every read and
write of a household is audit-logged; who may see one is selectors.can_see. The services do the work."""

from __future__ import annotations

from dataclasses import dataclass
from functools import wraps

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import prefetch_related_objects
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render

from hearth.access.gate import NeedsReason, open_person
from hearth.access.services import member_unit_ids
from hearth.adoption import forms as f
from hearth.adoption import selectors, services
from hearth.adoption.models import Household
from hearth.audit import services as audit
from hearth.core.errors import posted, saved_by
from hearth.looked_after.models import AdoptionStageKind
from hearth.people.models import Person
from hearth.units.models import Unit

REFUSED = "Only the adoption team, the unit working with this household and its head of service can see prospective adopters."


def household_view(action: str):
    """Decorate a view taking `pk`: it receives the household, or the user is refused (and the refusal logged)."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, pk: int, *args, **kwargs):
            household = get_object_or_404(Household.objects.select_related("unit"), pk=pk)
            if not selectors.can_see(request.user, household):
                audit.record(actor=request.user, action="refused_adopter_household", obj=household)
                raise PermissionDenied(REFUSED)
            people = list(Person.objects.filter(adopter_roles__household=household).order_by("adopter_roles__pk"))
            for person in people or [None]:  # a row per adopter, so each adopter's record shows who read it
                audit.record(actor=request.user, action=action, person=person, obj=household, detail={"path": request.path})
            return view(request, household, people, *args, **kwargs)

        return wrapper

    return decorator


def households(request):
    if not selectors.works_with_adopters(request.user):
        audit.record(actor=request.user, action="refused_adopter_households")
        raise PermissionDenied(REFUSED)
    show_left = request.GET.get("left") == "1"
    rows, paged = selectors.household_list(request.user, show_left=show_left, page=request.GET.get("page"))
    audit.record(actor=request.user, action="view_adopter_households", detail={"shown": len(rows), "left": show_left,
                                                                                "page": paged.number})
    return render(request, "adoption/households.html", {
        "page_title": "Prospective adopters", "active_nav": "adoption", "rows": rows, "paged": paged, "show_left": show_left,
        "can_add": bool(_units_for(request.user))})


def _units_for(user) -> list[Unit]:
    """The units a new household may be given to: any active unit for the adoption team, else the user's own units
    that already work with households."""
    if selectors.sees_all(user):
        return list(Unit.objects.filter(active=True))
    return list(Unit.objects.filter(pk__in=member_unit_ids(user), adopter_households__isnull=False, active=True).distinct())


def new_household(request):
    units = _units_for(request.user)
    if not units:
        audit.record(actor=request.user, action="refused_adopter_household_new")
        raise PermissionDenied(REFUSED)
    form = f.NewHouseholdForm(posted(request), units=units)
    if form.is_bound and form.is_valid():
        unit = next(u for u in units if str(u.pk) == form.cleaned_data["unit"])
        saved = saved_by(form, lambda: services.start_household(
            actor=request.user, unit=unit, enquiry_on=form.cleaned_data["enquiry_on"], first=form.person_kwargs()))
        if saved:
            messages.success(request, "Household added")
            return redirect("adoption:household", pk=saved.result.pk)
    return render(request, "adoption/form.html", {"page_title": "Add a prospective adopter household", "form": form,
                                                 "button": "Add household", "cancel": "adoption:households"})


@household_view("view_adopter_household")
def household(request, household, people):
    household = selectors.with_outcomes(Household.objects.filter(pk=household.pk)).select_related("unit").get()
    prefetch_related_objects(people, "disabilities")  # one query for every adopter's disabilities
    disabilities = {p.pk: [d.get_code_display() for d in p.disabilities.all()] for p in people}
    return render(request, "adoption/household.html", {
        "page_title": f"Household {household.pk}", "household": household, "people": people, "disabilities": disabilities,
        "stage": selectors.stage_of(household), "events": selectors.journey(household),
        "actions": [] if household.left_on else [(s.slug, s.title) for s in STEPS.values() if s.available(household, people)],
        "can_add_adopter": not household.left_on and len(people) < services.MAX_ADOPTERS,
    })


@household_view("open_adopter_household_form")
def add_adopter(request, household, people):
    if household.left_on or len(people) >= services.MAX_ADOPTERS:
        messages.info(request, "This household cannot take another adopter")
        return redirect("adoption:household", pk=household.pk)
    form = f.SecondAdopterForm(posted(request))
    if form.is_bound and form.is_valid() and saved_by(form, lambda: services.add_adopter(
            actor=request.user, household=household, details=form.person_kwargs(),
            relationship=form.cleaned_data["relationship"])):
        messages.success(request, "Adopter added")
        return redirect("adoption:household", pk=household.pk)
    return render(request, "adoption/form.html", {"page_title": f"Add an adopter: household {household.pk}", "form": form,
                                                 "household": household, "button": "Add adopter"})


@household_view("open_adopter_household_form")
def change_adopter(request, household, people, person_pk: int):
    person = next((p for p in people if p.pk == person_pk), None)
    if person is None:
        raise Http404("Not an adopter in this household")
    form = f.ChangeAdopterForm(posted(request), person=person)
    if form.is_bound and form.is_valid() and saved_by(form, lambda: services.change_adopter(
            actor=request.user, household=household, person=person, details=form.person_kwargs())):
        messages.success(request, f"{person.full_name}'s details changed")
        return redirect("adoption:household", pk=household.pk)
    return render(request, "adoption/form.html", {"page_title": f"Change {person.full_name}'s details: household {household.pk}",
                                                 "form": form, "household": household, "button": "Save",
                                                 "heading": f"Change {person.full_name}'s details"})


@dataclass
class Step:
    slug: str
    title: str
    kind: str  # "date" (a household date), "fostering", "relationship", "leaving" or "child"
    field: str = ""  # the household's date field, or the child's adoption stage

    def available(self, household, people) -> bool:
        if self.kind == "date":
            return getattr(household, self.field) is None
        if self.kind == "child":
            return household.approved_on is not None
        if self.kind == "fostering":
            return household.approved_on is not None
        if self.kind == "relationship":
            return len(people) == services.MAX_ADOPTERS
        return True


STEPS = {s.slug: s for s in [
    *[Step(field.replace("_on", "").replace("stage1", "stage-1").replace("stage2", "stage-2").replace("_", "-"),
           f"Record the date {label.lower()}", "date", field) for field, (label, _b) in services.STEPS.items()],
    Step("fostering-for-adoption", "Record whether the household is fostering for adoption", "fostering"),
    Step("relationship", "Record the adopters' legal relationship", "relationship"),
    Step("matched", "Record a match with a child", "child", AdoptionStageKind.MATCHED),
    Step("placed", "Record a child placed with the household", "child", AdoptionStageKind.PLACED),
    Step("adoption-order", "Record an adoption order", "child", AdoptionStageKind.ADOPTION_ORDER),
    Step("left", "Record that the household left the adoption process", "leaving"),
]}
CHILD_DATE_LABELS = {AdoptionStageKind.MATCHED: "Date matched", AdoptionStageKind.PLACED: "Date placed",
                     AdoptionStageKind.ADOPTION_ORDER: "Date of the adoption order"}


@household_view("open_adopter_household_form")
def step(request, household, people, slug: str):
    page = STEPS.get(slug)
    if page is None:
        raise Http404("No such step")
    if household.left_on:
        messages.info(request, "The household has left the adoption process")
        return redirect("adoption:household", pk=household.pk)
    data, user = posted(request), request.user
    if page.kind == "date":
        form = f.DateStepForm(data, label=f"Date {services.STEPS[page.field][0].lower()}",
                              initial={"on": getattr(household, page.field)})
        call = lambda d: services.record_step(actor=user, household=household, step=page.field, on=d["on"])  # noqa: E731
    elif page.kind == "fostering":
        form = f.FosteringForm(data, initial={"fostering": "yes" if household.fostering_for_adoption else "no"})
        call = lambda d: services.set_fostering_for_adoption(actor=user, household=household,  # noqa: E731
                                                               fostering=d["fostering"] == "yes")
    elif page.kind == "relationship":
        if not page.available(household, people):
            messages.info(request, "A single adopter has no couple's legal relationship to record")
            return redirect("adoption:household", pk=household.pk)
        form = f.RelationshipForm(data, initial={"relationship": household.relationship})
        call = lambda d: services.record_relationship(actor=user, household=household, relationship=d["relationship"])  # noqa: E731
    elif page.kind == "leaving":
        form = f.LeavingForm(data)
        call = lambda d: services.record_leaving(actor=user, household=household, left_on=d["left_on"], reason=d["reason"])  # noqa: E731
    else:
        before = services.CHILD_STEPS[page.field][0]  # the step that must be recorded with this household first
        children = selectors.children_with(household, before) if before else selectors.children_to_match(user)
        form = f.ChildStepForm(data, children=children, label=CHILD_DATE_LABELS[page.field])
        by_pk = {str(c.pk): c for c in children}

        def call(d):
            child = by_pk.get(d["child"])
            if child is not None:  # the child's record is opened (and the read logged) through the gate, as on every page
                try:
                    open_person(user, child.pk, action="open_for_adoption", detail={"household": household.pk})
                except NeedsReason:
                    raise PermissionDenied(f"Open {child.full_name}'s record with a reason before recording this step.") from None
            return services.record_child_step(actor=user, household=household, child=child, stage=page.field, on=d["on"])
    if form.is_bound and form.is_valid() and saved_by(form, lambda: call(form.cleaned_data)):
        messages.success(request, "Saved")
        return redirect("adoption:household", pk=household.pk)
    return render(request, "adoption/form.html", {"page_title": f"{page.title}: household {household.pk}", "form": form,
                                                 "household": household, "button": "Save", "heading": page.title})
