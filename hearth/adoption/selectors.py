"""Reading prospective adopter households: who may see them, the list, one household's journey, the children who
may be matched."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Count, Exists, Min, OuterRef, Q, QuerySet, Subquery

from hearth.access.services import restricted_person_ids_hidden_from, visible_unit_ids
from hearth.adoption.models import JOURNEY_DATES, Adopter, Household, LeavingReason
from hearth.core.pagination import PeekPage, peek_page
from hearth.looked_after.models import AdoptionStage, AdoptionStageKind
from hearth.people.models import Person

PERMISSION = "adoption.work_with_adopters"


def sees_all(user) -> bool:
    """The adoption team (the work_with_adopters permission) sees every household. Not a partner agency's account."""
    return (getattr(user, "is_authenticated", False) and not hasattr(user, "partner_membership")
            and user.has_perm(PERMISSION))


def visible_households(user) -> QuerySet[Household]:
    """Need to know: prospective adopters are not on any child's caseload, so they are seen by the adoption team
    (the permission), by the current members of the unit working with the household and by that unit's head of
    service. Nobody else, whatever their role."""
    if not getattr(user, "is_authenticated", False) or hasattr(user, "partner_membership"):
        return Household.objects.none()
    if sees_all(user):
        return Household.objects.all()
    return Household.objects.filter(unit_id__in=visible_unit_ids(user))


def can_see(user, household: Household) -> bool:
    if not getattr(user, "is_authenticated", False) or hasattr(user, "partner_membership"):
        return False
    return sees_all(user) or household.unit_id in visible_unit_ids(user)


def adopter_seen_by(user, person: Person) -> bool:
    """Whether the person is an adopter in a household the user may see: the basis on which the adoption team opens an
    adopter's own record (access.services.decide) without giving a reason."""
    return visible_households(user).filter(adopters__person=person).exists()


def in_family_finding(person: Person) -> bool:
    """Whether the child has a decision that they should be placed for adoption with no decision since that they
    should no longer be, and no adoption order: a child the adoption team finds a family for."""
    latest = (AdoptionStage.objects.filter(child=person, stage=AdoptionStageKind.DECISION).order_by("-on")
              .values_list("on", flat=True).first())
    return latest is not None and not AdoptionStage.objects.filter(
        child=person, on__gte=latest, stage__in=[AdoptionStageKind.NO_LONGER, AdoptionStageKind.ADOPTION_ORDER]).exists()


def adoption_basis(user, person: Person) -> bool:
    """The adoption basis of access.services.decide: an adopter in a household the user may see, or, for the adoption
    team, a child they are finding a family for."""
    return adopter_seen_by(user, person) or (sees_all(user) and in_family_finding(person))


def works_with_adopters(user) -> bool:
    """Whether the user has any household to see (or the permission): who gets the list at all."""
    return sees_all(user) or visible_households(user).exists()


def with_outcomes(qs: QuerySet[Household], *, on: dt.date | None = None) -> QuerySet[Household]:
    """Each household with the dates derived from its children's adoption stages (models docstring): first match,
    first placement, number of children placed, first adoption order; with `on`, only the stages recorded by that date
    (as things stood that day: Annex A list 11). One join, so the counts are not multiplied."""
    def step(kind: str) -> Q:
        return Q(stages__stage__stage=kind) & (Q(stages__stage__on__lte=on) if on else Q())

    return qs.annotate(
        matched_on=Min("stages__stage__on", filter=step(AdoptionStageKind.MATCHED)),
        placed_on=Min("stages__stage__on", filter=step(AdoptionStageKind.PLACED)),
        children_placed=Count("stages__stage__child", filter=step(AdoptionStageKind.PLACED), distinct=True),
        order_on=Min("stages__stage__on", filter=step(AdoptionStageKind.ADOPTION_ORDER)),
    )


def stage_of(h) -> str:
    """Where a household (annotated by with_outcomes) is now, in words."""
    if h.left_on:
        return "Left the process"
    for day, words in ((h.order_on, "Adoption order made"), (h.placed_on, "Child placed"), (h.matched_on, "Matched"),
                       (h.approved_on, "Approved"), (h.stage2_started_on, "Stage 2: assessment"),
                       (h.stage1_started_on, "Stage 1: pre-assessment")):
        if day:
            return words
    return "Enquiry"


@dataclass
class Row:
    household: Household
    names: str
    stage: str


PER_PAGE = 50


def household_list(user, *, show_left: bool = False, page: str | int | None = None) -> tuple[list[Row], PeekPage]:
    """A page of the households the user may see, newest enquiry first, with their adopters' names. Two queries."""
    qs = with_outcomes(visible_households(user).select_related("unit"))
    if not show_left:
        qs = qs.filter(left_on__isnull=True)
    paged = peek_page(qs, page, PER_PAGE)
    households = list(paged)
    names: dict[int, list[str]] = {}
    for household_id, given, family in Adopter.objects.filter(household__in=[h.pk for h in households]).order_by("pk").values_list(
            "household_id", "person__given_name", "person__family_name"):
        names.setdefault(household_id, []).append(f"{given} {family}")
    return [Row(h, " and ".join(names.get(h.pk, [])), stage_of(h)) for h in households], paged


@dataclass
class Event:
    on: dt.date
    title: str
    detail: str = ""


def journey(household: Household) -> list[Event]:
    """The household's timeline, oldest first: its own dated steps, then each child's matching, placement and order
    (read from the child's adoption stages linked to it), then leaving."""
    events = [Event(getattr(household, name), str(Household._meta.get_field(name).verbose_name).replace("Date ", "").capitalize())
              for name in JOURNEY_DATES if getattr(household, name)]
    for stage in AdoptionStage.objects.filter(household_link__household=household).select_related("child"):
        events.append(Event(stage.on, stage.get_stage_display(), stage.child.full_name))
    if household.left_on:
        events.append(Event(household.left_on, "Left the adoption process", LeavingReason(household.leaving_reason).label
                            if household.leaving_reason else ""))
    order = {"Enquiry received": 0}
    return sorted(events, key=lambda e: (e.on, order.get(e.title, 1)))


def children_with(household: Household, stage: str) -> list[Person]:
    """The children whose `stage` is recorded with this household."""
    return list(Person.objects.filter(adoption_stages__household_link__household=household,
                                      adoption_stages__stage=stage).distinct().order_by("given_name", "family_name"))


def children_to_match(user) -> list[Person]:
    """Children with a decision that they should be placed for adoption and no match, placement, order or decision
    that they should no longer be placed since their latest decision: whom a household may be matched with. The adoption
    team sees every such child; others, the children their own units hold. A restricted record is offered only to the
    staff named on it (as in every other list and search). All of them: a list cut short would leave the child a
    household is matched with out of the form without saying so (an authority has dozens, not thousands)."""
    later = AdoptionStage.objects.filter(child=OuterRef("pk"), on__gte=OuterRef("decided"), stage__in=[
        AdoptionStageKind.MATCHED, AdoptionStageKind.PLACED, AdoptionStageKind.ADOPTION_ORDER, AdoptionStageKind.NO_LONGER])
    latest = AdoptionStage.objects.filter(child=OuterRef("pk"), stage=AdoptionStageKind.DECISION).order_by("-on").values("on")[:1]
    decided = AdoptionStage.objects.filter(stage=AdoptionStageKind.DECISION).values("child_id")
    hidden = restricted_person_ids_hidden_from(user)
    children = Person.objects.filter(pk__in=decided).exclude(pk__in=hidden)
    if not sees_all(user):  # others match only the children their own units hold (need to know)
        children = children.filter(cases__closed_on__isnull=True, cases__unit_id__in=visible_unit_ids(user))
    return list(children.annotate(decided=Subquery(latest))
                .annotate(moved_on=Exists(later)).filter(moved_on=False).order_by("given_name", "family_name"))
