"""Changes for partner agencies: API keys, the team around the child, information sharing, status enquiries.

Each function runs in one transaction and writes its audit row inside it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone

from hearth.audit import services as audit
from hearth.cases.models import Case, ChronologyEntry, EntryKind
from hearth.partners.models import (
    InformationShare,
    Involvement,
    InvolvementRole,
    InvolvementSource,
    LawfulBasis,
    Organisation,
    PartnerApiKey,
    ShareDirection,
    ShareStatus,
)
from hearth.people.models import Person

# --- API keys ---------------------------------------------------------------------------------------

KEY_PREFIX = "hpk"


def hash_key(key: str) -> str:
    """SHA-256 of the whole key (see PartnerApiKey for why not a slow password hash)."""
    return hashlib.sha256(key.encode()).hexdigest()


def split_key(key: str) -> tuple[str, str] | None:
    """`hpk_<prefix>_<secret>` -> (prefix, key), or None if it is not shaped like one of our keys."""
    parts = (key or "").strip().split("_", 2)
    if len(parts) != 3 or parts[0] != KEY_PREFIX or not parts[1] or not parts[2]:
        return None
    return parts[1], key.strip()


@dataclass(frozen=True)
class IssuedKey:
    key: PartnerApiKey
    plaintext: str  # shown once to the admin, never stored


def _new_key(*, actor, organisation: Organisation, label: str) -> IssuedKey:
    prefix = secrets.token_hex(4)
    while PartnerApiKey.objects.filter(prefix=prefix).exists():  # 4 billion prefixes: a clash is rare
        prefix = secrets.token_hex(4)
    plaintext = f"{KEY_PREFIX}_{prefix}_{secrets.token_urlsafe(32)}"  # 256 random bits
    key = PartnerApiKey.objects.create(
        organisation=organisation, label=label, prefix=prefix, secret_hash=hash_key(plaintext), created_by=actor,
    )
    return IssuedKey(key=key, plaintext=plaintext)


def _key_detail(key: PartnerApiKey, **extra) -> dict:
    return {"organisation": key.organisation_id, "organisation_name": key.organisation.name,
            "prefix": key.prefix, "label": key.label, **extra}


@transaction.atomic
def create_api_key(*, actor, organisation: Organisation, label: str) -> IssuedKey:
    label = (label or "").strip()
    if not label:
        raise ValidationError({"label": "Enter what the key is for, for example 'MASH police system'"})
    if len(label) > 100:
        raise ValidationError({"label": "What the key is for must be 100 characters or fewer"})
    issued = _new_key(actor=actor, organisation=organisation, label=label)
    audit.record(actor=actor, action="partner_key_created", person=None, obj=issued.key, detail=_key_detail(issued.key))
    return issued


@transaction.atomic
def revoke_api_key(*, actor, key: PartnerApiKey) -> PartnerApiKey:
    key = PartnerApiKey.objects.select_for_update().select_related("organisation").get(pk=key.pk)
    if key.revoked_at is not None:
        raise ValidationError("This key was already revoked")
    key.revoked_at = timezone.now()
    key.save(update_fields=["revoked_at"])
    audit.record(actor=actor, action="partner_key_revoked", person=None, obj=key, detail=_key_detail(key))
    return key


@transaction.atomic
def rotate_api_key(*, actor, key: PartnerApiKey) -> IssuedKey:
    """Issue a new key with the same label and revoke the old one at once.

    No grace period: keys are rotated mostly because one may have leaked, and a leaked key that keeps
    working for a day is the risk rotation exists to remove. A partner that needs to switch without a
    gap asks for a second key (an organisation may hold several), moves over, then the old one is revoked.
    """
    key = PartnerApiKey.objects.select_for_update().select_related("organisation").get(pk=key.pk)
    if key.revoked_at is not None:
        raise ValidationError("This key was revoked: create a new key instead")
    issued = _new_key(actor=actor, organisation=key.organisation, label=key.label)
    key.revoked_at = timezone.now()
    key.replaced_by = issued.key
    key.save(update_fields=["revoked_at", "replaced_by"])
    audit.record(actor=actor, action="partner_key_rotated", person=None, obj=key,
                 detail=_key_detail(key, new_key=issued.key.pk, new_prefix=issued.key.prefix))
    audit.record(actor=actor, action="partner_key_created", person=None, obj=issued.key,
                 detail=_key_detail(issued.key, replaces=key.pk))
    return issued


# --- The team around the child -------------------------------------------------------------------------

PHONE = re.compile(r"^\+?[0-9 ()\-]{6,30}$")
PHONE_MESSAGE = "Enter a telephone number, like 01632 960 001 or +44 7700 900 982"


def _clean_involvement(*, role, professional_name, organisation, organisation_name, phone, email,
                       started_on, ended_on=None) -> dict:
    errors: dict[str, str] = {}
    professional_name = (professional_name or "").strip()
    organisation_name = (organisation_name or "").strip()
    phone = (phone or "").strip()
    email = (email or "").strip()
    if role not in InvolvementRole.values:
        errors["role"] = "Select the professional's role"
    if not professional_name and organisation is None and not organisation_name:
        errors["professional_name"] = "Enter the professional's name, or their organisation"
    if len(professional_name) > 150:
        errors["professional_name"] = "Name must be 150 characters or fewer"
    if len(organisation_name) > 200:
        errors["organisation_name"] = "Organisation must be 200 characters or fewer"
    if phone and not PHONE.match(phone):
        errors["phone"] = PHONE_MESSAGE
    if email:
        try:
            validate_email(email)
        except ValidationError:
            errors["email"] = "Enter an email address in the correct format, like name@example.com"
    today = timezone.localdate()
    if started_on and started_on > today:
        errors["started_on"] = "Date they started must be today or in the past"
    if ended_on and started_on and ended_on < started_on:
        errors["ended_on"] = "Date they stopped must be on or after the date they started"
    if errors:
        raise ValidationError(errors)
    if organisation is not None:
        organisation_name = ""  # the organisation's own record is the name to show
    return {"role": role, "professional_name": professional_name, "organisation": organisation,
            "organisation_name": organisation_name, "phone": phone, "email": email, "started_on": started_on}


@transaction.atomic
def record_involvement(*, actor, person: Person, role: str, professional_name: str = "",
                       organisation: Organisation | None = None, organisation_name: str = "", phone: str = "",
                       email: str = "", started_on: dt.date | None = None,
                       source: str = InvolvementSource.UNIT) -> Involvement:
    """Add a professional to the team around the child (the front door calls this with a referrer's details)."""
    if source not in InvolvementSource.values:
        raise ValidationError({"source": "Unknown source"})
    cleaned = _clean_involvement(role=role, professional_name=professional_name, organisation=organisation,
                                 organisation_name=organisation_name, phone=phone, email=email, started_on=started_on)
    involvement = Involvement.objects.create(person=person, source=source, recorded_by=actor, **cleaned)
    audit.record(actor=actor, action="record_involvement", person=person, obj=involvement,
                 detail={"role": role, "organisation": getattr(organisation, "pk", None), "source": source})
    return involvement


@transaction.atomic
def update_involvement(*, actor, involvement: Involvement, role: str, professional_name: str = "",
                       organisation: Organisation | None = None, organisation_name: str = "", phone: str = "",
                       email: str = "", started_on: dt.date | None = None) -> Involvement:
    cleaned = _clean_involvement(role=role, professional_name=professional_name, organisation=organisation,
                                 organisation_name=organisation_name, phone=phone, email=email, started_on=started_on,
                                 ended_on=involvement.ended_on)
    changed = {}
    for name, value in cleaned.items():
        if getattr(involvement, name) != value:
            changed[name] = getattr(value, "pk", value)
            setattr(involvement, name, value)
    if changed:
        involvement.save(update_fields=[*cleaned.keys()])
    audit.record(actor=actor, action="update_involvement", person=involvement.person_id, obj=involvement,
                 detail={"changed": sorted(changed)})
    return involvement


@transaction.atomic
def end_involvement(*, actor, involvement: Involvement, ended_on: dt.date | None = None) -> Involvement:
    ended_on = ended_on or timezone.localdate()
    errors = {}
    if involvement.ended_on is not None:
        errors["ended_on"] = "This professional has already stopped working with the child"
    elif ended_on > timezone.localdate():
        errors["ended_on"] = "Date they stopped must be today or in the past"
    elif involvement.started_on and ended_on < involvement.started_on:
        errors["ended_on"] = "Date they stopped must be on or after the date they started"
    if errors:
        raise ValidationError(errors)
    involvement.ended_on = ended_on
    involvement.save(update_fields=["ended_on"])
    audit.record(actor=actor, action="end_involvement", person=involvement.person_id, obj=involvement,
                 detail={"ended_on": ended_on})
    return involvement


# --- Information sharing --------------------------------------------------------------------------------

MAX_DETAILS = 5000


def _clean_share(*, organisation, organisation_name, lawful_basis, lawful_basis_other, details,
                 details_field: str = "details", details_missing: str = "Enter what was asked for") -> dict:
    errors: dict[str, str] = {}
    organisation_name = (organisation_name or "").strip()
    lawful_basis_other = (lawful_basis_other or "").strip()
    details = (details or "").strip()
    if organisation is None and not organisation_name:
        errors["organisation"] = "Select the organisation, or enter its name"
    if len(organisation_name) > 200:
        errors["organisation_name"] = "Organisation must be 200 characters or fewer"
    if lawful_basis not in LawfulBasis.values:
        errors["lawful_basis"] = "Select the lawful basis for sharing"
    elif lawful_basis == LawfulBasis.OTHER and not lawful_basis_other:
        errors["lawful_basis_other"] = "Enter the lawful basis"
    if len(lawful_basis_other) > 300:
        errors["lawful_basis_other"] = "Lawful basis must be 300 characters or fewer"
    if not details:
        errors[details_field] = details_missing
    elif len(details) > MAX_DETAILS:
        errors[details_field] = f"Must be {MAX_DETAILS} characters or fewer"
    if errors:
        raise ValidationError(errors)
    return {"organisation": organisation, "organisation_name": "" if organisation else organisation_name,
            "lawful_basis": lawful_basis,
            "lawful_basis_other": lawful_basis_other if lawful_basis == LawfulBasis.OTHER else "",
            "details": details}


def _chronology(*, actor, person: Person, title: str, narrative: str, occurred_on: dt.date) -> ChronologyEntry:
    case = Case.objects.filter(child=person, closed_on__isnull=True).select_related("unit").first()
    return ChronologyEntry.objects.create(
        child=person, case=case, unit=case.unit if case else None, kind=EntryKind.INFORMATION_SHARED,
        occurred_on=occurred_on, title=title[:200], narrative=narrative, author=actor,
    )


def _share_narrative(share: InformationShare, lead: str) -> str:
    return f"{lead}\n\nLawful basis: {share.lawful_basis_display}."


@transaction.atomic
def request_information(*, actor, person: Person, lawful_basis: str, details: str,
                        organisation: Organisation | None = None, organisation_name: str = "",
                        lawful_basis_other: str = "") -> InformationShare:
    """Ask a partner agency for information about a child (for example a GP during s47 enquiries)."""
    cleaned = _clean_share(organisation=organisation, organisation_name=organisation_name, lawful_basis=lawful_basis,
                           lawful_basis_other=lawful_basis_other, details=details)
    share = InformationShare(person=person, direction=ShareDirection.REQUESTED, requested_by=actor,
                             status=ShareStatus.AWAITING, **cleaned)
    share.chronology_entry = _chronology(
        actor=actor, person=person, occurred_on=timezone.localdate(),
        title=f"Information requested from {share.organisation_display}",
        narrative=_share_narrative(share, f"Asked {share.organisation_display} for: {share.details}"),
    )
    share.save()
    audit.record(actor=actor, action="request_information", person=person, obj=share,
                 detail={"organisation": getattr(organisation, "pk", None), "lawful_basis": share.lawful_basis})
    return share


@transaction.atomic
def record_response(*, actor, share: InformationShare, response: str, declined: bool = False,
                    responded_on: dt.date | None = None) -> InformationShare:
    """Record a partner's reply to a request (or that they declined to share)."""
    share = InformationShare.objects.select_for_update(of=("self",)).select_related("organisation").get(pk=share.pk)
    response = (response or "").strip()
    responded_on = responded_on or timezone.localdate()
    errors: dict[str, str] = {}
    if share.direction != ShareDirection.REQUESTED:
        errors["response"] = "Only a request for information can have a reply"
    elif share.status != ShareStatus.AWAITING:
        errors["response"] = "The reply to this request has already been recorded"
    elif not response:
        errors["response"] = "Enter why they declined" if declined else "Enter what they told us"
    elif len(response) > MAX_DETAILS:
        errors["response"] = f"Reply must be {MAX_DETAILS} characters or fewer"
    if responded_on > timezone.localdate():
        errors["responded_on"] = "Date of the reply must be today or in the past"
    elif responded_on < timezone.localtime(share.requested_at).date():
        errors["responded_on"] = "Date of the reply must be on or after the date we asked"
    if errors:
        raise ValidationError(errors)
    share.response = response
    share.responded_at = timezone.now() if responded_on == timezone.localdate() else timezone.make_aware(
        dt.datetime.combine(responded_on, dt.time(12, 0)))
    share.status = ShareStatus.DECLINED if declined else ShareStatus.ANSWERED
    share.save(update_fields=["response", "responded_at", "status"])
    who = share.organisation_display
    _chronology(
        actor=actor, person=share.person, occurred_on=responded_on,
        title=f"{who} declined to share information" if declined else f"Information received from {who}",
        narrative=_share_narrative(share, f"In reply to our request for: {share.details}\n\n{who} said: {response}"),
    )
    audit.record(actor=actor, action="record_information_response", person=share.person_id, obj=share,
                 detail={"status": share.status})
    return share


@transaction.atomic
def record_share(*, actor, person: Person, lawful_basis: str, details: str,
                 direction: str = ShareDirection.SHARED, organisation: Organisation | None = None,
                 organisation_name: str = "", lawful_basis_other: str = "",
                 shared_on: dt.date | None = None) -> InformationShare:
    """Record information we gave a partner (shared_with_partner) or one gave us unasked (received_from_partner)."""
    if direction not in (ShareDirection.SHARED, ShareDirection.RECEIVED):
        raise ValidationError({"direction": "Select whether we shared the information or received it"})
    shared_on = shared_on or timezone.localdate()
    cleaned = _clean_share(organisation=organisation, organisation_name=organisation_name, lawful_basis=lawful_basis,
                           lawful_basis_other=lawful_basis_other, details=details,
                           details_missing="Enter what was shared")
    if shared_on > timezone.localdate():
        raise ValidationError({"shared_on": "Date it was shared must be today or in the past"})
    at = timezone.now() if shared_on == timezone.localdate() else timezone.make_aware(dt.datetime.combine(shared_on, dt.time(12, 0)))
    status = ShareStatus.SHARED if direction == ShareDirection.SHARED else ShareStatus.RECEIVED
    share = InformationShare(person=person, direction=direction, requested_by=actor, requested_at=at,
                             responded_at=at, status=status, **cleaned)
    who = share.organisation_display
    if direction == ShareDirection.SHARED:
        title, lead = f"Information shared with {who}", f"We shared with {who}: {share.details}"
    else:
        title, lead = f"Information received from {who}", f"{who} told us: {share.details}"
    share.chronology_entry = _chronology(actor=actor, person=person, occurred_on=shared_on, title=title,
                                         narrative=_share_narrative(share, lead))
    share.save()
    audit.record(actor=actor, action="record_information_share", person=person, obj=share,
                 detail={"direction": direction, "organisation": getattr(organisation, "pk", None),
                         "lawful_basis": share.lawful_basis})
    return share


# --- Status enquiries from partner agencies ----------------------------------------------------------------

# Only the agencies that routinely need to know, out of hours, whether a child is protected or looked after.
STATUS_ENQUIRY_KINDS = {"health", "police"}


@dataclass(frozen=True)
class Contact:
    team: str
    phone: str
    email: str
    consultant_social_worker: str | None = None


@dataclass(frozen=True)
class StatusAnswer:
    result: str  # "match", "no_match", "more_than_one"
    open_case: bool | None
    child_protection_plan: bool | None
    looked_after: bool | None
    contact: Contact | None
    message: str
    person: Person | None = None  # for the caller's tests and logs; never sent to the partner


def _front_door_contact() -> Contact | None:
    from hearth.units.models import ServiceArea, Unit

    unit = Unit.objects.filter(service_area=ServiceArea.FRONT_DOOR, active=True).order_by("pk").first()
    return Contact(team=unit.name, phone=unit.phone, email=unit.email) if unit else None


def _unit_contact(unit) -> Contact:
    from hearth.cases.selectors import unit_lead

    lead = unit_lead(unit)
    return Contact(team=unit.name, phone=unit.phone, email=unit.email,
                   consultant_social_worker=(lead.get_full_name() or lead.get_username()) if lead else None)


def find_children(*, nhs_number: str = "", given_name: str = "", family_name: str = "",
                  date_of_birth: dt.date | None = None) -> tuple[list[int], str]:
    """Exact matches only: the NHS number, or the legal name (normalised) with the date of birth.

    Only legal names count: a previous name can be an adopted child's birth name, which must never match.
    When an NHS number is given and matches no one, name and date of birth are tried among people with no
    NHS number recorded (a record can lack one), never among people with a different NHS number.
    """
    from hearth.people.models import NameKind, PersonName
    from hearth.people.names import normalise

    if nhs_number:
        ids = list(Person.objects.filter(nhs_number=nhs_number).values_list("pk", flat=True))
        if ids:
            return ids, "nhs_number"
    given, family = normalise(given_name), normalise(family_name)
    if not (given and family and date_of_birth):
        return [], "nhs_number" if nhs_number else "name_and_date_of_birth"
    names = PersonName.objects.filter(kind=NameKind.LEGAL, given_norm=given, family_norm=family,
                                      person__date_of_birth=date_of_birth)
    if nhs_number:
        names = names.filter(person__nhs_number="")
    return sorted(set(names.values_list("person_id", flat=True))), "name_and_date_of_birth"


def _clean_enquiry(*, nhs_number, given_name, family_name, date_of_birth) -> dict:
    from hearth.core.identifiers import clean_nhs_number

    errors: dict[str, str] = {}
    given_name, family_name = (given_name or "").strip(), (family_name or "").strip()
    try:
        nhs_number = clean_nhs_number(nhs_number or "")
    except ValidationError as exc:
        errors["nhs_number"] = exc.messages[0]
    named = bool(given_name or family_name or date_of_birth)
    if not nhs_number and "nhs_number" not in errors:
        if not named:
            errors["nhs_number"] = "Give the child's NHS number, or their first name, last name and date of birth"
        else:
            if not given_name:
                errors["given_name"] = "Enter the child's first name"
            if not family_name:
                errors["family_name"] = "Enter the child's last name"
            if not date_of_birth:
                errors["date_of_birth"] = "Enter the child's date of birth"
    if date_of_birth and date_of_birth > timezone.localdate():
        errors["date_of_birth"] = "Date of birth must be today or in the past"
    for name, value in (("given_name", given_name), ("family_name", family_name)):
        if len(value) > 100:
            errors[name] = "Names must be 100 characters or fewer"
        elif any(not ch.isprintable() for ch in value):
            errors[name] = "Names must contain only letters, spaces, hyphens and apostrophes"
    if errors:
        raise ValidationError(errors)
    return {"nhs_number": nhs_number, "given_name": given_name, "family_name": family_name, "date_of_birth": date_of_birth}


@transaction.atomic
def answer_status_enquiry(*, organisation: Organisation, key: PartnerApiKey | None = None, nhs_number: str = "",
                          given_name: str = "", family_name: str = "",
                          date_of_birth: dt.date | None = None) -> StatusAnswer:
    """Tell a health or police partner the minimum: is there an open case, a plan, and whom to call.

    Every question is audit-logged with the organisation; when one child matches, the question also goes
    on the child's chronology (kind PARTNER_ENQUIRY) so the unit sees who asked.
    """
    from django.core.exceptions import PermissionDenied

    from hearth.access.models import Restriction
    from hearth.cases.models import CaseStatus

    if organisation.kind not in STATUS_ENQUIRY_KINDS:
        raise PermissionDenied("Only health and police partners may ask about a child's status.")
    query = _clean_enquiry(nhs_number=nhs_number, given_name=given_name, family_name=family_name,
                           date_of_birth=date_of_birth)
    ids, matched_by = find_children(**query)
    front_door = _front_door_contact()
    detail = {"organisation": organisation.pk, "organisation_name": organisation.name, "organisation_kind": organisation.kind,
              "key": key.prefix if key else None, "matched_by": matched_by, "query": query}
    person = None
    if not ids:
        answer = StatusAnswer("no_match", False, False, False, front_door,
                              "No open case matches these details. If you are worried about a child, call the front door.")
    elif len(ids) > 1:
        answer = StatusAnswer("more_than_one", None, None, None, front_door,
                              "More than one child matches: call the front door.")
    else:
        person = Person.objects.get(pk=ids[0])
        case = Case.objects.filter(child=person, closed_on__isnull=True).select_related("unit").first()
        restricted = Restriction.objects.filter(person=person).exists()
        # For now the plan and looked-after answers come from the open case's status ("cp", "lac").
        # A later issue derives them from child protection plan and care episode records instead.
        cp = bool(case and case.status == CaseStatus.CHILD_PROTECTION)
        lac = bool(case and case.status == CaseStatus.LOOKED_AFTER)
        if case is None:
            # No open case: the same answer as an unknown child, so the answer never reveals a closed record.
            answer = StatusAnswer("no_match", False, False, False, front_door,
                                  "No open case matches these details. If you are worried about a child, call the front door.")
        elif restricted:
            # A restricted record (for example a staff member's child): say it is known, and send the caller
            # to the front door, who can check who is asking before saying more. Plan and care status are held back.
            answer = StatusAnswer("match", True, None, None, front_door,
                                  "This child is known to children's social care: call the front door.")
        else:
            answer = StatusAnswer("match", True, cp, lac, _unit_contact(case.unit),
                                  "This child has an open case: call the team below.")
        ChronologyEntry.objects.create(
            child=person, case=case, unit=case.unit if case else None, kind=EntryKind.PARTNER_ENQUIRY,
            occurred_on=timezone.localdate(), author=None,
            title=f"Status enquiry from {organisation.name}"[:200],
            narrative=(f"{organisation.name} ({organisation.get_kind_display().lower()}) asked through the partner API "
                       f"whether this child has an open case, matching on "
                       f"{'NHS number' if matched_by == 'nhs_number' else 'name and date of birth'}. "
                       f"They were told: {answer.message}"),
        )
        detail["restricted"] = restricted
    detail["result"] = answer.result
    audit.record(actor=None, action="partner_status_enquiry", person=person, object_type="partners.organisation",
                 object_id=organisation.pk, detail=detail)
    return StatusAnswer(**{**answer.__dict__, "person": person})
