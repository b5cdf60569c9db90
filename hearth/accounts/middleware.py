"""Sign staff out after a period without activity, and tell them why on the sign-in page.

The session remembers when its user was last active (to the minute). A request after more than
HEARTH_IDLE_MINUTES signs the user out and leaves a note for the sign-in page. Writing the time at most
once a minute keeps the session from being saved on every request (three queries a page).
"""

from __future__ import annotations

import time

from django.conf import settings
from django.contrib.auth import logout

LAST_SEEN = "hearth_last_seen"
SIGNED_OUT_IDLE = "hearth_signed_out_idle"
WRITE_EVERY_SECONDS = 60


def mark_active(request) -> None:
    request.session[LAST_SEEN] = int(time.time())


class IdleSignOutMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            now = int(time.time())
            last_seen = request.session.get(LAST_SEEN)
            if last_seen is not None and now - last_seen > settings.HEARTH_IDLE_SECONDS:
                logout(request)
                request.session[SIGNED_OUT_IDLE] = True
            elif last_seen is None or now - last_seen >= WRITE_EVERY_SECONDS:
                mark_active(request)
        return self.get_response(request)
