from functools import lru_cache


@lru_cache(maxsize=1)
def _authority_name() -> str:
    from hearth.units.models import Authority

    authority = Authority.objects.first()
    return authority.name if authority else "Local authority"


def hearth(request):
    return {"authority_name": _authority_name()}
