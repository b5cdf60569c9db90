from functools import wraps

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from hearth.access.gate import NeedsReason, person_view
from hearth.core.errors import posted, saved_by
from hearth.people.views import person_context
from hearth.redaction import selectors, services
from hearth.redaction.forms import ACCEPT_TYPES, AddForm, StartForm
from hearth.redaction.models import Decision, Purpose, RedactionJob


def redactors_only(view):
    """Refuse anyone who may not redact before the person gate opens (and logs) the record; the refusal is audited."""

    @wraps(view)
    def wrapper(request, pk, *args, **kwargs):
        services.require_redactor(actor=request.user, person_id=pk, path=request.path)
        return view(request, pk, *args, **kwargs)

    return wrapper


@redactors_only
@person_view("view_redaction_jobs")
def person_jobs(request, person):
    form = StartForm(posted(request), request.FILES or None, initial={"keep_professionals": True})
    if request.method == "POST" and form.is_valid():
        created = []
        if saved_by(form, lambda: created.append(services.start_job(actor=request.user, person=person, **form.service_kwargs()))):
            messages.success(request, f"{len(created[0].redactions.all())} redactions proposed: check each one")
            return redirect("redaction:review", pk=created[0].pk)
    context = person_context(person, "redaction")
    context.update(page_title=f"Redaction for {person.full_name}", form=form, jobs=selectors.jobs_for(person),
                   accept_types=ACCEPT_TYPES)
    return render(request, "redaction/person.html", context)


def _open_job(request, pk, action: str) -> RedactionJob:
    """A job opens only for a redactor who may open its person's record (need-to-know, audited by the gate)."""
    if not request.user.is_authenticated:
        raise PermissionDenied("Sign in to redact records.")
    try:
        return services.open_job(actor=request.user, job_pk=pk, action=action, path=request.path)
    except NeedsReason as exc:
        raise PermissionDenied("Open this person's record first, giving your reason.") from exc


PAGE_CHARS = 6000  # about two printed pages of a case note: a long chronology is checked a part at a time


def _pages(text: str, redactions) -> list[tuple[int, int]]:
    """The document cut into parts of about PAGE_CHARS characters, at a line break where there is one in the second
    half of the part, and never inside a redaction."""
    bounds, start, n, k = [], 0, len(text), 0
    while start < n:
        end = min(n, start + PAGE_CHARS)
        if end < n:
            line = text.rfind("\n", start + PAGE_CHARS // 2, end)
            end = line + 1 if line != -1 else end
            while k < len(redactions) and redactions[k].start < start:
                k += 1  # none of these crosses `start` (the last cut moved past them), so none can cross `end`
            for j in range(k, len(redactions)):  # sorted by start: move past any redaction the cut would split
                r = redactions[j]
                if r.start >= end:
                    break
                if end < r.end:
                    end = r.end
        bounds.append((start, end))
        start = end
    return bounds or [(0, 0)]


def _page_of(bounds: list[tuple[int, int]], offset: int) -> int:
    return next((i for i, (s, e) in enumerate(bounds, start=1) if s <= offset < e), len(bounds))


def _segments(job: RedactionJob, redactions, start: int, end: int, to_check=()):
    """The part of the document from start to end cut into plain text, redaction pieces and the words to check, for
    highlighting."""
    check = services.words_pattern([w for w, _n in to_check])
    out, pos = [], start

    def plain(a: int, b: int) -> None:
        for m in check.finditer(job.text, a, b) if check else ():
            out.extend(({"text": job.text[a:m.start()]}, {"text": m.group(0), "check": True}))
            a = m.end()
        out.append({"text": job.text[a:b]})

    for r in redactions:
        if r.start < pos:
            continue
        if r.start > pos:
            plain(pos, r.start)
        out.append({"text": job.text[r.start:r.end], "r": r})
        pos = r.end
    plain(pos, end)
    return out


def _sorted_redactions(job: RedactionJob):
    return sorted(job.redactions.all(), key=lambda r: (r.start, -(r.end - r.start)))


def _review_url(job: RedactionJob, redaction=None) -> str:
    """The review page, at the part of the document that holds `redaction` (and scrolled to it)."""
    url = reverse("redaction:review", kwargs={"pk": job.pk})
    if redaction is None:
        return url
    # Where the parts are cut depends only on where the redactions lie: one query for their offsets, not every row.
    spans = list(job.redactions.order_by("start", "-end").values_list("start", "end", named=True))
    page = _page_of(_pages(job.text, spans), redaction.start)
    return url + (f"?page={page}" if page > 1 else "") + f"#r{redaction.pk}"


def review(request, pk):
    return _review_page(request, _open_job(request, pk, "view_redaction"))


def _review_page(request, job: RedactionJob, add_form=None, status=200):
    redactions = _sorted_redactions(job)
    counts = {d: sum(1 for r in redactions if r.decision == d) for d in Decision.values}
    alike: dict[tuple[str, str], int] = {}
    for r in redactions:
        if r.decision == Decision.PROPOSED:
            k = services.alike_key(r)
            alike[k] = alike.get(k, 0) + 1
    for r in redactions:
        r.alike = alike.get(services.alike_key(r), 0) if r.decision == Decision.PROPOSED else 0
    bounds = _pages(job.text, redactions)
    page = request.GET.get("page", "1")
    try:  # isdecimal, not isdigit: int() refuses "²", which isdigit accepts
        page = min(max(int(page), 1), len(bounds)) if page.isdecimal() else 1  # a page that is not there shows the nearest
    except ValueError:  # more digits than int() will read: past the last part
        page = len(bounds)
    start, end = bounds[page - 1]
    shown = [r for r in redactions if start <= r.start < end]
    to_check = services.words_to_check(job)
    context = person_context(job.person, "redaction")
    context.update(page_title=f"Check redactions: {job.title}" + (f" (part {page} of {len(bounds)})" if len(bounds) > 1 else ""),
                   job=job, segments=_segments(job, shown, start, end, to_check), redactions=shown, counts=counts, to_check=to_check,
                   add_form=add_form or AddForm(), page=page, pages=len(bounds),
                   can_read_key=job.purpose == Purpose.REVIEW and selectors.can_read_key(request.user))
    return render(request, "redaction/review.html", context, status=status)


@require_POST
def decide(request, pk, redaction_pk):
    job = _open_job(request, pk, "decide_redaction")
    redaction = get_object_or_404(job.redactions, pk=redaction_pk)
    decision = request.POST.get("decision", "")
    try:
        decided = services.decide(actor=request.user, redaction=redaction, decision=decision,
                                  all_alike=request.POST.get("all_alike") == "yes")
    except ValidationError as exc:  # the service checks the choice: one place for the rule and its message
        messages.error(request, " ".join(exc.messages))
    else:
        if len(decided) > 1:
            messages.success(request, f"{len(decided)} redactions of “{redaction.text}” {decision}")
    return redirect(_review_url(job, redaction))


@require_POST
def check(request, pk):
    """The reviewer's choice on a word to check: redact it everywhere, or keep it."""
    job = _open_job(request, pk, "add_redaction")
    word, choice = request.POST.get("word", ""), request.POST.get("choice", "")
    try:
        added = services.check_word(actor=request.user, job=job, word=word, choice=choice)
    except ValidationError as exc:  # the service checks the word and the choice: one place for the rules and messages
        messages.error(request, " ".join(exc.messages))
    else:
        times = f"{len(added)} place{'s' if len(added) != 1 else ''}"
        messages.success(request, f"“{word}” redacted in {times}" if choice == "redact" else f"“{word}” kept")
    return redirect(reverse("redaction:review", kwargs={"pk": job.pk}) + "#check")


@require_POST
def add(request, pk):
    job = _open_job(request, pk, "add_redaction")
    form = AddForm(request.POST)
    if form.is_valid() and saved_by(form, lambda: services.add_redaction(actor=request.user, job=job, **form.cleaned_data)):
        messages.success(request, "Redaction added")
        return redirect("redaction:review", pk=job.pk)
    return _review_page(request, job, add_form=form, status=422)  # the job is open already: no second gate and audit row


def download_pdf(request, pk):
    return pdf_response(request.user, _open_job(request, pk, "export_redaction"))


def pdf_response(actor, job: RedactionJob) -> HttpResponse:
    """The redacted PDF as a download that is not cached (the page's and the API's)."""
    response = HttpResponse(services.export_pdf(actor=actor, job=job), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="redacted-{job.pk}.pdf"'
    response["Cache-Control"] = "no-store"
    return response


def key(request, pk):
    job = _open_job(request, pk, "view_redaction")
    if job.purpose != Purpose.REVIEW:
        raise PermissionDenied("Only a review for publication has a pseudonym key.")
    entries = services.read_key(actor=request.user, job=job)
    context = person_context(job.person, "redaction")
    context.update(page_title=f"Pseudonym key: {job.title}", job=job, entries=entries)
    response = render(request, "redaction/key.html", context)
    response["Cache-Control"] = "no-store"
    return response
