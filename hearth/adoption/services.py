"""Recording a prospective adopter household's journey. Keyword-only functions, each one transaction that writes
its audit rows; a refusal raises ValidationError({field: message}) before anything is written."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from hearth.adoption.models import Adopter, CoupleRelationship, Household, HouseholdStage, LeavingReason
from hearth.audit import services as audit
from hearth.looked_after import services as looked_after
from hearth.looked_after.models import AdoptionStage, AdoptionStageKind
from hearth.people import services as people

# The household's own steps in the order they happen (models docstring). The application sits between the end of
# stage 1 and the decision, so it is checked on its own (ORDER_RULES) rather than placed in the chain.
CHAIN = ("enquiry_on", "stage1_started_on", "stage1_ended_on", "stage2_started_on", "stage2_ended_on", "approved_on")
STEPS = {  # field: (label, the step that must be recorded first, or None)
    "stage1_started_on": ("Stage 1 started", None),
    "stage1_ended_on": ("Stage 1 ended", "stage1_started_on"),
    "stage2_started_on": ("Stage 2 started", None),  # None: the fast track starts at stage 2
    "stage2_ended_on": ("Stage 2 ended", "stage2_started_on"),
    "application_on": ("Application submitted", None),
    "approved_on": ("Application approved", "stage2_ended_on"),
}
LABELS = {"enquiry_on": "the enquiry", **{k: v[0].lower() for k, v in STEPS.items()}}
CHILD_STEPS = {  # the child's adoption stage recorded with a household: (the step before it, its label)
    AdoptionStageKind.MATCHED: (None, "Matched"),
    AdoptionStageKind.PLACED: (AdoptionStageKind.MATCHED, "Placed"),
    AdoptionStageKind.ADOPTION_ORDER: (AdoptionStageKind.PLACED, "Adoption order"),
}
MAX_ADOPTERS = 2


def _not_future(errors: dict, name: str, day: dt.date | None, missing: str) -> None:
    if day is None:
        errors[name] = missing
    elif day > timezone.localdate():
        errors[name] = "The date must be today or in the past"


def journey_errors(values: dict) -> dict[str, str]:
    """The first out-of-order date in a household's journey, as {field: message}; values maps field to date or None."""
    seen: list[tuple[str, dt.date]] = []
    for name in CHAIN:
        day = values.get(name)
        if day is None:
            continue
        later = [(n, d) for n, d in seen if d > day]
        if later:
            return {name: f"The date must be on or after {LABELS[later[-1][0]]} ({later[-1][1]:%-d %B %Y})"}
        seen.append((name, day))
    application, enquiry = values.get("application_on"), values.get("enquiry_on")
    lower = values.get("stage1_ended_on") or enquiry
    if application and lower and application < lower:
        what = "stage 1 ended" if values.get("stage1_ended_on") else "the enquiry"
        return {"application_on": f"The application must be on or after {what} ({lower:%-d %B %Y})"}
    if application and values.get("approved_on") and application > values["approved_on"]:
        return {"application_on": f"The application must be on or before the approval ({values['approved_on']:%-d %B %Y})"}
    left = values.get("left_on")
    if left and enquiry and left < enquiry:
        return {"left_on": f"The date must be on or after the enquiry ({enquiry:%-d %B %Y})"}
    return {}


def _dates(household: Household) -> dict:
    return {n: getattr(household, n) for n in (*CHAIN, "application_on", "left_on")}


def _adopter_person(*, actor, details: dict):
    """Create the adopter's person record (name, date of birth, sex, ethnicity, disabilities): people.create_person
    checks it. An adopter must be an adult."""
    return _adult(people.create_person(actor=actor, **details))


def _adult(person):
    if person.date_of_birth is None or person.age() < 18:
        raise ValidationError({"date_of_birth": "An adopter must be 18 or over: enter their date of birth"})
    return person


SINGLE = "A single adopter has no couple's legal relationship: add the second adopter first"
CHOOSE = "Select the adopters' legal relationship"


def _relationship_errors(errors: dict, adopters: int, relationship: str | None, *, required: bool) -> None:
    """One adopter: no couple's relationship (the SSDA903 reads a single adopter, L0). Two: one of the couple's legal
    relationships (required when `required`; otherwise it may be left to record later, and the SSDA903 then leaves the
    legal status blank, which its rule 151 reports for an adopted child)."""
    if adopters < 2 and relationship:
        errors["relationship"] = SINGLE
    elif adopters == 2 and (relationship or required) and relationship not in CoupleRelationship.values:
        errors["relationship"] = CHOOSE


@transaction.atomic
def start_household(*, actor, unit, enquiry_on: dt.date | None, first: dict, second: dict | None = None,
                    relationship: str | None = None) -> Household:
    """A household from its enquiry, with one or two adopters (each a new person record: `first`/`second` hold
    create_person's keyword arguments) and, for two, their legal relationship (CoupleRelationship). Errors on the second
    adopter are named second_<field>."""
    errors: dict[str, str] = {}
    _not_future(errors, "enquiry_on", enquiry_on, "Enter the date the enquiry was received")
    if unit is None:
        errors["unit"] = "Select the unit working with the household"
    _relationship_errors(errors, 1 + (second is not None), relationship, required=False)
    if errors:
        raise ValidationError(errors)
    household = Household.objects.create(unit=unit, enquiry_on=enquiry_on, created_by=actor,
                                         relationship=relationship if second is not None and relationship else "")
    for prefix, details in (("", first), ("second_", second)):
        if details is None:
            continue
        try:
            person = _adopter_person(actor=actor, details=details)
        except ValidationError as exc:
            raise ValidationError({prefix + k: v for k, v in exc.message_dict.items()}) from None
        Adopter.objects.create(household=household, person=person)
    audit.record(actor=actor, action="start_adopter_household", obj=household,
                 detail={"unit": unit.pk, "enquiry_on": enquiry_on, "adopters": 1 + (second is not None)})
    return household


def _locked(household: Household) -> Household:
    return Household.objects.select_for_update().get(pk=household.pk)


def _open(errors: dict, household: Household, name: str) -> None:
    if household.left_on:
        errors[name] = f"The household left the adoption process on {household.left_on:%-d %B %Y}"


@transaction.atomic
def add_adopter(*, actor, household: Household, details: dict, relationship: str | None = None) -> Adopter:
    """A second adopter joins the household (a new person record), with the couple's legal relationship (the page asks
    for it; a caller that leaves it out records it later with record_relationship)."""
    household = _locked(household)
    if household.adopters.count() >= MAX_ADOPTERS:
        raise ValidationError({"given_name": "A household has at most two adopters"})
    errors: dict[str, str] = {}
    _relationship_errors(errors, MAX_ADOPTERS, relationship, required=False)
    _open(errors, household, "given_name")
    if errors:
        raise ValidationError(errors)
    adopter = Adopter.objects.create(household=household, person=_adopter_person(actor=actor, details=details))
    if relationship:
        household.relationship = relationship
        household.save(update_fields=["relationship"])
    audit.record(actor=actor, action="add_adopter", person=adopter.person, obj=adopter,
                 detail={"household": household.pk, **({"relationship": relationship} if relationship else {})})
    return adopter


@transaction.atomic
def record_relationship(*, actor, household: Household, relationship: str | None) -> Household:
    """Record (or correct) the couple's legal relationship: required for two adopters, refused for one."""
    household = _locked(household)
    errors: dict[str, str] = {}
    adopters = household.adopters.count()
    _relationship_errors(errors, adopters, relationship or "", required=True)
    if adopters < 2 and not errors:
        errors["relationship"] = SINGLE
    _open(errors, household, "relationship")
    if errors:
        raise ValidationError(errors)
    previous = household.relationship
    household.relationship = relationship
    household.save(update_fields=["relationship"])
    audit.record(actor=actor, action="record_adopters_relationship", obj=household,
                 detail={"relationship": relationship, **({"was": previous} if previous else {})})
    return household


@transaction.atomic
def change_adopter(*, actor, household: Household, person, details: dict):
    """Correct an adopter's person record (name, date of birth, sex, ethnicity, disabilities): people.update_person
    changes and audits it, so list 11 reads the corrected record; this adds the household's own audit row."""
    if not Adopter.objects.filter(household=household, person=person).exists():
        raise ValidationError({"given_name": "This person is not an adopter in this household"})
    person = _adult(people.update_person(actor=actor, person=person, **details))
    audit.record(actor=actor, action="change_adopter", person=person, obj=household, detail={"fields": sorted(details)})
    return person


@transaction.atomic
def record_step(*, actor, household: Household, step: str, on: dt.date | None) -> Household:
    """Record (or correct) one dated step of the household's journey to approval."""
    if step not in STEPS:
        raise ValidationError({"on": "Choose a step"})
    household = _locked(household)
    label, before = STEPS[step]
    errors: dict[str, str] = {}
    _not_future(errors, "on", on, f"Enter the date {label.lower()}")
    _open(errors, household, "on")
    if not errors and before and getattr(household, before) is None:
        errors["on"] = f"Record the date {LABELS[before]} first"
    if not errors and step == "stage2_started_on" and household.stage1_started_on and not household.stage1_ended_on:
        errors["on"] = "Record the date stage 1 ended first"
    if not errors:
        found = journey_errors({**_dates(household), step: on})
        if found:
            errors["on"] = next(iter(found.values()))
    if errors:
        raise ValidationError(errors)
    previous = getattr(household, step)
    setattr(household, step, on)
    household.save(update_fields=[step])
    audit.record(actor=actor, action="record_adopter_step", obj=household,
                 detail={"step": step, "on": on, **({"was": previous} if previous else {})})
    return household


@transaction.atomic
def set_fostering_for_adoption(*, actor, household: Household, fostering: bool | None) -> Household:
    household = _locked(household)
    errors: dict[str, str] = {}
    if fostering is None:
        errors["fostering"] = "Select yes if the household is fostering for adoption"
    elif fostering and household.approved_on is None:
        errors["fostering"] = "Record the approval first: fostering for adoption is for approved adopters"
    _open(errors, household, "fostering")
    if errors:
        raise ValidationError(errors)
    household.fostering_for_adoption = fostering
    household.save(update_fields=["fostering_for_adoption"])
    audit.record(actor=actor, action="record_fostering_for_adoption", obj=household, detail={"fostering": fostering})
    return household


@transaction.atomic
def record_leaving(*, actor, household: Household, left_on: dt.date | None, reason: str) -> Household:
    """The household leaves the adoption process (withdrew, not approved, ...)."""
    household = _locked(household)
    errors: dict[str, str] = {}
    _not_future(errors, "left_on", left_on, "Enter the date the household left the adoption process")
    if reason not in LeavingReason.values:
        errors["reason"] = "Select why the household left the adoption process"
    _open(errors, household, "left_on")
    if "left_on" not in errors:
        latest = max((d for d in [*_dates(household).values(), *_child_dates(household)] if d), default=None)
        if latest and left_on < latest:
            errors["left_on"] = f"The date must be on or after the last step recorded ({latest:%-d %B %Y})"
    if errors:
        raise ValidationError(errors)
    household.left_on, household.leaving_reason = left_on, reason
    household.save(update_fields=["left_on", "leaving_reason"])
    audit.record(actor=actor, action="record_adopters_leaving", obj=household, detail={"left_on": left_on, "reason": reason})
    return household


def _child_dates(household: Household) -> list[dt.date]:
    return list(AdoptionStage.objects.filter(household_link__household=household).values_list("on", flat=True))


@transaction.atomic
def record_child_step(*, actor, household: Household, child, stage: str, on: dt.date | None) -> HouseholdStage:
    """Match a child with the household, or record the child's placement with it or adoption order. The date is
    recorded once, as the child's adoption stage (looked_after.services.record_adoption_stage, which writes the
    child's chronology and audit row), and linked to the household."""
    household = _locked(household)
    errors: dict[str, str] = {}
    if stage not in CHILD_STEPS:
        raise ValidationError({"child": "Choose a step"})
    before, label = CHILD_STEPS[stage]
    _not_future(errors, "on", on, f"Enter the date ({label.lower()})")
    _open(errors, household, "child")
    if child is None:
        errors["child"] = "Select the child"
    if household.approved_on is None and not errors.get("child"):
        errors["child"] = "Record the household's approval first: only approved adopters are matched"
    if not errors:
        # The child's current adoption plan: the stages since their latest decision (as selectors.children_to_match reads
        # it), so a match made under a plan that ended does not block a new one.
        plan = AdoptionStage.objects.filter(child=child)
        decided = plan.filter(stage=AdoptionStageKind.DECISION).order_by("-on").values_list("on", flat=True).first()
        if decided:
            plan = plan.filter(on__gte=decided)
        mine = {s: d for s, d in plan.filter(household_link__household=household).values_list("stage", "on")}
        if stage in mine:
            errors["child"] = f"{child.full_name}: {label.lower()} is already recorded with this household"
        elif before and before not in mine:
            errors["child"] = f"Record {child.full_name}'s {CHILD_STEPS[before][1].lower()} with this household first"
        elif stage == AdoptionStageKind.MATCHED and plan.filter(
                stage=AdoptionStageKind.MATCHED, household_link__household__left_on__isnull=True).exists():
            errors["child"] = f"{child.full_name} is already matched with another household"
        else:
            floor = mine.get(before) if before else household.approved_on
            if floor and on < floor:
                errors["on"] = f"The date must be on or after {floor:%-d %B %Y}"
    if errors:
        raise ValidationError(errors)
    row = looked_after.record_adoption_stage(actor=actor, child=child, stage=stage, on=on)
    link = HouseholdStage.objects.create(stage=row, household=household)
    audit.record(actor=actor, action="record_adopter_child_step", person=child, obj=household,
                 detail={"stage": stage, "on": on, "child": child.pk})
    return link


__all__ = ["MAX_ADOPTERS", "STEPS", "start_household", "add_adopter", "change_adopter", "record_relationship", "record_step",
           "set_fostering_for_adoption", "record_leaving", "record_child_step", "journey_errors", "LeavingReason"]
