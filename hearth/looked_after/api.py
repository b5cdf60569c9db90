"""JSON API for a child's care: where it stands (episodes, care-leaver category, clocks) and the episode changes.
Every call opens the child through the access gate; the services refuse bad input with a message per field (422)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ninja import Router, Schema, Status

from hearth.access.gate import open_person
from hearth.cases import selectors as cases
from hearth.core.idempotency import idempotent
from hearth.looked_after import selectors, services
from hearth.looked_after.clocks import clocks_for_child

router = Router(tags=["looked after"])


class EpisodeOut(Schema):
    id: int
    decom: dt.date
    rne: str
    ls: str
    cin: str
    place: str
    place_provider: str
    provider_name: str
    pl_post: str
    urn: str
    weekly_cost: Decimal
    reason_place_change: str
    placed_under: str
    dec: dt.date | None
    rec: str


class ClockOut(Schema):
    key: str
    label: str
    started_on: dt.date
    due_on: dt.date
    status: str


class CareOut(Schema):
    looked_after: bool
    period_start: dt.date | None
    care_leaver_category: str | None
    episodes: list[EpisodeOut]
    clocks: list[ClockOut]


class PlacementIn(Schema):
    ls: str
    place: str
    place_provider: str
    provider_name: str
    weekly_cost: Decimal
    pl_post: str = ""
    urn: str = ""


class StartIn(PlacementIn):
    started_on: dt.date
    cin: str
    home_post: str = ""
    uasc: bool = False
    placed_under: str = ""  # "reg19" (with a parent before the assessment is finished), "reg24" (connected person approved for now)


class ChangeIn(PlacementIn):
    changed_on: dt.date
    same_carer: bool = False
    reason_place_change: str = ""
    placed_under: str | None = None  # "reg19", "reg24" or "" for neither; left out: kept while the placement type stays


class EndIn(Schema):
    ended_on: dt.date
    rec: str


def _episode(e) -> dict:
    return {name: getattr(e, name) for name in EpisodeOut.model_fields if name != "id"} | {"id": e.pk}


@router.get("/people/{pk}/care", response=CareOut)
def care(request, pk: int):
    child = open_person(request.user, pk, action="api_view", detail={"what": "care"})
    episodes = selectors.episodes_for(child)
    periods = selectors.periods(episodes)
    current = periods[-1] if periods and periods[-1].is_open else None
    clocks = clocks_for_child(child, case=cases.open_case_for(child))
    return {"looked_after": current is not None, "period_start": current.start if current else None,
            "care_leaver_category": selectors.care_leaver_category(episodes, child.date_of_birth),
            "episodes": [_episode(e) for e in episodes],
            "clocks": [{"key": c.key, "label": c.label, "started_on": c.started_on, "due_on": c.due_on, "status": c.status}
                       for c in clocks]}


@router.post("/people/{pk}/care/start", response={201: EpisodeOut})
@idempotent
def start(request, pk: int, payload: StartIn):
    child = open_person(request.user, pk, action="api_open_care")
    return Status(201, _episode(services.start_care(actor=request.user, child=child, **payload.dict())))


@router.post("/people/{pk}/care/changes", response={201: EpisodeOut})
@idempotent
def change(request, pk: int, payload: ChangeIn):
    child = open_person(request.user, pk, action="api_open_care")
    return Status(201, _episode(services.change_episode(actor=request.user, child=child, **payload.dict())))


@router.post("/people/{pk}/care/end", response=EpisodeOut)
@idempotent
def end(request, pk: int, payload: EndIn):
    child = open_person(request.user, pk, action="api_open_care")
    return _episode(services.end_care(actor=request.user, child=child, **payload.dict()))
