"""Hearth's JSON API (django-ninja), with its OpenAPI schema at /api/v1/openapi.json.

The API calls the same services and the same access gate as the pages. Signed-in staff use it
with their session (and CSRF token for writes).
"""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from ninja import NinjaAPI
from ninja.errors import ValidationError as NinjaValidationError
from ninja.security import django_auth

from hearth.access.gate import NeedsReason

api = NinjaAPI(title="Hearth API", version="1", auth=django_auth, urls_namespace="api",
               docs_decorator=login_required)


def _messages(exc: ValidationError) -> dict:
    if hasattr(exc, "error_dict"):
        return {field: [str(m) for e in errors for m in e.messages] for field, errors in exc.error_dict.items()}
    return {"__all__": exc.messages}


@api.exception_handler(ValidationError)
def validation_error(request, exc):
    return api.create_response(request, {"detail": "Some of what was sent is not valid", "errors": _messages(exc)}, status=422)


def _request_errors(errors: list[dict]) -> dict[str, list[str]]:
    """Pydantic's complaints about a request as {field: [plain message]}, the shape the services' errors take."""
    out: dict[str, list[str]] = {}
    for error in errors:
        loc = [str(p) for p in error.get("loc", ()) if p not in ("body", "payload", "query", "path", "header")]
        name = ".".join(loc) or "__all__"
        label = (loc[-1] if loc else "The request").replace("_", " ").capitalize()
        kind = error.get("type", "")
        if kind == "missing":
            message = f"{label} is required"
        elif kind.startswith("date") or kind.startswith("datetime"):
            message = f"{label} must be a real date, like 2015-03-12"
        elif kind in ("int_parsing", "int_type", "float_parsing", "float_type"):
            message = f"{label} must be a number"
        elif kind in ("bool_parsing", "bool_type"):
            message = f"{label} must be true or false"
        elif kind in ("string_type",):
            message = f"{label} must be text"
        else:
            message = f"{label} is not valid: {error.get('msg', '')}".rstrip(": ")
        out.setdefault(name, []).append(message)
    return out


@api.exception_handler(NinjaValidationError)
def request_not_valid(request, exc):
    return api.create_response(
        request, {"detail": "Some of what was sent is not valid", "errors": _request_errors(exc.errors)}, status=422,
    )


@api.exception_handler(PermissionDenied)
def permission_denied(request, exc):
    return api.create_response(request, {"detail": str(exc) or "You may not see this"}, status=403)


@api.exception_handler(NeedsReason)
def needs_reason(request, exc):
    return api.create_response(
        request,
        {"detail": "This child is not held by your unit: give a reason first (POST /api/v1/people/{id}/reason)."},
        status=403,
    )


@api.exception_handler(Http404)
def not_found(request, exc):
    return api.create_response(request, {"detail": "Not found"}, status=404)


api.add_router("/people", "hearth.people.api.router")
api.add_router("/", "hearth.cases.api.router")
api.add_router("/", "hearth.spending.api.router")
api.add_router("/", "hearth.looked_after.api.router")
api.add_router("/partner", "hearth.partners.api.router")
api.add_router("/partner", "hearth.frontdoor.api.partner_router")
api.add_router("/front-door", "hearth.frontdoor.api.staff_router")
api.add_router("/", "hearth.redaction.api.router")
