"""Time the busiest pages server-side against a large synthetic authority (ALL data synthetic).

    DATABASE_URL=postgres://hearth@127.0.0.1:55432/postgres .venv/bin/python bench/bench_pages.py [--reuse]

Migrates the database, generates the large authority (generate_large_authority --children 50000 --flush-first,
or keeps the data already there with --reuse), signs in as a unit's consultant social worker and times, through
Django's test client, the child page, the unit board and a tolerant name search with a typo'd surname.
Prints p50 and p95 per page against the 50 ms goal. See bench/README.md.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import statistics
import string
import sys
import time
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hearth.settings")
# Time the pages as production runs them (DEBUG off) unless told otherwise; no secret is needed for a benchmark.
os.environ.setdefault("HEARTH_DEBUG", "0")
os.environ.setdefault("HEARTH_ALLOW_INSECURE_KEY", "1")

GOAL_MS = 50.0


@dataclass
class Page:
    label: str
    requests: Callable[[], Iterator[tuple[str, dict]]]  # yields (path, GET parameters) for each request


@dataclass
class Timing:
    label: str
    times_ms: list[float]
    queries: int
    error: str = ""

    def percentile(self, p: int) -> float:
        return statistics.quantiles(self.times_ms, n=100, method="inclusive")[p - 1]


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--children", type=int, default=50_000, help="children to generate (default 50000)")
    parser.add_argument("--reuse", action="store_true", help="keep the data already in the database if there is any")
    parser.add_argument("--requests", type=int, default=200, help="timed requests per page (default 200)")
    parser.add_argument("--warmup", type=int, default=20, help="untimed requests per page first (default 20)")
    parser.add_argument("--seed", type=int, default=7, help="seed for choosing children and search typos")
    return parser.parse_args(argv)


def _typo(rng: random.Random, surname: str) -> str:
    """The surname with one letter (not the first) changed to another letter."""
    positions = [i for i, ch in enumerate(surname) if i > 0 and ch.isalpha()]
    i = rng.choice(positions)
    replacement = rng.choice([c for c in string.ascii_lowercase if c != surname[i].lower()])
    return surname[:i] + replacement + surname[i + 1:]


def _prepare_data(args: argparse.Namespace) -> None:
    from django.core.management import call_command

    from hearth.people.models import Person

    started = time.perf_counter()
    call_command("migrate", verbosity=0, interactive=False)
    print(f"migrate: {time.perf_counter() - started:.1f}s")
    if args.reuse and Person.objects.exists():
        print(f"--reuse: keeping the {Person.objects.count()} people already in the database")
        return
    started = time.perf_counter()
    call_command("generate_large_authority", children=args.children, flush_first=True)
    print(f"generate_large_authority --children {args.children}: {time.perf_counter() - started:.1f}s")


def _machine_ms() -> float:
    """How fast this machine runs Python just now: the best of five runs of a fixed loop, in milliseconds."""
    best = float("inf")
    for _ in range(5):
        started = time.perf_counter()
        sum(range(10**6))
        best = min(best, time.perf_counter() - started)
    return best * 1000


def _check_urls(names: dict[str, dict]) -> list[str]:
    """The URL names that do not resolve with the given arguments (their views do not exist yet)."""
    from django.urls import NoReverseMatch, reverse

    missing = []
    for name, kwargs in names.items():
        try:
            reverse(name, kwargs=kwargs)
        except NoReverseMatch:
            missing.append(name)
    return missing


def _measure(client, page: Page, requests: int, warmup: int) -> Timing:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    stream = page.requests()
    times: list[float] = []
    for i in range(warmup + requests):
        path, params = next(stream)
        started = time.perf_counter()
        response = client.get(path, params)
        elapsed = (time.perf_counter() - started) * 1000
        if response.status_code != 200:
            where = f" -> {response.get('Location')}" if response.has_header("Location") else ""
            return Timing(page.label, times, 0, f"GET {path} {params or ''} answered {response.status_code}{where}")
        if i >= warmup:
            times.append(elapsed)
    path, params = next(stream)
    with CaptureQueriesContext(connection) as queries:
        client.get(path, params)
    return Timing(page.label, times, len(queries))


def main(argv: list[str] | None = None) -> int:
    args = _parse_args(argv)
    if not os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")):
        print("Set DATABASE_URL to a PostgreSQL database (see bench/README.md for a throwaway one).", file=sys.stderr)
        return 2

    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.urls import reverse

    from hearth.access.models import Restriction
    from hearth.cases.models import Case, ChronologyEntry
    from hearth.people.models import PersonName
    from hearth.units.models import Membership, Role

    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    # WhiteNoise warns once that collectstatic has not been run; the pages under test do not need it.
    warnings.filterwarnings("ignore", message="No directory at")
    missing = _check_urls({"people:detail": {"pk": 1}, "units:board": {"pk": 1}, "people:search": {}})
    if missing:
        print(f"These URL names do not resolve, so their pages cannot be timed: {', '.join(missing)}. "
              "Add the views (or fix the names) and run again.", file=sys.stderr)
        return 1

    _prepare_data(args)
    rng = random.Random(args.seed)
    membership = (Membership.objects.filter(role=Role.CONSULTANT_SOCIAL_WORKER, ended_on__isnull=True,
                                            user__username="csw").select_related("unit", "user").first()
                  or Membership.objects.filter(role=Role.CONSULTANT_SOCIAL_WORKER, ended_on__isnull=True)
                  .select_related("unit", "user").order_by("unit_id").first())
    if membership is None:
        print("No unit has a consultant social worker: is the data loaded?", file=sys.stderr)
        return 1
    user, unit = membership.user, membership.unit
    restricted = Restriction.objects.values_list("person_id", flat=True)
    children = list(Case.objects.filter(unit=unit, closed_on__isnull=True).exclude(child_id__in=restricted)
                    .order_by("child_id").values_list("child_id", flat=True))
    surnames = sorted({s for s in PersonName.objects.filter(kind="legal").values_list("family_name", flat=True)
                       if len(s) >= 4 and s.isalpha()})
    if not children or not surnames:
        print(f"{unit} holds no open cases or there are no surnames to search for.", file=sys.stderr)
        return 1
    surnames = rng.sample(surnames, min(500, len(surnames)))
    print(f"Database: {connection.vendor} {connection.settings_dict['NAME']}; "
          f"{Case.objects.count()} cases, {ChronologyEntry.objects.count()} chronology entries")
    print(f"Signed in as {user.username} ({user}), consultant social worker of {unit} "
          f"({len(children)} open cases); {args.requests} timed requests per page after {args.warmup} warm-up\n")

    def child_pages() -> Iterator[tuple[str, dict]]:
        for i in range(10**9):
            yield reverse("people:detail", kwargs={"pk": children[i % len(children)]}), {}

    def board() -> Iterator[tuple[str, dict]]:
        path = reverse("units:board", kwargs={"pk": unit.pk})
        while True:
            yield path, {}

    def searches() -> Iterator[tuple[str, dict]]:
        path = reverse("people:search")
        while True:
            yield path, {"q": _typo(rng, rng.choice(surnames))}

    print(f"Machine check before: {_machine_ms():.1f} ms for a fixed pure-Python loop (best of 5; lower is faster)")
    client = Client()
    client.force_login(user)
    gc.collect()
    gc.freeze()  # as hearth/wsgi.py does once the application is loaded
    timings = [
        _measure(client, page, args.requests, args.warmup)
        for page in (Page("Child page (people:detail)", child_pages), Page("Unit board (units:board)", board),
                     Page("Name search, typo'd surname (people:search)", searches))
    ]

    print(f"Machine check after: {_machine_ms():.1f} ms (the same loop: a virtual machine's speed varies with its host, "
          "so compare runs only where these agree)\n")
    print(f"{'page':<46} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'queries':>8}  goal ({GOAL_MS:.0f} ms at p95)")
    failed = False
    for t in timings:
        if t.error:
            failed = True
            print(f"{t.label:<46} FAILED: {t.error}")
            continue
        p50, p95 = t.percentile(50), t.percentile(95)
        verdict = "met" if p95 < GOAL_MS else "NOT met"
        failed = failed or p95 >= GOAL_MS
        print(f"{t.label:<46} {p50:8.1f} {p95:8.1f} {max(t.times_ms):8.1f} {t.queries:8d}  {verdict}"
              f" (p50 {'under' if p50 < GOAL_MS else 'over'} goal)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
