"""The audit log: every read and change of case data, hash-chained.

`record()` appends inside the caller's transaction, so a change and its audit row commit
together or not at all. Appending locks the chain head row for the rest of the transaction,
which keeps the chain a single line on PostgreSQL and SQLite alike.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from django.db import connection, transaction
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


# Entries written while a refused request's transaction is undone (core.idempotency rolls back every answer of 400 or
# more, so that nothing of a refused request is stored) are kept here and written again once it is undone: a refusal,
# and any record opened on the way to it, stays in the log like every other read.
_kept: ContextVar[list | None] = ContextVar("hearth_audit_kept", default=None)


@contextmanager
def kept_if_undone():
    """Collect the entries appended inside the block; call `rewrite(kept)` after undoing the block's transaction."""
    kept: list[dict] = []
    token = _kept.set(kept)
    try:
        yield kept
    finally:
        _kept.reset(token)


def rewrite(kept: list[dict]) -> None:
    """Append again, in a transaction of their own, the entries of a transaction that was undone (kept_if_undone)."""
    with transaction.atomic():
        for entry in kept:
            record(**entry)


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
    if (kept := _kept.get()) is not None:
        kept.append({"actor": actor, "action": action, "person": person, "object_type": object_type,
                     "object_id": object_id, "reason": reason, "detail": detail})
    # No savepoint of its own inside a caller's transaction (two statements fewer per audited write): if writing
    # the entry fails, the caller's whole change must fail with it anyway.
    with transaction.atomic(savepoint=False):
        seq, prev_hash = _next_link()
        event = AuditEvent(
            seq=seq,
            at=timezone.now(),
            actor_id=getattr(actor, "pk", None),
            action=action,
            object_type=object_type,
            object_id=str(object_id),
            person_id=getattr(person, "pk", person),
            reason=_storable(reason),
            detail=_storable(json.loads(json.dumps(detail or {}, default=str))),
            prev_hash=prev_hash,
        )
        event.hash = chain_hash(prev_hash, event)
        _append(event)
    return event


# Every page that shows case data appends an entry, so the append is three plain statements rather than the ORM's
# queries (building them cost more than running them). Taking the next number locks the chain head row until the
# transaction ends, as SELECT ... FOR UPDATE did: entries are appended one at a time, in order.
_HEAD = AuditHead._meta.db_table
_EVENT_FIELDS = [f for f in AuditEvent._meta.concrete_fields if not f.primary_key]
_INSERT = "INSERT INTO {} ({}) VALUES ({}) RETURNING {}".format(
    AuditEvent._meta.db_table, ", ".join(f.column for f in _EVENT_FIELDS), ", ".join(["%s"] * len(_EVENT_FIELDS)),
    AuditEvent._meta.pk.column)


def _next_link() -> tuple[int, str]:
    """The next sequence number and the hash it follows, with the chain head locked for this transaction."""
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {_HEAD} SET seq = seq + 1 WHERE id = 1 RETURNING seq, hash")
        row = cursor.fetchone()
    if row is None:  # the very first entry: there is no head yet
        AuditHead.objects.get_or_create(id=1)
        return _next_link()
    return row[0], row[1]


def _append(event: AuditEvent) -> None:
    with connection.cursor() as cursor:
        cursor.execute(_INSERT, [f.get_db_prep_save(getattr(event, f.attname), connection) for f in _EVENT_FIELDS])
        event.pk = cursor.fetchone()[0]
        cursor.execute(f"UPDATE {_HEAD} SET hash = %s WHERE id = 1", [event.hash])
    event._state.adding = False
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
