"""Changes for looked-after children and care leavers. Every function is keyword-only, runs in one transaction,
refuses with a plain message per field (writing nothing), writes the audit row and a chronology entry.

Episode rules (SSDA903): starting care opens a period with an episode whose RNE is S; each change of legal status or
placement after it ends the current episode (REC X1) and starts the next the same day; two changes on the same day
are one change (the second is merged into the episode the first started, RNE recomputed: B/U rather than L then P);
episodes never overlap; nothing changes before the current episode started; after a gap a new period starts with S.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from hearth.audit import services as audit
from hearth.cases.models import Case, CaseStatus, ChronologyEntry, EntryKind
from hearth.casework.services import _date, _day, _text, refresh_status  # the shared checks of statutory steps
from hearth.looked_after import selectors
from hearth.looked_after.codes import (
    CATEGORY_OF_NEED,
    CONNECTED_PERSON_PLACEMENTS,
    LEAVING_CARE_REASONS,
    Accommodation,
    Activity,
    InTouch,
    LegalStatus,
    MissingKind,
    PlacementProvider,
    PlacementType,
    PreviousPermanence,
    ReasonEpisodeCeased,
    ReasonNewEpisode,
    ReasonPlaceChange,
    ReviewParticipation,
    SDQReason,
)
from hearth.looked_after.models import (
    SDQ,
    UASC,
    AdoptionStage,
    AdoptionStageKind,
    AnnualOutcomes,
    CareApplication,
    CareLeaverContact,
    Episode,
    HealthCheck,
    HealthKind,
    MissingEpisode,
    PathwayPlanReview,
    PlacedUnder,
    PreProceedings,
    PreProceedingsOutcome,
    PreviousPermanenceOrder,
    Review,
    Visit,
)

POSTCODE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$")
URN = re.compile(r"^(SC)?[0-9]{6,7}$|^X{7}$")
PLACEMENT_FIELDS = ("place", "place_provider", "provider_name", "pl_post", "urn")
COURT_WEEKS = 26  # CA 1989 s32(1)(a) (domain.md §1.1 row 29)
MAX_EXTENSION_WEEKS = 8


def _entry(*, actor, case: Case, kind: str, occurred_on: dt.date, title: str, narrative: str = "", **extra) -> ChronologyEntry:
    return ChronologyEntry.objects.create(child_id=case.child_id, case=case, unit_id=case.unit_id, kind=kind, occurred_on=occurred_on,
                                          title=title, narrative=narrative or title + ".", author=actor, **extra)


def _case_for(errors: dict, child, name: str) -> Case | None:
    """The child's open case, locked: every looked-after record hangs off the unit that holds the child."""
    case = Case.objects.select_for_update().filter(child=child, closed_on__isnull=True).first()
    if case is None:
        errors[name] = f"{child.full_name} has no open case: open one before recording this"
    return case


def _choice(errors: dict, name: str, value, choices, missing: str) -> str:
    values = {c[0] for c in choices} if not hasattr(choices, "values") else set(choices.values)
    if value not in values:
        errors[name] = missing
        return ""
    return value


def _line(errors: dict, name: str, value, *, limit: int, label: str, missing: str | None = None) -> str:
    """A short text that must fit its column: too long is refused with a message, never cut short without a word."""
    value = _text(errors, name, value, missing=missing, label=label)
    if len(value) > limit and name not in errors:
        errors[name] = f"{label} must be {limit:,} characters or fewer"
    return value


def _postcode(errors: dict, name: str, value, *, required: bool, label: str) -> str:
    value = re.sub(r"\s+", " ", (value or "").strip().upper())
    if not value:
        if required:
            errors[name] = f"Enter the {label}"
        return ""
    if not POSTCODE.match(value):
        errors[name] = f"Enter a real {label}, like NE1 4ST"
        return ""
    if " " not in value:
        value = value[:-3] + " " + value[-3:]
    return value


def _money(errors: dict, name: str, value) -> Decimal | None:
    try:
        amount = Decimal(str(value).replace(",", "").replace("£", "").strip()) if value not in (None, "") else None
    except InvalidOperation:
        amount = None
    if amount is None or not amount.is_finite():
        errors[name] = "Enter the weekly cost in pounds, like 850 or 850.50"
        return None
    if amount < 0 or amount >= Decimal("10000000"):
        errors[name] = "The weekly cost must be between £0 and £9,999,999.99"
        return None
    return amount.quantize(Decimal("0.01"))


def _placement(errors: dict, data: dict) -> dict:
    """Check and tidy a placement's fields (type, provider, carer, postcode, URN, weekly cost)."""
    clean = {
        "place": _choice(errors, "place", data.get("place"), PlacementType, "Select the placement type"),
        "place_provider": _choice(errors, "place_provider", data.get("place_provider"), PlacementProvider,
                                  "Select the placement provider"),
        "provider_name": _line(errors, "provider_name", data.get("provider_name"), missing="Enter the carer or provider",
                               label="Carer or provider", limit=200),
        "pl_post": _postcode(errors, "pl_post", data.get("pl_post"), required=False, label="placement postcode"),
        "weekly_cost": _money(errors, "weekly_cost", data.get("weekly_cost")),
    }
    urn = re.sub(r"\s+", "", (data.get("urn") or "").upper())
    if urn and not URN.match(urn):
        errors["urn"] = "Enter the Ofsted URN (6 or 7 digits, perhaps after SC), or XXXXXXX if the placement has none"
    clean["urn"] = urn
    clean["placed_under"] = _placed_under(errors, data.get("placed_under") or "", clean["place"])
    return clean


def _placed_under(errors: dict, value: str, place: str) -> str:
    """Regulation 19 (placed with a parent before the assessment is finished) fits only a placement with a parent (P1);
    regulation 24 (a connected person approved for now) only a foster placement with a relative or friend (U1-U3)."""
    if not value:
        return ""
    value = _choice(errors, "placed_under", value, PlacedUnder, "Select regulation 19, regulation 24 or neither")
    if value == PlacedUnder.REG19 and place and place != PlacementType.P1:
        errors["placed_under"] = "Regulation 19 is only for a child placed with a parent (placement type P1)"
    elif value == PlacedUnder.REG24 and place and place not in CONNECTED_PERSON_PLACEMENTS:
        errors["placed_under"] = "Regulation 24 is only for fostering with a relative or friend (placement type U1, U2 or U3)"
    return value


def _rne(before: Episode, after: dict, same_carer: bool) -> str | None:
    """The 903 reason for new episode for a change from `before` to `after` (None: nothing the return counts changed)."""
    status = before.ls != after["ls"]
    placement = any(getattr(before, f) != after[f] for f in PLACEMENT_FIELDS)
    if status and placement:
        return ReasonNewEpisode.U if same_carer else ReasonNewEpisode.B
    if placement:
        return ReasonNewEpisode.T if same_carer else ReasonNewEpisode.P
    if status:
        return ReasonNewEpisode.L
    return None


def _describe(e: Episode) -> str:
    return (f"Legal status: {e.get_ls_display()}. Placement: {e.get_place_display()} with {e.provider_name} "
            f"({e.get_place_provider_display().lower()}), £{e.weekly_cost:,} a week.")


# --- episodes ----------------------------------------------------------------------------------------------------


@transaction.atomic
def start_care(*, actor, child, started_on: dt.date | None, ls: str, cin: str, place: str, place_provider: str,
               provider_name: str, weekly_cost, pl_post: str = "", urn: str = "", home_post: str = "",
               uasc: bool = False, placed_under: str = "") -> Episode:
    """The child starts to be looked after: a new period of care, its first episode (RNE S)."""
    errors: dict[str, str] = {}
    case = _case_for(errors, child, "started_on")
    started_on = _date(errors, "started_on", started_on, label="date the child started to be looked after")
    ls = _choice(errors, "ls", ls, LegalStatus, "Select the legal status")
    cin = _choice(errors, "cin", cin, CATEGORY_OF_NEED, "Select the category of need")
    placement = _placement(errors, {"place": place, "place_provider": place_provider, "provider_name": provider_name,
                                    "pl_post": pl_post, "urn": urn, "weekly_cost": weekly_cost, "placed_under": placed_under})
    home_post = _postcode(errors, "home_post", home_post, required=False, label="home postcode")
    episodes = selectors.episodes_for(child)
    if any(e.dec is None for e in episodes):
        errors["started_on"] = f"{child.full_name} is already looked after: record a change of placement or legal status"
    elif started_on and episodes and started_on < max(e.dec for e in episodes):
        last = max(e.dec for e in episodes)
        errors["started_on"] = f"The new period of care cannot start before the last one ended ({_day(last)})"
    if errors:
        raise ValidationError(errors)
    episode = Episode.objects.create(child=child, case=case, decom=started_on, rne=ReasonNewEpisode.S, ls=ls, cin=cin,
                                     home_post=home_post, recorded_by=actor, **placement)
    if uasc and not UASC.objects.filter(child=child).exists():
        UASC.objects.create(child=child, since=started_on, recorded_by=actor)
    if case.status != CaseStatus.LOOKED_AFTER:
        case.status = CaseStatus.LOOKED_AFTER
        case.save(update_fields=["status"])
    title = "Started to be looked after" + (" (re-entry to care)" if episodes else "")
    _entry(actor=actor, case=case, kind=EntryKind.CARE_EPISODE, occurred_on=started_on, title=title,
           narrative=_describe(episode) + (" Unaccompanied asylum-seeking child." if uasc else ""))
    audit.record(actor=actor, action="start_care", person=child, obj=episode,
                 detail={"ls": ls, "place": episode.place, "reentry": bool(episodes), "uasc": uasc})
    return episode


@transaction.atomic
def change_episode(*, actor, child, changed_on: dt.date | None, ls: str, place: str, place_provider: str, provider_name: str,
                   weekly_cost, pl_post: str = "", urn: str = "", same_carer: bool = False,
                   reason_place_change: str = "", placed_under: str | None = None) -> Episode:
    """A change of legal status and/or placement: a new episode the same day (the current one ends X1). A change on
    the day the current episode started is merged into it (one change, as the return expects). A change of
    placed_under alone (the assessment finished, the carer fully approved) is no change to the return: it is written
    on the current episode. placed_under None keeps the current one while the placement type stays the same."""
    errors: dict[str, str] = {}
    case = _case_for(errors, child, "changed_on")
    changed_on = _date(errors, "changed_on", changed_on, label="date of the change")
    ls = _choice(errors, "ls", ls, LegalStatus, "Select the legal status")
    episodes = selectors.episodes_for(child)
    current = next((e for e in episodes if e.dec is None), None)
    if placed_under is None:
        placed_under = current.placed_under if current is not None and current.place == place else ""
    after = {"ls": ls, **_placement(errors, {"place": place, "place_provider": place_provider, "provider_name": provider_name,
                                             "pl_post": pl_post, "urn": urn, "weekly_cost": weekly_cost,
                                             "placed_under": placed_under})}
    if current is None:
        errors["changed_on"] = f"{child.full_name} is not looked after: record the start of care first"
    elif changed_on and changed_on < current.decom:
        errors["changed_on"] = f"The change cannot be before the current episode started ({_day(current.decom)})"
    if errors:
        raise ValidationError(errors)
    merge = changed_on == current.decom
    before = current
    if merge and current.rne != ReasonNewEpisode.S:
        before = next(e for e in episodes if e.dec == current.decom and e.rec == ReasonEpisodeCeased.X1)
    rne = ReasonNewEpisode.S if merge and current.rne == ReasonNewEpisode.S else _rne(before, after, same_carer)
    placement_changed = any(getattr(before, f) != after[f] for f in PLACEMENT_FIELDS)
    if rne is None and after["placed_under"] != current.placed_under and all(
            getattr(current, f) == v for f, v in after.items() if f != "placed_under"):
        return _change_placed_under(actor=actor, case=case, episode=current, on=changed_on, placed_under=after["placed_under"])
    if rne is None or (merge and all(getattr(current, f) == v for f, v in after.items())):
        errors["ls"] = "Nothing has changed: change the legal status or the placement"
    if placement_changed and rne != ReasonNewEpisode.S:
        reason_place_change = _choice(errors, "reason_place_change", reason_place_change, ReasonPlaceChange,
                                      "Select the reason for the change of placement")
    else:
        reason_place_change = ""
    if errors:
        raise ValidationError(errors)
    if merge:
        for name, value in after.items():
            setattr(current, name, value)
        current.rne, current.same_carer, current.reason_place_change = rne, same_carer, reason_place_change
        current.save()
        episode, title = current, "Change to the episode of care the same day"
    else:
        current.dec, current.rec = changed_on, ReasonEpisodeCeased.X1
        current.save(update_fields=["dec", "rec"])
        episode = Episode.objects.create(child=child, case=case, decom=changed_on, rne=rne, cin=current.cin,
                                         home_post=current.home_post, same_carer=same_carer,
                                         reason_place_change=reason_place_change, recorded_by=actor, **after)
        title = ReasonNewEpisode(rne).label
    _entry(actor=actor, case=case, kind=EntryKind.CARE_EPISODE, occurred_on=changed_on, title=title, narrative=_describe(episode)
           + (f" Reason for the move: {episode.get_reason_place_change_display().lower()}." if reason_place_change else ""))
    audit.record(actor=actor, action="change_care_episode", person=child, obj=episode, detail={"rne": rne, "merged": merge})
    return episode


def _change_placed_under(*, actor, case: Case, episode: Episode, on: dt.date, placed_under: str) -> Episode:
    """Only the regulation the placement is under changed: the same episode (the 903 sees no change), the visit
    schedule follows it."""
    was = episode.get_placed_under_display() or "neither regulation 19 nor 24"
    episode.placed_under = placed_under
    episode.save(update_fields=["placed_under"])
    now = episode.get_placed_under_display() or "neither regulation 19 nor 24"
    _entry(actor=actor, case=case, kind=EntryKind.CARE_EPISODE, occurred_on=on, title="Placement basis changed",
           narrative=f"The placement was: {was}. It is now: {now}.")
    audit.record(actor=actor, action="change_care_episode", person=episode.child, obj=episode,
                 detail={"rne": None, "placed_under": placed_under})
    return episode


@transaction.atomic
def end_care(*, actor, child, ended_on: dt.date | None, rec: str) -> Episode:
    """The child stops being looked after: the current episode ends with the reason episode ceased (not X1)."""
    errors: dict[str, str] = {}
    case = _case_for(errors, child, "ended_on")
    ended_on = _date(errors, "ended_on", ended_on, label="date the child stopped being looked after")
    rec = _choice(errors, "rec", rec, LEAVING_CARE_REASONS, "Select the reason the child stopped being looked after")
    episodes = selectors.episodes_for(child)
    current = next((e for e in episodes if e.dec is None), None)
    if current is None:
        errors["ended_on"] = f"{child.full_name} is not looked after"
    elif ended_on and ended_on < current.decom:
        errors["ended_on"] = f"Care cannot end before the current episode started ({_day(current.decom)})"
    if errors:
        raise ValidationError(errors)
    current.dec, current.rec = ended_on, rec
    current.save(update_fields=["dec", "rec"])
    category = selectors.care_leaver_category(episodes, child.date_of_birth, on=max(ended_on, timezone.localdate()))
    if category in (selectors.RELEVANT, selectors.FORMER_RELEVANT):
        case.status = CaseStatus.CARE_LEAVER
        case.save(update_fields=["status"])
    else:
        case.status = CaseStatus.CHILD_IN_NEED
        case.save(update_fields=["status"])
        refresh_status(case)
    _entry(actor=actor, case=case, kind=EntryKind.CARE_EPISODE, occurred_on=ended_on, title="Stopped being looked after",
           narrative=f"Reason: {ReasonEpisodeCeased(rec).label}."
           + (f" Care leaver: {selectors.CATEGORY_LABELS[category].lower()}." if category else ""))
    audit.record(actor=actor, action="end_care", person=child, obj=current, detail={"rec": rec, "category": category})
    return current


@transaction.atomic
def record_uasc(*, actor, child, since: dt.date | None, duc: dt.date | None = None) -> UASC:
    """Mark the child as an unaccompanied asylum-seeking child, or record when that status ceased (903 UASC: DUC)."""
    errors: dict[str, str] = {}
    case = _case_for(errors, child, "since")
    since = _date(errors, "since", since, label="date the child became looked after as an unaccompanied asylum-seeking child")
    if duc is not None and since:
        duc = _date(errors, "duc", duc, label="date the status ceased", earliest=since, earliest_label="it began")
    if errors:
        raise ValidationError(errors)
    row, created = UASC.objects.update_or_create(child=child, defaults={"since": since, "duc": duc, "recorded_by": actor})
    text = f"Unaccompanied asylum-seeking child from {_day(since)}" + (f" to {_day(duc)}." if duc else ".")
    _entry(actor=actor, case=case, kind=EntryKind.CARE_EPISODE, occurred_on=duc or since, title="Unaccompanied asylum-seeking child",
           narrative=text)
    audit.record(actor=actor, action="record_uasc", person=child, obj=row, detail={"created": created, "ceased": bool(duc)})
    return row


LA_PERM = re.compile(r"^([0-9]{3}|NIR|NUK|SCO|WAL)$")  # domain.md §2.2: an LA code, NIR, NUK, SCO, WAL or 999


@transaction.atomic
def record_previous_permanence(*, actor, child, prev_perm: str, la_perm: str = "",
                               date_perm: dt.date | None = None) -> PreviousPermanenceOrder:
    """Whether the child had a permanence order before the current (or latest) period of care (903 PrevPerm)."""
    errors: dict[str, str] = {}
    case = _case_for(errors, child, "prev_perm")
    found = selectors.periods(selectors.episodes_for(child))
    if not found:
        errors["prev_perm"] = f"{child.full_name} has not been looked after"
    prev_perm = _choice(errors, "prev_perm", prev_perm, PreviousPermanence, "Select whether there was a previous permanence order")
    la_perm = (la_perm or "").strip().upper()
    if prev_perm and prev_perm != PreviousPermanence.Z1:
        if la_perm and not LA_PERM.match(la_perm):
            errors["la_perm"] = "Enter the 3-digit local authority code, or NIR, NUK, SCO or WAL"
        if date_perm is not None:
            date_perm = _date(errors, "date_perm", date_perm, label="date of the order")
    else:
        la_perm, date_perm = "", None
    if errors:
        raise ValidationError(errors)
    row, _ = PreviousPermanenceOrder.objects.update_or_create(
        child=child, period_start=found[-1].start,
        defaults={"prev_perm": prev_perm, "la_perm": la_perm,
                  "date_perm": date_perm, "recorded_by": actor})
    _entry(actor=actor, case=case, kind=EntryKind.CARE_EPISODE, occurred_on=timezone.localdate(), title="Previous permanence",
           narrative=PreviousPermanence(prev_perm).label + (f", {_day(date_perm)}" if date_perm else "") + ".")
    audit.record(actor=actor, action="record_previous_permanence", person=child, obj=row)
    return row


@transaction.atomic
def record_annual_outcomes(*, actor, child, year_ending: dt.date | None, convicted: bool | None, substance_misuse: bool | None,
                           intervention_offered: bool | None = None, intervention_received: bool | None = None) -> AnnualOutcomes:
    """The year's outcomes for the SSDA903 OC2 table (a child looked after for 12 months at 31 March)."""
    errors: dict[str, str] = {}
    case = _case_for(errors, child, "year_ending")
    if not isinstance(year_ending, dt.date) or (year_ending.month, year_ending.day) != (3, 31):
        errors["year_ending"] = "Select the year (it ends on 31 March)"
    elif year_ending > timezone.localdate():
        errors["year_ending"] = "The year must have ended"
    if convicted is None:
        errors["convicted"] = "Select whether the child was convicted of an offence in the year"
    if substance_misuse is None:
        errors["substance_misuse"] = "Select whether the child had a substance misuse problem in the year"
    elif substance_misuse and intervention_offered is None:
        errors["intervention_offered"] = "Select whether an intervention was offered"
    if not substance_misuse:
        intervention_offered = intervention_received = None
    elif not intervention_offered:
        intervention_received = False
    elif intervention_received is None:
        errors["intervention_received"] = "Select whether the intervention was received"
    if errors:
        raise ValidationError(errors)
    row, _ = AnnualOutcomes.objects.update_or_create(
        child=child, year_ending=year_ending,
        defaults={"convicted": convicted, "substance_misuse": substance_misuse, "intervention_offered": intervention_offered,
                  "intervention_received": intervention_received, "recorded_by": actor})
    _entry(actor=actor, case=case, kind=EntryKind.CARE_HEALTH, occurred_on=timezone.localdate(),
           title=f"Outcomes for the year to {_day(year_ending)}", narrative="Recorded for the SSDA903 return.")
    audit.record(actor=actor, action="record_annual_outcomes", person=child, obj=row)
    return row


def _looked_after_on(errors: dict, child, name: str, day: dt.date | None, what: str) -> None:
    if day and not any(e.decom <= day and (e.dec is None or e.dec > day) for e in selectors.episodes_for(child)):
        errors[name] = f"{child.full_name} was not looked after on that date: {what} is for a looked-after child"


# --- reviews, visits, health, missing --------------------------------------------------------------------------


@transaction.atomic
def record_review(*, actor, child, review: dt.date | None, review_code: str, iro_name: str, notes: str = "") -> Review:
    errors: dict[str, str] = {}
    case = _case_for(errors, child, "review")
    review = _date(errors, "review", review, label="date of the review")
    _looked_after_on(errors, child, "review", review, "a looked-after review")
    review_code = _choice(errors, "review_code", review_code, ReviewParticipation, "Select how the child took part")
    iro_name = _line(errors, "iro_name", iro_name, missing="Enter the independent reviewing officer's name", label="Name", limit=150)
    notes = _text(errors, "notes", notes, label="Notes")
    if errors:
        raise ValidationError(errors)
    row = Review.objects.create(child=child, review=review, review_code=review_code, iro_name=iro_name, notes=notes, recorded_by=actor)
    _entry(actor=actor, case=case, kind=EntryKind.CARE_REVIEW, occurred_on=review, title="Looked-after review",
           narrative=f"Chaired by {iro_name} (IRO). {ReviewParticipation(review_code).label}." + (f"\n{notes}" if notes else ""))
    audit.record(actor=actor, action="record_care_review", person=child, obj=row)
    return row


@transaction.atomic
def record_visit(*, actor, child, visited_on: dt.date | None, seen_alone: bool | None, notes: str = "") -> Visit:
    errors: dict[str, str] = {}
    case = _case_for(errors, child, "visited_on")
    visited_on = _date(errors, "visited_on", visited_on, label="date of the visit")
    _looked_after_on(errors, child, "visited_on", visited_on, "a statutory visit")
    if seen_alone is None:
        errors["seen_alone"] = "Select whether the child was seen alone"
    notes = _text(errors, "notes", notes, label="Notes")
    if errors:
        raise ValidationError(errors)
    row = Visit.objects.create(child=child, visited_on=visited_on, seen_alone=seen_alone, notes=notes, recorded_by=actor)
    _entry(actor=actor, case=case, kind=EntryKind.CARE_VISIT, occurred_on=visited_on, title="Statutory visit (looked after)",
           narrative=notes or "Child seen" + (" alone." if seen_alone else ", not alone."), child_seen=True, seen_alone=seen_alone)
    audit.record(actor=actor, action="record_care_visit", person=child, obj=row)
    return row


@transaction.atomic
def record_health(*, actor, child, kind: str, done_on: dt.date | None, notes: str = "") -> HealthCheck:
    errors: dict[str, str] = {}
    case = _case_for(errors, child, "done_on")
    kind = _choice(errors, "kind", kind, HealthKind, "Select what was done")
    done_on = _date(errors, "done_on", done_on, label="date")
    notes = _text(errors, "notes", notes, label="Notes")
    if errors:
        raise ValidationError(errors)
    row = HealthCheck.objects.create(child=child, kind=kind, done_on=done_on, notes=notes, recorded_by=actor)
    _entry(actor=actor, case=case, kind=EntryKind.CARE_HEALTH, occurred_on=done_on, title=HealthKind(kind).label,
           narrative=notes)
    audit.record(actor=actor, action="record_care_health", person=child, obj=row, detail={"kind": kind})
    return row


@transaction.atomic
def record_sdq(*, actor, child, completed_on: dt.date | None, sdq_score: int | None, sdq_reason: str = "") -> SDQ:
    errors: dict[str, str] = {}
    case = _case_for(errors, child, "completed_on")
    completed_on = _date(errors, "completed_on", completed_on, label="date of the questionnaire")
    if sdq_score is None and not sdq_reason:
        errors["sdq_score"] = "Enter the score, or the reason there is none"
    elif sdq_score is not None and sdq_reason:
        errors["sdq_reason"] = "Give a reason only when there is no score"
    elif sdq_score is not None and not (0 <= sdq_score <= 40):
        errors["sdq_score"] = "The score must be between 0 and 40"
    elif sdq_reason:
        _choice(errors, "sdq_reason", sdq_reason, SDQReason, "Select the reason there is no score")
    if errors:
        raise ValidationError(errors)
    row = SDQ.objects.create(child=child, completed_on=completed_on, sdq_score=sdq_score, sdq_reason=sdq_reason or "", recorded_by=actor)
    text = f"Score {sdq_score}." if sdq_score is not None else f"No score: {SDQReason(sdq_reason).label.lower()}."
    _entry(actor=actor, case=case, kind=EntryKind.CARE_HEALTH, occurred_on=completed_on,
           title="Strengths and difficulties questionnaire", narrative=text)
    audit.record(actor=actor, action="record_sdq", person=child, obj=row)
    return row


@transaction.atomic
def record_missing(*, actor, child, missing: str, mis_start: dt.date | None, mis_end: dt.date | None = None,
                   return_interview_offered: bool | None = None, return_interview_accepted: bool | None = None,
                   notes: str = "") -> MissingEpisode:
    """A missing or away episode. Once it has ended, say whether a return interview was offered and accepted."""
    errors: dict[str, str] = {}
    case = _case_for(errors, child, "mis_start")
    missing = _choice(errors, "missing", missing, MissingKind, "Select whether the child was missing or away")
    mis_start = _date(errors, "mis_start", mis_start, label="date the episode started")
    _looked_after_on(errors, child, "mis_start", mis_start, "the missing return")
    if mis_end is not None:
        mis_end = _date(errors, "mis_end", mis_end, label="date the child came back", earliest=mis_start,
                        earliest_label="the episode started") if mis_start else mis_end
        if return_interview_offered is None:
            errors["return_interview_offered"] = "Select whether a return interview was offered"
        elif return_interview_offered and return_interview_accepted is None:
            errors["return_interview_accepted"] = "Select whether the return interview was accepted"
    if not return_interview_offered:
        return_interview_accepted = None if return_interview_offered is None else False
    notes = _text(errors, "notes", notes, label="Notes")
    if errors:
        raise ValidationError(errors)
    row = MissingEpisode.objects.create(child=child, missing=missing, mis_start=mis_start, mis_end=mis_end, notes=notes,
                                        return_interview_offered=return_interview_offered,
                                        return_interview_accepted=return_interview_accepted, recorded_by=actor)
    lines = [MissingKind(missing).label + f" from {_day(mis_start)}" + (f" to {_day(mis_end)}." if mis_end else ", not yet back.")]
    if mis_end:
        lines.append("Return interview " + ("offered and accepted." if return_interview_accepted else
                                            "offered, not accepted." if return_interview_offered else "not offered."))
    _entry(actor=actor, case=case, kind=EntryKind.MISSING, occurred_on=mis_start, title=MissingKind(missing).label.split(" (")[0],
           narrative=" ".join(lines) + (f"\n{notes}" if notes else ""))
    audit.record(actor=actor, action="record_missing", person=child, obj=row)
    return row


@transaction.atomic
def record_return(*, actor, episode: MissingEpisode, mis_end: dt.date | None, return_interview_offered: bool | None,
                  return_interview_accepted: bool | None) -> MissingEpisode:
    """The child is back: the end of a missing or away episode and whether a return interview was offered and accepted."""
    episode = MissingEpisode.objects.select_for_update().select_related("child").get(pk=episode.pk)
    errors: dict[str, str] = {}
    case = _case_for(errors, episode.child, "mis_end")
    if episode.mis_end is not None:
        errors["mis_end"] = "This episode has already ended"
    mis_end = _date(errors, "mis_end", mis_end, label="date the child came back", earliest=episode.mis_start,
                    earliest_label="the episode started")
    if return_interview_offered is None:
        errors["return_interview_offered"] = "Select whether a return interview was offered"
    elif return_interview_offered and return_interview_accepted is None:
        errors["return_interview_accepted"] = "Select whether the return interview was accepted"
    if errors:
        raise ValidationError(errors)
    episode.mis_end, episode.return_interview_offered = mis_end, return_interview_offered
    episode.return_interview_accepted = bool(return_interview_accepted) if return_interview_offered else False
    episode.save(update_fields=["mis_end", "return_interview_offered", "return_interview_accepted"])
    _entry(actor=actor, case=case, kind=EntryKind.MISSING, occurred_on=mis_end, title="Back from a missing episode",
           narrative=f"Back on {_day(mis_end)} (gone since {_day(episode.mis_start)}). Return interview "
           + ("offered and accepted." if episode.return_interview_accepted else
              "offered, not accepted." if return_interview_offered else "not offered."))
    audit.record(actor=actor, action="record_missing_return", person=episode.child, obj=episode)
    return episode


# --- pre-proceedings and care applications ------------------------------------------------------------------------


@transaction.atomic
def record_pre_proceedings(*, actor, case: Case, started_on: dt.date | None, letter_sent_on: dt.date | None = None,
                           meeting_on: dt.date | None = None, fgdm_offered_on: dt.date | None = None,
                           fgdm_accepted: bool | None = None, fgdm_held_on: dt.date | None = None,
                           fgdm_not_offered_reason: str = "", outcome: str = "", outcome_on: dt.date | None = None) -> PreProceedings:
    """Start or update the case's pre-proceedings (one open at a time: an outcome closes it)."""
    case = Case.objects.select_for_update().get(pk=case.pk)
    errors: dict[str, str] = {}
    if case.closed_on is not None:
        errors["started_on"] = "This case is closed"
    row = case.pre_proceedings.filter(outcome="").first() or PreProceedings(case=case)
    started_on = _date(errors, "started_on", started_on, label="date pre-proceedings started")
    dates = {}
    for name, value, label in (("letter_sent_on", letter_sent_on, "date the letter before proceedings was sent"),
                               ("meeting_on", meeting_on, "date of the pre-proceedings meeting"),
                               ("fgdm_offered_on", fgdm_offered_on, "date the family group decision-making meeting was offered"),
                               ("fgdm_held_on", fgdm_held_on, "date the family group decision-making meeting was held"),
                               ("outcome_on", outcome_on, "date of the outcome")):
        dates[name] = _date(errors, name, value, label=label, earliest=started_on,
                            earliest_label="pre-proceedings started") if value is not None and started_on else value
    if fgdm_accepted is not None and not dates["fgdm_offered_on"]:
        errors["fgdm_accepted"] = "Record the offer of a family group decision-making meeting first"
    if dates["fgdm_held_on"] and fgdm_accepted is not True:
        errors["fgdm_held_on"] = "A family group decision-making meeting is held only when the offer was accepted"
    fgdm_not_offered_reason = _text(errors, "fgdm_not_offered_reason", fgdm_not_offered_reason, label="Reason")
    if fgdm_not_offered_reason and dates["fgdm_offered_on"]:
        errors["fgdm_not_offered_reason"] = "Give a reason only when no meeting was offered"
    if outcome and outcome not in PreProceedingsOutcome.values:
        errors["outcome"] = "Select the outcome"
    if bool(outcome) != bool(dates["outcome_on"]):
        errors["outcome" if not outcome else "outcome_on"] = "Enter both the outcome and its date, or neither"
    if errors:
        raise ValidationError(errors)
    creating = row.pk is None
    row.started_on, row.fgdm_accepted, row.outcome = started_on, fgdm_accepted, outcome
    row.fgdm_not_offered_reason = fgdm_not_offered_reason
    for name, value in dates.items():
        setattr(row, name, value)
    row.recorded_by = row.recorded_by or actor
    row.save()
    lines = [f"Pre-proceedings from {_day(started_on)}."]
    for name, label in (("letter_sent_on", "Letter before proceedings sent"), ("meeting_on", "Pre-proceedings meeting"),
                        ("fgdm_offered_on", "Family group decision-making meeting offered"), ("fgdm_held_on", "Family meeting held")):
        if dates[name]:
            lines.append(f"{label} {_day(dates[name])}.")
    if fgdm_not_offered_reason:
        lines.append(f"No family group decision-making meeting offered: {fgdm_not_offered_reason}")
    if outcome:
        lines.append(f"Outcome: {PreProceedingsOutcome(outcome).label}.")
    _entry(actor=actor, case=case, kind=EntryKind.CARE_PROCEEDINGS, occurred_on=outcome_on or timezone.localdate() if not creating
           else started_on, title="Pre-proceedings started" if creating else "Pre-proceedings updated", narrative=" ".join(lines))
    audit.record(actor=actor, action="record_pre_proceedings", person=case.child_id, obj=row, detail={"created": creating})
    return row


@transaction.atomic
def record_care_application(*, actor, case: Case, issued_on: dt.date | None, court: str, cafcass_guardian: str = "") -> CareApplication:
    """A care (or supervision) order application. Refused unless a family group decision-making meeting was offered
    (or the record says why an offer was not in the child's best interests) and, when accepted, was held first
    (CA 1989 s31ZA, inserted by the Children's Wellbeing and Schools Act 2026 s1; domain.md §1.1 row 28)."""
    case = Case.objects.select_for_update().get(pk=case.pk)
    errors: dict[str, str] = {}
    if case.closed_on is not None:
        errors["issued_on"] = "This case is closed"
    issued_on = _date(errors, "issued_on", issued_on, label="date the application was issued")
    court = _line(errors, "court", court, missing="Enter the court", label="Court", limit=150)
    cafcass_guardian = _line(errors, "cafcass_guardian", cafcass_guardian, label="Children's guardian", limit=150)
    pre = case.pre_proceedings.order_by("-started_on").first()
    if pre is None or not (pre.fgdm_offered_on or pre.fgdm_not_offered_reason):
        errors["issued_on"] = ("Record the offer of a family group decision-making meeting (or why an offer is not in the "
                               "child's best interests) in pre-proceedings before a care application")
    elif pre.fgdm_accepted and not pre.fgdm_held_on:
        errors["issued_on"] = "The family accepted a family group decision-making meeting: it must be held before the application"
    elif issued_on and pre.fgdm_held_on and pre.fgdm_held_on > issued_on:
        errors["issued_on"] = f"The family meeting was held after this date ({_day(pre.fgdm_held_on)}): it must come first"
    if case.care_applications.filter(concluded_on__isnull=True).exists():
        errors["issued_on"] = "This child already has care proceedings under way"
    if errors:
        raise ValidationError(errors)
    row = CareApplication.objects.create(case=case, pre_proceedings=pre, issued_on=issued_on, court=court,
                                         cafcass_guardian=cafcass_guardian, recorded_by=actor)
    _entry(actor=actor, case=case, kind=EntryKind.CARE_PROCEEDINGS, occurred_on=issued_on, title="Care application issued",
           narrative=f"Application issued at {court}. Proceedings are due to finish within {COURT_WEEKS} weeks, by "
           f"{_day(court_due_on(row))}." + (f" Children's guardian: {cafcass_guardian}." if cafcass_guardian else ""))
    audit.record(actor=actor, action="record_care_application", person=case.child_id, obj=row)
    return row


def court_due_on(application: CareApplication) -> dt.date:
    return application.issued_on + dt.timedelta(weeks=COURT_WEEKS + application.extension_weeks)


@transaction.atomic
def extend_care_application(*, actor, application: CareApplication, weeks: int | None, reason: str) -> CareApplication:
    """The court extends the 26 weeks (each extension at most 8 weeks, CA 1989 s32(8))."""
    application = CareApplication.objects.select_for_update(of=("self",)).select_related("case").get(pk=application.pk)
    errors: dict[str, str] = {}
    if application.concluded_on:
        errors["weeks"] = "These proceedings have concluded"
    if not isinstance(weeks, int) or not 1 <= weeks <= MAX_EXTENSION_WEEKS:
        errors["weeks"] = f"An extension is between 1 and {MAX_EXTENSION_WEEKS} weeks"
    reason = _text(errors, "reason", reason, missing="Enter why the court extended the timetable", label="Reason")
    if errors:
        raise ValidationError(errors)
    application.extension_weeks += weeks
    application.save(update_fields=["extension_weeks"])
    _entry(actor=actor, case=application.case, kind=EntryKind.CARE_PROCEEDINGS, occurred_on=timezone.localdate(),
           title="Court timetable extended", narrative=f"Extended by {weeks} weeks, now due by {_day(court_due_on(application))}. {reason}")
    audit.record(actor=actor, action="extend_care_application", person=application.case.child_id, obj=application, detail={"weeks": weeks})
    return application


@transaction.atomic
def conclude_care_application(*, actor, application: CareApplication, concluded_on: dt.date | None, final_order: str) -> CareApplication:
    application = CareApplication.objects.select_for_update(of=("self",)).select_related("case").get(pk=application.pk)
    errors: dict[str, str] = {}
    if application.concluded_on:
        errors["concluded_on"] = "These proceedings have already concluded"
    concluded_on = _date(errors, "concluded_on", concluded_on, label="date proceedings concluded", earliest=application.issued_on,
                         earliest_label="the application was issued")
    final_order = _line(errors, "final_order", final_order, missing="Enter the final order", label="Final order", limit=150)
    if errors:
        raise ValidationError(errors)
    application.concluded_on, application.final_order = concluded_on, final_order
    application.save(update_fields=["concluded_on", "final_order"])
    weeks = (concluded_on - application.issued_on).days // 7
    _entry(actor=actor, case=application.case, kind=EntryKind.CARE_PROCEEDINGS, occurred_on=concluded_on,
           title="Care proceedings concluded",
           narrative=f"Final order: {final_order}. Proceedings took {weeks} weeks.")
    audit.record(actor=actor, action="conclude_care_application", person=application.case.child_id, obj=application)
    return application


# --- care leavers ------------------------------------------------------------------------------------------------


def _care_leaver(errors: dict, child, name: str, on: dt.date | None) -> None:
    if on and selectors.care_leaver_category(selectors.episodes_for(child), child.date_of_birth, on=on) is None:
        errors[name] = f"{child.full_name} was not an eligible, relevant, former relevant or qualifying care leaver on that date"


@transaction.atomic
def record_pathway_plan_review(*, actor, child, reviewed_on: dt.date | None, personal_adviser: str = "",
                               notes: str = "") -> PathwayPlanReview:
    errors: dict[str, str] = {}
    case = _case_for(errors, child, "reviewed_on")
    reviewed_on = _date(errors, "reviewed_on", reviewed_on, label="date the pathway plan was made or reviewed")
    _care_leaver(errors, child, "reviewed_on", reviewed_on)
    personal_adviser = _line(errors, "personal_adviser", personal_adviser, label="Personal adviser", limit=150)
    notes = _text(errors, "notes", notes, label="Notes")
    if errors:
        raise ValidationError(errors)
    row = PathwayPlanReview.objects.create(child=child, reviewed_on=reviewed_on, personal_adviser=personal_adviser, notes=notes,
                                           recorded_by=actor)
    _entry(actor=actor, case=case, kind=EntryKind.CARE_LEAVER, occurred_on=reviewed_on, title="Pathway plan reviewed",
           narrative=(f"Personal adviser: {personal_adviser}. " if personal_adviser else "") + notes)
    audit.record(actor=actor, action="record_pathway_plan_review", person=child, obj=row)
    return row


@transaction.atomic
def record_care_leaver_contact(*, actor, child, contacted_on: dt.date | None, in_touch: str, activ: str, accom: str,
                               accom_suitable: bool | None, notes: str = "") -> CareLeaverContact:
    """A personal adviser's contact: in touch or not, activity (education, employment, training) and accommodation."""
    errors: dict[str, str] = {}
    case = _case_for(errors, child, "contacted_on")
    contacted_on = _date(errors, "contacted_on", contacted_on, label="date of the contact")
    _care_leaver(errors, child, "contacted_on", contacted_on)
    in_touch = _choice(errors, "in_touch", in_touch, InTouch, "Select whether the young person is in touch")
    activ = _choice(errors, "activ", activ, Activity, "Select what the young person is doing")
    accom = _choice(errors, "accom", accom, Accommodation, "Select where the young person lives")
    if in_touch and in_touch != InTouch.YES:
        activ, accom, accom_suitable = Activity.NOT_IN_TOUCH, Accommodation.NOT_IN_TOUCH, None
        errors.pop("activ", None), errors.pop("accom", None)
    elif accom and accom != Accommodation.NOT_IN_TOUCH and accom_suitable is None:
        errors["accom_suitable"] = "Select whether the accommodation is suitable"
    notes = _text(errors, "notes", notes, label="Notes")
    if errors:
        raise ValidationError(errors)
    row = CareLeaverContact.objects.create(child=child, contacted_on=contacted_on, in_touch=in_touch, activ=activ, accom=accom,
                                           accom_suitable=accom_suitable, notes=notes, recorded_by=actor)
    text = f"{InTouch(in_touch).label}."
    if in_touch == InTouch.YES:
        text += (f" {Activity(activ).label}. Lives: {Accommodation(accom).label.lower()}"
                 + (", suitable." if accom_suitable else ", not suitable."))
    _entry(actor=actor, case=case, kind=EntryKind.CARE_LEAVER, occurred_on=contacted_on, title="Personal adviser contact",
           narrative=text + (f"\n{notes}" if notes else ""))
    audit.record(actor=actor, action="record_care_leaver_contact", person=child, obj=row)
    return row


# --- adoption ----------------------------------------------------------------------------------------------------


@transaction.atomic
def record_adoption_stage(*, actor, child, stage: str, on: dt.date | None, reason_ceased: str = "") -> AdoptionStage:
    errors: dict[str, str] = {}
    case = _case_for(errors, child, "on")
    stage = _choice(errors, "stage", stage, AdoptionStageKind, "Select the stage")
    on = _date(errors, "on", on, label="date")
    reason_ceased = _line(errors, "reason_ceased", reason_ceased, label="Reason", limit=300)
    if stage == AdoptionStageKind.NO_LONGER and not reason_ceased:
        errors["reason_ceased"] = "Enter why the child is no longer to be placed for adoption"
    elif stage and stage != AdoptionStageKind.DECISION and not AdoptionStage.objects.filter(
            child=child, stage=AdoptionStageKind.DECISION).exists():
        errors["stage"] = "Record the decision that the child should be placed for adoption first"
    if errors:
        raise ValidationError(errors)
    row = AdoptionStage.objects.create(child=child, stage=stage, on=on, reason_ceased=reason_ceased, recorded_by=actor)
    _entry(actor=actor, case=case, kind=EntryKind.ADOPTION, occurred_on=on, title=AdoptionStageKind(stage).label,
           narrative=reason_ceased)
    audit.record(actor=actor, action="record_adoption_stage", person=child, obj=row, detail={"stage": stage})
    return row
