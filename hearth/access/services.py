"""Need-to-know access: who may open which person's record, and why.

Staff see the children their unit holds (heads of service: the units they oversee), and the
adults around those children. Anyone else must give a reason, which is logged and shown to
the unit. A restricted record opens only for the staff named on it, reason or not.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection, transaction
from django.db.models import Q
from django.shortcuts import get_object_or_404
from django.utils import timezone

from hearth.access.models import ReasonedAccess, Restriction
from hearth.audit import services as audit
from hearth.people.models import Person, Relationship
from hearth.units.models import Membership, Unit


@dataclass(frozen=True)
class Decision:
    allowed: bool
    basis: str  # "unit", "oversight", "family", "reason", "named", "restricted", "partner", "creator",
    # "front_door", "adoption", "needs_reason"
    restricted: bool = False

    @property
    def needs_reason(self) -> bool:
        return self.basis == "needs_reason"


@dataclass(frozen=True)
class UnitTie:
    """How a user is tied to a unit: a current member, its head of service, or both."""

    unit_id: int
    member: bool
    head: bool
    service_area: str
    active: bool


# Written as SQL: every page reads the ties (the header's links, the access decisions), and building the ORM's
# version of this statement cost more than running it.
_TIES_SQL = f"""
SELECT u.id, m.id IS NOT NULL, u.head_of_service_id, u.service_area, u.active
FROM {Unit._meta.db_table} u LEFT JOIN {Membership._meta.db_table} m ON m.unit_id = u.id AND m.user_id = %s AND m.ended_on IS NULL
WHERE m.id IS NOT NULL OR u.head_of_service_id = %s
"""


def unit_ties(user) -> dict[int, UnitTie]:
    """Every unit the user is a current member of or oversees, read once per request (cached on the user)."""
    cached = getattr(user, "_hearth_unit_ties", None)
    if cached is None:
        if not getattr(user, "is_authenticated", False):
            return {}
        with connection.cursor() as cursor:
            cursor.execute(_TIES_SQL, [user.pk, user.pk])
            rows = cursor.fetchall()
        cached = {pk: UnitTie(pk, bool(member), head == user.pk, area, bool(active)) for pk, member, head, area, active in rows}
        user._hearth_unit_ties = cached
    return cached


def member_unit_ids(user) -> set[int]:
    return {pk for pk, tie in unit_ties(user).items() if tie.member}


def overseen_unit_ids(user) -> set[int]:
    return {pk for pk, tie in unit_ties(user).items() if tie.head}


def holds_case(user, case) -> bool:
    """Whether the user acts for the unit holding the case (a member, or its head of service): who may spend and
    decide for the child."""
    if case is None or not getattr(user, "is_authenticated", False):
        return False
    return case.unit_id in visible_unit_ids(user)


def visible_unit_ids(user) -> set[int]:
    return member_unit_ids(user) | overseen_unit_ids(user)


def visible_unit(user, pk: int, *, to: str) -> Unit:
    """The unit, for its members and its head of service; 404 if there is no such unit, else 403 saying who may `to`
    ("see its board", ...)."""
    unit = get_object_or_404(Unit, pk=pk)
    if unit.pk not in visible_unit_ids(user):  # the ties every page's header reads anyway (cached for the request)
        raise PermissionDenied(f"Only members of this unit and its head of service can {to}.")
    return unit


def _held_basis(user, person_ids: list[int]) -> str | None:
    from hearth.cases.models import Case

    unit_ids = list(
        Case.objects.filter(child_id__in=person_ids, closed_on__isnull=True, unit_id__in=visible_unit_ids(user))
        .values_list("unit_id", flat=True)
    )
    if not unit_ids:
        return None
    return "unit" if member_unit_ids(user) & set(unit_ids) else "oversight"


def related_ids(person_id: int) -> list[int]:
    rows = Relationship.objects.filter(Q(from_person_id=person_id) | Q(to_person_id=person_id)).values_list(
        "from_person_id", "to_person_id"
    )
    return [a if b == person_id else b for a, b in rows]


def _recently_created_by(user, person: Person) -> bool:
    from hearth.audit.models import AuditEvent

    since = timezone.now() - timedelta(hours=settings.HEARTH_REASON_ACCESS_HOURS)
    return AuditEvent.objects.filter(person_id=person.pk, action="create", actor_id=user.pk, at__gte=since).exists()


def decide(user, person: Person) -> Decision:
    if not user.is_authenticated:
        return Decision(False, "needs_reason")
    if hasattr(user, "partner_membership"):
        # A partner agency's account (hearth.partners.OrganisationMember) never opens case records, reason or not.
        return Decision(False, "partner")
    try:
        restriction = person.restriction  # read with the person when the gate loaded it (select_related)
    except Restriction.DoesNotExist:
        restriction = None
    if restriction is not None:
        named = restriction.named_staff.filter(pk=user.pk).exists()
        return Decision(named, "named" if named else "restricted", restricted=True)
    from hearth.cases.selectors import open_case_for

    case = open_case_for(person)
    if case is not None and case.unit_id in visible_unit_ids(user):
        return Decision(True, "unit" if case.unit_id in member_unit_ids(user) else "oversight")
    if case is None and not person.cases.exists() and _held_basis(user, related_ids(person.pk)):
        # An adult (or a child with no case) around a child the user's unit holds.
        return Decision(True, "family")
    from hearth.frontdoor.selectors import front_door_can_see

    if front_door_can_see(user, person.pk):
        # The front door (MASH) works on a referral about this person: open while it is, and for 30 days after.
        return Decision(True, "front_door")
    from hearth.adoption.selectors import adoption_basis

    if adoption_basis(user, person):
        # A prospective adopter's own record, for whoever may see their household (the adoption team, its unit); a
        # child the adoption team is finding a family for.
        return Decision(True, "adoption")
    if case is None and _recently_created_by(user, person):
        # Someone just added on their own (no case, no family yet) opens for whoever added them.
        return Decision(True, "creator")
    if ReasonedAccess.objects.filter(user=user, person=person, expires_at__gt=timezone.now()).exists():
        return Decision(True, "reason")
    return Decision(False, "needs_reason")


def restricted_person_ids_hidden_from(user):
    """Restricted records that `user` is not named on: left out of every list and search."""
    return Restriction.objects.exclude(named_staff=user).values("person_id")


def restricted_hidden_sql(user, column: str) -> tuple[str, list]:
    """restricted_person_ids_hidden_from for a raw statement: "`column` is not a restricted record `user` is not named
    on", with its parameters (tested to agree with the queryset)."""
    hidden, params = restricted_ids_sql(user)
    return f"{column} NOT IN ({hidden})", params


def restricted_ids_sql(user) -> tuple[str, list]:
    """A statement giving the ids of restricted_person_ids_hidden_from(user), with its parameters."""
    named = Restriction.named_staff.through._meta.db_table
    return (f"SELECT r.person_id FROM {Restriction._meta.db_table} r WHERE NOT EXISTS "
            f"(SELECT 1 FROM {named} n WHERE n.restriction_id = r.id AND n.user_id = %s)", [user.pk])


MIN_REASON_LENGTH = 10


@transaction.atomic
def open_with_reason(*, user, person: Person, reason: str) -> ReasonedAccess:
    """Record why someone outside the unit is opening a record; the unit sees it."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": "Enter why you need to open this record"})
    if len(reason) < MIN_REASON_LENGTH:
        raise ValidationError({"reason": f"Reason must be at least {MIN_REASON_LENGTH} characters"})
    if Restriction.objects.filter(person=person).exists():
        raise ValidationError("This record is restricted: only the staff named on it can open it.")
    grant = ReasonedAccess.objects.create(
        user=user,
        person=person,
        reason=reason,
        expires_at=timezone.now() + timedelta(hours=settings.HEARTH_REASON_ACCESS_HOURS),
    )
    audit.record(actor=user, action="open_with_reason", person=person, obj=grant, reason=reason)
    return grant


def reasoned_access_for(person: Person, limit: int = 20):
    """Who opened this record from outside the unit, and why: shown to the unit."""
    return ReasonedAccess.objects.filter(person=person).select_related("user")[:limit]
