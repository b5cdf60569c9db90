"""Every URL: signed out you are sent to sign in; a member of another unit gets no child data."""

import datetime as dt
import re

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from hearth.cases import services as case_services
from hearth.cases.models import ChronologyEntry, Task

PUBLIC = {"accounts:sign-in"}
# Pages that show only the signed-in person's own units (and requests sent to them): 200 for anyone on staff.
OWN_UNITS_ONLY = ("spending:waiting", "spending:oversight", "spending:report", "spending:report-csv")
SECRET = "Ada told me about the trampoline"  # recorded on the child's chronology; must never leak


def all_routes():
    """(route, name) for every URL in the project except Django's admin (which has its own sign-in)."""
    out = []

    def walk(patterns, prefix="", ns=""):
        for p in patterns:
            if isinstance(p, URLResolver):
                if str(p.pattern).startswith("admin/"):
                    continue
                walk(p.url_patterns, prefix + str(p.pattern), f"{ns}{p.namespace}:" if p.namespace else ns)
            elif isinstance(p, URLPattern):
                out.append((prefix + str(p.pattern), f"{ns}{p.name}" if p.name else ""))

    walk(get_resolver().url_patterns)
    return out


def fill(route: str, w) -> str:
    def value(match):
        name = match.group(1)
        before = route[: match.start()]
        if name == "case_pk":
            return str(w.case_ada.pk)
        if before.endswith("returns/"):
            return "cin-census"  # a real return: analysts only
        if before.endswith("meetings/"):
            return str(w.meeting.pk)
        if "units/" in before[-8:] or before.endswith("units/"):
            return str(w.unit_a.pk)
        return str(w.ada.pk)

    path = re.sub(r"<(?:\w+:)?(\w+)>", value, route)
    return "/" + path.lstrip("^").rstrip("$")


@pytest.fixture
def swept(world):
    case_services.record_work(actor=world.sw, child=world.ada, kind="home_visit", occurred_on=dt.date.today(),
                              minutes=60, child_seen=True, seen_alone=True, narrative=SECRET)
    world.meeting = case_services.start_meeting(actor=world.csw, unit=world.unit_a)
    return world


def test_sweep_covers_every_kind_of_page(world):
    names = {name for _, name in all_routes()}
    for expected in ("people:detail", "people:family", "cases:record", "units:board", "cases:meeting-child",
                     "access:history", "people:search"):
        assert expected in names


@pytest.mark.django_db
def test_signed_out_user_is_sent_to_sign_in(client, swept):
    for route, name in all_routes():
        if name in PUBLIC:
            continue
        url = fill(route, swept)
        for method in ("get", "post"):
            response = getattr(client, method)(url)
            if url.startswith("/api/") and not name.endswith(("api-root", "openapi-json", "openapi-view")):
                assert response.status_code in (401, 405), (method, url, response.status_code)
            else:
                assert response.status_code in (302, 405), (method, url, response.status_code)
                if response.status_code == 302:
                    assert response["Location"].startswith("/sign-in/"), (url, response["Location"])
            assert SECRET.encode() not in response.content


@pytest.mark.django_db
def test_member_of_another_unit_gets_no_child_data(client, swept):
    client.force_login(swept.other)
    entries_before = ChronologyEntry.objects.count()
    tasks_before = Task.objects.count()
    for route, name in all_routes():
        if name in PUBLIC or name == "accounts:sign-out" or "openapi" in name or name.endswith("api-root") or "docs" in route:
            continue
        url = fill(route, swept)
        for method in ("get", "post"):
            response = getattr(client, method)(url)
            body = b"".join(response.streaming_content) if response.streaming else response.content
            assert SECRET.encode() not in body, (method, url)
            assert b"1 Mill Lane" not in body and b"NE1 4ST" not in body, (method, url)
            if name == "access:reason":
                continue  # asks for a reason; shows only the name (asserted above: no case data)
            if name in ("people:search", "core:home", "people:new", *OWN_UNITS_ONLY):
                # Search shows no case data; home sends them to their own unit's board; any unit's staff may add a person.
                assert response.status_code in (200, 302)
                assert str(swept.unit_a.pk) + "/" not in response.get("Location", "")
                continue
            # The partner API takes a partner's API key, never a staff session: 401.
            allowed = (302, 400, 403, 404, 405, 422) + ((401,) if url.startswith("/api/v1/partner/") else ())
            assert response.status_code in allowed, (method, url, response.status_code)
            if response.status_code == 302:
                assert "/reason/" in response["Location"] or response["Location"].startswith("/sign-in/"), url
    assert ChronologyEntry.objects.count() == entries_before
    assert Task.objects.count() == tasks_before
