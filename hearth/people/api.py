import datetime as dt

from django.shortcuts import get_object_or_404
from ninja import Router, Schema, Status

from hearth.access import services as access
from hearth.access.gate import open_person
from hearth.core.idempotency import idempotent
from hearth.people import selectors
from hearth.people.models import Person
from hearth.people.search import search_and_log

router = Router(tags=["people"])


class SearchResultOut(Schema):
    id: int
    name: str
    date_of_birth: dt.date | None
    expected_date_of_birth: dt.date | None
    sex: str
    postcode: str | None
    nhs_number: str
    score: float
    match_reasons: list[str]


class RelatedOut(Schema):
    id: int
    name: str
    relationship: str


class WarningOut(Schema):
    kind: str
    text: str


class PersonOut(Schema):
    id: int
    given_name: str
    family_name: str
    date_of_birth: dt.date | None
    expected_date_of_birth: dt.date | None
    sex: str
    ethnicity: str
    nhs_number: str
    upn: str
    warnings: list[WarningOut]
    people_around: list[RelatedOut]


class ReasonIn(Schema):
    reason: str


@router.get("/search", response=list[SearchResultOut])
def search(request, q: str):
    results = search_and_log(user=request.user, query=q, via="api")
    out = []
    for r in results:
        p = r.person
        out.append({
            "id": p.pk, "name": p.full_name, "date_of_birth": p.date_of_birth,
            "expected_date_of_birth": p.expected_date_of_birth, "sex": p.sex,
            "postcode": r.current_postcode or None, "nhs_number": p.nhs_number,
            "score": r.score, "match_reasons": r.match_reasons,
        })
    return out


@router.get("/{pk}", response=PersonOut)
def person(request, pk: int):
    p = open_person(request.user, pk, action="api_view")
    return {
        "id": p.pk, "given_name": p.given_name, "family_name": p.family_name, "date_of_birth": p.date_of_birth,
        "expected_date_of_birth": p.expected_date_of_birth, "sex": p.sex, "ethnicity": p.ethnicity,
        "nhs_number": p.nhs_number, "upn": p.upn,
        "warnings": [{"kind": w.get_kind_display(), "text": w.text} for w in selectors.active_warnings(p)],
        "people_around": [{"id": c.person.pk, "name": c.person.full_name, "relationship": c.label}
                          for c in selectors.people_around(p)],
    }


@router.post("/{pk}/reason", response={201: dict})
@idempotent
def give_reason(request, pk: int, payload: ReasonIn):
    p = get_object_or_404(Person, pk=pk)
    grant = access.open_with_reason(user=request.user, person=p, reason=payload.reason)
    return Status(201, {"expires_at": grant.expires_at.isoformat()})
