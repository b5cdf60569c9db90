"""The analysts' page: the returns, their findings (errors and queries apart) and downloads. Only staff with the
permission returns.produce_returns (the Analysts group) may see it: a return holds every child's record."""

from __future__ import annotations

from functools import wraps

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import render

from hearth.audit import services as audit
from hearth.returns.links import LABELS, fix_url
from hearth.returns.registry import RETURNS

SHOWN = 200  # findings listed on the page per kind; the download holds the whole return


def analysts_only(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.has_perm("returns.produce_returns"):
            raise PermissionDenied("Only analysts can produce the statutory returns.")
        return view(request, *args, **kwargs)

    return wrapper


def _kind_and_period(request, slug: str):
    kind = RETURNS.get(slug)
    if kind is None:
        raise Http404("No such return")
    text = request.GET.get("period", "").strip() or kind.default_period()
    try:
        return kind, text, kind.parse_period(text), None
    except ValueError as exc:
        return kind, text, None, str(exc)


@analysts_only
def index(request):
    return render(request, "returns/index.html", {"page_title": "Statutory returns", "returns": list(RETURNS.values()),
                                                   "active_nav": "returns"})


@analysts_only
def detail(request, slug: str):
    kind, text, period, error = _kind_and_period(request, slug)
    context = {"page_title": kind.title, "kind": kind, "period_text": text, "error": error}
    if error is None:
        produced = kind.produce(period)
        with transaction.atomic():  # the findings name children: the read is on the record like any other
            audit.record(actor=request.user, action="return_checked", object_type="return", object_id=slug,
                         detail={"period": text, "errors": len(produced.errors), "queries": len(produced.queries)})
        rows = {name: [(f, fix_url(f.fix, f.person_id), LABELS.get(f.fix, "")) for f in found[:SHOWN]]
                for name, found in (("errors", produced.errors), ("queries", produced.queries))}
        context.update(produced=produced, rows=rows, shown=SHOWN)
    return render(request, "returns/detail.html", context, status=422 if error else 200)


@analysts_only
def download(request, slug: str):
    kind, text, period, error = _kind_and_period(request, slug)
    if error is not None:
        return HttpResponse(error, status=422, content_type="text/plain")
    produced = kind.produce(period)
    with transaction.atomic():
        audit.record(actor=request.user, action="return_downloaded", object_type="return", object_id=slug,
                     detail={"period": text, "errors": len(produced.errors), "queries": len(produced.queries),
                             "filename": produced.filename})
    response = HttpResponse(produced.content, content_type=produced.content_type)
    response["Content-Disposition"] = f'attachment; filename="{produced.filename}"'
    return response
