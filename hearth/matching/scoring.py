"""The Fellegi–Sunter comparison model: how each field of a referral compares with a known person's record.

Each field is compared to one of a few *levels* (same, a short form, one slip, sounds alike, different, none
given ...). Every level has two probabilities:

    m = P(this level | the two records are the same child)
    u = P(this level | they are two different people picked at random)

and its weight is log2(m / u) in bits: positive when the level is more likely for the same child, negative
when it is more likely for two different people, 0 when a field is missing on either side. The weights of the
fields are added to the prior log-odds that a record picked at random is the child (1 in POPULATION), giving
the match weight; the score is that as a probability, 2^w / (1 + 2^w).

The m and u values below are set by hand from what we know of the data, not estimated from real records (we
have none; all data in Hearth is synthetic): u from how common a value is among a million people (a shared
date of birth about 1 in 10,000, a shared family name about 1 in 300); m from how often referrals get a field
wrong (nicknames, slips, swapped day and month, moves). An authority going live should re-estimate them from
its own linked records (Splink's EM does that); the thresholds in hearth.matching.services must then be
checked again with bench/bench_matching.py.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import math
from dataclasses import dataclass

from nicknames import NickNamer
from rapidfuzz.distance import DamerauLevenshtein, JaroWinkler

from hearth.people.names import normalise as _normalise
from hearth.people.names import phonetic as _metaphone
from hearth.people.names import tokens as _tokens
from hearth.people.search import nickname_variants

POPULATION = 1_000_000  # the prior: 1 in this many people is the child, before any field is compared
PRIOR_WEIGHT = math.log2(1 / (POPULATION - 1))


@dataclass(frozen=True)
class Level:
    key: str
    m: float
    u: float

    @property
    def weight(self) -> float:
        return math.log2(self.m / self.u) if self.m and self.u else 0.0


def _levels(*rows: tuple[str, float, float]) -> dict[str, Level]:
    return {key: Level(key, m, u) for key, m, u in rows}


MISSING = Level("missing", 0, 0)  # weight 0: a field not given (or not recorded) says nothing either way

FIRST_NAME = _levels(
    ("same", 0.86, 0.008),
    ("part", 0.03, 0.002),  # one part of a compound: Jane / Mary-Jane
    ("nickname", 0.04, 0.002),  # Bill / William
    ("spelling", 0.045, 0.003),  # one or two slips: Olvier / Oliver
    ("sounds", 0.015, 0.01),  # Katherine / Catherine
    ("different", 0.01, 0.975),
)
LAST_NAME = _levels(
    ("same", 0.86, 0.003),
    ("part", 0.03, 0.001),  # Smith / Smith-Jones
    ("spelling", 0.06, 0.002),
    ("sounds", 0.02, 0.008),
    ("different", 0.03, 0.986),  # family names change (a parent's new partner, marriage, adoption)
)
# The referral's first name is the record's last name and the other way round: a small cost on top of the names.
SWAPPED = Level("swapped", 0.02, 0.04)
DATE_OF_BIRTH = _levels(
    ("same", 0.91, 0.0001),
    ("swapped", 0.02, 0.0001),  # day and month swapped: 03/12 for 12/03
    ("slip", 0.05, 0.002),  # one digit or one day out, or the year one out
    ("expected", 0.5, 0.003),  # an unborn child's record: born within 45 days of the expected date
    ("different", 0.02, 0.9969),
)
NHS_NUMBER = _levels(
    ("same", 0.995, 0.00001),
    ("different", 0.005, 0.99999),
)
SEX = _levels(
    ("same", 0.97, 0.5),
    ("different", 0.03, 0.5),
)
POSTCODE = _levels(
    ("current", 0.6, 0.0002),  # the child's current address
    ("previous", 0.1, 0.0002),  # an address the child lived at before
    ("district", 0.1, 0.03),  # another postcode in the same district (AB1)
    ("different", 0.2, 0.9696),  # moved: a new address
)


@dataclass(frozen=True)
class Field:
    """One field's comparison: the level found and the reason in plain words."""

    name: str
    level: Level
    text: str

    @property
    def weight(self) -> float:
        return self.level.weight

    @property
    def reason(self) -> str:
        weight = self.weight
        shown = "0" if abs(weight) < 0.05 else f"{weight:+.1f}"
        return f"{self.name}: {self.text} ({shown})"


@dataclass(frozen=True)
class Known:
    """What is recorded about one known person, as the comparisons need it."""

    person_id: int
    names: tuple[tuple[str, str, str], ...]  # (kind, given name, family name): legal first
    date_of_birth: dt.date | None
    expected_date_of_birth: dt.date | None
    nhs_number: str
    sex: str
    postcodes: tuple[tuple[str, bool], ...] = ()  # (normalised postcode, current)


@dataclass(frozen=True)
class Referral:
    given_name: str
    family_name: str
    date_of_birth: dt.date | None
    nhs_number: str
    postcode: str  # normalised, no space
    sex: str


# ---------------------------------------------------------------------------------------------------------
# Names


@functools.cache
def _nicknamer() -> NickNamer:
    return NickNamer()


@functools.lru_cache(maxsize=8192)
def _short_form(short: str, full: str) -> bool:
    return short in {normalise(n) for n in _nicknamer().nicknames_of(full)}


@functools.lru_cache(maxsize=65536)
def phonetic(word: str) -> str:
    return _metaphone(word)


@functools.lru_cache(maxsize=65536)
def normalise(name: str) -> str:
    return _normalise(name)


@functools.lru_cache(maxsize=65536)
def tokens(name: str) -> tuple[str, ...]:
    return tuple(_tokens(name))


def _max_edits(word: str) -> int:
    return 1 if len(word) <= 4 else 2


def _spelling_close(a: str, b: str) -> bool:
    if min(len(a), len(b)) < 3:
        return False
    limit = _max_edits(min(a, b, key=len))
    return DamerauLevenshtein.distance(a, b, score_cutoff=limit) <= limit and JaroWinkler.similarity(a, b) >= 0.8


@functools.lru_cache(maxsize=65536)
def _compare_name_cached(typed: str, recorded: str, table: str, label: str, kind_note: str) -> Field:
    return compare_name(typed, recorded, FIRST_NAME if table == "first" else LAST_NAME, label, kind_note=kind_note)


def compare_name(typed: str, recorded: str, levels: dict[str, Level], label: str, *, kind_note: str = "") -> Field:
    """One name (first or last) as typed in the referral against one as recorded."""
    a, b = normalise(typed), normalise(recorded)
    shown_typed, shown_recorded = typed.strip(), recorded.strip()
    if not a:
        return Field(label, MISSING, "none given")
    if not b:
        return Field(label, MISSING, "not on the record")
    if a == b:
        return Field(label, levels["same"], f"same ({shown_recorded}{kind_note})")
    words_a, words_b = tokens(typed), tokens(recorded)
    shared = set(words_a) & set(words_b)
    if shared and "part" in levels:
        return Field(label, levels["part"], f"{shown_typed} and {shown_recorded}{kind_note} share the part "
                                            f"{sorted(shared)[0].capitalize()}")
    if "nickname" in levels:
        for x in [a, *words_a]:
            for y in [b, *words_b]:
                if y in nickname_variants(x):
                    if _short_form(x, y):
                        text = f"{shown_typed} is a short form of {shown_recorded}{kind_note}"
                    elif _short_form(y, x):
                        text = f"{shown_recorded}{kind_note} is a short form of {shown_typed}"
                    else:
                        text = f"{shown_typed} and {shown_recorded}{kind_note} are forms of the same name"
                    return Field(label, levels["nickname"], text)
    pairs = [(a, b)] + [(x, y) for x in words_a for y in words_b]
    if any(_spelling_close(x, y) for x, y in pairs):
        return Field(label, levels["spelling"], f"{shown_typed} is spelt like {shown_recorded}{kind_note}")
    if any(phonetic(x) and phonetic(x) == phonetic(y) for x, y in pairs) or JaroWinkler.similarity(a, b) >= 0.9:
        return Field(label, levels["sounds"], f"{shown_typed} sounds like {shown_recorded}{kind_note}")
    return Field(label, levels["different"], f"{shown_typed} is not {shown_recorded}{kind_note}")


_KIND_NOTES = {"alias": "also known as", "previous": "previous name", "preferred": "preferred name"}


def compare_names(referral: Referral, known: Known) -> list[Field]:
    """The best reading over every name the person is or was known by, in the order given or swapped."""
    best: tuple[float, list[Field]] | None = None
    for kind, given, family in known.names:
        note = f", {_KIND_NOTES[kind]}" if kind in _KIND_NOTES else ""
        straight = [
            _compare_name_cached(referral.given_name, given, "first", "First name", note),
            _compare_name_cached(referral.family_name, family, "last", "Last name", note),
        ]
        readings = [straight]
        if normalise(referral.given_name) != normalise(referral.family_name):
            swapped = [
                _compare_name_cached(referral.family_name, given, "first", "First name", note),
                _compare_name_cached(referral.given_name, family, "last", "Last name", note),
                Field("Names", SWAPPED, "first and last names swapped"),
            ]
            readings.append(swapped)
        for fields in readings:
            total = sum(f.weight for f in fields)
            if best is None or total > best[0] + 1e-9:
                best = (total, fields)
    return best[1] if best else [Field("First name", MISSING, "not on the record"),
                                 Field("Last name", MISSING, "not on the record")]


# ---------------------------------------------------------------------------------------------------------
# Date of birth, NHS number, sex, postcode


def _swap_day_month(day: dt.date) -> dt.date | None:
    if day.day > 12 or day.day == day.month:
        return None
    try:
        return day.replace(month=day.day, day=day.month)
    except ValueError:
        return None


def swapped_date(day: dt.date | None) -> dt.date | None:
    """The date with day and month swapped (12/03 -> 03/12), or None when that is no other real date."""
    return _swap_day_month(day) if day else None


def _slip(a: dt.date, b: dt.date) -> bool:
    if abs((a - b).days) <= 1:
        return True
    if (a.month, a.day) == (b.month, b.day) and abs(a.year - b.year) == 1:
        return True
    return DamerauLevenshtein.distance(a.strftime("%Y%m%d"), b.strftime("%Y%m%d")) <= 1


def compare_date_of_birth(typed: dt.date | None, known: Known) -> Field:
    label = "Date of birth"
    if typed is None:
        return Field(label, MISSING, "none given")
    recorded = known.date_of_birth
    if recorded is None:
        expected = known.expected_date_of_birth
        if expected and abs((typed - expected).days) <= 45:
            return Field(label, DATE_OF_BIRTH["expected"], f"{typed:%d/%m/%Y} is near the expected date {expected:%d/%m/%Y}")
        return Field(label, MISSING, "not on the record")
    if typed == recorded:
        return Field(label, DATE_OF_BIRTH["same"], f"same ({recorded:%d/%m/%Y})")
    if swapped_date(typed) == recorded:
        return Field(label, DATE_OF_BIRTH["swapped"], f"day and month swapped ({typed:%d/%m/%Y} for {recorded:%d/%m/%Y})")
    if _slip(typed, recorded):
        return Field(label, DATE_OF_BIRTH["slip"], f"one slip ({typed:%d/%m/%Y} for {recorded:%d/%m/%Y})")
    return Field(label, DATE_OF_BIRTH["different"], f"{typed:%d/%m/%Y} is not {recorded:%d/%m/%Y}")


def compare_nhs_number(typed: str, known: Known) -> Field:
    label = "NHS number"
    if not typed:
        return Field(label, MISSING, "none given")
    if not known.nhs_number:
        return Field(label, MISSING, "not on the record")
    if typed == known.nhs_number:
        return Field(label, NHS_NUMBER["same"], "same")
    return Field(label, NHS_NUMBER["different"], "different")


def compare_sex(typed: str, known: Known) -> Field:
    label = "Sex"
    if typed not in ("M", "F"):
        return Field(label, MISSING, "none given")
    if known.sex not in ("M", "F"):
        return Field(label, MISSING, "not on the record")
    return Field(label, SEX["same" if typed == known.sex else "different"],
                 "same" if typed == known.sex else "different")


def compare_postcode(typed: str, known: Known) -> Field:
    label = "Postcode"
    if not typed:
        return Field(label, MISSING, "none given")
    if not known.postcodes:
        return Field(label, MISSING, "no address on the record")
    shown = f"{typed[:-3]} {typed[-3:]}"
    if any(p == typed and current for p, current in known.postcodes):
        return Field(label, POSTCODE["current"], f"{shown} is their current address")
    if any(p == typed for p, _ in known.postcodes):
        return Field(label, POSTCODE["previous"], f"{shown} is a previous address")
    if any(p[:-3] == typed[:-3] for p, _ in known.postcodes):
        return Field(label, POSTCODE["district"], f"{shown} is in the same district ({typed[:-3]})")
    return Field(label, POSTCODE["different"], f"{shown} is not an address on the record (moved?)")


# ---------------------------------------------------------------------------------------------------------
# The whole comparison


@dataclass(frozen=True)
class Comparison:
    known: Known
    fields: tuple[Field, ...]

    @property
    def weight(self) -> float:
        """The match weight in bits: the prior plus every field's weight."""
        return PRIOR_WEIGHT + sum(f.weight for f in self.fields)

    @property
    def probability(self) -> float:
        return 1 / (1 + 2 ** -self.weight) if self.weight > -1000 else 0.0

    def field(self, name: str) -> Field | None:
        return next((f for f in self.fields if f.name == name), None)

    @property
    def reasons(self) -> list[str]:
        return [f.reason for f in self.fields]


def compare(referral: Referral, known: Known, *, with_postcode: bool = True) -> Comparison:
    fields = [
        *compare_names(referral, known),
        compare_date_of_birth(referral.date_of_birth, known),
        compare_nhs_number(referral.nhs_number, known),
        compare_sex(referral.sex, known),
    ]
    if with_postcode:
        fields.append(compare_postcode(referral.postcode, known))
    return Comparison(known, tuple(fields))


def with_postcode(referral: Referral, comparison: Comparison, postcodes: tuple[tuple[str, bool], ...]) -> Comparison:
    """A comparison made without the postcode, completed with it once the person's addresses are read."""
    known = dataclasses.replace(comparison.known, postcodes=postcodes)
    return Comparison(known, (*comparison.fields, compare_postcode(referral.postcode, known)))
