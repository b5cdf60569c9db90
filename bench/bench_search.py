"""Time the person search on a large synthetic population (ALL data synthetic).

    DATABASE_URL=postgres://hearth@127.0.0.1:55433/bench HEARTH_DEBUG=1 .venv/bin/python bench/bench_search.py

Fills an EMPTY database (after migrating it) with --people synthetic people, about a third more names
(aliases and previous names), one or two addresses each, and the distinct-token table, using bulk_create.
A database that already holds people is only read. Then times search_people for several kinds of query
(typo'd names, nicknames, name + date of birth, date of birth, NHS number, postcode) and prints p50/p95/max,
how often the person the query was made from was found (in the page, in the top 3) and the number of SQL queries.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hearth.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from faker.providers.person import (  # noqa: E402
    de_DE,
    en_GB,
    en_IE,
    en_IN,
    en_NG,
    en_PK,
    en_US,
    es_ES,
    fr_FR,
    it_IT,
    pl_PL,
    pt_PT,
    ro_RO,
    tr_TR,
)
from stdnum.gb import nhs  # noqa: E402

from hearth.core.identifiers import normalise_postcode  # noqa: E402
from hearth.people import search as search_module  # noqa: E402
from hearth.people.models import Address, NameKind, NameToken, Person, PersonName, PersonNameWord  # noqa: E402
from hearth.people.names import normalise, phonetic, tokens  # noqa: E402
from hearth.people.search import nickname_variants, search_people  # noqa: E402

LOCALES = [
    en_GB, en_GB, en_GB, en_US, en_IE, en_IN, en_NG, en_PK, pl_PL, de_DE, fr_FR, it_IT, es_ES, pt_PT, ro_RO, tr_TR,
]
AREAS = ("AB", "CD", "EF", "GH", "JK", "LM", "NP", "SW", "M", "B", "L", "LS")
OUTWARDS = [f"{area}{n}" for area in AREAS for n in range(1, 21)]


def _names(values) -> list[str]:
    return list(values.keys()) if isinstance(values, dict) else list(values)


def _pool(attribute: str) -> list[str]:
    seen: dict[str, None] = {}
    for locale in LOCALES:
        for name in _names(getattr(locale.Provider, attribute, ())):
            if normalise(name) and name.replace("-", "").replace(" ", "").replace("'", "").isalpha():
                seen.setdefault(name, None)
    return list(seen)


def _zipf(pool: list[str], rng: random.Random) -> tuple[list[str], list[float]]:
    """Common names common, a long tail rare: the top name is about 1.5% of people, like Smith in England."""
    pool = pool[:]
    rng.shuffle(pool)
    return pool, [1 / (rank**0.6) for rank in range(1, len(pool) + 1)]


def _mutate(name: str, rng: random.Random) -> str:
    """A rarer surname: the long tail of real data (tens of thousands of distinct family names)."""
    letters = "abcdefghijklmnoprstuvwy"
    i = rng.randrange(1, max(2, len(name)))
    choice = rng.random()
    if choice < 0.3:
        return name[:i] + rng.choice(letters) + name[i:]
    if choice < 0.6:
        return name[:i] + rng.choice(letters) + name[i + 1:]
    if choice < 0.8:
        return name + rng.choice(["s", "son", "ley", "ton", "er", "ford", "wood"])
    return name + rng.choice(["-", " "]) + rng.choice(["Smith", "Jones", "Khan", "Brown", "Ali", "Taylor"])


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 1)
    kind = rng.choice(["swap", "drop", "double", "replace"])
    if kind == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind == "drop":
        return word[:i] + word[i + 1:]
    if kind == "double":
        return word[:i] + word[i] + word[i:]
    return word[:i] + rng.choice("aeiouy") + word[i + 1:]


def _nhs_numbers(count: int):
    serial = 0
    while count:
        serial += 1
        base = f"999{serial:06d}"
        for last in "0123456789":
            if nhs.is_valid(base + last):
                yield base + last
                count -= 1
                break


def populate(people: int, seed: int) -> None:
    rng = random.Random(seed)
    given_m, wm = _zipf(_pool("first_names_male"), rng)
    given_f, wf = _zipf(_pool("first_names_female"), rng)
    family, wl = _zipf(_pool("last_names"), rng)
    print(f"pools: {len(given_m)} male, {len(given_f)} female first names, {len(family)} family names")
    today = dt.date.today()
    numbers = _nhs_numbers(people)
    batch = 5000
    started = time.perf_counter()
    all_tokens: set[str] = set()
    for offset in range(0, people, batch):
        rows, names, addresses = [], [], []
        for _ in range(min(batch, people - offset)):
            sex = rng.choice("MF")
            first = rng.choices(*((given_m, wm) if sex == "M" else (given_f, wf)))[0]
            if rng.random() < 0.08:
                first = f"{first}-{rng.choices(given_f if sex == 'F' else given_m)[0]}"
            last = rng.choices(family, wl)[0]
            if rng.random() < 0.3:
                last = _mutate(last, rng).title()
            dob = today - dt.timedelta(days=rng.randrange(0, 80 * 365))
            rows.append(Person(
                given_name=first, family_name=last, date_of_birth=dob, sex=sex,
                nhs_number=next(numbers) if rng.random() < 0.8 else "",
            ))
        Person.objects.bulk_create(rows, batch_size=batch)
        for person in rows:
            extra = []
            if rng.random() < 0.2:
                extra.append((NameKind.PREVIOUS, person.given_name, rng.choices(family, wl)[0]))
            if rng.random() < 0.1:
                nick = sorted(nickname_variants(normalise(person.given_name)))
                extra.append((NameKind.ALIAS, (rng.choice(nick) if nick else person.given_name).title(),
                              person.family_name))
            for kind, given, fam in [(NameKind.LEGAL, person.given_name, person.family_name), *extra]:
                names.append(PersonName(person=person, kind=kind, given_name=given, family_name=fam,
                                        given_norm=normalise(given), family_norm=normalise(fam)))
                all_tokens.update(tokens(given) + tokens(fam))
            moves = 2 if rng.random() < 0.3 else 1
            for n in range(moves):
                postcode = f"{rng.choice(OUTWARDS)} {rng.randrange(10)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}" \
                           f"{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
                addresses.append(Address(
                    person=person, line_1=f"{rng.randrange(1, 200)} Synthetic Street", postcode=postcode,
                    postcode_norm=normalise_postcode(postcode), started_on=today - dt.timedelta(days=400 * (moves - n)),
                    ended_on=today - dt.timedelta(days=400) if n < moves - 1 else None,
                ))
        PersonName.objects.bulk_create(names, batch_size=batch)
        PersonNameWord.objects.bulk_create([w for name in names for w in PersonNameWord.for_name(name)], batch_size=batch)
        Address.objects.bulk_create(addresses, batch_size=batch)
    NameToken.objects.bulk_create(
        [NameToken(token=t, phonetic=phonetic(t), initial=t[:2]) for t in sorted(all_tokens)],
        batch_size=batch, ignore_conflicts=True,
    )
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    print(f"populated in {time.perf_counter() - started:.0f}s")


def sample_queries(rng: random.Random, count: int) -> dict[str, list[tuple[str, int]]]:
    """Queries of each kind, each with the id of the person it was made from."""
    ids = rng.sample(range(1, _max_id() + 1), count * 3)
    legal = list(PersonName.objects.filter(kind=NameKind.LEGAL, person_id__in=ids).select_related("person")[:count])
    postcodes = dict(
        Address.objects.filter(person_id__in=[n.person_id for n in legal], ended_on__isnull=True)
        .values_list("person_id", "postcode")
    )
    queries: dict[str, list[tuple[str, int]]] = {
        "exact name": [], "typo name": [], "reversed + typo": [], "nickname": [], "name + dob": [],
        "dob only": [], "nhs only": [], "postcode": [], "outward + name": [], "2nd part of compound surname": [],
    }
    for name in legal:
        person = name.person
        first, last = tokens(name.given_name)[0], tokens(name.family_name)[0]
        if len(tokens(name.family_name)) > 1:
            queries["2nd part of compound surname"].append((f"{first} {tokens(name.family_name)[-1]}", person.pk))
        queries["exact name"].append((f"{name.given_name} {name.family_name}", person.pk))
        queries["typo name"].append((f"{_typo(first, rng)} {_typo(last, rng)}", person.pk))
        queries["reversed + typo"].append((f"{_typo(last, rng)}, {first}", person.pk))
        nick = sorted(nickname_variants(first))
        if nick:
            queries["nickname"].append((f"{rng.choice(nick)} {last}", person.pk))
        queries["name + dob"].append((f"{_typo(first, rng)} {last} {person.date_of_birth:%d/%m/%Y}", person.pk))
        queries["dob only"].append((f"{person.date_of_birth:%d %b %Y}", person.pk))
        if person.nhs_number:
            n = person.nhs_number
            queries["nhs only"].append((f"{n[:3]} {n[3:6]} {n[6:]}", person.pk))
        postcode = postcodes.get(person.pk)
        if postcode:
            queries["postcode"].append((postcode.lower().replace(" ", ""), person.pk))
            queries["outward + name"].append((f"{last} {postcode.split()[0]}", person.pk))
    return {k: v for k, v in queries.items() if v}


def _max_id() -> int:
    return Person.objects.order_by("-id").values_list("id", flat=True).first() or 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--people", type=int, default=150_000)
    parser.add_argument("--queries", type=int, default=200, help="queries per kind")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--repeat", type=int, default=1,
        help="run each query this many times and keep its fastest time (filters out other jobs on a busy machine)",
    )
    parser.add_argument("--show-misses", action="store_true", help="list queries that did not find their person")
    parser.add_argument(
        "--dob-index", choices=["on", "off"],
        help="PostgreSQL: create (on) or drop (off) bench-only indexes on the two date-of-birth columns, "
        "to time the model change the search report recommends",
    )
    args = parser.parse_args()
    print(f"database: {connection.vendor} {connection.settings_dict['NAME']}")
    call_command("migrate", verbosity=0)
    if not Person.objects.exists():
        populate(args.people, args.seed)
    if args.dob_index and connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            for column in ("date_of_birth", "expected_date_of_birth"):
                if args.dob_index == "on":
                    cursor.execute(f"CREATE INDEX IF NOT EXISTS bench_person_{column} ON people_person ({column})")
                else:
                    cursor.execute(f"DROP INDEX IF EXISTS bench_person_{column}")
            cursor.execute("ANALYZE people_person")
        print(f"bench date-of-birth indexes: {args.dob_index}")
        # What the search would see once Person declares the indexes (the recommended model change).
        search_module._date_of_birth_indexed = lambda: args.dob_index == "on"
    print(f"people {Person.objects.count()}, names {PersonName.objects.count()}, "
          f"name words {PersonNameWord.objects.count()}, tokens {NameToken.objects.count()}, "
          f"addresses {Address.objects.count()}")
    rng = random.Random(args.seed + 1)
    queries = sample_queries(rng, args.queries)
    for query, _ in [q for qs in queries.values() for q in qs[:5]]:  # warm caches and the nickname table
        search_people(user=None, query=query)
    print(f"{'kind':<30}{'n':>5}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}{'found':>8}{'top 3':>8}{'queries':>9}")
    misses = []
    for kind, items in queries.items():
        times, hits, top3, counts = [], 0, 0, []
        for query, expected in items:
            runs = []
            for _ in range(args.repeat):
                started = time.perf_counter()
                results = search_people(user=None, query=query)
                runs.append((time.perf_counter() - started) * 1000)
            times.append(min(runs))
            ids = [r.person.pk for r in results]
            hits += expected in ids
            top3 += expected in ids[:3]
            if expected not in ids:
                misses.append((kind, query, expected))
        for query, _ in items[:10]:
            with CaptureQueriesContext(connection) as captured:
                search_people(user=None, query=query)
            counts.append(len(captured.captured_queries))
        times.sort()
        p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
        print(f"{kind:<30}{len(times):>5}{statistics.median(times):>9.1f}{p95:>9.1f}{times[-1]:>9.1f}"
              f"{hits / len(times):>8.0%}{top3 / len(times):>8.0%}{max(counts):>9}")
    if args.show_misses:
        for kind, query, expected in misses:
            print(f"missed ({kind}): {query!r} -> person {expected}")


if __name__ == "__main__":
    settings.DEBUG = False  # no query log while timing (HEARTH_DEBUG=1 turns it on)
    main()
