"""Finding the right child: match a referral against the people already known, and merge two records of one person.

Matching (`find_matches`) is a Fellegi–Sunter record-linkage model (see hearth.matching.scoring for the fields,
their comparison levels and m/u weights):

1. Blocking: one UNION ALL query gathers the people worth comparing, never the whole population:
   - the NHS number given;
   - the date of birth given, and the same with day and month swapped (12/03 and 03/12); an unborn child's
     record whose expected date is within 45 days;
   - the name: a recorded first name like the first name given AND a last name like the last name given, or
     the two swapped; without a date of birth also a compound name with a later part like one and a word like
     the other (the per-word name index, PersonNameWord), or a compound starting with the word given (see
     `_name_conditions`). "Like"
     is the search's fan-out (hearth.people.search.name_variants: the same word, nicknames both ways, the same
     metaphone key, one or two slips), read from the distinct-word table in one query. With a date of birth
     given, only people born within about a year of it (a wrong date is then a slip, caught here).
   People merged into another record are left out; restricted records are NOT (the front door must not create
   a duplicate of a restricted child; the caller decides what to show).
2. Comparison: every candidate's every recorded name (legal, alias, previous, preferred; in the order given
   and swapped) against the referral, then date of birth, NHS number and sex; the best SHORTLIST are then also
   compared on postcode (current, previous, same district, moved). When the blocks hold more than FULL_COMPARE
   people (a date of birth hundreds share), a quick rapidfuzz name ratio picks whom to compare in full.
   Weights add up to the match weight (bits); `Candidate.score` is it as a probability.
3. Decision, on the best candidate (thresholds chosen with bench/bench_matching.py, see bench/README.md):
   - "certain" when its match weight is at least CERTAIN_WEIGHT, it is at least CERTAIN_MARGIN bits ahead
     of the next candidate (twins, or a child and a parent of the same name, are never linked automatically),
     its first and last names both agree at some level (same, part, nickname, spelling or sound) or its NHS
     number is the same, and no NHS number disagrees;
   - "uncertain" when its match weight is at least UNCERTAIN_WEIGHT (a front-door worker chooses, with the
     candidates' reasons side by side);
   - "none" otherwise: a new person.

Merging (`merge_people`, `undo_merge`) moves every row that points at the duplicate onto the kept record,
found by introspecting Person's relations (so an app added later is covered), and records exactly what moved
in a PersonMerge row, so the merge can be undone exactly. See `merge_people`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.db.models import Q
from django.utils import timezone
from rapidfuzz import fuzz
from stdnum.gb import nhs

from hearth.audit import services as audit
from hearth.core.identifiers import normalise_postcode
from hearth.matching import scoring
from hearth.matching.models import PersonMerge
from hearth.people.models import Address, NameKind, Person, PersonName, PersonNameWord
from hearth.people.names import normalise, tokens
from hearth.people.search import name_variants

__all__ = ["Candidate", "MatchOutcome", "find_matches", "merge_people", "undo_merge"]

# Decision thresholds, in bits of match weight (prior included). See the module docstring.
CERTAIN_WEIGHT = 0.0  # probability 0.5 against a prior of 1 in POPULATION
UNCERTAIN_WEIGHT = -12.0  # about 1 in 4,000
CERTAIN_MARGIN = 6.0  # the best at least 2^6 = 64 times likelier than the next
MAX_CANDIDATES = 1000  # people read from the blocks
FULL_COMPARE = 60  # of those, compared on names, date of birth, NHS number and sex (see _quick_filter)
SHORTLIST = 20  # of those, compared on postcode too
MAX_SHOWN = 5
NAME_BLOCK_DAYS = 400  # with a date of birth given, the name block keeps people born this close to it
EXPECTED_DAYS = 45


@dataclass(frozen=True)
class Candidate:
    person: Person
    score: float  # 0..1, probability-like match score
    reasons: list[str]  # plain words per field, e.g. "First name: Bill is a short form of William (+3.9)"


@dataclass(frozen=True)
class MatchOutcome:
    decision: str  # "certain" | "uncertain" | "none"
    candidates: list[Candidate]  # best first, at most 5


# ---------------------------------------------------------------------------------------------------------
# Matching


def _clean_nhs(value: str) -> str:
    digits = "".join(c for c in value or "" if c.isdigit())
    return digits if len(digits) == 10 and nhs.is_valid(digits) else ""


def _name_words(name: str) -> list[str]:
    return [w for w in tokens(name) if len(w) >= 2][:3]


def _later_part(words: set[str], with_any_of: set[str]) -> Q:
    """A name with one of `words` after the first word of its first or last name ("jones" in Smith-Jones) and
    one of `with_any_of` anywhere: PersonNameWord only, on its (word, position, name) index."""
    later = PersonNameWord.objects.order_by().filter(word__in=sorted(words), position__gt=0,
                                                     name__words__word__in=sorted(with_any_of))
    return Q(id__in=later.values("name_id"))


def _longer_starting_with(column: str, prefix: str) -> Q:
    """Starts with `prefix` and is longer ("maryjane" for "mary"): an index range that leaves the name itself out."""
    return Q(**{f"{column}__gt": prefix, f"{column}__lte": prefix + "z" * max(100 - len(prefix), 1)})


def _name_conditions(referral: scoring.Referral, given: list[str], family: list[str]) -> list[Q]:
    """The name block as plain indexed conditions on PersonName, each one branch of the UNION ALL:

    the first name like the given one and the last name like the given one (the (family_norm, given_norm)
    index); the same swapped; and, when no date of birth is given, a later part of a compound name
    (PersonNameWord) or its first part ("Mary" for Mary-Jane). "Like" is the search's fan-out: the same word,
    nicknames, sound-alikes, slips.
    """
    variants = name_variants(sorted(set(given + family)))
    like_given = set().union(*(variants[w] for w in given)) | {normalise(referral.given_name)}
    like_family = set().union(*(variants[w] for w in family)) | {normalise(referral.family_name)}
    g, f = sorted(like_given), sorted(like_family)
    conditions = [Q(given_norm__in=g, family_norm__in=f), Q(given_norm__in=f, family_norm__in=g)]
    if referral.date_of_birth is None:
        # With a date of birth the date's own block finds a compound name given in part; without one, these do.
        conditions += [_later_part(like_given, like_family), _later_part(like_family, like_given)]
        for word in given[:1]:
            conditions.append(_longer_starting_with("given_norm", word) & Q(family_norm__in=f))
        for word in family[:1]:
            conditions.append(_longer_starting_with("family_norm", word) & Q(given_norm__in=g))
    return conditions


def _block(referral: scoring.Referral) -> list[int]:
    """The ids of the people worth comparing (see the module docstring), in one query.

    The branches come in order of strength (NHS number, name, date of birth), so when a crowded date of birth
    brings more than MAX_CANDIDATES people, the ones cut are those found by the date alone."""
    branches = []
    people = Person.objects.order_by()
    if referral.nhs_number:
        branches.append(people.filter(nhs_number=referral.nhs_number).values_list("id"))
    dob = referral.date_of_birth
    given, family = _name_words(referral.given_name), _name_words(referral.family_name)
    if given and family:
        for condition in _name_conditions(referral, given, family):
            names = PersonName.objects.order_by().filter(condition)
            if dob:
                window = dt.timedelta(days=NAME_BLOCK_DAYS)
                names = names.filter(Q(person__date_of_birth__range=(dob - window, dob + window))
                                     | Q(person__date_of_birth__isnull=True))
            branches.append(names.values_list("person_id"))
    if dob:
        dates = [d for d in (dob, scoring.swapped_date(dob)) if d]
        window = dt.timedelta(days=EXPECTED_DAYS)
        branches.append(people.filter(expected_date_of_birth__range=(dob - window, dob + window)).values_list("id"))
        branches.append(people.filter(date_of_birth__in=dates).values_list("id"))
    if not branches:
        return []
    query = branches[0].union(*branches[1:], all=True) if len(branches) > 1 else branches[0]
    seen: dict[int, None] = {}
    for (pk,) in query[:MAX_CANDIDATES]:
        seen.setdefault(pk, None)
    return list(seen)


_KNOWN_COLUMNS = ("person_id", "kind", "given_name", "family_name", "given_norm", "family_norm",
                  "person__date_of_birth", "person__expected_date_of_birth", "person__nhs_number", "person__sex")


def _known(ids: list[int], exclude: set[int]) -> list[tuple[scoring.Known, str]]:
    """The candidates with every name they are or were known by (one query), each with a quick name key."""
    wanted = [pk for pk in ids if pk not in exclude]
    if not wanted:
        return []
    rows = (
        PersonName.objects.filter(person_id__in=wanted, person__merged_into__isnull=True)
        .order_by("person_id", "id").values_list(*_KNOWN_COLUMNS)
    )
    grouped: dict[int, list[tuple]] = {}
    for row in rows:
        grouped.setdefault(row[0], []).append(row)
    known = []
    for pk, names in grouped.items():
        names.sort(key=lambda n: n[1] != NameKind.LEGAL)
        first = names[0]
        keys = " | ".join(f"{n[4]} {n[5]}" for n in names)
        known.append((scoring.Known(
            person_id=pk, names=tuple((n[1], n[2], n[3]) for n in names), date_of_birth=first[6],
            expected_date_of_birth=first[7], nhs_number=first[8], sex=first[9],
        ), keys))
    return known


def _quick_filter(referral: scoring.Referral, known: list[tuple[scoring.Known, str]]) -> list[scoring.Known]:
    """At most FULL_COMPARE candidates for the full comparison: all of them when there are few; otherwise those
    with the same NHS number or date of birth and the names most alike (rapidfuzz, a few microseconds each). A
    crowded date of birth (hundreds of people born that day) then costs no more than a quiet one."""
    if len(known) <= FULL_COMPARE:
        return [k for k, _ in known]
    typed = f"{normalise(referral.given_name)} {normalise(referral.family_name)}"
    dates = {referral.date_of_birth, scoring.swapped_date(referral.date_of_birth)} - {None}

    def quick(item: tuple[scoring.Known, str]) -> float:
        k, keys = item
        name = max(fuzz.token_sort_ratio(typed, key) for key in keys.split(" | "))
        return name + 100 * (bool(referral.nhs_number) and k.nhs_number == referral.nhs_number) + 30 * (
            k.date_of_birth in dates)

    return [k for k, _ in sorted(known, key=quick, reverse=True)[:FULL_COMPARE]]


def _postcodes(ids: list[int]) -> dict[int, tuple[tuple[str, bool], ...]]:
    found: dict[int, list[tuple[str, bool]]] = {}
    rows = Address.objects.order_by().filter(person_id__in=ids).values_list("person_id", "postcode_norm", "ended_on")
    for pk, postcode, ended_on in rows:
        found.setdefault(pk, []).append((postcode, ended_on is None))
    return {pk: tuple(values) for pk, values in found.items()}


def _agrees(field: scoring.Field | None) -> bool:
    return field is not None and field.level.key not in ("different", "missing")


def decide(comparisons: list[scoring.Comparison]) -> str:
    """"certain", "uncertain" or "none" for comparisons sorted best first (see the module docstring)."""
    if not comparisons or comparisons[0].weight < UNCERTAIN_WEIGHT:
        return "none"
    best = comparisons[0]
    runner_up = comparisons[1].weight if len(comparisons) > 1 else float("-inf")
    nhs_field = best.field("NHS number")
    nhs_same = nhs_field is not None and nhs_field.level.key == "same"
    nhs_differs = nhs_field is not None and nhs_field.level.key == "different"
    names_agree = _agrees(best.field("First name")) and _agrees(best.field("Last name"))
    if (best.weight >= CERTAIN_WEIGHT and best.weight - runner_up >= CERTAIN_MARGIN and (names_agree or nhs_same)
            and not nhs_differs):
        return "certain"
    return "uncertain"


def compare_all(referral: scoring.Referral, *, exclude_ids: Iterable[int] = ()) -> list[scoring.Comparison]:
    """Every blocked candidate compared with the referral, best first (the shortlist with postcodes)."""
    known = _quick_filter(referral, _known(_block(referral), set(exclude_ids)))
    first = sorted((scoring.compare(referral, k, with_postcode=False) for k in known), key=lambda c: -c.weight)
    first = first[:SHORTLIST]
    if not first:
        return []
    postcodes = _postcodes([c.known.person_id for c in first]) if referral.postcode else {}
    final = [scoring.with_postcode(referral, c, postcodes.get(c.known.person_id, ())) for c in first]
    final.sort(key=lambda c: (-c.weight, c.known.person_id))
    return final


def find_matches(*, given_name: str, family_name: str, date_of_birth: dt.date | None = None, nhs_number: str = "",
                 postcode: str = "", sex: str = "", exclude_ids: Iterable[int] = ()) -> MatchOutcome:
    """Match one referral's child against everyone known. Reads only; the caller links, asks or creates."""
    referral = scoring.Referral(
        given_name=(given_name or "").strip(), family_name=(family_name or "").strip(), date_of_birth=date_of_birth,
        nhs_number=_clean_nhs(nhs_number), postcode=normalise_postcode(postcode or "") if postcode else "",
        sex=sex if sex in ("M", "F") else "",
    )
    ranked = compare_all(referral, exclude_ids=exclude_ids)
    decision = decide(ranked)
    if decision == "none":
        return MatchOutcome("none", [])
    shown = [c for c in ranked if c.weight >= UNCERTAIN_WEIGHT][:MAX_SHOWN]
    people = Person.objects.in_bulk([c.known.person_id for c in shown])
    return MatchOutcome(decision, [Candidate(person=people[c.known.person_id], score=round(c.probability, 4),
                                             reasons=c.reasons) for c in shown if c.known.person_id in people])


# ---------------------------------------------------------------------------------------------------------
# Merging


def _person_relations() -> list[models.ForeignKey]:
    """Every foreign key (and one-to-one) in any app that points at Person, except the merge's own records."""
    fields = []
    for model in apps.get_models(include_auto_created=True):
        if model is PersonMerge:
            continue
        for field in model._meta.concrete_fields:
            if field.is_relation and (field.many_to_one or field.one_to_one):
                if field.related_model is Person and not (model is Person and field.name == "merged_into"):
                    fields.append(field)
    return sorted(fields, key=lambda f: (f.model._meta.label_lower, f.name))


def _label(field) -> str:
    return field.model._meta.label_lower


def _row_note(field, pk, why: str) -> dict:
    return {"model": _label(field), "field": field.name, "pk": pk, "why": why}


# Fields copied onto the kept record when it has none and the duplicate has one.
FILL_FIELDS = ("nhs_number", "upn", "date_of_birth", "expected_date_of_birth", "sex", "ethnicity")
EMPTY = {"sex": "U", "ethnicity": "NOBT"}


def _check_merge(keep: Person, duplicate: Person) -> None:
    from hearth.cases.models import Case

    errors = []
    if keep.pk == duplicate.pk:
        errors.append("Choose two different records: a record cannot be merged into itself")
    if duplicate.merged_into_id:
        errors.append(f"{duplicate} has already been merged into another record")
    if keep.merged_into_id:
        errors.append(f"{keep} has been merged into another record: merge into that record instead")
    if keep.nhs_number and duplicate.nhs_number and keep.nhs_number != duplicate.nhs_number:
        errors.append("These records have different NHS numbers: check which is right and correct the other first")
    if keep.pk != duplicate.pk and Case.objects.filter(child_id__in=[keep.pk, duplicate.pk], closed_on__isnull=True).count() > 1:
        errors.append("Both records have an open case: close one of the cases before merging")
    if errors:
        raise ValidationError({"duplicate": errors})


def _move_rows(field, keep: Person, duplicate: Person, moved: list, changed: list, left: list) -> None:
    """Point every row of one relation at `keep`, row by row only where the quick way hits a constraint."""
    manager = field.model._base_manager
    ids = list(manager.filter(**{field.attname: duplicate.pk}).order_by("pk").values_list("pk", flat=True))
    if not ids:
        return
    if field.model is PersonName:
        ids = _prepare_names(ids, keep, duplicate, changed, left)
    if field.model._meta.label_lower == "people.relationship":
        other = "to_person_id" if field.name == "from_person" else "from_person_id"
        between = set(manager.filter(pk__in=ids, **{other: keep.pk}).values_list("pk", flat=True))
        left += [_row_note(field, pk, "a relationship between the two records") for pk in sorted(between)]
        ids = [pk for pk in ids if pk not in between]
    try:
        with transaction.atomic():
            manager.filter(pk__in=ids).update(**{field.attname: keep.pk})
        moved += [{"model": _label(field), "field": field.name, "pk": pk} for pk in ids]
        return
    except IntegrityError:
        pass
    for pk in ids:
        try:
            with transaction.atomic():
                manager.filter(pk=pk).update(**{field.attname: keep.pk})
        except IntegrityError:
            left.append(_row_note(field, pk, "the kept record already has the same"))
        else:
            moved.append({"model": _label(field), "field": field.name, "pk": pk})


def _prepare_names(ids: list[int], keep: Person, duplicate: Person, changed: list, left: list) -> list[int]:
    """The duplicate's names join the kept record's: its legal name becomes "also known as"; a name the kept
    record already has stays behind."""
    have = set(PersonName.objects.filter(person=keep).values_list("given_norm", "family_norm"))
    keep_ids = []
    for name in PersonName.objects.filter(pk__in=ids).order_by("pk"):
        if (name.given_norm, name.family_norm) in have:
            left.append({"model": "people.personname", "field": "person", "pk": name.pk,
                         "why": "the kept record already has this name"})
            continue
        have.add((name.given_norm, name.family_norm))
        if name.kind == NameKind.LEGAL:
            changed.append({"model": "people.personname", "pk": name.pk, "field": "kind", "old": name.kind,
                            "new": NameKind.ALIAS})
            PersonName.objects.filter(pk=name.pk).update(kind=NameKind.ALIAS)
        keep_ids.append(name.pk)
    return keep_ids


def _json(value):
    return value.isoformat() if isinstance(value, dt.date) else value


def _fill_details(keep: Person, duplicate: Person, changed: list) -> None:
    updates_keep, updates_dup = {}, {}
    for name in FILL_FIELDS:
        mine, theirs = getattr(keep, name), getattr(duplicate, name)
        if (mine in (None, "", EMPTY.get(name))) and theirs not in (None, "", EMPTY.get(name)):
            if name == "expected_date_of_birth" and (keep.date_of_birth or updates_keep.get("date_of_birth")):
                continue
            if name == "date_of_birth" and keep.expected_date_of_birth:
                continue
            updates_keep[name] = theirs
            changed.append({"model": "people.person", "pk": keep.pk, "field": name, "old": _json(mine),
                            "new": _json(theirs)})
            if name == "nhs_number":  # unique: the duplicate gives it up first
                updates_dup[name] = ""
                changed.append({"model": "people.person", "pk": duplicate.pk, "field": name, "old": theirs, "new": ""})
    if updates_dup:
        Person.objects.filter(pk=duplicate.pk).update(**updates_dup)
    if updates_keep:
        Person.objects.filter(pk=keep.pk).update(**updates_keep)


def _record_change(*, actor, person: Person, title: str, narrative: str):
    from hearth.cases.models import Case, ChronologyEntry, EntryKind

    case = Case.objects.filter(child=person, closed_on__isnull=True).select_related("unit").first()
    return ChronologyEntry.objects.create(
        child=person, case=case, unit=case.unit if case else None, kind=EntryKind.RECORD_CHANGE,
        occurred_on=timezone.localdate(), title=title, narrative=narrative, author=actor if getattr(actor, "pk", None) else None,
    )


def _summary(rows: list[dict]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for row in rows:
        counts[row["model"]] = counts.get(row["model"], 0) + 1
    return counts


@transaction.atomic
def merge_people(*, actor, keep: Person, duplicate: Person, reason: str) -> PersonMerge:
    """Merge `duplicate` into `keep`: two records found to be the same person.

    Every row pointing at the duplicate (names, addresses, relationships, cases, chronology, warnings,
    disabilities, access grants, restriction, referrals, and any relation added later: found by introspection)
    is pointed at `keep`, except where that would break a constraint: the same disability or name already on
    `keep`, a relationship between the two records, a second restriction. Those stay on the duplicate and are
    listed in the merge. The duplicate's legal name becomes "also known as" on `keep`; details `keep` lacks
    (NHS number, UPN, date of birth, sex, ethnicity) are copied from the duplicate (the NHS number moved, as it
    is unique). The duplicate is marked merged (search and matching skip it). A record-change entry goes on
    the kept child's chronology, and the audit log gets a row for each record. Refused: the same record twice,
    a record already merged, two different NHS numbers, two open cases.
    """
    reason = (reason or "").strip()
    people = {p.pk: p for p in Person.objects.select_for_update().filter(pk__in=[keep.pk, duplicate.pk])}
    keep, duplicate = people.get(keep.pk, keep), people.get(duplicate.pk, duplicate)
    errors = {}
    try:
        _check_merge(keep, duplicate)
    except ValidationError as exc:
        errors.update(exc.message_dict)
    if not reason:
        errors["reason"] = ["Enter why these two records are the same person"]
    if errors:
        raise ValidationError(errors)

    moved: list[dict] = []
    changed: list[dict] = []
    left: list[dict] = []
    _fill_details(keep, duplicate, changed)
    for field in _person_relations():
        _move_rows(field, keep, duplicate, moved, changed, left)
    Person.objects.filter(pk=duplicate.pk).update(merged_into=keep, updated_at=timezone.now())
    merge = PersonMerge.objects.create(keep=keep, duplicate=duplicate, reason=reason,
                                       merged_by=actor if getattr(actor, "pk", None) else None,
                                       moved=moved, changed=changed, left=left)
    keep.refresh_from_db()
    duplicate.refresh_from_db()
    _record_change(
        actor=actor, person=keep, title="Records merged",
        narrative=f"The record of {duplicate.full_name} (record {duplicate.pk}) was found to be the same person and "
                  f"merged into this one: {len(moved)} items moved. Reason: {reason}",
    )
    detail = {"keep": keep.pk, "duplicate": duplicate.pk, "moved": _summary(moved), "left": _summary(left),
              "changed": [f"{c['model']}.{c['field']}" for c in changed]}
    audit.record(actor=actor, action="merge_people", person=keep, obj=merge, reason=reason, detail=detail)
    audit.record(actor=actor, action="merged_away", person=duplicate, obj=merge, reason=reason, detail=detail)
    return merge


@transaction.atomic
def undo_merge(*, actor, merge: PersonMerge, reason: str) -> None:
    """Put back exactly what `merge` moved and changed, and make the duplicate a record of its own again.

    Rows recorded on the kept child since the merge stay there. Refused when the merge is already undone, or
    the kept record has itself been merged away since (undo that merge first).
    """
    reason = (reason or "").strip()
    merge = PersonMerge.objects.select_for_update().select_related("keep", "duplicate").get(pk=merge.pk)
    errors = []
    if merge.undone_at:
        errors.append("This merge has already been undone")
    if merge.keep.merged_into_id:
        errors.append(f"{merge.keep} has since been merged into another record: undo that merge first")
    if errors or not reason:
        raise ValidationError({**({"merge": errors} if errors else {}),
                               **({} if reason else {"reason": ["Enter why the merge is being undone"]})})
    keep, duplicate = merge.keep, merge.duplicate
    by_model: dict[tuple[str, str], list[int]] = {}
    for row in merge.moved:
        by_model.setdefault((row["model"], row["field"]), []).append(row["pk"])
    for (label, field_name), ids in sorted(by_model.items()):
        model = apps.get_model(label)
        field = model._meta.get_field(field_name)
        model._base_manager.filter(pk__in=ids, **{field.attname: keep.pk}).update(**{field.attname: duplicate.pk})
    Person.objects.filter(pk=duplicate.pk).update(merged_into=None, updated_at=timezone.now())
    # Changed values back, the kept record's NHS number before the duplicate's (it is unique).
    for row in sorted(merge.changed, key=lambda r: (r["model"] != "people.person", r["pk"] != keep.pk)):
        model = apps.get_model(row["model"])
        old = row["old"]
        if old and model._meta.get_field(row["field"]).get_internal_type() == "DateField":
            old = dt.date.fromisoformat(old)
        model._base_manager.filter(pk=row["pk"]).update(**{row["field"]: old})
    merge.undone_at = timezone.now()
    merge.undone_by = actor if getattr(actor, "pk", None) else None
    merge.undo_reason = reason
    merge.save(update_fields=["undone_at", "undone_by", "undo_reason"])
    duplicate.refresh_from_db()
    for person, other in ((keep, duplicate), (duplicate, keep)):
        _record_change(actor=actor, person=person, title="Merge undone",
                       narrative=f"The merge of record {duplicate.pk} into record {keep.pk} was undone: "
                                 f"{other.full_name} is a separate record again. Reason: {reason}")
    detail = {"keep": keep.pk, "duplicate": duplicate.pk, "moved_back": len(merge.moved)}
    audit.record(actor=actor, action="undo_merge", person=keep, obj=merge, reason=reason, detail=detail)
    audit.record(actor=actor, action="unmerged", person=duplicate, obj=merge, reason=reason, detail=detail)
