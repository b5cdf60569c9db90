"""The partner agency API: authenticated by a partner's API key (PartnerKeyAuth), never by a staff session."""

import datetime as dt

from ninja import Router, Schema

from hearth.partners import services
from hearth.partners.auth import PartnerKeyAuth

router = Router(tags=["partner agencies"], auth=PartnerKeyAuth())


class StatusQuery(Schema):
    """The child asked about: the NHS number, or first name, last name and date of birth (exact match only)."""

    nhs_number: str = ""
    given_name: str = ""
    family_name: str = ""
    date_of_birth: dt.date | None = None


class ContactOut(Schema):
    team: str
    phone: str
    email: str
    consultant_social_worker: str | None = None


class ErrorOut(Schema):
    detail: str | list  # a sentence, or (for a body that does not fit the schema) ninja's list of problems
    errors: dict[str, list[str]] | None = None  # a message per field, in plain words


class StatusOut(Schema):
    result: str  # "match", "no_match" or "more_than_one"
    open_case: bool | None
    child_protection_plan: bool | None
    looked_after: bool | None
    contact: ContactOut | None
    message: str


@router.post("/children/status", response={200: StatusOut, 400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 422: ErrorOut},
             summary="Is this child known, protected or looked after?")
def child_status(request, payload: StatusQuery):
    """For health and police partners only (others get 403). POST keeps the child's identifiers out of URLs and logs.

    Answers only whether the child has an open case, is on a child protection plan or looked after, and whom
    to call; nothing else about the child. Each question is audit-logged and shown to the child's unit.
    """
    answer = services.answer_status_enquiry(organisation=request.auth, key=getattr(request, "partner_key", None),
                                            **payload.dict())
    contact = answer.contact.__dict__ if answer.contact else None
    return {"result": answer.result, "open_case": answer.open_case, "child_protection_plan": answer.child_protection_plan,
            "looked_after": answer.looked_after, "contact": contact, "message": answer.message}
