"""The audit log: every read and change of case data, hash-chained.

`record()` appends inside the caller's transaction, so a change and its audit row commit
together or not at all. Appending locks the chain head row for the rest of the transaction,
which keeps the chain a single line on PostgreSQL and SQLite alike.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from hearth.audit.models import AuditEvent, AuditHead

GENESIS = "0" * 64


def _canonical(event: AuditEvent) -> str:
    return json.dumps(
        {
            "seq": event.seq,
            "at": event.at.astimezone(dt.UTC).isoformat(timespec="microseconds"),
            "actor": event.actor_id,
            "action": event.action,
            "object_type": event.object_type,
            "object_id": event.object_id,
            "person": event.person_id,
            "reason": event.reason,
            "detail": event.detail,
        },
        sort_keys=True,
        separators=(",", ":"),
        default=str,
    )


def chain_hash(prev_hash: str, event: AuditEvent) -> str:
    return hashlib.sha256((prev_hash + _canonical(event)).encode()).hexdigest()


def _storable(value):
    """PostgreSQL text and jsonb cannot hold NUL: keep the rest of what was sent, with NUL shown as U+FFFD."""
    if isinstance(value, str):
        return value.replace("\x00", "\ufffd")
    if isinstance(value, dict):
        return {_storable(k): _storable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_storable(v) for v in value]
    return value


def record(
    *,
    actor,
    action: str,
    person=None,
    obj=None,
    object_type: str = "",
    object_id: str | int = "",
    reason: str = "",
    detail: dict | None = None,
) -> AuditEvent:
    """Append one audit entry. Call it inside the transaction that makes the change."""
    if obj is not None:
        object_type = object_type or obj._meta.label_lower
        object_id = object_id or obj.pk
    # No savepoint of its own inside a caller's transaction (two statements fewer per audited write): if writing
    # the entry fails, the caller's whole change must fail with it anyway.
    with transaction.atomic(savepoint=False):
        head, _ = AuditHead.objects.select_for_update().get_or_create(id=1)
        event = AuditEvent(
            seq=head.seq + 1,
            at=timezone.now(),
            actor_id=getattr(actor, "pk", None),
            action=action,
            object_type=object_type,
            object_id=str(object_id),
            person_id=getattr(person, "pk", person),
            reason=_storable(reason),
            detail=_storable(json.loads(json.dumps(detail or {}, default=str))),
            prev_hash=head.hash,
        )
        event.hash = chain_hash(head.hash, event)
        event.save(force_insert=True)
        AuditHead.objects.filter(id=1).update(seq=event.seq, hash=event.hash)
    return event


@dataclass
class Verification:
    checked: int
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(batch_size: int = 5000) -> Verification:
    """Walk the whole chain and report every entry that does not fit."""
    problems: list[str] = []
    prev_hash = GENESIS
    expected_seq = 1
    checked = 0
    last_seq = 0
    qs = AuditEvent.objects.order_by("seq")
    start = 0
    while True:
        batch = list(qs.filter(seq__gt=start)[:batch_size])
        if not batch:
            break
        for event in batch:
            checked += 1
            if event.seq != expected_seq:
                problems.append(f"Entries {expected_seq} to {event.seq - 1} are missing (deleted).")
            if event.prev_hash != prev_hash:
                problems.append(f"Entry {event.seq} does not follow the entry before it (chain broken).")
            if chain_hash(event.prev_hash, event) != event.hash:
                problems.append(f"Entry {event.seq} was altered after it was written.")
            prev_hash = event.hash
            expected_seq = event.seq + 1
            last_seq = event.seq
        start = batch[-1].seq
    head = AuditHead.objects.filter(id=1).first()
    if head and (head.seq != last_seq or head.hash != prev_hash):
        problems.append(
            f"The log ends at entry {last_seq} but the chain head says {head.seq}: entries at the end were removed."
        )
    return Verification(checked=checked, problems=problems)
