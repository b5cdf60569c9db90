"""Redaction over the JSON API: the same services, refusals and person gate as the pages (hearth/redaction/views.py).

A redactor (information governance, or a head of service) lists a person's jobs, starts one from the person's
chronology, reads the proposals with their reasons, accepts or rejects one or many (all or none), adds one, and
downloads the redacted PDF (with its schedule) or the schedule alone. Anyone else is refused (403, audited as on the
pages) before the record is opened; a redactor who may not open the person's record is refused by the gate.
"""

import datetime as dt

from ninja import Field, Router, Schema, Status

from hearth.access.gate import open_person
from hearth.core.idempotency import idempotent
from hearth.redaction import selectors, services
from hearth.redaction.models import Redaction, RedactionJob, Source
from hearth.redaction.views import pdf_response

router = Router(tags=["redaction"])


class JobIn(Schema):
    purpose: str = Field(description="review (publishing a safeguarding review) or sar (a subject access request)")
    title: str
    keep_professionals: bool = Field(True, description="Subject access: keep professionals acting in their role")


class JobOut(Schema):
    id: int
    person_id: int
    purpose: str
    title: str
    source: str
    filename: str
    keep_professionals: bool
    created_by: str
    created_at: dt.datetime


class RedactionOut(Schema):
    id: int
    start: int
    end: int
    text: str
    kind: str
    found_how: str
    replacement: str
    reason: str
    decision: str
    decided_by: str | None
    decided_at: dt.datetime | None


class WordOut(Schema):
    word: str
    times: int = Field(description="How many times it stands in the document with no redaction over it")


class JobDetailOut(JobOut):
    redactions: list[RedactionOut]
    words_to_check: list[WordOut] = Field(description="Words no redaction covers that may name a person or place")


class CheckIn(Schema):
    word: str = Field(description="A word from words_to_check")
    choice: str = Field(description="redact (everywhere it stands) or keep (it leaves the list)")


class DecisionIn(Schema):
    redaction_id: int
    decision: str = Field(description="accepted or rejected")
    all_alike: bool = Field(False, description="Also every undecided proposal of the same words with the same replacement")


class DecisionsIn(Schema):
    decisions: list[DecisionIn]


class AddIn(Schema):
    phrase: str = Field(description="Every place these words appear (any case or spacing) is redacted")
    reason: str


class ScheduleRowOut(Schema):
    number: int
    kind: str
    replacement: str
    reason: str


def _job(job: RedactionJob) -> dict:
    return {"id": job.pk, "person_id": job.person_id, "purpose": job.purpose, "title": job.title, "source": job.source,
            "filename": job.filename, "keep_professionals": job.keep_professionals, "created_by": str(job.created_by),
            "created_at": job.created_at}


def _redaction(r: Redaction) -> dict:
    return {"id": r.pk, "start": r.start, "end": r.end, "text": r.text, "kind": r.kind, "found_how": r.found_how,
            "replacement": r.replacement, "reason": r.reason, "decision": r.decision,
            "decided_by": str(r.decided_by) if r.decided_by_id else None, "decided_at": r.decided_at}


def _detail(job: RedactionJob) -> dict:
    return {**_job(job), "redactions": [_redaction(r) for r in job.redactions.select_related("decided_by")],
            "words_to_check": [{"word": w, "times": n} for w, n in services.words_to_check(job)]}


def _open_person(request, pk: int, action: str):
    """As the person page: refuse a non-redactor (audited) before the gate opens (and logs) the record."""
    services.require_redactor(actor=request.user, person_id=pk, path=request.path)
    return open_person(request.user, pk, action=action, detail={"path": request.path})


def _open_job(request, pk: int, action: str) -> RedactionJob:
    return services.open_job(actor=request.user, job_pk=pk, action=action, path=request.path)


@router.get("/people/{pk}/redaction-jobs", response=list[JobOut])
def jobs(request, pk: int):
    person = _open_person(request, pk, "view_redaction_jobs")
    return [_job(j) for j in selectors.jobs_for(person)]


@router.post("/people/{pk}/redaction-jobs", response={201: JobDetailOut})
@idempotent
def start(request, pk: int, payload: JobIn):
    """Start a job from the person's chronology (every entry), as the page's "The child's chronology in Hearth"."""
    person = _open_person(request, pk, "view_redaction_jobs")
    job = services.start_job(actor=request.user, person=person, source=Source.CHRONOLOGY, **payload.dict())
    return Status(201, _detail(job))


@router.get("/redaction-jobs/{pk}", response=JobDetailOut)
def job(request, pk: int):
    return _detail(_open_job(request, pk, "view_redaction"))


@router.post("/redaction-jobs/{pk}/decisions", response=list[RedactionOut])
@idempotent
def decide(request, pk: int, payload: DecisionsIn):
    """Accept or reject one proposal or many: all are checked first, and none is decided if any is wrong (422)."""
    job = _open_job(request, pk, "decide_redaction")
    decided = services.decide_many(actor=request.user, job=job, choices=[d.dict() for d in payload.decisions])
    return [_redaction(r) for r in decided]


@router.post("/redaction-jobs/{pk}/redactions", response={201: list[RedactionOut]})
@idempotent
def add(request, pk: int, payload: AddIn):
    job = _open_job(request, pk, "add_redaction")
    return Status(201, [_redaction(r) for r in services.add_redaction(actor=request.user, job=job, **payload.dict())])


@router.post("/redaction-jobs/{pk}/words-to-check", response=list[RedactionOut])
@idempotent
def check(request, pk: int, payload: CheckIn):
    """Redact a word to check everywhere it stands (the redactions added are returned), or keep it (none are)."""
    job = _open_job(request, pk, "add_redaction")
    return [_redaction(r) for r in services.check_word(actor=request.user, job=job, **payload.dict())]


@router.get("/redaction-jobs/{pk}/schedule", response=list[ScheduleRowOut])
def schedule(request, pk: int):
    """The schedule of redactions as the PDF prints it (never the removed words)."""
    _text, rows, _scrub = services.redacted_text(_open_job(request, pk, "view_redaction"))
    return [{"number": n, "kind": kind, "replacement": rep, "reason": reason} for n, kind, rep, reason in rows]


@router.get("/redaction-jobs/{pk}/pdf")
def pdf(request, pk: int):
    """The redacted PDF (true removal) followed by its schedule."""
    return pdf_response(request.user, _open_job(request, pk, "export_redaction"))
