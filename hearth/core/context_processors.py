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
        return "front_door" if is_front_door_worker(user) else "staff"

    return {"authority_name": _authority_name(), "navigation_role": navigation_role}
