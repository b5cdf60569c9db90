from django.contrib import admin
from django.urls import include, path

from hearth.api import api

admin.site.site_header = "Hearth: staff and units"
admin.site.site_title = "Hearth admin"


def _api_urls():
    """The API answers 401 itself (JSON) rather than redirecting to the sign-in page."""
    patterns, app_name, namespace = api.urls
    for pattern in patterns:
        if getattr(pattern, "name", "") not in {"api-root", "openapi-view", "openapi-json"}:
            pattern.callback.login_required = False
    return patterns, app_name, namespace


urlpatterns = [
    path("", include("hearth.core.urls")),
    path("", include("hearth.accounts.urls")),
    path("units/", include("hearth.units.urls")),
    path("people/", include("hearth.people.urls")),
    path("people/", include("hearth.access.urls")),
    path("", include("hearth.cases.urls")),
    path("", include("hearth.frontdoor.urls")),
    path("", include("hearth.casework.urls")),
    path("", include("hearth.looked_after.urls")),
    path("", include("hearth.partners.urls")),
    path("", include("hearth.matching.urls")),
    path("", include("hearth.returns.urls")),
    path("", include("hearth.spending.urls")),
    path("", include("hearth.decisions.urls")),
    path("", include("hearth.redaction.urls")),
    path("", include("hearth.adoption.urls")),
    path("api/v1/", _api_urls()),
    path("admin/", admin.site.urls),
]

handler403 = "hearth.core.views.permission_denied"
handler404 = "hearth.core.views.page_not_found"
