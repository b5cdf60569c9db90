"""Changes to people's records. Each runs in one transaction and writes its audit row."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from hearth.audit import services as audit
from hearth.core.codes import Disability, Ethnicity, Sex, UPNUnknown
from hearth.core.identifiers import clean_nhs_number, clean_postcode, clean_upn, normalise_postcode
from hearth.people.models import (
    Address,
    NameKind,
    NameToken,
    Person,
    PersonDisability,
    PersonName,
    PersonNameWord,
    PersonWarning,
    Relationship,
    RelationshipKind,
    WarningKind,
)
from hearth.people.names import normalise, phonetic, tokens


def index_name_tokens(*names: str) -> None:
    """Keep the distinct-token table (what tolerant search fans out from) up to date."""
    wanted = {t for name in names for t in tokens(name)}
    if not wanted:
        return
    # One statement: tokens already known are skipped by the unique index (ON CONFLICT DO NOTHING).
    NameToken.objects.bulk_create([NameToken(token=t, phonetic=phonetic(t), initial=t[:2]) for t in sorted(wanted)],
                                  ignore_conflicts=True)


def _validate_person(*, given_name, family_name, date_of_birth, expected_date_of_birth, sex, ethnicity, nhs_number, upn):
    errors: dict[str, str] = {}
    cleaned: dict = {}
    given_name = (given_name or "").strip()
    family_name = (family_name or "").strip()
    if not given_name:
        errors["given_name"] = "Enter a first name"
    if not family_name:
        errors["family_name"] = "Enter a last name"
    today = timezone.localdate()
    if date_of_birth and expected_date_of_birth:
        errors["expected_date_of_birth"] = "Give either a date of birth or an expected date of birth, not both"
    if date_of_birth and date_of_birth > today:
        errors["date_of_birth"] = "Date of birth must be today or in the past"
    if expected_date_of_birth and expected_date_of_birth < today - dt.timedelta(days=60):
        errors["expected_date_of_birth"] = "Expected date of birth is long past: record the date of birth instead"
    if sex not in Sex.values:
        errors["sex"] = "Select the person's sex"
    if ethnicity not in Ethnicity.values:
        errors["ethnicity"] = "Select an ethnicity from the list"
    for name, cleaner, value in (("nhs_number", clean_nhs_number, nhs_number), ("upn", clean_upn, upn)):
        try:
            cleaned[name] = cleaner(value)
        except ValidationError as exc:
            errors[name] = exc.messages[0]
    if cleaned.get("nhs_number") and Person.objects.filter(nhs_number=cleaned["nhs_number"]).exists():
        errors["nhs_number"] = "Another person already has this NHS number: search for them instead"
    if errors:
        raise ValidationError(errors)
    cleaned.update(given_name=given_name, family_name=family_name)
    return cleaned


def create_person(
    *,
    actor,
    given_name: str,
    family_name: str,
    date_of_birth: dt.date | None = None,
    expected_date_of_birth: dt.date | None = None,
    sex: str = Sex.UNKNOWN,
    ethnicity: str = Ethnicity.NOBT,
    nhs_number: str = "",
    upn: str = "",
    disabilities: list[str] | None = None,
) -> Person:
    cleaned = _validate_person(
        given_name=given_name, family_name=family_name, date_of_birth=date_of_birth,
        expected_date_of_birth=expected_date_of_birth, sex=sex, ethnicity=ethnicity, nhs_number=nhs_number, upn=upn,
    )
    bad = [d for d in disabilities or [] if d not in Disability.values]
    if bad:
        raise ValidationError({"disabilities": f"Unknown disability code: {', '.join(bad)}"})
    # Every refusal is raised above, before anything is written, so the writes need no savepoint of their own
    # inside a caller's transaction (a caller that recovers from a refusal still can).
    with transaction.atomic(savepoint=False):
        person = Person.objects.create(
            given_name=cleaned["given_name"], family_name=cleaned["family_name"], date_of_birth=date_of_birth,
            expected_date_of_birth=expected_date_of_birth, sex=sex, ethnicity=ethnicity,
            nhs_number=cleaned["nhs_number"], upn=cleaned["upn"],
        )
        _add_name_row(person, NameKind.LEGAL, person.given_name, person.family_name)
        PersonDisability.objects.bulk_create([PersonDisability(person=person, code=d) for d in sorted(set(disabilities or []))])
        audit.record(actor=actor, action="create", person=person, obj=person,
                     detail={"given_name": person.given_name, "family_name": person.family_name})
    return person


def _add_name_row(person: Person, kind: str, given: str, family: str) -> PersonName:
    """Save a name with its search keys: the normalised names, each of its words, and any new distinct word."""
    index_name_tokens(given, family)
    name = PersonName.objects.create(
        person=person, kind=kind, given_name=given, family_name=family,
        given_norm=normalise(given), family_norm=normalise(family),
    )
    PersonNameWord.objects.bulk_create(PersonNameWord.for_name(name))
    return name


@transaction.atomic
def add_name(*, actor, person: Person, kind: str, given_name: str, family_name: str) -> PersonName:
    given_name, family_name = (given_name or "").strip(), (family_name or "").strip()
    errors = {}
    if kind not in NameKind.values or kind == NameKind.LEGAL:
        errors["kind"] = "Select whether this is an alias, a previous name or a preferred name"
    if not given_name and not family_name:
        errors["given_name"] = "Enter a first name, a last name or both"
    if errors:
        raise ValidationError(errors)
    name = _add_name_row(person, kind, given_name or person.given_name, family_name or person.family_name)
    audit.record(actor=actor, action="add_name", person=person, obj=name, detail={"kind": kind})
    return name


def add_address(*, actor, person: Person, line_1: str, postcode: str, line_2: str = "", town: str = "",
                started_on: dt.date | None = None) -> Address:
    errors = {}
    if not (line_1 or "").strip():
        errors["line_1"] = "Enter the first line of the address"
    try:
        postcode = clean_postcode(postcode)
    except ValidationError as exc:
        errors["postcode"] = exc.messages[0]
    if errors:
        raise ValidationError(errors)
    started_on = started_on or timezone.localdate()
    with transaction.atomic(savepoint=False):  # refusals are raised above, before any write (as in create_person)
        # The address history: the current address ends when the person moves.
        person.addresses.filter(ended_on__isnull=True).update(ended_on=started_on)
        address = Address.objects.create(
            person=person, line_1=line_1.strip(), line_2=(line_2 or "").strip(), town=(town or "").strip(),
            postcode=postcode, postcode_norm=normalise_postcode(postcode), started_on=started_on,
        )
        audit.record(actor=actor, action="add_address", person=person, obj=address)
    return address


@transaction.atomic
def add_relationship(*, actor, from_person: Person, to_person: Person, kind: str,
                     parental_responsibility: bool = False, lives_with: bool = False) -> Relationship:
    if kind not in RelationshipKind.values:
        raise ValidationError({"kind": "Select how these people are related"})
    if from_person.pk == to_person.pk:
        raise ValidationError({"to_person": "A person cannot be related to themselves"})
    rel, _ = Relationship.objects.get_or_create(
        from_person=from_person, to_person=to_person, kind=kind,
        defaults={"parental_responsibility": parental_responsibility, "lives_with": lives_with},
    )
    audit.record(actor=actor, action="add_relationship", person=to_person, obj=rel,
                 detail={"from_person": from_person.pk, "kind": kind})
    return rel


@transaction.atomic
def add_warning(*, actor, person: Person, kind: str, text: str) -> PersonWarning:
    errors = {}
    if kind not in WarningKind.values:
        errors["kind"] = "Select the kind of warning"
    if not (text or "").strip():
        errors["text"] = "Enter what staff need to know"
    if errors:
        raise ValidationError(errors)
    warning = PersonWarning.objects.create(person=person, kind=kind, text=text.strip(), created_by=actor)
    audit.record(actor=actor, action="add_warning", person=person, obj=warning, detail={"kind": kind})
    return warning


DUPLICATE_NHS_NUMBER = "Another person already has this NHS number: search for them instead"
_UNCHANGED = object()


@transaction.atomic
def add_person(
    *,
    actor,
    address: dict | None = None,
    related_to: Person | None = None,
    relationship: dict | None = None,
    **fields,
) -> Person:
    """Add a person, with their first address and how they are related to someone, all or nothing.

    `fields` are create_person's; `address` is add_address's (line_1, postcode, line_2, town, started_on);
    `relationship` is add_relationship's (kind, parental_responsibility, lives_with), the new person being
    `kind` of `related_to` (for example the mother of the child whose record it was added from).
    """
    person = create_person(actor=actor, **fields)
    if address:
        add_address(actor=actor, person=person, **address)
    if related_to is not None:
        add_relationship(actor=actor, from_person=person, to_person=related_to, **(relationship or {}))
    return person


@transaction.atomic
def update_person(
    *,
    actor,
    person: Person,
    given_name=_UNCHANGED,
    family_name=_UNCHANGED,
    date_of_birth=_UNCHANGED,
    expected_date_of_birth=_UNCHANGED,
    sex=_UNCHANGED,
    ethnicity=_UNCHANGED,
    nhs_number=_UNCHANGED,
    upn=_UNCHANGED,
    disabilities=_UNCHANGED,
    old_name_kind: str | None = NameKind.PREVIOUS,
) -> Person:
    """Change a person's details; a field not given stays as it is. Validated as create_person validates.

    When the legal name changes, the legal PersonName row follows it (what search reads). The old legal name
    is kept as `old_name_kind` (a previous name, by default, so search still finds the person by it), or
    dropped when `old_name_kind` is None (the old name was a mistake). The audit row lists the fields changed.
    """
    person = Person.objects.select_for_update().get(pk=person.pk)
    current = {
        "given_name": person.given_name, "family_name": person.family_name, "date_of_birth": person.date_of_birth,
        "expected_date_of_birth": person.expected_date_of_birth, "sex": person.sex, "ethnicity": person.ethnicity,
        "nhs_number": person.nhs_number, "upn": person.upn,
    }
    given = {
        "given_name": given_name, "family_name": family_name, "date_of_birth": date_of_birth,
        "expected_date_of_birth": expected_date_of_birth, "sex": sex, "ethnicity": ethnicity,
        "nhs_number": nhs_number, "upn": upn,
    }
    wanted = {k: current[k] if v is _UNCHANGED else v for k, v in given.items()}

    errors: dict[str, list[str]] = {}
    cleaned: dict = {}
    # The shared checks, with the NHS number left out: its uniqueness check must not count this person.
    try:
        cleaned = _validate_person(**{**wanted, "nhs_number": ""})
    except ValidationError as exc:
        errors.update(exc.message_dict)
    try:
        cleaned_nhs = clean_nhs_number(wanted["nhs_number"])
    except ValidationError as exc:
        errors["nhs_number"] = exc.messages[:1]
    else:
        if cleaned_nhs and Person.objects.filter(nhs_number=cleaned_nhs).exclude(pk=person.pk).exists():
            errors["nhs_number"] = [DUPLICATE_NHS_NUMBER]
        cleaned["nhs_number"] = cleaned_nhs
    current_disabilities = set(person.disabilities.values_list("code", flat=True))
    wanted_disabilities = current_disabilities if disabilities is _UNCHANGED else set(disabilities or [])
    bad = sorted(d for d in wanted_disabilities if d not in Disability.values)
    if bad:
        errors["disabilities"] = [f"Unknown disability code: {', '.join(bad)}"]
    if old_name_kind is not None and old_name_kind not in (NameKind.PREVIOUS, NameKind.ALIAS):
        errors["old_name_kind"] = ["Say whether the old name was a mistake or a name they were known by"]
    if errors:
        raise ValidationError(errors)

    new = {**wanted, **{k: cleaned[k] for k in ("given_name", "family_name", "nhs_number", "upn")}}
    changed = [k for k in current if new[k] != current[k]]
    if wanted_disabilities != current_disabilities:
        changed.append("disabilities")
    if not changed:
        return person

    for key in current:
        setattr(person, key, new[key])
    person.save()
    name_changed = current["given_name"] != person.given_name or current["family_name"] != person.family_name
    if name_changed:
        old_legal = person.names.filter(kind=NameKind.LEGAL)
        if old_name_kind is None:
            old_legal.delete()
        else:
            old_legal.update(kind=old_name_kind)
        _add_name_row(person, NameKind.LEGAL, person.given_name, person.family_name)
    if "disabilities" in changed:
        person.disabilities.exclude(code__in=wanted_disabilities).delete()
        PersonDisability.objects.bulk_create(
            [PersonDisability(person=person, code=d) for d in sorted(wanted_disabilities - current_disabilities)]
        )
    detail: dict = {"changed": changed}
    if name_changed:
        detail["old_name_kept_as"] = old_name_kind or "dropped"
    audit.record(actor=actor, action="update_person", person=person, obj=person, detail=detail)
    return person


@transaction.atomic
def end_warning(*, actor, warning: PersonWarning) -> PersonWarning:
    """Take a warning off the person's pages. It stays in the record (and the audit log) as ended."""
    warning = PersonWarning.objects.select_for_update().get(pk=warning.pk)
    if not warning.active:
        raise ValidationError("This warning has already ended")
    warning.active = False
    warning.save(update_fields=["active"])
    audit.record(actor=actor, action="end_warning", person=warning.person_id, obj=warning, detail={"kind": warning.kind})
    return warning


@transaction.atomic
def record_school_identifiers(*, actor, person: Person, upn_unknown_reason: str = "", former_upn: str = "") -> Person:
    """Why a child has no UPN, and a UPN they had before: what the CIN census asks besides the UPN itself."""
    errors = {}
    if upn_unknown_reason and upn_unknown_reason not in UPNUnknown.values:
        errors["upn_unknown_reason"] = "Select why there is no unique pupil number"
    elif upn_unknown_reason and person.upn:
        errors["upn_unknown_reason"] = "This child has a unique pupil number: a reason it is unknown is not needed"
    try:
        former_upn = clean_upn(former_upn)
    except ValidationError as exc:
        errors["former_upn"] = exc.messages[0].replace("Unique pupil number", "Former unique pupil number", 1)
    if former_upn and former_upn == person.upn:
        errors["former_upn"] = "Former unique pupil number is the same as the current one"
    if errors:
        raise ValidationError(errors)
    person.upn_unknown_reason, person.former_upn = upn_unknown_reason, former_upn
    person.save(update_fields=["upn_unknown_reason", "former_upn", "updated_at"])
    audit.record(actor=actor, action="record_school_identifiers", person=person, obj=person,
                 detail={"upn_unknown_reason": upn_unknown_reason, "former_upn": bool(former_upn)})
    return person


@transaction.atomic
def record_death(*, actor, person: Person, died_on: dt.date | None) -> Person:
    """The date a person died. It is recorded once and the returns read it from here."""
    if died_on is None:
        raise ValidationError({"died_on": "Enter the date of death"})
    if died_on > timezone.localdate():
        raise ValidationError({"died_on": "Date of death must be today or in the past"})
    born = person.date_of_birth
    if born and died_on < born:
        raise ValidationError({"died_on": "Date of death must be on or after the date of birth"})
    person.date_of_death = died_on
    person.save(update_fields=["date_of_death", "updated_at"])
    audit.record(actor=actor, action="record_death", person=person, obj=person, detail={"died_on": died_on})
    return person
