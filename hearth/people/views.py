from django.core.paginator import Paginator
from django.shortcuts import render

from hearth.access.gate import person_view
from hearth.access.services import reasoned_access_for
from hearth.cases import selectors as cases
from hearth.cases.models import EntryKind
from hearth.people import selectors
from hearth.people.search import parse_query, search_and_log


def person_context(person, tab: str) -> dict:
    """What every page about a person shows at the top: identity, warnings, sub-navigation."""
    return {
        "person": person,
        "warnings": list(selectors.active_warnings(person)),
        "address": selectors.current_address(person),
        "case": cases.open_case_for(person),
        "tab": tab,
    }


@person_view("view_chronology")
def detail(request, person):
    kind = request.GET.get("kind") or ""
    if kind not in EntryKind.values:
        kind = ""
    entries = Paginator(cases.chronology(person, kind=kind or None), 25).get_page(request.GET.get("page"))
    context = person_context(person, "chronology")
    case = context["case"]
    context.update(
        page_title=person.full_name,
        entries=entries,
        kind=kind,
        kinds=EntryKind.choices,
        around=selectors.people_around(person),
        lead=cases.unit_lead(case.unit) if case else None,
        tasks=list(cases.open_tasks(case)) if case else [],
        outside_access=list(reasoned_access_for(person, limit=5)),
        names=list(person.names.exclude(kind="legal")),
        disabilities=[d.get_code_display() for d in person.disabilities.all()],
        past_addresses=list(person.addresses.filter(ended_on__isnull=False)),
    )
    return render(request, "people/detail.html", context)


@person_view("view_family")
def family(request, person):
    children = [person, *cases.siblings(person)]
    open_cases, last_seen = cases.family_cases(children)
    context = person_context(person, "family")
    context.update(
        page_title=f"Family of {person.full_name}",
        rows=[{"child": c, "case": open_cases.get(c.pk), "last_seen": last_seen.get(c.pk)} for c in children],
        around=[c for c in selectors.people_around(person) if c.person.pk not in {ch.pk for ch in children}],
    )
    return render(request, "people/family.html", context)


def search(request):
    query = (request.GET.get("q") or "").strip()
    parsed = parse_query(query) if query else None
    results = search_and_log(user=request.user, query=query) if query else []
    return render(request, "people/search.html", {
        "page_title": "Find a person", "query": query, "parsed": parsed, "results": results, "active_nav": "search",
    })
