from hearth.access.services import restricted_person_ids_hidden_from
from hearth.decisions.models import Decision, DecisionStatus


def child_decisions(child, limit: int = 50):
    return Decision.objects.filter(child=child).select_related("decided_by", "second_person")[:limit]


def awaiting(user):
    """Decisions waiting for this user as second person or panel chair (a restricted record the user is not named on
    is left out, as from every list)."""
    return (Decision.objects.filter(second_person=user, status=DecisionStatus.AWAITING)
            .exclude(child_id__in=restricted_person_ids_hidden_from(user))
            .select_related("child", "decided_by", "unit").order_by("recorded_at"))
