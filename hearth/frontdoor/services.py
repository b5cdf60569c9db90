"""Changes at the front door: receiving a contact or referral, matching it to a child, deciding, strategy discussions.

Pages and the API call these same functions. Each runs in one transaction and writes its audit row inside it;
bad input raises ValidationError({field: plain message}) before anything is written.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone

from hearth.audit import services as audit
from hearth.cases import services as case_services
from hearth.cases.models import Case, CaseStatus, ChronologyEntry, EntryKind
from hearth.casework import services as casework_services
from hearth.casework.models import TimescaleKey
from hearth.casework.settings import timescale
from hearth.core.codes import ReferralSource, Sex
from hearth.core.identifiers import clean_nhs_number, clean_postcode
from hearth.frontdoor.models import (
    Agency,
    Channel,
    Decision,
    MatchCandidate,
    MatchStatus,
    Referral,
    StrategyAction,
    StrategyAttendee,
    StrategyDiscussion,
)
from hearth.people import services as people_services
from hearth.people.models import Person
from hearth.units.models import ServiceArea, Unit

# The decision is due by the end of the next working day after the referral arrives (Working Together:
# "within one working day"; domain.md §1.1 row 1). The working day ends at this local time.
WORKING_DAY_ENDS = dt.time(17, 0)
# A strategy discussion that starts a section 47 enquiry: the initial child protection conference is due within
# 15 working days of it (domain.md §1.1 row 5); the authority may change it (casework TimescaleSetting "icpc").
MAX_TEXT = 10_000
PHONE = re.compile(r"^\+?[0-9 ()\-]{6,30}$")  # the same rule partners.services uses for a professional's phone

PARTNER_CHANNELS = {Channel.PARTNER_API, Channel.PARTNER_FORM}
# The referral source (CIN census) a partner organisation's referrals default to, by the organisation's kind.
SOURCE_FOR_KIND = {
    "school": ReferralSource.SCHOOLS, "police": ReferralSource.POLICE, "health": ReferralSource.HEALTH_OTHER,
    "housing": ReferralSource.HOUSING, "probation": ReferralSource.LEGAL_AGENCY,
    "early_years": ReferralSource.OTHER, "other": ReferralSource.OTHER,
}
# Which kind of unit takes which decision. Assessments and strategy discussions (and the section 47 enquiry
# that may follow) go to assessment units, then to children-in-need units if the authority has no assessment
# unit; early help goes to family support units. No further action and "add to the open case" need no new unit.
SERVICE_AREAS_FOR = {
    Decision.ASSESSMENT: [ServiceArea.ASSESSMENT, ServiceArea.CHILD_IN_NEED],
    Decision.STRATEGY: [ServiceArea.ASSESSMENT, ServiceArea.CHILD_IN_NEED],
    Decision.EARLY_HELP: [ServiceArea.FAMILY_SUPPORT],
}
CASE_STATUS_FOR = {
    Decision.ASSESSMENT: CaseStatus.ASSESSMENT,
    Decision.STRATEGY: CaseStatus.ASSESSMENT,
    Decision.EARLY_HELP: CaseStatus.EARLY_HELP,
}


def decision_due(received_at: dt.datetime) -> dt.datetime:
    """The end of the next working day after the referral arrived (England and Wales bank holidays excluded)."""
    day = timescale(TimescaleKey.REFERRAL_DECISION).due(timezone.localtime(received_at).date())
    return timezone.make_aware(dt.datetime.combine(day, WORKING_DAY_ENDS))


def postcode_district(postcode: str) -> str:
    """The outward code: "E8 1AB" -> "E8"."""
    return (postcode or "").strip().upper().split(" ")[0]


# --- Validation helpers -------------------------------------------------------------------------------------


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _has_control_characters(value: str) -> bool:
    return any(unicodedata.category(c) == "Cc" and c not in "\n\r\t" for c in value)


def _text(errors: dict, name: str, value, *, label: str, max_length: int, missing: str | None = None) -> str:
    """Strip a text value and check it; records a plain message in `errors` and returns the cleaned text."""
    value = value if isinstance(value, str) else ("" if value is None else str(value))
    value = value.strip()
    if _has_control_characters(value):
        errors[name] = f"{label} must not contain control characters"
    elif not value and missing:
        errors[name] = missing
    elif len(value) > max_length:
        errors[name] = f"{label} must be {max_length} characters or fewer"
    return value


def _clean_referral(*, channel, organisation, source, referrer_name, referrer_role, referrer_phone, referrer_email,
                    concerns, child_given_name, child_family_name, child_date_of_birth, child_nhs_number, child_sex,
                    child_address_line_1, child_address_line_2, child_town, child_postcode, child_school,
                    parents_carers, received_at) -> dict:
    errors: dict[str, str] = {}
    c: dict = {}
    if channel not in Channel.values:
        errors["channel"] = "Select how the contact came in"
    if channel in PARTNER_CHANNELS and organisation is None:
        errors["organisation"] = "A partner referral must come from a partner organisation"
    if organisation is not None and not organisation.active:
        errors["organisation"] = "This organisation can no longer send referrals"
    source = (source or "").strip() if isinstance(source, str) else ""
    if not source and organisation is not None:
        source = SOURCE_FOR_KIND.get(organisation.kind, ReferralSource.OTHER)
    if not source:
        errors["source"] = "Select who made the referral"
    elif source not in ReferralSource.values:
        errors["source"] = "Select who made the referral from the list"
    anonymous = source == ReferralSource.ANONYMOUS
    c["referrer_name"] = _text(errors, "referrer_name", referrer_name, label="Referrer's name", max_length=150,
                               missing=None if anonymous else "Enter the name of the person making the referral")
    c["referrer_role"] = _text(errors, "referrer_role", referrer_role, label="Referrer's role", max_length=150)
    c["referrer_phone"] = _text(errors, "referrer_phone", referrer_phone, label="Referrer's phone number", max_length=30)
    if c["referrer_phone"] and "referrer_phone" not in errors and not PHONE.match(c["referrer_phone"]):
        errors["referrer_phone"] = "Enter a telephone number, like 01632 960 001 or +44 7700 900 982"
    c["referrer_email"] = _text(errors, "referrer_email", referrer_email, label="Referrer's email", max_length=254)
    if c["referrer_email"] and "referrer_email" not in errors:
        try:
            validate_email(c["referrer_email"])
        except ValidationError:
            errors["referrer_email"] = "Enter an email address in the correct format, like name@example.com"
    c["concerns"] = _text(errors, "concerns", concerns, label="Concerns", max_length=MAX_TEXT,
                          missing="Enter what the concerns about the child are")
    c["child_given_name"] = _text(errors, "child_given_name", child_given_name, label="Child's first name",
                                  max_length=100, missing="Enter the child's first name")
    c["child_family_name"] = _text(errors, "child_family_name", child_family_name, label="Child's last name",
                                   max_length=100, missing="Enter the child's last name")
    today = timezone.localdate()
    if child_date_of_birth is not None and not isinstance(child_date_of_birth, dt.date):
        errors["child_date_of_birth"] = "Child's date of birth must be a real date"
    elif child_date_of_birth and child_date_of_birth > today:
        errors["child_date_of_birth"] = "Child's date of birth must be today or in the past"
    elif child_date_of_birth and child_date_of_birth <= _years_before(today, 18):
        errors["child_date_of_birth"] = "The front door takes referrals about children: this date of birth is 18 or more years ago"
    c["child_date_of_birth"] = child_date_of_birth if "child_date_of_birth" not in errors else None
    nhs_raw = _text(errors, "child_nhs_number", child_nhs_number, label="NHS number", max_length=20)
    if "child_nhs_number" not in errors:
        try:
            c["child_nhs_number"] = clean_nhs_number(nhs_raw)
        except ValidationError as exc:
            errors["child_nhs_number"] = exc.messages[0]
    sex = (child_sex or "").strip().upper() if isinstance(child_sex, str) else ""
    if sex and sex not in Sex.values:
        errors["child_sex"] = "Select the child's sex: male, female or not known"
    c["child_sex"] = sex or Sex.UNKNOWN
    c["child_address_line_1"] = _text(errors, "child_address_line_1", child_address_line_1, label="Address line 1", max_length=200)
    c["child_address_line_2"] = _text(errors, "child_address_line_2", child_address_line_2, label="Address line 2", max_length=200)
    c["child_town"] = _text(errors, "child_town", child_town, label="Town or city", max_length=100)
    postcode = _text(errors, "child_postcode", child_postcode, label="Postcode", max_length=10)
    c["child_postcode"] = ""
    if postcode and "child_postcode" not in errors:
        try:
            c["child_postcode"] = clean_postcode(postcode)
        except ValidationError as exc:
            errors["child_postcode"] = exc.messages[0]
    c["child_school"] = _text(errors, "child_school", child_school, label="School or nursery", max_length=200)
    c["parents_carers"] = _text(errors, "parents_carers", parents_carers, label="Parents or carers", max_length=2000)
    now = timezone.now()
    if received_at is None:
        received_at = now
    elif received_at > now + dt.timedelta(minutes=1):
        errors["received_at"] = "Time received must be now or in the past"
    if errors:
        raise ValidationError(errors)
    c.update(channel=channel, organisation=organisation, source=source, received_at=received_at)
    return c


def check_referral(*, channel: str, organisation=None, source: str = "", referrer_name: str = "", referrer_role: str = "",
                   referrer_phone: str = "", referrer_email: str = "", concerns: str = "", child_given_name: str = "",
                   child_family_name: str = "", child_date_of_birth: dt.date | None = None, child_nhs_number: str = "",
                   child_sex: str = "", child_address_line_1: str = "", child_address_line_2: str = "",
                   child_town: str = "", child_postcode: str = "", child_school: str = "", parents_carers: str = "",
                   received_at: dt.datetime | None = None) -> dict:
    """The checks receive_referral makes, without storing anything (forms use it to show every problem at once)."""
    return _clean_referral(**{k: v for k, v in locals().items()})


# --- Receiving and matching ---------------------------------------------------------------------------------


INVOLVEMENT_ROLE_FOR_KIND = {"school": "dsl", "police": "police", "housing": "housing", "probation": "probation",
                             "early_years": "other", "other": "other"}
INVOLVEMENT_ROLE_FOR_SOURCE = {ReferralSource.GP: "gp", ReferralSource.HEALTH_VISITOR: "health_visitor",
                               ReferralSource.SCHOOL_NURSE: "school_nurse"}


def _create_child(*, actor, referral: Referral) -> Person:
    person = people_services.create_person(
        actor=actor, given_name=referral.child_given_name, family_name=referral.child_family_name,
        date_of_birth=referral.child_date_of_birth, sex=referral.child_sex, nhs_number=referral.child_nhs_number,
    )
    if referral.child_address_line_1 and referral.child_postcode:
        people_services.add_address(actor=actor, person=person, line_1=referral.child_address_line_1,
                                    line_2=referral.child_address_line_2, town=referral.child_town,
                                    postcode=referral.child_postcode,
                                    started_on=timezone.localtime(referral.received_at).date())
    return person


def _referral_narrative(referral: Referral) -> str:
    lines = [referral.concerns]
    lines.append("")
    lines.append(f"Referred by {referral.referrer_display} ({referral.get_channel_display().lower()}), "
                 f"source: {referral.get_source_display()}.")
    if referral.parents_carers:
        lines.append(f"Parents or carers named: {referral.parents_carers}")
    if referral.child_school:
        lines.append(f"School or nursery: {referral.child_school}")
    return "\n".join(lines)


def _link(*, actor, referral: Referral, person: Person, status: str) -> None:
    """Link the referral to the child: the referral goes on their chronology and the referrer into their team."""
    referral.person = person
    referral.match_status = status
    referral.save(update_fields=["person", "match_status", "reference"])  # a new referral's reference goes with it
    case = None
    if status != MatchStatus.NEW_PERSON:  # a child just added holds no case yet
        case = Case.objects.filter(child=person, closed_on__isnull=True).select_related("unit").first()
    who = referral.organisation.name if referral.organisation_id else (referral.referrer_name or "an anonymous referrer")
    ChronologyEntry.objects.create(
        child=person, case=case, unit=case.unit if case else None, kind=EntryKind.REFERRAL,
        occurred_on=timezone.localtime(referral.received_at).date(), title=f"Contact or referral from {who}"[:200],
        narrative=_referral_narrative(referral), author=actor,
    )
    if referral.organisation_id:
        from hearth.partners import services as partner_services
        from hearth.partners.models import InvolvementSource

        role = INVOLVEMENT_ROLE_FOR_SOURCE.get(referral.source) or INVOLVEMENT_ROLE_FOR_KIND.get(referral.organisation.kind, "other")
        try:
            partner_services.record_involvement(
                actor=actor, person=person, role=role, professional_name=referral.referrer_name,
                organisation=referral.organisation, phone=referral.referrer_phone, email=referral.referrer_email,
                started_on=timezone.localtime(referral.received_at).date(), source=InvolvementSource.REFERRAL,
            )
        except ValidationError:
            pass  # the referral stands; the team around the child can be completed by hand


@transaction.atomic
def receive_referral(
    *, actor, channel: str, concerns: str, child_given_name: str, child_family_name: str, source: str = "",
    organisation=None, referrer_name: str = "", referrer_role: str = "", referrer_phone: str = "",
    referrer_email: str = "", child_date_of_birth: dt.date | None = None, child_nhs_number: str = "",
    child_sex: str = "", child_address_line_1: str = "", child_address_line_2: str = "", child_town: str = "",
    child_postcode: str = "", child_school: str = "", parents_carers: str = "",
    received_at: dt.datetime | None = None,
) -> Referral:
    """Record a contact or referral, then match the child.

    Everything is checked first (nothing is stored if anything is wrong). Then hearth.matching decides:
    a certain match links the referral to that child; no match creates a new person; an uncertain one keeps
    the candidates, with their scores and reasons, for a front-door worker to choose from.
    """
    cleaned = _clean_referral(
        channel=channel, organisation=organisation, source=source, referrer_name=referrer_name,
        referrer_role=referrer_role, referrer_phone=referrer_phone, referrer_email=referrer_email, concerns=concerns,
        child_given_name=child_given_name, child_family_name=child_family_name, child_date_of_birth=child_date_of_birth,
        child_nhs_number=child_nhs_number, child_sex=child_sex, child_address_line_1=child_address_line_1,
        child_address_line_2=child_address_line_2, child_town=child_town, child_postcode=child_postcode,
        child_school=child_school, parents_carers=parents_carers, received_at=received_at,
    )
    from hearth.matching.services import find_matches  # imported here: matching imports people, not the front door

    referral = Referral.objects.create(
        **cleaned, due_at=decision_due(cleaned["received_at"]), match_status=MatchStatus.AWAITING_WORKER,
        submitted_by=actor if getattr(actor, "pk", None) else None,
    )
    referral.reference = f"FD-{referral.pk:06d}"  # saved with the link below, or on its own when nothing links

    outcome = find_matches(
        given_name=referral.child_given_name, family_name=referral.child_family_name,
        date_of_birth=referral.child_date_of_birth, nhs_number=referral.child_nhs_number,
        postcode=referral.child_postcode, sex=referral.child_sex if referral.child_sex != Sex.UNKNOWN else "",
    )
    if outcome.decision == "certain" and outcome.candidates:
        _link(actor=actor, referral=referral, person=outcome.candidates[0].person, status=MatchStatus.AUTO_LINKED)
    elif outcome.decision == "none":
        try:
            with transaction.atomic():
                person = _create_child(actor=actor, referral=referral)
        except ValidationError:
            # Someone already holds the NHS number given: a worker must look (never refuse the referral for it).
            holder = Person.objects.filter(nhs_number=referral.child_nhs_number).first()
            if holder is not None:
                MatchCandidate.objects.create(referral=referral, person=holder, score=0.5, rank=1,
                                              reasons=["Has the NHS number given in the referral; other details differ"])
        else:
            _link(actor=actor, referral=referral, person=person, status=MatchStatus.NEW_PERSON)
    if referral.person_id is None:
        referral.save(update_fields=["reference"])
    if outcome.decision == "uncertain":
        MatchCandidate.objects.bulk_create([
            MatchCandidate(referral=referral, person=c.person, score=round(float(c.score), 3), reasons=list(c.reasons),
                           rank=i)
            for i, c in enumerate(outcome.candidates[:5], start=1)
        ])
    audit.record(actor=actor, action="receive_referral", person=referral.person_id, obj=referral,
                 detail={"channel": referral.channel, "organisation": referral.organisation_id,
                         "match": referral.match_status,
                         "candidates": len(outcome.candidates[:5]) if outcome.decision == "uncertain" else 0})
    return referral


@transaction.atomic
def confirm_match(*, actor, referral: Referral, person: Person | None) -> Referral:
    """A front-door worker says which child the referral is about: a candidate, or (None) a new person."""
    referral = Referral.objects.select_for_update().get(pk=referral.pk)
    if referral.person_id is not None:
        raise ValidationError({"match": "This referral is already linked to a child's record"})
    if person is None:
        try:
            with transaction.atomic():
                person = _create_child(actor=actor, referral=referral)
        except ValidationError as exc:
            message = "; ".join(exc.messages)
            raise ValidationError({"match": f"A new record cannot be made from this referral: {message}"}) from None
        status = MatchStatus.NEW_PERSON
    else:
        if not referral.candidates.filter(person=person).exists():
            raise ValidationError({"match": "Choose one of the possible matches, or add the child as a new person"})
        status = MatchStatus.CONFIRMED
    _link(actor=actor, referral=referral, person=person, status=status)
    audit.record(actor=actor, action="confirm_referral_match", person=person, obj=referral,
                 detail={"match": status, "candidates": list(referral.candidates.values_list("person_id", flat=True))})
    return referral


# --- Deciding ------------------------------------------------------------------------------------------------


def _open_cases_by_unit(units) -> dict[int, int]:
    return dict(Unit.objects.filter(pk__in=[u.pk for u in units])
                .annotate(n=Count("cases", filter=Q(cases__closed_on__isnull=True))).values_list("pk", "n"))


def allocate_unit(*, decision: str, postcode: str = "") -> Unit | None:
    """The unit that takes a decision (see SERVICE_AREAS_FOR for which kind of unit takes which).

    First the active units of the right kind whose localities (postcode districts) include the child's; if none
    covers it, every active unit of the right kind. Among those, the one holding the fewest open cases (then the
    lowest id, so the choice is repeatable). If the authority has no unit of the right kind, any active unit
    that is not the front door, by the same rule. None if there is no unit at all.
    """
    areas = SERVICE_AREAS_FOR.get(decision)
    if not areas:
        return None
    active = Unit.objects.filter(active=True).exclude(service_area=ServiceArea.FRONT_DOOR)
    pool = []
    for area in areas:
        pool = list(active.filter(service_area=area))
        if pool:
            break
    if not pool:
        pool = list(active)
    if not pool:
        return None
    district = postcode_district(postcode)
    if district:
        local = [u for u in pool if district in {d.strip().upper() for d in u.localities.split(",") if d.strip()}]
        pool = local or pool
    load = _open_cases_by_unit(pool)
    return min(pool, key=lambda u: (load.get(u.pk, 0), u.pk))


def _child_postcode(referral: Referral) -> str:
    if referral.child_postcode:
        return referral.child_postcode
    address = referral.person.addresses.filter(ended_on__isnull=True).first() if referral.person_id else None
    return address.postcode if address else ""


@transaction.atomic
def decide(*, actor, referral: Referral, decision: str, reason: str, advice: str = "") -> Referral:
    """The front-door worker's decision. It needs nobody's approval and takes effect at once.

    Early help, an assessment or a strategy discussion opens a case with the allocated unit (so it is on that
    unit's board straight away); if the child already has an open case, the referral goes to the unit holding it.
    "Add to the open case" links the referral to the child's open case. The decision, its reason and who made it
    go on the child's chronology.
    """
    referral = Referral.objects.select_for_update(of=("self",)).select_related("person", "organisation").get(pk=referral.pk)
    errors: dict[str, str] = {}
    if referral.decided_at is not None:
        raise ValidationError({"decision": "This referral has already been decided"})
    if referral.person_id is None:
        errors["match"] = "Say which child this is before deciding"
    if decision not in Decision.values:
        errors["decision"] = "Select a decision"
    reason = _text(errors, "reason", reason, label="Reason", max_length=MAX_TEXT, missing="Enter the reason for the decision")
    advice = _text(errors, "advice", advice, label="Advice given", max_length=MAX_TEXT)
    if decision == Decision.NFA and not advice and "advice" not in errors:
        errors["advice"] = "Enter the advice given to the referrer and family"
    open_case = None
    if referral.person_id is not None:
        open_case = Case.objects.filter(child=referral.person, closed_on__isnull=True).select_related("unit").first()
    if decision == Decision.ADD_TO_CASE and referral.person_id is not None and open_case is None:
        errors["decision"] = "This child has no open case: choose another decision"
    if errors:
        raise ValidationError(errors)

    now = timezone.now()
    case, unit = None, None
    if decision == Decision.ADD_TO_CASE or (decision in SERVICE_AREAS_FOR and open_case is not None):
        case, unit = open_case, open_case.unit
    elif decision in SERVICE_AREAS_FOR:
        unit = allocate_unit(decision=decision, postcode=_child_postcode(referral))
        if unit is not None:
            case = case_services.open_case(
                actor=actor, child=referral.person, unit=unit, status=CASE_STATUS_FOR[decision],
                opened_on=timezone.localdate(), reason=f"{Decision(decision).label} after a referral to the front door",
            )
    referral.decision, referral.decision_reason, referral.advice_given = decision, reason, advice
    referral.decided_by, referral.decided_at = actor, now
    referral.allocated_unit, referral.case = unit, case
    referral.save(update_fields=["decision", "decision_reason", "advice_given", "decided_by", "decided_at",
                                 "allocated_unit", "case"])
    if decision in (Decision.ASSESSMENT, Decision.STRATEGY) and case is not None and not case.assessments.filter(
            completed_on__isnull=True).exists():  # the assessment (and its 45-working-day clock) starts with the decision
        casework_services.start_assessment(actor=actor, case=case, started_on=timezone.localdate(), referral=referral)
    elif decision == Decision.EARLY_HELP and case is not None and not case.early_help_episodes.filter(ended_on__isnull=True).exists():
        casework_services.start_early_help(actor=actor, child=referral.person, started_on=timezone.localdate(), unit=unit, case=case)
    lines = [f"Decision: {Decision(decision).label}.", f"Reason: {reason}"]
    if advice:
        lines.append(f"Advice given: {advice}")
    if unit is not None:
        lines.append(f"Allocated to {unit.name}.")
    who = getattr(actor, "display_name", None) or str(actor) if actor else "the front door"
    lines.append(f"Decided by {who}.")
    ChronologyEntry.objects.create(
        child=referral.person, case=case, unit=unit, kind=EntryKind.FRONT_DOOR_DECISION, occurred_on=timezone.localdate(),
        title=f"Front door decision: {Decision(decision).label}", narrative="\n".join(lines), author=actor,
    )
    audit.record(actor=actor, action="front_door_decision", person=referral.person, obj=referral,
                 detail={"decision": decision, "unit": getattr(unit, "pk", None), "case": getattr(case, "pk", None),
                         "overdue": now > referral.due_at})
    return referral


# --- Strategy discussions -----------------------------------------------------------------------------------


@transaction.atomic
def record_strategy_discussion(
    *, actor, child: Person, held_on: dt.date | None, attendees: list[dict], information_shared: str,
    s47_enquiry: bool | None, decision_reason: str, actions: list[dict] | None = None, referral: Referral | None = None,
) -> StrategyDiscussion:
    """Record a strategy discussion. Starting a section 47 enquiry sets s47_started_on (the day of the discussion)
    and the initial child protection conference due date, 15 working days after it.

    `attendees`: [{"name", "agency" (police, health, education, social_care, other), "role"}];
    `actions`: [{"description", "owner", "due_on"}]. Blank rows are ignored.
    """
    errors: dict[str, str] = {}
    today = timezone.localdate()
    if held_on is None:
        errors["held_on"] = "Enter the date of the strategy discussion"
    elif not isinstance(held_on, dt.date):
        errors["held_on"] = "Date of the strategy discussion must be a real date"
    elif held_on > today:
        errors["held_on"] = "Date of the strategy discussion must be today or in the past"
    rows = [(i, a) for i, a in enumerate(attendees or [], start=1)
            if any(str(a.get(k) or "").strip() for k in ("name", "agency", "role"))]
    if not rows:
        errors["attendee_1_name"] = "Enter who took part in the strategy discussion"
    clean_attendees = []
    for i, a in rows:
        name = _text(errors, f"attendee_{i}_name", a.get("name"), label=f"Attendee {i}'s name", max_length=150,
                     missing=f"Enter attendee {i}'s name")
        role = _text(errors, f"attendee_{i}_role", a.get("role"), label=f"Attendee {i}'s role", max_length=150)
        agency = a.get("agency") or ""
        if agency not in Agency.values:
            errors[f"attendee_{i}_agency"] = f"Select attendee {i}'s agency"
        clean_attendees.append({"name": name, "role": role, "agency": agency})
    information_shared = _text(errors, "information_shared", information_shared, label="Information shared",
                               max_length=MAX_TEXT, missing="Enter the information shared")
    if s47_enquiry not in (True, False):
        errors["s47_enquiry"] = "Select whether a section 47 enquiry starts"
    decision_reason = _text(errors, "decision_reason", decision_reason, label="Reason", max_length=MAX_TEXT,
                            missing="Enter the reason for the decision")
    action_rows = [(i, a) for i, a in enumerate(actions or [], start=1)
                   if str(a.get("description") or "").strip() or a.get("due_on") or str(a.get("owner") or "").strip()]
    clean_actions = []
    for i, a in action_rows:
        description = _text(errors, f"action_{i}_description", a.get("description"), label=f"Action {i}",
                            max_length=300, missing=f"Enter what action {i} is")
        owner = _text(errors, f"action_{i}_owner", a.get("owner"), label=f"Who owns action {i}", max_length=150,
                      missing=f"Enter who owns action {i}")
        due_on = a.get("due_on")
        if not isinstance(due_on, dt.date):
            errors[f"action_{i}_due_on"] = f"Enter when action {i} is due"
        clean_actions.append({"description": description, "owner": owner, "due_on": due_on})
    if referral is not None and referral.person_id not in (None, child.pk):
        errors["child"] = "This referral is about another child"
    if errors:
        raise ValidationError(errors)

    case = Case.objects.filter(child=child, closed_on__isnull=True).select_related("unit").first()
    s47_started_on = held_on if s47_enquiry else None
    icpc_due_on = timescale(TimescaleKey.ICPC).due(held_on) if s47_enquiry else None
    lines = ["Attendees: " + "; ".join(
        f"{a['name']} ({Agency(a['agency']).label}{', ' + a['role'] if a['role'] else ''})" for a in clean_attendees)]
    lines.append(f"Information shared: {information_shared}")
    if s47_enquiry:
        lines.append(f"Decision: start a section 47 enquiry. Reason: {decision_reason}")
        lines.append(f"Initial child protection conference due by {icpc_due_on.day} {icpc_due_on:%B %Y}.")
    else:
        lines.append(f"Decision: no section 47 enquiry. Reason: {decision_reason}")
    if clean_actions:
        lines.append("Actions:")
        lines += [f"- {a['description']} ({a['owner']}, by {a['due_on'].day} {a['due_on']:%b %Y})" for a in clean_actions]
    entry = ChronologyEntry.objects.create(
        child=child, case=case, unit=case.unit if case else None, kind=EntryKind.STRATEGY_DISCUSSION,
        occurred_on=held_on, title="Strategy discussion" + (": section 47 enquiry started" if s47_enquiry else ""),
        narrative="\n".join(lines), author=actor,
    )
    discussion = StrategyDiscussion.objects.create(
        child=child, referral=referral, case=case, held_on=held_on, information_shared=information_shared,
        s47_enquiry=s47_enquiry, decision_reason=decision_reason, s47_started_on=s47_started_on,
        icpc_due_on=icpc_due_on, entry=entry, recorded_by=actor,
    )
    StrategyAttendee.objects.bulk_create([StrategyAttendee(discussion=discussion, **a) for a in clean_attendees])
    StrategyAction.objects.bulk_create([StrategyAction(discussion=discussion, **a) for a in clean_actions])
    if s47_enquiry and case is not None:  # the enquiry and its clocks belong to the child's case
        casework_services.start_section_47(actor=actor, case=case, strategy_discussion=discussion)
    audit.record(actor=actor, action="record_strategy_discussion", person=child, obj=discussion,
                 detail={"s47": s47_enquiry, "icpc_due_on": icpc_due_on, "attendees": len(clean_attendees),
                         "actions": len(clean_actions), "referral": getattr(referral, "pk", None)})
    return discussion
