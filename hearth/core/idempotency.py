"""Idempotent POSTs: the same request sent twice (a retry after a timeout) is done once and answered the same.

A caller sends a header `Idempotency-Key: <any unique string>` with a POST. The first request with that key
does the work; the key, a fingerprint of the request and the answer are stored in the same transaction as the
work. A repeat with the same key and the same request gets the stored answer with the same status (and the
header `Idempotent-Replayed: true`) and does nothing again. The same key with a different request is refused
with 422. Two copies arriving at the same moment still do the work once: the stored row has a unique
constraint on (caller, key), so the second insert waits for the first transaction and then replays its answer.

Only answers below 400 are stored: a request refused for bad input writes nothing (not even its key), so the
caller can correct it and send it again with the same key. Its audit entries are kept (a refusal is logged as it is
without a key): they are written again once the refused request's transaction is undone.

Use `@idempotent` on a django-ninja operation (below `@router.post(...)`), or `run_once()` from a page.
Keys are kept (no expiry yet): a caller must not reuse a key for a new request.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse, JsonResponse
from ninja.decorators import decorate_view
from ninja.utils import contribute_operation_callback

HEADER = "Idempotency-Key"
MAX_KEY_LENGTH = 255
REUSED_MESSAGE = "This Idempotency-Key was already used for a different request: use a new key for each new request"

HEADER_DOC = {
    "in": "header",
    "name": HEADER,
    "required": False,
    "description": "Any unique string (a UUID is best). Sending the same request again with the same key returns the "
                   "first answer and stores nothing twice; the same key with a different request gets 422.",
    "schema": {"type": "string", "maxLength": MAX_KEY_LENGTH},
}


@dataclass(frozen=True)
class Answer:
    status_code: int
    body: str
    content_type: str = "application/json"
    replayed: bool = False


class KeyReused(Exception):
    """The key was used before with a different request."""


def _model():
    from hearth.frontdoor.models import IdempotencyRecord

    return IdempotencyRecord


def fingerprint(method: str, path: str, body: bytes | str) -> str:
    """SHA-256 of the method, path and body; a JSON body counts the same whatever its spacing or key order."""
    if isinstance(body, str):
        body = body.encode()
    try:
        canonical = json.dumps(json.loads(body or b"null"), sort_keys=True, separators=(",", ":")).encode()
    except (ValueError, UnicodeDecodeError):
        canonical = body
    return hashlib.sha256(method.encode() + b"\n" + path.encode() + b"\n" + canonical).hexdigest()


def clean_key(key: str) -> str:
    key = (key or "").strip()
    if len(key) > MAX_KEY_LENGTH:
        raise ValidationError({HEADER: f"{HEADER} must be {MAX_KEY_LENGTH} characters or fewer"})
    if any(ord(c) < 32 or ord(c) == 127 for c in key):
        raise ValidationError({HEADER: f"{HEADER} must not contain control characters"})
    return key


def _stored(caller: str, key: str, fp: str) -> Answer | None:
    row = _model().objects.filter(caller=caller, key=key).first()
    if row is None:
        return None
    if row.fingerprint != fp:
        raise KeyReused()
    return Answer(row.status_code, row.body, row.content_type, replayed=True)


def run_once(*, caller: str, key: str, fp: str, method: str, path: str, work: Callable[[], Answer]) -> Answer:
    """Do `work` once for (caller, key); store its answer in the same transaction; replay it on a repeat.

    Raises KeyReused if the key was used before for a request with another fingerprint.
    """
    stored = _stored(caller, key, fp)
    if stored is not None:
        return stored
    from hearth.audit import services as audit  # the audit app stands on core, not the other way round

    model = _model()
    try:
        with audit.kept_if_undone() as entries:
            with transaction.atomic():
                # Inserted before the work: a concurrent duplicate blocks here until this transaction ends.
                record = model.objects.create(caller=caller, key=key, fingerprint=fp, method=method, path=path[:500],
                                              status_code=0)
                answer = work()
                if answer.status_code < 400:
                    record.status_code, record.body, record.content_type = answer.status_code, answer.body, answer.content_type
                    record.save(update_fields=["status_code", "body", "content_type"])
                    return answer
                transaction.set_rollback(True)  # refused: nothing is stored, not even the key...
        audit.rewrite(entries)  # ...except the audit log's entries: a refusal is logged with or without a key
        return answer
    except IntegrityError:
        stored = _stored(caller, key, fp)
        if stored is None:
            raise
        return stored


def caller_for(request: HttpRequest) -> str | None:
    """Who is calling: the API key they present (hashed), else the signed-in user, else nobody."""
    raw = request.headers.get("X-Api-Key") or request.headers.get("Authorization") or ""
    if raw.strip():
        return "key:" + hashlib.sha256(raw.strip().encode()).hexdigest()[:64]
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return f"user:{user.pk}"
    return None


def _error(message: str) -> JsonResponse:
    return JsonResponse({"detail": message, "errors": {HEADER: [message]}}, status=422)


def _to_response(answer: Answer) -> HttpResponse:
    response = HttpResponse(answer.body, status=answer.status_code, content_type=answer.content_type)
    if answer.replayed:
        response["Idempotent-Replayed"] = "true"
    return response


def _wrap_run(run):
    """Wraps a ninja Operation.run: the whole operation (auth, work, answer) happens inside run_once."""

    @wraps(run)
    def wrapper(request, *args, **kwargs):
        raw = request.headers.get(HEADER)
        if request.method != "POST" or raw is None:
            return run(request, *args, **kwargs)
        try:
            key = clean_key(raw)
        except ValidationError as exc:
            return _error(exc.message_dict[HEADER][0])
        caller = caller_for(request)
        if not key or caller is None:
            return run(request, *args, **kwargs)  # no key, or nobody to scope it to (auth will refuse)
        holder: dict = {}

        def work() -> Answer:
            response = run(request, *args, **kwargs)
            holder["response"] = response
            return Answer(response.status_code, response.content.decode("utf-8", "replace"),
                          response.get("Content-Type", "application/json"))

        try:
            answer = run_once(caller=caller, key=key, fp=fingerprint(request.method, request.path, request.body),
                              method=request.method, path=request.path, work=work)
        except KeyReused:
            return _error(REUSED_MESSAGE)
        if not answer.replayed and "response" in holder:
            return holder["response"]
        return _to_response(answer)

    return wrapper


def _document(operation) -> None:
    extra = dict(operation.openapi_extra or {})
    extra["parameters"] = [*extra.get("parameters", []), HEADER_DOC]
    operation.openapi_extra = extra
    operation.hearth_idempotent = True


def idempotent(func):
    """Make a django-ninja POST operation idempotent. Put it below `@router.post(...)`."""
    decorate_view(_wrap_run)(func)
    if hasattr(func, "_ninja_operation"):
        _document(func._ninja_operation)
    else:
        contribute_operation_callback(func, _document)
    return func
