from django.shortcuts import redirect, render

from hearth.access.services import member_unit_ids, overseen_unit_ids
from hearth.units.models import Unit


def home(request):
    """Start at your unit's board (the front door's board for its workers, the referral form for partner agencies);
    heads of service and staff outside a unit choose a unit."""
    from hearth.frontdoor.selectors import is_front_door_worker

    if hasattr(request.user, "partner_membership"):
        return redirect("frontdoor:refer")
    if is_front_door_worker(request.user):
        return redirect("frontdoor:board")
    from hearth.core.context_processors import OFFICES, office_role

    office = office_role(request.user)
    if office is not None:
        return redirect(OFFICES[office][1])
    member = sorted(member_unit_ids(request.user))
    if len(member) == 1:
        return redirect("units:board", pk=member[0])
    units = Unit.objects.filter(pk__in=set(member) | overseen_unit_ids(request.user), active=True)
    return render(request, "core/home.html", {"page_title": "Your units", "units": units, "active_nav": "board"})


def page_not_found(request, exception):
    return render(request, "core/error.html", {"page_title": "Page not found",
                  "message": "If you typed the web address, check it is correct."}, status=404)


def permission_denied(request, exception):
    return render(request, "core/error.html", {"page_title": "You cannot open this page",
                  "message": str(exception) or "You do not have permission to see this."}, status=403)
