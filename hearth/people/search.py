"""Find a person from one search box: names (typos, sound-alikes, nicknames), date of birth, NHS number, postcode.

`parse_query` splits what was typed into parts (and says what it could not use); `search_people` runs a few
indexed queries and scores the candidates in Python. Every part given narrows the search (AND). Restricted
records the user is not named on never appear.

Queries for a name search: the restricted ids; the distinct name words like the typed ones (NameToken: exact,
nickname, same metaphone key, or same 2-letter initial within 1-2 slips); PersonName candidates (at most
CANDIDATE_LIMIT); the page of people with their current address and names. No LIKE '%x%', no pg_trgm: SQLite
and PostgreSQL run the same queries.

Compound names: a whole name or its first part is found through PersonName's normalised columns (equality and
"starts with" ranges); a later part ("Jones" in Smith-Jones, "Jane" in Mary-Jane) through PersonNameWord, which
holds every word of every name (only its words after the first are needed here, `position > 0`).
People merged into another record (Person.merged_into) are never candidates.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field, replace

from django.db import connection
from django.db.models import Q, QuerySet
from django.db.models.functions import Length
from django.utils import timezone
from nicknames import NickNamer
from rapidfuzz import fuzz, process
from rapidfuzz.distance import DamerauLevenshtein
from stdnum.gb import nhs

from hearth.access.models import Restriction
from hearth.access.services import restricted_ids_sql
from hearth.core.identifiers import POSTCODE, format_nhs_number
from hearth.core.sql import columns_of, from_row, one_of
from hearth.people.models import Address, NameKind, NameToken, Person, PersonName, PersonNameWord
from hearth.people.names import normalise, phonetic, tokens

__all__ = ["ParsedQuery", "SearchResult", "SearchResults", "parse_query", "search_people"]

MIN_QUERY_LENGTH = 2
MAX_NAME_WORDS = 4
CANDIDATE_LIMIT = 500
MAX_VARIANTS = 40  # per typed word
COMPOUND_SPELLINGS = 2  # other spellings of a typed word also tried as the start of a compound name
# Words people type around the values themselves ("NHS 999 123 4567", "DOB 12/03/2015").
IGNORED_WORDS = frozenset({"nhs", "dob", "postcode", "born"})

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_NHS_RE = re.compile(r"(?<!\d)\d{3}[ -]?\d{3}[ -]?\d{4}(?!\d)")
_ISO_DATE_RE = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_DMY_RE = re.compile(r"(?<!\d)(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?!\d)|(?<!\d)(\d{1,2}) (\d{1,2}) (\d{4})(?!\d)")
_TEXT_DATE_RE = re.compile(
    rf"(?<!\w)(\d{{1,2}})(?:st|nd|rd|th)?[\s-]+{_MONTH}[\s,-]+(\d{{4}})(?!\d)"
    rf"|(?<!\w){_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?!\d)",
    re.IGNORECASE,
)
_FULL_POSTCODE_RE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{1,2}\d[A-Za-z\d]?) ?(\d[A-Za-z]{2})(?![A-Za-z0-9])")
_OUTWARD_RE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{1,2}\d[A-Za-z\d]?)(?![A-Za-z0-9])")

# Match strengths for one typed word against one word of a recorded name: exact > nickname > phonetic > typo.
EXACT, NICKNAME, PHONETIC, TYPO = "exact", "nickname", "phonetic", "typo"
# How much each part of the query counts towards the 0-100 score.
WEIGHTS = {"name": 60.0, "dob": 25.0, "nhs": 40.0, "postcode": 15.0}
PREVIOUS_ADDRESS_QUALITY = 0.85
# Sound-alikes must also look a little alike: keeps "Mary" from fanning out to "Moore" and "Meyer".
PHONETIC_MIN_SIMILARITY = 0.5
OTHER_NAME_KIND_FACTOR = 0.97
_KIND_LABELS = {
    NameKind.ALIAS: "alias",
    NameKind.PREVIOUS: "previous name",
    NameKind.PREFERRED: "preferred name",
}


@dataclass
class ParsedQuery:
    """What was understood from the search box, plus messages for the person searching."""

    text: str
    names: list[str] = field(default_factory=list)  # normalised words of 2+ letters, in typed order
    initials: list[str] = field(default_factory=list)  # single letters ("J Smith")
    dates: list[dt.date] = field(default_factory=list)
    nhs_number: str = ""  # 10 digits, checksum valid
    postcode: str = ""  # full postcode without the space: "AB12CD"
    outward: str = ""  # outward code only: "AB1"
    errors: list[str] = field(default_factory=list)  # parts that were wrong and left out
    hints: list[str] = field(default_factory=list)  # advice: what was ignored, how to narrow

    @property
    def date_of_birth(self) -> dt.date | None:
        return self.dates[0] if self.dates else None

    @property
    def postcode_display(self) -> str:
        return f"{self.postcode[:-3]} {self.postcode[-3:]}" if self.postcode else self.outward

    @property
    def is_searchable(self) -> bool:
        return bool(self.names or self.dates or self.nhs_number or self.postcode or self.outward)


@dataclass
class SearchResult:
    """One person found, with enough to tell two people with the same name apart."""

    person: Person
    score: int
    match_reasons: list[str]
    full_name: str
    date_of_birth: dt.date | None
    expected_date_of_birth: dt.date | None
    age: int | None
    sex: str
    current_postcode: str
    nhs_number: str  # formatted "999 123 4567", or ""
    matched_name: str = ""  # the alias or previous name that matched, when not the legal name

    @property
    def is_unborn(self) -> bool:
        return self.date_of_birth is None and self.expected_date_of_birth is not None


class SearchResults(list):
    """A list of SearchResult; `truncated` says more people matched than were looked at or shown."""

    truncated: bool = False


# ---------------------------------------------------------------------------------------------------------
# Parsing


def parse_query(query: str) -> ParsedQuery:
    """Split a search box entry into names, a date of birth, an NHS number and a postcode."""
    text = " ".join((query or "").replace("\x00", " ").split())  # NUL cannot reach PostgreSQL
    parsed = ParsedQuery(text=text)
    if len(text) < MIN_QUERY_LENGTH:
        return parsed
    rest = _NHS_RE.sub(lambda m: _take_nhs(parsed, m.group(0)), text)
    rest = _ISO_DATE_RE.sub(lambda m: _take_date(parsed, m.group(0), m.group(1), m.group(2), m.group(3)), rest)
    rest = _DMY_RE.sub(lambda m: _take_dmy(parsed, m), rest)
    rest = _TEXT_DATE_RE.sub(lambda m: _take_text_date(parsed, m), rest)
    rest = _FULL_POSTCODE_RE.sub(lambda m: _take_postcode(parsed, m.group(1), m.group(2)), rest)
    rest = _OUTWARD_RE.sub(lambda m: _take_outward(parsed, m.group(1)), rest)
    _take_names(parsed, rest)
    if len(parsed.dates) > 1:
        parsed.hints.append(f"Only one date can be searched at a time: used {parsed.dates[0]:%d/%m/%Y}")
    if parsed.initials and not parsed.names and not parsed.is_searchable:
        parsed.hints.append("Enter at least 2 letters of a name")
    elif not parsed.is_searchable and not parsed.errors:
        parsed.hints.append("Enter a name, a date of birth, an NHS number or a postcode")
    return parsed


def _take_nhs(parsed: ParsedQuery, raw: str) -> str:
    digits = re.sub(r"\D", "", raw)
    if not nhs.is_valid(digits):
        parsed.errors.append(f"{format_nhs_number(digits)} is not a valid NHS number: check the digits")
    elif parsed.nhs_number and parsed.nhs_number != digits:
        used = format_nhs_number(parsed.nhs_number)
        parsed.hints.append(f"Only one NHS number can be searched at a time: used {used}")
    else:
        parsed.nhs_number = digits
    return " "


def _take_dmy(parsed: ParsedQuery, m: re.Match) -> str:
    if m.group(1):
        return _take_date(parsed, m.group(0), m.group(4), m.group(3), m.group(1), day_first=True)
    return _take_date(parsed, m.group(0), m.group(7), m.group(6), m.group(5), day_first=True)


def _take_text_date(parsed: ParsedQuery, m: re.Match) -> str:
    if m.group(1):
        day, month, year = m.group(1), m.group(2), m.group(3)
    else:
        month, day, year = m.group(4), m.group(5), m.group(6)
    return _take_date(parsed, m.group(0), year, str(_MONTHS[month.lower()[:3]]), day)


def _take_date(parsed: ParsedQuery, raw: str, year: str, month: str, day: str, *, day_first: bool = False) -> str:
    today = timezone.localdate()
    y, mo, d = int(year), int(month), int(day)
    if len(year) == 2:
        y += 2000 if y <= today.year % 100 else 1900
    try:
        value = dt.date(y, mo, d)
    except ValueError:
        parsed.errors.append(f"{raw} is not a real date")
        if day_first and mo > 12 and d <= 12:
            try:
                swapped = dt.date(y, d, mo)
            except ValueError:
                pass
            else:
                parsed.hints.append(f"Dates are read day first: did you mean {swapped:%d/%m/%Y}?")
        return " "
    if value.year < 1900:
        parsed.errors.append(f"{raw} is too long ago to be a date of birth")
    elif value > today + dt.timedelta(days=300):
        parsed.errors.append(f"{raw} is too far in the future to be a date of birth or an expected date of birth")
    elif value not in parsed.dates:
        parsed.dates.append(value)
    return " "


def _take_postcode(parsed: ParsedQuery, outward: str, inward: str) -> str:
    compact = (outward + inward).upper()
    if not POSTCODE.match(compact):
        return f" {outward} {inward} "
    if parsed.postcode and parsed.postcode != compact:
        parsed.hints.append(f"Only one postcode can be searched at a time: used {parsed.postcode_display}")
    elif not parsed.postcode:
        parsed.postcode, parsed.outward = compact, ""
    return " "


def _take_outward(parsed: ParsedQuery, outward: str) -> str:
    if not parsed.postcode and not parsed.outward:
        parsed.outward = outward.upper()
    else:
        parsed.hints.append(f"Only one postcode can be searched at a time: ignored {outward.upper()}")
    return " "


def _take_names(parsed: ParsedQuery, rest: str) -> None:
    for chunk in re.split(r"[\s,;]+", rest):
        if not chunk:
            continue
        if any(c.isdigit() for c in chunk):
            parsed.hints.append(_digits_hint(chunk))
            continue
        for word in tokens(chunk):
            if word in IGNORED_WORDS:
                continue
            target = parsed.initials if len(word) == 1 else parsed.names
            if word not in target:
                target.append(word)
    if len(parsed.names) > MAX_NAME_WORDS:
        dropped = parsed.names[MAX_NAME_WORDS:]
        parsed.names = parsed.names[:MAX_NAME_WORDS]
        parsed.hints.append(f"Only the first {MAX_NAME_WORDS} names were used: ignored {' '.join(dropped)}")


def _digits_hint(chunk: str) -> str:
    digits = re.sub(r"\D", "", chunk)
    if chunk.isdigit() and len(digits) == 4:
        return f"{chunk} was not used: enter a full date of birth, like 12/03/2015"
    if chunk.isdigit() and 8 <= len(digits) <= 12:
        return f"{chunk} was not used: an NHS number has 10 digits"
    return f"{chunk} was not used: it is not a name, date of birth, NHS number or postcode"


# ---------------------------------------------------------------------------------------------------------
# Name variants


@functools.cache
def _nicknamer() -> NickNamer:
    return NickNamer()


@functools.lru_cache(maxsize=4096)
def nickname_variants(word: str) -> frozenset[str]:
    """Other forms of a first name, both ways: "bill" -> william, "katherine" -> kate."""
    namer = _nicknamer()
    found = namer.nicknames_of(word) | namer.canonicals_of(word)
    return frozenset(normalise(n) for n in found if normalise(n) and normalise(n) != word)


def _max_edits(word: str) -> int:
    return 1 if len(word) <= 4 else 2


@functools.lru_cache(maxsize=65536)
def _sound(word: str) -> str:
    return phonetic(word)


def _start_edits(word: str) -> set[str]:
    """Every word one slip away at the start (2nd letter changed, left out or added; 1st/2nd or 2nd/3rd letters
    swapped). Those slips change the 2-letter initial the typo search fans out from, so they are looked up exactly."""
    head, tail = word[0], word[2:]
    edits = {head + tail} | {head + c + tail for c in _LETTERS} | {head + c + word[1:] for c in _LETTERS}
    edits |= {word[1] + head + tail, head + word[2:3] + word[1] + word[3:]}
    return edits - {word}


def _compare(word: str, candidate: str) -> tuple[str, float] | None:
    """How one typed word matches one recorded word, strongest kind first, with a weight in 0..1."""
    if word == candidate:
        return EXACT, 1.0
    if candidate in nickname_variants(word):
        return NICKNAME, 0.9
    similarity = fuzz.ratio(word, candidate) / 100
    if similarity >= PHONETIC_MIN_SIMILARITY and _sound(word) and _sound(word) == _sound(candidate):
        return PHONETIC, 0.78 + 0.1 * similarity
    if len(word) >= 3 and len(candidate) >= 2:
        limit = _max_edits(word)
        if DamerauLevenshtein.distance(word, candidate, score_cutoff=limit) <= limit:
            return TYPO, 0.6 + 0.15 * similarity
    return None


def _similar_tokens(words: list[str]) -> dict[str, set[str]]:
    """For each typed word, the recorded name words (from NameToken) it may stand for. One query."""
    nicknames = {w: nickname_variants(w) for w in words}
    sounds = {w: _sound(w) for w in words}
    typo_words = [w for w in words if len(w) >= 3]
    edits = {w: _start_edits(w) if w in typo_words else set() for w in words}
    exact = set(words).union(*nicknames.values(), *edits.values())
    condition = Q(token__in=exact) | Q(phonetic__in=set(sounds.values()) - {""})
    for word in typo_words:  # the typo pool: same initial, a length within reach
        reach = _max_edits(word)
        condition |= Q(initial=word[:2], token_length__range=(len(word) - reach, len(word) + reach))
    tokens_table = NameToken.objects.alias(token_length=Length("token")).order_by()
    rows = list(tokens_table.filter(condition).values_list("token", "phonetic"))
    known = {token for token, _ in rows}
    similar: dict[str, set[str]] = {}
    for word in words:
        found = {word} | ((nicknames[word] | edits[word]) & known)
        if sounds[word]:
            found |= {
                t for t, key in rows
                if key == sounds[word] and fuzz.ratio(word, t) >= 100 * PHONETIC_MIN_SIMILARITY
            }
        if word in typo_words:
            pool = [t for t in known if t.startswith(word[:2]) and len(t) >= 2]
            limit = _max_edits(word)
            matches = process.extract(word, pool, scorer=DamerauLevenshtein.distance, score_cutoff=limit, limit=None)
            found.update(t for t, _, _ in matches)
        similar[word] = found
    return {word: _closest(word, found) for word, found in similar.items()}


def name_variants(words: list[str]) -> dict[str, set[str]]:
    """For each normalised name word, the recorded name words it may stand for: itself, nicknames both ways,
    sound-alikes and one or two slips, at most MAX_VARIANTS each (NameToken, one query). Matching blocks on these."""
    return _similar_tokens(list(words)) if words else {}


def _closest(word: str, found: set[str]) -> set[str]:
    """At most MAX_VARIANTS of a word's variants: nicknames, then the most alike in spelling. A common name can
    have hundreds of spellings two slips away or sounding alike, and each costs index probes in the candidate query.
    """
    if len(found) <= MAX_VARIANTS:
        return found
    nicknames = nickname_variants(word)

    def closeness(token: str) -> tuple[bool, float, str]:
        return token not in nicknames, -fuzz.ratio(word, token), token

    return {word} | set(sorted(found - {word}, key=closeness)[: MAX_VARIANTS - 1])


# ---------------------------------------------------------------------------------------------------------
# Queries


def _prefix_range(prefix: str, fill: str, width: int) -> tuple[str, str]:
    """Bounds for "starts with" as an indexed range (works on SQLite and PostgreSQL, any collation)."""
    return prefix, prefix + fill * max(width - len(prefix), 1)


def _starts_with(column: str, prefix: str) -> Q:
    low, high = _prefix_range(prefix, "z", 100)
    return Q(**{f"{column}__gte": low, f"{column}__lte": high})


def _later_part(values, *, with_any_of=None) -> Q:
    """The name has one of `values` as a later part of a compound name ("jones" in Smith-Jones), and, when
    `with_any_of` is given, one of those words too. Only PersonNameWord is read: the later part on its
    (word, position, name) index, then the other word on its (name, word) index. (As an OR beside PersonName's
    own columns it made PostgreSQL scan every name.)"""
    later = PersonNameWord.objects.order_by().filter(word__in=sorted(values), position__gt=0)
    if with_any_of is not None:
        later = later.filter(name__words__word__in=sorted(with_any_of))
    return Q(id__in=later.values("name_id"))


def _name_branches(parsed: ParsedQuery, variants: dict[str, set[str]]) -> list[Q]:
    """Simple indexed conditions on PersonName, run as one UNION ALL, exact matches first.

    Each branch is a plain AND of indexed lookups: PostgreSQL plans that in well under a millisecond, where
    one big OR of the same lookups took ~10 ms to plan. Python then checks which typed words matched.
    """
    words = parsed.names
    loose = sorted(set().union(*variants.values()))
    if len(words) == 1 and parsed.initials:
        word, letter = words[0], parsed.initials[0]
        return [
            Q(given_norm__in=sorted(variants[word])) & _starts_with("family_norm", letter),
            Q(family_norm__in=sorted(variants[word])) & _starts_with("given_norm", letter),
        ]  # and a later part of a compound (_later_branches): the initial is checked in Python
    if len(words) == 1:
        word = words[0]
        branches = [Q(given_norm=word) | Q(family_norm=word), Q(given_norm__in=loose) | Q(family_norm__in=loose)]
        for prefix in _compound_prefixes(parsed, variants):  # the first part of a compound: "mary" -> "maryjane"
            branches += [_starts_with("given_norm", prefix), _starts_with("family_norm", prefix)]
        return branches  # and a later part (_later_branches): "jane" -> Mary-Jane
    joined = _joined_words(words)
    # The exact branch comes first so exact matches are not crowded out of the candidate limit by loose ones.
    branches = [Q(given_norm__in=sorted(words), family_norm__in=sorted(words))]
    if len(words) == 2:  # both words typed as one recorded name: "Mary Jane" for Maryjane
        branches.append(Q(given_norm__in=joined) | Q(family_norm__in=joined))
    # A compound name: "Mary Smith" or "Mary Jane Smith" for Mary-Jane Smith, "Anna Smith" for Anna Smith-Jones.
    # The compound's first part may be mistyped too, within its closest few spellings.
    prefixes = _compound_prefixes(parsed, variants)
    for column, other in (("given_norm", "family_norm"), ("family_norm", "given_norm")):
        compound = Q(**{f"{column}__in": joined})
        for prefix in prefixes:
            compound |= _starts_with(column, prefix)
        branches.append(compound & Q(**{f"{other}__in": loose}))
    branches.append(Q(given_norm__in=loose, family_norm__in=loose))
    return branches


def _later_branches(parsed: ParsedQuery, variants: dict[str, set[str]]) -> list[Q]:
    """A later part of a compound name (PersonNameWord): with one word typed, that word ("Jane" for Mary-Jane);
    with two, one of them with the other anywhere in the name ("Anna Jones" for Anna Smith-Jones, "Jane Smith"
    for Mary-Jane Smith). With three or four words typed the compound was typed whole (the branches above)."""
    words = parsed.names
    if len(words) == 1:
        return [_later_part(variants[words[0]])]
    if len(words) == 2:
        return [_later_part(variants[word], with_any_of=variants[other]) for word, other in (words, words[::-1])]
    return []


def _name_values(parsed: ParsedQuery, variants: dict[str, set[str]]) -> list[str]:
    return sorted(set().union(*variants.values()) | set(_joined_words(parsed.names)))


def _any_name_condition(parsed: ParsedQuery, variants: dict[str, set[str]]) -> Q:
    """Either name holds any typed word, variant or joined pair, or starts with a typed word or initial."""
    values = _name_values(parsed, variants)
    condition = Q(given_norm__in=values) | Q(family_norm__in=values)
    for prefix in _compound_prefixes(parsed, variants) + parsed.initials:
        condition |= _starts_with("given_norm", prefix) | _starts_with("family_norm", prefix)
    return condition


def _compound_prefixes(parsed: ParsedQuery, variants: dict[str, set[str]]) -> list[str]:
    """What a compound name may start with: each typed word of 3+ letters and its closest other spellings."""
    prefixes = []
    for word in parsed.names:
        if len(word) >= 3:
            others = sorted((v for v in variants[word] if len(v) >= 3 and v != word),
                            key=lambda v: (-fuzz.ratio(word, v), v))
            prefixes += [word, *others[:COMPOUND_SPELLINGS]]
    return sorted(set(prefixes))


def _joined_words(words: list[str]) -> list[str]:
    """Two typed words written as one recorded name: "Mary Jane" -> "maryjane" (and "janemary")."""
    return sorted({a + b for a in words for b in words if a != b})


def _postcode_condition(parsed: ParsedQuery) -> Q:
    """The full postcode, or every postcode in the outward code's district as indexed ranges.

    A postcode in district AB1 is "AB1" + digit + 2 letters. "AB1" + "0AA".."9ZZ" would also take in AB10 to AB19
    (whose next character is the inward digit, not a letter), so a district ending in a digit gets one range per
    inward digit. Plain ranges keep the planner's row estimates right (a length() filter did not).
    """
    if parsed.postcode:
        return Q(postcode_norm=parsed.postcode)
    outward = parsed.outward
    if len(outward) == 4 or not outward[-1].isdigit():
        return Q(postcode_norm__gte=f"{outward}0AA", postcode_norm__lte=f"{outward}9ZZ")
    condition = Q(pk__in=[])
    for digit in "0123456789":
        condition |= Q(postcode_norm__gte=f"{outward}{digit}AA", postcode_norm__lte=f"{outward}{digit}ZZ")
    return condition


def _matching_addresses(parsed: ParsedQuery) -> QuerySet:
    return Address.objects.order_by().filter(_postcode_condition(parsed))


def _person_filter(parsed: ParsedQuery, prefix: str) -> Q:
    """The non-name parts, each narrowing (AND), on Person reached through `prefix`."""
    condition = Q()
    if parsed.nhs_number:
        condition &= Q(**{f"{prefix}nhs_number": parsed.nhs_number})
    if parsed.date_of_birth:
        dob = parsed.date_of_birth
        condition &= Q(**{f"{prefix}date_of_birth": dob}) | Q(**{f"{prefix}expected_date_of_birth": dob})
    if parsed.postcode or parsed.outward:
        condition &= Q(**{f"{prefix}id__in": _matching_addresses(parsed).values("person_id")})
    return condition


@functools.cache
def _date_of_birth_indexed() -> bool:
    """Whether Person declares indexes that lead with date_of_birth and expected_date_of_birth."""
    def indexed(name: str) -> bool:
        field_indexed = Person._meta.get_field(name).db_index
        return field_indexed or any(list(index.fields)[:1] == [name] for index in Person._meta.indexes)

    return indexed("date_of_birth") and indexed("expected_date_of_birth")


def _hidden_ids(user) -> list[int]:
    """Restricted records this user is not named on (all of them for an anonymous user), and records merged into
    another. One small plain statement, read once: as a subquery it would be repeated, compiled and planned in every
    branch of the name search."""
    if getattr(user, "is_authenticated", False):
        restricted, params = restricted_ids_sql(user)
    else:
        restricted, params = f"SELECT person_id FROM {Restriction._meta.db_table}", []
    with connection.cursor() as cursor:
        cursor.execute(f"{restricted} UNION SELECT id FROM {Person._meta.db_table} WHERE merged_into_id IS NOT NULL", params)
        return sorted(pk for (pk,) in cursor.fetchall())


def _lives_at_postcode_now(parsed: ParsedQuery, person_ids: list[int]) -> dict[int, bool]:
    """For candidates found with a postcode: does a current address (not only a past one) match it? One query."""
    rows = _matching_addresses(parsed).filter(person_id__in=person_ids).values_list("person_id", "ended_on")
    current: dict[int, bool] = {}
    for pk, ended_on in rows:
        current[pk] = current.get(pk, False) or ended_on is None
    return current


@dataclass
class _NameRow:
    person_id: int
    kind: str
    given_name: str
    family_name: str
    given_norm: str
    family_norm: str
    at_current_address: bool = True


def _name_rows(parsed: ParsedQuery, variants: dict[str, set[str]], hidden: list[int]) -> tuple[list[_NameRow], bool]:
    columns = ["id", "person_id", "kind", "given_name", "family_name", "given_norm", "family_norm"]
    base = PersonName.objects.order_by().filter(_person_filter(parsed, "person__"))
    if hidden:
        base = base.exclude(person_id__in=hidden)
    if parsed.nhs_number or parsed.postcode or parsed.outward or (parsed.date_of_birth and _date_of_birth_indexed()):
        # Few people have that NHS number, postcode (or indexed date of birth): one loose condition, checked word
        # by word in Python, beats a UNION whose every branch would join the addresses or people again.
        # The later parts of compound names come in a query of their own: in the same OR they made PostgreSQL
        # scan every name, and in a UNION with it a parallel plan slower than both.
        fetched = list(base.filter(_any_name_condition(parsed, variants)).values_list(*columns)[:CANDIDATE_LIMIT])
        if len(fetched) < CANDIDATE_LIMIT:
            later = base.filter(_later_part(_name_values(parsed, variants))).values_list(*columns)
            fetched += list(later[: CANDIDATE_LIMIT - len(fetched)])
    else:
        branches = [base.filter(branch).values_list(*columns) for branch in _name_branches(parsed, variants)]
        fetched = list(branches[0].union(*branches[1:], all=True)[:CANDIDATE_LIMIT])
        later = [base.filter(branch).values_list(*columns) for branch in _later_branches(parsed, variants)]
        if later and len(fetched) < CANDIDATE_LIMIT:
            # A query of its own: in the same UNION its estimated cost tipped PostgreSQL into a parallel plan
            # whose workers took longer to start than the whole search.
            fetched += list(later[0].union(*later[1:], all=True)[: CANDIDATE_LIMIT - len(fetched)])
    rows: dict[int, _NameRow] = {}
    for pk, *values in fetched:
        rows.setdefault(pk, _NameRow(*values))
    if rows and (parsed.postcode or parsed.outward):
        current = _lives_at_postcode_now(parsed, sorted({row.person_id for row in rows.values()}))
        for row in rows.values():
            row.at_current_address = current.get(row.person_id, False)
    return list(rows.values()), len(fetched) >= CANDIDATE_LIMIT


def _person_rows(parsed: ParsedQuery, hidden: list[int]) -> tuple[list[tuple[int, bool]], bool]:
    """Candidates without a name: (person id, lives at the postcode now). Driven from the addresses when a postcode
    was given (PostgreSQL mis-plans "person id IN (addresses) LIMIT n" as a merge join over every person)."""
    if parsed.postcode or parsed.outward:
        others = replace(parsed, postcode="", outward="")
        addresses = _matching_addresses(parsed).filter(_person_filter(others, "person__"))
        if hidden:
            addresses = addresses.exclude(person_id__in=hidden)
        fetched = list(addresses.values_list("person_id", "ended_on")[:CANDIDATE_LIMIT])
        current: dict[int, bool] = {}
        for pk, ended_on in fetched:
            current[pk] = current.get(pk, False) or ended_on is None
        return list(current.items()), len(fetched) >= CANDIDATE_LIMIT
    people = Person.objects.order_by().filter(_person_filter(parsed, ""))
    if hidden:
        people = people.exclude(id__in=hidden)
    rows = [(pk, True) for pk in people.values_list("id", flat=True)[:CANDIDATE_LIMIT]]
    return rows, len(rows) >= CANDIDATE_LIMIT


# ---------------------------------------------------------------------------------------------------------
# Scoring


@dataclass
class _NameMatch:
    quality: float  # 0..1
    reasons: list[str]
    row: _NameRow


def _row_words(given: str, family: str, given_norm: str, family_norm: str) -> list[tuple[str, str]]:
    """(normalised word, word as recorded) for each word of a name, plus each whole compound name."""
    words: list[tuple[str, str]] = []
    for raw, norm in ((given, given_norm), (family, family_norm)):
        parts = [p for p in re.split(r"[\s\-]+", raw) if normalise(p)]
        words += [(normalise(p), p) for p in parts]
        if len(parts) > 1 and norm:
            words.append((norm, raw))
    return words


def _score_name(parsed: ParsedQuery, row: _NameRow) -> _NameMatch | None:
    words = _row_words(row.given_name, row.family_name, row.given_norm, row.family_norm)
    for letter in parsed.initials:
        if not any(norm.startswith(letter) for norm, _ in words):
            return None
    typed = list(parsed.names)
    best: dict[str, tuple[str, float, str]] = {}
    used: set[int] = set()
    # Two typed words recorded as one ("Mary Jane" for "Maryjane").
    for joined in _joined_words(typed):
        for i, (norm, raw) in enumerate(words):
            if norm == joined and i not in used:
                first = next(w for w in typed if joined.startswith(w) and joined[len(w):] in typed)
                best[first] = best[joined[len(first):]] = (EXACT, 1.0, raw)
                used.add(i)
    pairs = []
    for word in typed:
        if word in best:
            continue
        for i, (norm, raw) in enumerate(words):
            found = _compare(word, norm)
            if found:
                pairs.append((found[1], word, i, found[0], raw))
    for weight, word, i, kind, raw in sorted(pairs, key=lambda p: -p[0]):
        if word not in best and i not in used:
            best[word] = (kind, weight, raw)
            used.add(i)
    if len(best) < min(2, len(typed)):
        return None
    token_quality = sum(best[w][1] for w in best) / len(typed)
    overall = fuzz.token_sort_ratio(" ".join(typed), f"{row.given_norm} {row.family_norm}") / 100
    quality = 0.85 * token_quality + 0.15 * overall
    reasons = _name_reasons(parsed, best, row)
    if row.kind != NameKind.LEGAL:
        quality *= OTHER_NAME_KIND_FACTOR
    return _NameMatch(quality, reasons, row)


def _name_reasons(parsed: ParsedQuery, best: dict[str, tuple[str, float, str]], row: _NameRow) -> list[str]:
    reasons = []
    if row.kind != NameKind.LEGAL:
        reasons.append(f"Matched on {_KIND_LABELS.get(row.kind, row.kind)}: {row.given_name} {row.family_name}")
    labels = {NICKNAME: "Nickname", PHONETIC: "Sounds like", TYPO: "Similar spelling"}
    loose = [(w, kind, raw) for w, (kind, _, raw) in best.items() if kind != EXACT]
    if not loose and len(best) == len(parsed.names):
        reasons.append("Name matches exactly")
    for word, kind, raw in loose:
        reasons.append(f"{labels[kind]}: {word.capitalize()} → {raw}")
    unmatched = [w for w in parsed.names if w not in best]
    if unmatched:
        reasons.append(f"No match for: {', '.join(w.capitalize() for w in unmatched)}")
    return reasons


def _combined_score(parsed: ParsedQuery, name_quality: float | None, at_current_address: bool) -> int:
    parts: list[tuple[float, float]] = []
    if name_quality is not None:
        parts.append((WEIGHTS["name"], name_quality))
    if parsed.date_of_birth:
        parts.append((WEIGHTS["dob"], 1.0))
    if parsed.nhs_number:
        parts.append((WEIGHTS["nhs"], 1.0))
    if parsed.postcode or parsed.outward:
        parts.append((WEIGHTS["postcode"], 1.0 if at_current_address else PREVIOUS_ADDRESS_QUALITY))
    total = sum(w for w, _ in parts)
    return round(100 * sum(w * q for w, q in parts) / total) if total else 0


def _criteria_reasons(parsed: ParsedQuery, person: Person, at_current_address: bool) -> list[str]:
    reasons = []
    dob = parsed.date_of_birth
    if dob:
        label = "Date of birth" if person.date_of_birth == dob else "Expected date of birth"
        reasons.append(f"{label} {dob:%d/%m/%Y}")
    if parsed.nhs_number:
        reasons.append(f"NHS number {format_nhs_number(parsed.nhs_number)}")
    if parsed.postcode or parsed.outward:
        where = parsed.postcode_display if parsed.postcode else f"postcode area {parsed.outward}"
        if at_current_address:
            reasons.append(f"Lives at {where}" if parsed.postcode else f"Lives in {where}")
        else:
            reasons.append(f"Matched on previous address: {where}")
    return reasons


# ---------------------------------------------------------------------------------------------------------
# The selector


@dataclass
class _Candidate:
    score: int
    legal_name: bool  # matched on the legal name rather than an alias or previous name
    sort_name: str
    at_current_address: bool
    match: _NameMatch | None = None

    @property
    def rank(self) -> tuple[int, bool]:
        return self.score, self.legal_name


def search_people(*, user, query: str, limit: int = 25) -> list[SearchResult]:
    """People matching the search box entry, best first, never showing records restricted from `user`."""
    results = SearchResults()
    parsed = parse_query(query)
    if not parsed.is_searchable or limit <= 0:
        return results
    hidden = _hidden_ids(user)
    candidates: dict[int, _Candidate] = {}
    if parsed.names:
        rows, truncated = _name_rows(parsed, _similar_tokens(parsed.names), hidden)
        for row in rows:
            match = _score_name(parsed, row)
            if match is None:
                continue
            candidate = _Candidate(
                score=_combined_score(parsed, match.quality, row.at_current_address),
                legal_name=row.kind == NameKind.LEGAL,
                sort_name=f"{row.family_norm} {row.given_norm}",
                at_current_address=row.at_current_address,
                match=match,
            )
            best = candidates.get(row.person_id)
            if best is None or candidate.rank > best.rank:
                candidates[row.person_id] = candidate
    else:
        person_rows, truncated = _person_rows(parsed, hidden)
        for pk, at_current in person_rows:
            candidates[pk] = _Candidate(_combined_score(parsed, None, at_current), True, "", at_current)
    hidden_set = set(hidden)  # already left out in SQL; checked again here as the last line of defence
    order = sorted(
        (pk for pk in candidates if pk not in hidden_set),
        key=lambda pk: (-candidates[pk].score, not candidates[pk].legal_name, candidates[pk].sort_name, pk),
    )
    results.truncated = truncated or len(order) > limit
    page = order[:limit]
    people = _people_page(page)
    for pk in page:
        person = people.get(pk)
        if person is None:  # deleted since the candidates were read
            continue
        candidate = candidates[pk]
        reasons = (candidate.match.reasons if candidate.match else []) + _criteria_reasons(
            parsed, person, candidate.at_current_address
        )
        results.append(_result(person, candidate.score, reasons, candidate.match))
    return results


def _people_page(ids: list[int]) -> dict[int, Person]:
    """The people on the page, each with `current_address` (their latest open address, or None): one plain statement
    (the ORM's filtered relation cost more to build than the query took to run)."""
    if not ids:
        return {}
    found, params = one_of(ids)
    sql = (f"SELECT {columns_of(Person, 'p')}, {columns_of(Address, 'a')} FROM {Person._meta.db_table} p "
           f"LEFT JOIN {Address._meta.db_table} a ON a.person_id = p.id AND a.ended_on IS NULL WHERE p.id {found} "
           "ORDER BY p.id, CASE WHEN a.started_on IS NULL THEN 1 ELSE 0 END, a.started_on DESC, a.id DESC")
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    n = len(Person._meta.concrete_fields)
    people: dict[int, Person] = {}
    for row in rows:
        if row[0] in people:
            continue  # the latest, should two addresses both be open
        person = from_row(Person, row[:n])
        person.current_address = from_row(Address, row[n:]) if row[n] is not None else None
        people[person.pk] = person
    return people


def _result(person: Person, score: int, reasons: list[str], match: _NameMatch | None) -> SearchResult:
    address = person.current_address
    matched_name = ""
    if match and match.row.kind != NameKind.LEGAL:
        matched_name = f"{match.row.given_name} {match.row.family_name}"
    return SearchResult(
        person=person,
        score=max(0, min(100, score)),
        match_reasons=reasons,
        full_name=person.full_name,
        date_of_birth=person.date_of_birth,
        expected_date_of_birth=person.expected_date_of_birth,
        age=person.age(),
        sex=person.get_sex_display(),
        current_postcode=address.postcode if address else "",
        nhs_number=format_nhs_number(person.nhs_number),
        matched_name=matched_name,
    )


def search_and_log(*, user, query: str, via: str = "page") -> list[SearchResult]:
    """Search as `user` and write the search to the audit log: what the page and the API both call."""
    from hearth.audit import services as audit

    results = search_people(user=user, query=query)
    audit.record(actor=user, action="search_people", detail={"query": query, "results": len(results), "via": via})
    return results
