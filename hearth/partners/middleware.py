"""Partner agencies' staff accounts stay on the partner side of Hearth."""

from django.core.exceptions import PermissionDenied

# Pages and API about people, units, cases and the front door's own work: staff only.
STAFF_ONLY = ("/people/", "/units/", "/meetings/", "/front-door/", "/api/v1/")
# What a partner account may use: the partner form (/refer/, not listed above) and the partner API.
PARTNER_OPEN = ("/api/v1/partner/",)


class PartnerAccountBoundary:
    """Refuse (403) a partner agency's account on staff pages and the staff API.

    hearth.access.services.decide already refuses partner accounts every person's record; this also covers the
    pages that list people without opening one (search, unit boards, meetings), where a name in a list would
    tell a partner that children's social care knows a child. Costs one indexed query per signed-in request
    to those paths (the answer is cached on request.user, which decide() then reuses).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        if path.startswith(STAFF_ONLY) and not path.startswith(PARTNER_OPEN):
            user = getattr(request, "user", None)
            if user is not None and user.is_authenticated and hasattr(user, "partner_membership"):
                raise PermissionDenied("Partner agency accounts can send referrals, not open Hearth's staff pages.")
        return self.get_response(request)
