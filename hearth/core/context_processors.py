from functools import lru_cache


@lru_cache(maxsize=1)
def _authority_name() -> str:
    from hearth.units.models import Authority

    authority = Authority.objects.first()
    return authority.name if authority else "Local authority"


def hearth(request):
    def navigation_role() -> str:
        """"partner", "front_door" or "staff": which links the header offers (asked only when a page draws them)."""
        from hearth.frontdoor.selectors import is_front_door_worker

        user = request.user
        if hasattr(user, "partner_membership"):
            return "partner"
        if is_front_door_worker(user):
            return "front_door"
        return office_role(user) or "staff"

    def may_redact() -> bool:
        """Whether the person pages offer Redaction: redaction's own rule (can_redact), which costs no query here:
        heads of service are known from the units already read, the information governance group from signing in."""
        from hearth.redaction.selectors import can_redact

        return can_redact(request.user)

    return {"authority_name": _authority_name(), "navigation_role": navigation_role, "may_redact": may_redact}


# Staff who work outside every unit: their role, the permission that gives them their work, and the page they start from.
OFFICES = {"analyst": ("returns.produce_returns", "returns:index"),
           "adoption": ("adoption.work_with_adopters", "adoption:households")}


def office_role(user) -> str | None:
    """"analyst" (the statutory returns) or "adoption" (the adoption team's households) for someone outside every unit
    whose work that is; None otherwise. Unit staff are never asked (no permission queries on their pages)."""
    from hearth.access.services import unit_ties

    if not getattr(user, "is_authenticated", False) or unit_ties(user):
        return None
    return next((role for role, (permission, _start) in OFFICES.items() if user.has_perm(permission)), None)
