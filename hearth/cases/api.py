import datetime as dt

from ninja import Router, Schema, Status

from hearth.access.gate import open_person
from hearth.access.services import visible_unit
from hearth.audit import services as audit
from hearth.cases import selectors, services
from hearth.core.idempotency import idempotent

router = Router(tags=["casework"])


class EntryOut(Schema):
    id: int
    kind: str
    kind_label: str
    occurred_on: dt.date
    minutes: int | None
    child_seen: bool | None
    seen_alone: bool | None
    title: str
    narrative: str
    author: str | None


class RecordingIn(Schema):
    kind: str
    occurred_on: dt.date
    minutes: int
    narrative: str
    child_seen: bool | None = None
    seen_alone: bool | None = None


class BoardRowOut(Schema):
    case_id: int
    child_id: int
    child_name: str
    status: str
    last_seen_on: dt.date | None
    next_due_on: dt.date | None
    next_due: str | None


def _entry(e) -> dict:
    return {
        "id": e.pk, "kind": e.kind, "kind_label": e.get_kind_display(), "occurred_on": e.occurred_on,
        "minutes": e.minutes, "child_seen": e.child_seen, "seen_alone": e.seen_alone, "title": e.title,
        "narrative": e.narrative, "author": str(e.author) if e.author else None,
    }


@router.get("/people/{pk}/chronology", response=list[EntryOut])
def chronology(request, pk: int, kind: str | None = None, limit: int = 50, offset: int = 0):
    child = open_person(request.user, pk, action="api_view", detail={"what": "chronology"})
    limit = max(1, min(limit, 200))
    return [_entry(e) for e in selectors.chronology(child, kind=kind)[offset:offset + limit]]


@router.post("/people/{pk}/chronology", response={201: EntryOut})
@idempotent
def record(request, pk: int, payload: RecordingIn):
    child = open_person(request.user, pk, action="api_open_recording")
    entry = services.record_work(actor=request.user, child=child, **payload.dict())
    return Status(201, _entry(entry))


@router.get("/units/{pk}/board", response=list[BoardRowOut])
def board(request, pk: int):
    unit = visible_unit(request.user, pk, to="see its board")
    rows = selectors.unit_board(unit, user=request.user)
    audit.record(actor=request.user, action="view_unit_board", obj=unit, detail={"children": len(rows), "api": True})
    return [{"case_id": c.pk, "child_id": c.child_id, "child_name": c.child.full_name, "status": c.get_status_display(),
             "last_seen_on": c.last_seen_on, "next_due_on": c.next_due_on, "next_due": c.next_due_text} for c in rows]
