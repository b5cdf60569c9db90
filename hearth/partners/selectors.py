"""Read queries for partner agencies, the team around the child and information sharing."""

from __future__ import annotations

from datetime import timedelta

from django.db.models import Q
from django.utils import timezone

from hearth.cases.models import ChronologyEntry, EntryKind
from hearth.partners.models import InformationShare, Involvement, Organisation
from hearth.people.models import Person


def team_around(person: Person) -> tuple[list[Involvement], list[Involvement]]:
    """The professionals working with the child now, and those who were (most recent first)."""
    today = timezone.localdate()
    rows = Involvement.objects.filter(person=person).select_related("organisation")
    current = list(rows.filter(Q(ended_on__isnull=True) | Q(ended_on__gt=today)).order_by("role", "professional_name"))
    past = list(rows.filter(ended_on__lte=today).order_by("-ended_on"))
    return current, past


def information_shares(person: Person, limit: int = 50) -> list[InformationShare]:
    return list(InformationShare.objects.filter(person=person).select_related("organisation", "requested_by")[:limit])


def awaiting_replies(person: Person) -> list[InformationShare]:
    return [s for s in information_shares(person) if s.status == "awaiting"]


def active_organisations():
    return Organisation.objects.filter(active=True).order_by("name")


def recent_enquiries_for_unit(unit, days: int = 7, *, user=None):
    """Partner status enquiries about the unit's children in the last `days` days, newest first.

    Given a user, restricted records they are not named on are left out (as on the unit board).
    Each row is a ChronologyEntry of kind PARTNER_ENQUIRY with its child loaded: `title` names the partner.
    """
    from hearth.access.services import restricted_person_ids_hidden_from

    since = timezone.now() - timedelta(days=days)
    entries = ChronologyEntry.objects.filter(unit=unit, kind=EntryKind.PARTNER_ENQUIRY, recorded_at__gte=since)
    if user is not None:
        entries = entries.exclude(child_id__in=restricted_person_ids_hidden_from(user))
    return entries.select_related("child").order_by("-recorded_at")
