"""Changes to redaction jobs: each in a transaction, each writing its audit row in the same transaction."""

from __future__ import annotations

import bisect
import re

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import prefetch_related_objects
from django.shortcuts import get_object_or_404
from django.utils import timezone

from hearth.access.gate import open_person
from hearth.audit import services as audit
from hearth.people.models import Person
from hearth.redaction import detect, jobs, pdf, selectors
from hearth.redaction.models import Decision, PseudonymKey, Purpose, Redaction, RedactionJob, Source

REVIEWER_REASON_MAX = 300
NOT_A_REDACTOR = "Only information governance staff and heads of service can redact records."
CHOOSE_DECISION = "Choose accept or reject"


def require_redactor(*, actor, person_id: int | None = None, job_pk: int | None = None, path: str = "") -> None:
    """Refuse anyone who may not redact, before any record is opened, and audit the refusal like the person gate's own
    (in its own transaction: it is kept although the request fails). Which person: for a job, the job's (its person id
    only: the record is not read), whatever the address says; else the person in the address, if there is one. A job or
    person that does not exist is named by the path only, so no audit row points at someone it is not about."""
    if selectors.can_redact(actor):
        return
    object_type, object_id = "", ""
    if job_pk is not None:
        person_id = RedactionJob.objects.filter(pk=job_pk).values_list("person_id", flat=True).first()
        if person_id is not None:
            object_type, object_id = "redaction.redactionjob", job_pk
    elif person_id is not None and Person.objects.filter(pk=person_id).exists():
        object_type, object_id = "people.person", person_id
    else:
        person_id = None
    with transaction.atomic():
        audit.record(actor=actor, action="refused_redaction", person=person_id, object_type=object_type,
                     object_id=object_id, detail={"path": path})
    raise PermissionDenied(NOT_A_REDACTOR)


def open_job(*, actor, job_pk: int, action: str, path: str = "") -> RedactionJob:
    """A job opens only for a redactor (else refused and audited, above) who may open its person's record: the person
    gate decides and audits the read (NeedsReason when a reason must be given first). 404 for no such job."""
    require_redactor(actor=actor, job_pk=job_pk, path=path)
    job = get_object_or_404(RedactionJob.objects.select_related("person", "created_by"), pk=job_pk)
    open_person(actor, job.person_id, action=action, detail={"redaction_job": job.pk})
    return job


def _plan(job: RedactionJob, record: detect.CaseRecord, findings: list[detect.Finding]) -> tuple[list[jobs.Planned], dict[str, str]]:
    if job.purpose == Purpose.REVIEW:
        return jobs.plan_review(record, findings)
    return jobs.plan_sar(record, findings, keep_professionals=job.keep_professionals), {}


@transaction.atomic
def start_job(*, actor, person: Person, purpose: str, title: str, source: str, text: str = "", filename: str = "",
              keep_professionals: bool = True) -> RedactionJob:
    """Read the document, find what to redact knowing the case, and store the proposals for a reviewer."""
    if not selectors.can_redact(actor):
        raise PermissionDenied(NOT_A_REDACTOR)
    errors = {}
    if purpose not in Purpose.values:
        errors["purpose"] = "Select what the redaction is for"
    if source not in Source.values:
        errors["source"] = "Select where the document comes from"
    title = (title or "").strip()
    if not title:
        errors["title"] = "Enter a title for the document"
    elif len(title) > 200:
        errors["title"] = "The title must be 200 characters or fewer"
    if source == Source.CHRONOLOGY:
        text = selectors.chronology_text(person)
    if not errors and not (text or "").strip():
        errors["source" if source == Source.CHRONOLOGY else "upload"] = "There is no text to redact"
    if errors:
        raise ValidationError(errors)
    record = selectors.case_record(person)
    findings = detect.Detector(record).find(text)
    job = RedactionJob.objects.create(person=person, purpose=purpose, title=title, source=source, filename=filename[:255],
                                      text=text, keep_professionals=keep_professionals, created_by=actor,
                                      to_check=[[w, n] for w, n in detect.words_to_check(text, findings)])
    planned, key = _plan(job, record, findings)
    Redaction.objects.bulk_create([
        Redaction(job=job, start=p.start, end=p.end, text=p.text[:500], kind=p.kind, source=p.source,
                  replacement=p.replacement[:200], reason=p.reason[:500])
        for p in planned
    ])
    if purpose == Purpose.REVIEW:
        PseudonymKey.objects.create(job=job, entries=key)
    audit.record(actor=actor, action="redaction_started", person=person, obj=job,
                 detail={"purpose": purpose, "source": source, "filename": filename, "proposed": len(planned),
                         "people_in_record": len(record.parties), "words_to_check": len(job.to_check)})
    return job


def alike_key(redaction: Redaction) -> tuple[str, str]:
    """Proposals alike: the same words (any case or spacing) with the same replacement."""
    return " ".join(redaction.text.split()).lower(), redaction.replacement


def same_as(redaction: Redaction):
    """The job's other proposals of the same words (any case or spacing) with the same replacement, still undecided."""
    key = alike_key(redaction)
    return [r for r in redaction.job.redactions.filter(replacement=redaction.replacement, decision=Decision.PROPOSED)
            if alike_key(r) == key and r.pk != redaction.pk]


@transaction.atomic
def decide(*, actor, redaction: Redaction, decision: str, all_alike: bool = False) -> list[Redaction]:
    """Accept or reject one proposal, or (all_alike) it and every undecided proposal of the same words. One audit row
    per proposal decided."""
    if decision not in (Decision.ACCEPTED, Decision.REJECTED):
        raise ValidationError({"decision": CHOOSE_DECISION})
    targets = [redaction, *(same_as(redaction) if all_alike else [])]
    now = timezone.now()
    for r in targets:
        before = r.decision
        r.decision, r.decided_by, r.decided_at = decision, actor, now
        audit.record(actor=actor, action=f"redaction_{decision}", person=redaction.job.person_id, obj=r,
                     detail={"job": r.job_id, "kind": r.kind, "before": before, "reason": r.reason, "all_alike": all_alike})
    Redaction.objects.bulk_update(targets, ["decision", "decided_by", "decided_at"])  # one UPDATE for "Accept all 40"
    return targets


def _coverage(spans):
    """A test of whether (start, end) lies inside one of `spans`, by bisection over the spans sorted by start with the
    furthest end reached so far: log n a test, not a walk over every span (a long chronology has thousands)."""
    spans = sorted(spans)
    starts = [s for s, _e in spans]
    reach, furthest = [], -1
    for _s, e in spans:
        furthest = max(furthest, e)
        reach.append(furthest)

    def covered(start: int, end: int) -> bool:
        i = bisect.bisect_right(starts, start)  # the spans that start at or before `start`
        return i > 0 and reach[i - 1] >= end

    return covered


@transaction.atomic
def decide_many(*, actor, job: RedactionJob, choices: list[dict]) -> list[Redaction]:
    """Several decisions on one job at once ({"redaction_id", "decision", "all_alike"} each), all or none: every choice
    is checked before anything is written, and each is then decided as `decide` decides one."""
    if not choices:
        raise ValidationError({"decisions": "Choose at least one redaction to accept or reject"})
    current = job.redactions.in_bulk([c["redaction_id"] for c in choices])
    errors = {}
    for i, c in enumerate(choices):
        if c["redaction_id"] not in current:
            errors[f"decisions.{i}.redaction_id"] = f"There is no redaction {c['redaction_id']} in this job"
        if c["decision"] not in (Decision.ACCEPTED, Decision.REJECTED):
            errors[f"decisions.{i}.decision"] = CHOOSE_DECISION
    if errors:
        raise ValidationError(errors)
    decided: dict[int, Redaction] = {}
    for c in choices:
        for r in decide(actor=actor, redaction=current[c["redaction_id"]], decision=c["decision"], all_alike=c.get("all_alike", False)):
            current[r.pk] = decided[r.pk] = r  # a later choice starts from this decision, not the one read before
    return sorted(decided.values(), key=lambda r: r.start)


@transaction.atomic
def add_redaction(*, actor, job: RedactionJob, phrase: str, reason: str) -> list[Redaction]:
    """A reviewer adds a redaction: every occurrence of the phrase (any case, any spacing) not already covered."""
    phrase = " ".join((phrase or "").split())
    reason = (reason or "").strip()
    errors = {}
    if not phrase:
        errors["phrase"] = "Enter the words to redact"
    elif len(phrase) > 200:
        errors["phrase"] = "The words to redact must be 200 characters or fewer"
    if not reason:
        errors["reason"] = "Enter why these words are redacted"
    elif len(reason) > REVIEWER_REASON_MAX:
        errors["reason"] = f"The reason must be {REVIEWER_REASON_MAX} characters or fewer"
    if errors:
        raise ValidationError(errors)
    covered = _coverage(job.redactions.exclude(decision=Decision.REJECTED).values_list("start", "end"))
    added = []
    for m in _phrase_pattern(phrase).finditer(job.text):
        if covered(m.start(), m.end()):
            continue
        replacement = "[redacted]" if job.purpose == Purpose.SAR else "[removed]"
        added.append(Redaction(job=job, start=m.start(), end=m.end(), text=m.group(0)[:500], kind="reviewer", source="reviewer",
                               replacement=replacement, reason=reason, decision=Decision.ACCEPTED, decided_by=actor,
                               decided_at=timezone.now()))
    if not added:
        raise ValidationError({"phrase": "Those words are not in the document, or are already redacted"})
    Redaction.objects.bulk_create(added)
    audit.record(actor=actor, action="redaction_added", person=job.person_id, obj=job,
                 detail={"occurrences": len(added), "reason": reason})
    return added


def _phrase(phrase: str) -> str:
    """The phrase in any case and spacing, as whole words: "Al" redacts "Al" and "AL", not "also" or "Total"."""
    words = r"\s+".join(re.escape(w) for w in phrase.split())
    before = r"(?<!\w)" if phrase[0].isalnum() else ""  # ("£30" or "(Jo)" start or end with no word to cut)
    after = r"(?!\w)" if phrase[-1].isalnum() else ""
    return before + words + after


def _phrase_pattern(phrase: str) -> re.Pattern:
    return re.compile(_phrase(phrase), re.IGNORECASE)


def words_pattern(words: list[str]) -> re.Pattern | None:
    """Any of the words, as _phrase_pattern finds each (for highlighting the words to check); None for no words."""
    return re.compile("|".join(_phrase(w) for w in words), re.IGNORECASE) if words else None


# The reason a word from the list to check is redacted with, by the job's purpose.
CHECKED_REASON = {
    Purpose.SAR: jobs.SAR_THIRD_PARTY.format(who="a name or place the reviewer found among the words to check"),
    Purpose.REVIEW: "A name or place that could identify the family, found by the reviewer among the words to check: removed.",
}
CHECK_CHOICES = ("redact", "keep")


def words_to_check(job: RedactionJob) -> list[tuple[str, int]]:
    """The job's words to check that still stand unredacted somewhere, each with the times it does."""
    if not job.to_check:
        return []
    covered = _coverage(job.redactions.exclude(decision=Decision.REJECTED).values_list("start", "end"))
    out = []
    for word, _times in job.to_check:
        times = sum(1 for m in _phrase_pattern(word).finditer(job.text) if not covered(m.start(), m.end()))
        if times:
            out.append((word, times))
    return out


@transaction.atomic
def check_word(*, actor, job: RedactionJob, word: str, choice: str) -> list[Redaction]:
    """The reviewer's choice on a word from the list to check: redact it wherever it stands (as a reviewer's addition,
    with the purpose's reason), or keep it (it leaves the list). Either way audited."""
    errors = {}
    listed = [w for w, _n in job.to_check]
    if word not in listed:
        errors["word"] = "That word is not on the list of words to check"
    if choice not in CHECK_CHOICES:
        errors["choice"] = "Choose redact or keep"
    if errors:
        raise ValidationError(errors)
    if choice == "redact":
        return add_redaction(actor=actor, job=job, phrase=word, reason=CHECKED_REASON[job.purpose])
    job.to_check = [[w, n] for w, n in job.to_check if w != word]
    job.save(update_fields=["to_check"])
    audit.record(actor=actor, action="redaction_word_kept", person=job.person_id, obj=job, detail={"word": word})
    return []


def applied(job: RedactionJob) -> list[Redaction]:
    """The redactions that apply (not rejected), without overlaps: the earliest, then the longest, wins."""
    out: list[Redaction] = []
    for r in sorted((r for r in job.redactions.all() if r.applies), key=lambda r: (r.start, -(r.end - r.start))):
        if out and r.start < out[-1].end:
            continue
        out.append(r)
    return out


def redacted_text(job: RedactionJob):
    """The redacted body, its schedule, and the scrubber built from the applied redactions (for the title). A reason a
    reviewer typed may repeat the words removed ("Mrs Patel's son"): the schedule prints it with every removed string
    replaced, as the title is."""
    rows = applied(job)
    text = _body(job, rows)
    scrub = _scrubber(rows, text)
    schedule = [(i, r.kind.replace("_", " "), jobs.schedule_label(i, r.replacement), scrub(r.reason))
                for i, r in enumerate(rows, start=1)]
    return text, schedule, scrub


def _body(job: RedactionJob, rows: list[Redaction]) -> str:
    planned = [jobs.Planned(r.start, r.end, r.text, r.kind, r.source, None, r.replacement, r.reason) for r in rows]
    return jobs.apply(job.text, planned, numbered=job.purpose == Purpose.SAR)


_IDENTIFIERS = {detect.NHS, detect.UPN, detect.NI, detect.PHONE, detect.VEHICLE, detect.POSTCODE}


def _scrubber(rows: list[Redaction], body: str):
    """A function that replaces, in any other text, every string the applied redactions remove (any case, any spacing,
    joined again where it was hyphenated over a line break), longest first; and each word of a removed name on its own
    ("Lovelace" when "Jade Lovelace" was removed) unless the redacted body still shows that word (a requester's own
    family name in a subject access request), so a reason or title cannot carry out a name the body does not show."""
    removed: dict[str, tuple[str, str]] = {}  # pattern -> (what it was made from, replacement)
    for r in rows:
        forms = {r.text, r.text.replace("-\n", "")}
        if r.kind == detect.NAME:
            forms |= {w for w in re.split(r"[\s,]+", r.text.replace("-\n", "")) if len(w.strip(".")) >= 3
                      and w.lower().strip(".") not in detect._HONORIFIC_WORDS
                      and not re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", body, re.IGNORECASE)}
        for form in forms:
            if form.split():
                removed.setdefault(r"\s+".join(re.escape(w) for w in form.split()), (form, r.replacement))
        if r.kind in _IDENTIFIERS:  # "943 476 5919" is removed as "9434765919" and "943-476-5919" too
            chars = [c for c in r.text if c.isalnum()]
            if chars:
                removed.setdefault(r"[\s\-]*".join(re.escape(c) for c in chars), (r.text, r.replacement))
    patterns = [(re.compile(r"(?<!\w)" + pattern + r"(?!\w)", re.IGNORECASE), rep)
                for pattern, (source, rep) in sorted(removed.items(), key=lambda t: -len(t[1][0]))]

    def scrub(s: str) -> str:
        for pattern, replacement in patterns:
            s = pattern.sub(lambda _m, rep=replacement: rep, s)
        return s

    return scrub


@transaction.atomic
def export_pdf(*, actor, job: RedactionJob) -> bytes:
    prefetch_related_objects([job], "redactions")  # one read of the redactions for the text, the title and the count
    # The title as the PDF shows it (page and metadata): every word the document's applied redactions remove from the
    # body is removed from the title too, so a title naming the child does not carry the name out.
    text, schedule, scrub = redacted_text(job)
    footer = (f"{job.get_purpose_display()}. Produced by Hearth on {timezone.localdate():%d %B %Y}. "
              f"{len(schedule)} redactions; each is listed with its reason in the schedule at the end.")
    data = pdf.render(title=scrub(job.title), body=text, schedule=schedule, footer=footer)
    audit.record(actor=actor, action="redaction_exported", person=job.person_id, obj=job,
                 detail={"redactions": len(schedule), "undecided": sum(r.decision == Decision.PROPOSED for r in job.redactions.all())})
    return data


def read_key(*, actor, job: RedactionJob) -> dict[str, str]:
    """The pseudonym key: information governance only. The refusal is audited too (and kept: it is not rolled back)."""
    if not selectors.can_read_key(actor):
        audit.record(actor=actor, action="refused_pseudonym_key", person=job.person_id, obj=job)
        raise PermissionDenied("Only information governance staff can see the pseudonym key.")
    with transaction.atomic():
        key = PseudonymKey.objects.filter(job=job).first()
        audit.record(actor=actor, action="read_pseudonym_key", person=job.person_id, obj=job)
    return dict(key.entries) if key else {}
