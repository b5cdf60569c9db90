"""Authentication for partner agencies' systems: an API key, not a staff session."""

from __future__ import annotations

import hmac
from datetime import timedelta

from django.http import HttpRequest
from django.utils import timezone
from ninja.security import HttpBearer

from hearth.partners.models import Organisation, PartnerApiKey
from hearth.partners.services import hash_key, split_key

# last_used_at is written at most this often per key: one small UPDATE, not one per call.
LAST_USED_RESOLUTION = timedelta(minutes=5)


def organisation_for_key(raw: str) -> tuple[Organisation, PartnerApiKey] | None:
    """The active organisation holding this active key, or None."""
    parsed = split_key(raw)
    if parsed is None:
        return None
    prefix, key = parsed
    row = PartnerApiKey.objects.select_related("organisation").filter(prefix=prefix).first()
    if row is None or not hmac.compare_digest(row.secret_hash, hash_key(key)):
        return None
    if row.revoked_at is not None or not row.organisation.active:
        return None
    now = timezone.now()
    if row.last_used_at is None or now - row.last_used_at > LAST_USED_RESOLUTION:
        PartnerApiKey.objects.filter(pk=row.pk).update(last_used_at=now)
        row.last_used_at = now
    return row.organisation, row


class PartnerKeyAuth(HttpBearer):
    """`Authorization: Bearer <key>` or `X-Api-Key: <key>`; request.auth is the partner's Organisation.

    Revoked keys, unknown keys and keys of inactive organisations get 401. Key-authenticated calls carry
    no cookies, so there is no CSRF check (ninja checks CSRF only for its cookie and API-key-in-cookie auth).
    The key row itself is left on request.partner_key for audit logging.
    """

    api_key_header = "X-Api-Key"

    def __call__(self, request: HttpRequest):
        raw = request.headers.get(self.api_key_header)
        if raw:
            return self.authenticate(request, raw)
        return super().__call__(request)

    def authenticate(self, request: HttpRequest, token: str):
        found = organisation_for_key(token)
        if found is None:
            return None
        organisation, key = found
        request.partner_key = key
        return organisation
