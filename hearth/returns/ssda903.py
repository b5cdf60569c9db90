"""The DfE SSDA903 children looked after return for a collection year (1 April to 31 March), derived from the records.

`extract` reads what the return needs in a fixed number of set-based queries (never one per child): the episodes of
care, the children, reviews, UASC, health checks, SDQs, missing episodes, adoption stages, personal adviser
contacts, the children of looked-after girls, the year's outcomes, previous permanence, the adopter households
linked to the children's adoption stages with their adopters, and the cases of the children looked after on 31 March
with the consultant social workers of units. `tables` derives the
eleven DfE tables from them as polars frames (typed: dates stay dates for the rules in ssda903_rules.py), and
`to_csv` writes each as the DfE CSV file: exactly the columns of ../shared/domain.md ("SSDA903 CSV files"), dates
dd/mm/yyyy, values upper case.

Whether a looked-after girl is a mother (header MOTHER, MC_DOB) comes from her family record (`_mothers`); OC2's
convictions and substance misuse from the year's outcomes (AnnualOutcomes) and previous permanence from the record
for the period of care (PreviousPermanenceOrder), blank for a child whose record is not made yet.
AD1's adopters (NB_ADOPTR, SEX_ADOPTR, LS_ADOPTR) come from the prospective adopter household linked to the child's
match (adoption.HouseholdStage): its adopters' person records and the couple's legal relationship (`adopters`).
The social worker episodes (sw_episodes) are derived from who led the unit holding the child's case (`sw_episodes`):
a case is held by a unit whose consultant social worker is the accountable lead, so an episode is a period in which
one consultant social worker led the unit holding the child's open case; SW_ID is their Social Work England number
(accounts.User.swe_number), SW_REASON why the episode began (SW_REASONS).
What Hearth does not record is left blank, never invented: REASON_PLACED_CEASED (Hearth keeps the reason as free
text; the RD1-RD4 meanings are not in our references). ssda903_rules.NOT_IMPLEMENTED lists the DfE rules this breaks.

Last year's return, for the rules that compare with it, is derived the same way for the year before (`generate`),
or read back from the files sent then (`from_files`).
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

import polars as pl
from django.db.models import F, Q

from hearth.adoption.models import Adopter, CoupleRelationship, HouseholdStage
from hearth.cases.models import Case
from hearth.looked_after.models import (
    SDQ,
    UASC,
    AdoptionStage,
    AnnualOutcomes,
    CareLeaverContact,
    Episode,
    HealthCheck,
    MissingEpisode,
    PreviousPermanenceOrder,
    Review,
)
from hearth.looked_after.selectors import birthday, eligible_from
from hearth.people.models import Person, Relationship, RelationshipKind
from hearth.returns import engine
from hearth.returns.cin_census import latest_year, period  # noqa: F401  (the same collection year as the census)
from hearth.returns.engine import Finding, Frames
from hearth.returns.links import fix_url  # noqa: F401  (a 903 finding is fixed on the same pages as the census's)
from hearth.units.models import Membership, Role

c = pl.col
D, S, INT = pl.Date, pl.Utf8, pl.Int64

# The DfE's files and their columns, in order (domain.md, "SSDA903 CSV files").
COLUMNS: dict[str, list[str]] = {
    "header": ["CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"],
    "episodes": ["CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC", "REASON_PLACE_CHANGE",
                 "HOME_POST", "PL_POST", "URN"],
    "reviews": ["CHILD", "DOB", "REVIEW", "REVIEW_CODE"],
    "uasc": ["CHILD", "SEX", "DOB", "DUC"],
    "oc2": ["CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK",
            "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"],
    "oc3": ["CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"],
    "ad1": ["CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"],
    "placed_for_adoption": ["CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"],
    "previous_permanence": ["CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM"],
    "missing": ["CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"],
    "sw_episodes": ["CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"],
}
DATES = {"DOB", "MC_DOB", "DECOM", "DEC", "REVIEW", "DUC", "DATE_INT", "DATE_MATCH", "DATE_PLACED", "DATE_PLACED_CEASED",
         "DATE_PERM", "MIS_START", "MIS_END", "SW_DECOM", "SW_DEC"}
INTS = {"SDQ_SCORE"}


def schema(name: str) -> dict:
    """A table's frame schema: person_id, then the DfE columns (dates as dates, SDQ_SCORE a number, the rest text)."""
    return {"person_id": INT, **{col: D if col in DATES else INT if col in INTS else S for col in COLUMNS[name]}}


# The rules also see every episode of the children in the return, before the year too (for periods of care, the
# first episode ever, eligibility as a care leaver): the frame "history", not a DfE file.
HISTORY = {"person_id": INT, "DECOM": D, "RNE": S, "LS": S, "CIN": S, "PLACE": S, "DEC": D, "REC": S, "period": INT}

TEMPORARY = ["T0", "T1", "T2", "T3", "T4"]
ADOPTED = ["E11", "E12"]
SHORT_BREAKS = ["V3", "V4"]


def frame(name: str, rows: list[dict], schema_: dict | None = None) -> pl.DataFrame:
    return engine.frame(rows, schema_ or schema(name))


def _age(dob: dt.date | None, on: dt.date) -> int | None:
    if dob is None:
        return None
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


def _blank(value: str | None) -> str | None:
    value = (value or "").strip().upper()
    return value or None


@dataclass
class Source:
    """What the return reads from the records (one query each)."""

    episodes: list[dict]
    people: dict[int, dict]
    reviews: list[dict]
    uasc: list[dict]
    health: list[dict]
    sdqs: list[dict]
    missing: list[dict]
    adoption: list[dict]
    contacts: list[dict]
    births: list[dict] = field(default_factory=list)  # mother_id and date_of_birth of each child recorded as hers
    outcomes: list[dict] = field(default_factory=list)  # the year's AnnualOutcomes (OC2 convictions, substance misuse)
    permanence: list[dict] = field(default_factory=list)  # PreviousPermanenceOrder of periods of care begun in the year
    # The household each child's matching, placement or adoption order was with (child_id, kind, on, household_id,
    # relationship), and those households' adopters (household_id, sex).
    households: list[dict] = field(default_factory=list)
    adopters: list[dict] = field(default_factory=list)
    # The cases of the children looked after on 31 March (pk, child_id, unit_id, opened_on, closed_on; one opened later
    # may hold care begun by then), and the consultant social workers' memberships of units begun by then (unit_id, user_id, started_on,
    # ended_on, swe_number): who led the unit holding each child's case, for sw_episodes.
    cases: list[dict] = field(default_factory=list)
    leads: list[dict] = field(default_factory=list)


def extract(year: int) -> Source:
    """Everything the return needs for the collection year, in sixteen queries whatever the number of children."""
    start, end = period(year)
    # Every episode up to the end of the year of anyone who was ever looked after: the year's episodes, the periods of
    # care they belong to, and the history that decides who is a care leaver.
    episodes = list(Episode.objects.filter(decom__lte=end).order_by("child_id", "decom", "id").values(
        "child_id", "decom", "rne", "ls", "cin", "place", "place_provider", "dec", "rec", "reason_place_change",
        "home_post", "pl_post", "urn", "case_id"))
    ever = Episode.objects.filter(decom__lte=end).values("child_id")
    people = {p["pk"]: p for p in Person.objects.filter(pk__in=ever).values(
        "pk", "sex", "date_of_birth", "ethnicity", "upn", "upn_unknown_reason", "date_of_death")}
    in_year = Q(child__in=ever)
    reviews = list(Review.objects.filter(in_year, review__range=(start, end)).values("child_id", "review", "review_code"))
    uasc = list(UASC.objects.filter(in_year, since__lte=end).filter(Q(duc__isnull=True) | Q(duc__gte=start))
                .values("child_id", "duc"))
    health = list(HealthCheck.objects.filter(in_year, done_on__range=(start, end)).values("child_id", "kind", "done_on"))
    sdqs = list(SDQ.objects.filter(in_year, completed_on__range=(start, end)).order_by("child_id", "completed_on", "id")
                .values("child_id", "completed_on", "sdq_score", "sdq_reason"))
    missing = list(MissingEpisode.objects.filter(in_year, mis_start__lte=end).filter(Q(mis_end__isnull=True) | Q(mis_end__gte=start))
                   .order_by("child_id", "mis_start").values("child_id", "missing", "mis_start", "mis_end"))
    adoption = list(AdoptionStage.objects.filter(in_year, on__lte=end).order_by("child_id", "on", "id")
                    .values("child_id", "stage", "on"))
    # Contacts around a birthday in the year: from three months before the year to a month after it.
    contacts = list(CareLeaverContact.objects.filter(in_year, contacted_on__range=(start - dt.timedelta(days=92),
                                                                                   end + dt.timedelta(days=31)))
                    .values("child_id", "contacted_on", "in_touch", "activ", "accom", "accom_suitable"))
    # The children recorded on the family as the child's own (she is their mother or parent), born by the end of the year.
    births = list(Relationship.objects.filter(from_person__in=ever, kind__in=(RelationshipKind.MOTHER, RelationshipKind.PARENT),
                                              to_person__date_of_birth__lte=end)
                  .values(mother_id=F("from_person_id"), date_of_birth=F("to_person__date_of_birth")))
    outcomes = list(AnnualOutcomes.objects.filter(in_year, year_ending=end).values(
        "child_id", "convicted", "substance_misuse", "intervention_offered", "intervention_received"))
    permanence = list(PreviousPermanenceOrder.objects.filter(in_year, period_start__range=(start, end))
                      .values("child_id", "period_start", "prev_perm", "la_perm", "date_perm"))
    linked = HouseholdStage.objects.filter(stage__child__in=ever, stage__on__lte=end)
    households = list(linked.values("household_id", child_id=F("stage__child_id"), kind=F("stage__stage"), on=F("stage__on"),
                                    relationship=F("household__relationship")))
    adopters = list(Adopter.objects.filter(household__in=linked.values("household_id")).order_by("pk")
                    .values("household_id", sex=F("person__sex")))
    # Who led the unit holding the case of each child looked after on 31 March (sw_episodes): all the child's cases, for
    # the first contact, and every consultant social worker's membership of a unit (a few per unit).
    at_end = (Episode.objects.filter(decom__lte=end).filter(Q(dec__isnull=True) | Q(dec__gt=end))
              .exclude(ls__in=SHORT_BREAKS).values("child_id"))
    cases = list(Case.objects.filter(child__in=at_end).values("pk", "child_id", "unit_id", "opened_on", "closed_on"))
    leads = list(Membership.objects.filter(role=Role.CONSULTANT_SOCIAL_WORKER, started_on__lte=end).values(
        "unit_id", "user_id", "started_on", "ended_on", swe_number=F("user__swe_number")))
    return Source(episodes, people, reviews, uasc, health, sdqs, missing, adoption, contacts, births, outcomes, permanence,
                  households, adopters, cases, leads)


# --- the tables --------------------------------------------------------------------------------------------------


def history_frame(source: Source) -> pl.DataFrame:
    """Every episode with its period of care: a new period starts unless the previous episode ended X1 that day."""
    rows = [{"person_id": e["child_id"], "DECOM": e["decom"], "RNE": e["rne"], "LS": e["ls"], "CIN": e["cin"],
             "PLACE": e["place"], "DEC": e["dec"], "REC": _blank(e["rec"])} for e in source.episodes]
    history = frame("history", rows, {k: v for k, v in HISTORY.items() if k != "period"})
    history = history.sort("person_id", "DECOM")
    prev_dec, prev_rec = c("DEC").shift(1).over("person_id"), c("REC").shift(1).over("person_id")
    new = prev_dec.is_null() | (prev_rec != "X1") | (prev_dec != c("DECOM"))
    return history.with_columns(new.cast(INT).cum_sum().alias("period"))


def twelve_months(history: pl.DataFrame, start: dt.date, end: dt.date) -> pl.DataFrame:
    """person_id of the children looked after continuously for 12 months at 31 March: the period of care open at
    31 March began on or before 1 April of the year before, and not only for short breaks (V3, V4). OC2 is these
    children; the rules check against the same cohort."""
    periods = history.group_by("person_id", "period").agg(c("DECOM").min().alias("since"))
    open_at_end = history.filter((c("DECOM") <= end) & (c("DEC").is_null() | (c("DEC") > end)) & ~c("LS").is_in(SHORT_BREAKS))
    return open_at_end.join(periods, on=["person_id", "period"]).filter(c("since") <= start).select("person_id").unique()


def looked_after_at_end(episodes: pl.DataFrame) -> pl.DataFrame:
    """person_id of the children looked after on 31 March other than on a short break (V3, V4): their episode of the
    return is still open (a later end is not in the year's return). The social worker episodes are theirs."""
    return episodes.filter(c("DEC").is_null() & ~c("LS").is_in(SHORT_BREAKS)).select("person_id").unique().sort("person_id")


def _episodes(source: Source, start: dt.date, end: dt.date) -> pl.DataFrame:
    rows = []
    eps = source.episodes
    for i, e in enumerate(eps):
        if e["dec"] is not None and e["dec"] < start:
            continue
        after = eps[i + 1] if i + 1 < len(eps) and eps[i + 1]["child_id"] == e["child_id"] else None
        ended = e["dec"] is not None and e["dec"] <= end  # as at 31 March: a later end is not in this year's return
        # Hearth records the reason for a move with the new placement; the 903 reports it on the episode that ended.
        moved = ended and e["rec"] == "X1" and after is not None and after["decom"] == e["dec"]
        place = e["place"]
        rows.append({
            "person_id": e["child_id"], "CHILD": str(e["child_id"]), "DECOM": e["decom"], "RNE": e["rne"], "LS": e["ls"],
            "CIN": e["cin"], "PLACE": place,
            # No provider for temporary placements and "other" placements (DfE rule 213).
            "PLACE_PROVIDER": None if place in (*TEMPORARY, "Z1") else _blank(e["place_provider"]),
            "DEC": e["dec"] if ended else None, "REC": _blank(e["rec"]) if ended else None,
            "REASON_PLACE_CHANGE": _blank(after["reason_place_change"]) if moved else None,
            "HOME_POST": _blank(e["home_post"]), "PL_POST": _blank(e["pl_post"]), "URN": _blank(e["urn"]),
        })
    return frame("episodes", rows)


def _oc3(source: Source, start: dt.date, end: dt.date) -> list[dict]:
    """Care leavers with a 17th to 21st birthday in the year (DfE 903 guide; domain.md is silent): relevant or former
    relevant (eligible before 18 and before the birthday: 13 weeks looked after since 14, some after 16;
    selectors.eligible_from), not looked
    after on a 17th or 18th birthday, whose care did not end by death (E2) or transfer to another authority (E3).
    IN_TOUCH, ACTIV and ACCOM come from the personal adviser's contact nearest the birthday, from three months before
    to one month after it (the DfE guide's window); with no contact then, the authority was not in touch (NO, 0, 0)."""
    by_child: dict[int, list] = {}
    for e in source.episodes:
        by_child.setdefault(e["child_id"], []).append(SimpleNamespace(decom=e["decom"], dec=e["dec"], ls=e["ls"], rec=e["rec"]))
    contacts: dict[int, list] = {}
    for contact in source.contacts:
        contacts.setdefault(contact["child_id"], []).append(contact)
    rows = []
    for child_id, eps in by_child.items():
        dob = source.people.get(child_id, {}).get("date_of_birth")
        if dob is None:
            continue
        ages = [n for n in range(17, 22) if start <= birthday(dob, n) <= end]
        if not ages:
            continue
        day = birthday(dob, ages[0])
        last = max(eps, key=lambda e: e.decom)
        # Eligible before the birthday (and before 18): a child who came into care after it is not a care leaver.
        if last.rec in ("E2", "E3") or eligible_from(eps, dob, on=min(day, birthday(dob, 18)) - dt.timedelta(days=1)) is None:
            continue
        if ages[0] <= 18 and any(e.decom <= day and (e.dec is None or e.dec > day) for e in eps):
            continue  # still looked after on the birthday: not a care leaver yet (rules 1007, 1016)
        near = [x for x in contacts.get(child_id, []) if day - dt.timedelta(days=92) <= x["contacted_on"]
                <= day + dt.timedelta(days=31)]
        row = {"person_id": child_id, "CHILD": str(child_id), "DOB": dob, "IN_TOUCH": "NO", "ACTIV": "0", "ACCOM": "0"}
        if near:
            x = min(near, key=lambda x: (abs((x["contacted_on"] - day).days), x["contacted_on"]))
            accom = x["accom"] if x["accom"] == "0" or x["accom_suitable"] is None else x["accom"] + ("1" if x["accom_suitable"] else "2")
            row.update(IN_TOUCH=x["in_touch"], ACTIV=x["activ"], ACCOM=accom)
            if x["in_touch"] in ("DIED", "RHOM"):  # no activity or accommodation then (rule 344)
                row.update(ACTIV=None, ACCOM=None)
        rows.append(row)
    return rows


def _outcomes(o: dict) -> dict:
    """OC2's convictions and substance misuse from the year's AnnualOutcomes, in the DfE's shape: with a substance
    misuse problem, INTERVENTION_RECEIVED 1 or 0, and INTERVENTION_OFFERED only when none was received (rules 158,
    159); without one, both blank (193)."""
    flag = {True: "1", False: "0", None: None}
    items = {"CONVICTED": flag[o["convicted"]], "SUBSTANCE_MISUSE": flag[o["substance_misuse"]]}
    if o["substance_misuse"]:
        received = bool(o["intervention_received"])
        items.update(INTERVENTION_RECEIVED=flag[received], INTERVENTION_OFFERED=None if received else flag[bool(o["intervention_offered"])])
    return items


# LS_ADOPTR. domain.md lists L0, L11, L12, L2, L3 and L4 without meanings; the DfE rule messages
# (dfe/lac_rules_lac2025_26.tsv) give them: 514 "legal status of adopters shows a single adopter" (L0); 520 "shows
# different gender married couple" (L11); 524 "if ... L12 then the genders ... should be coded as MM or FF" (so L12 a
# married couple of the same sex); 519 "shows civil partnership couple" (L2, a couple of any sexes); 517 "L3 then ...
# MF" and 518 "L4 then ... MM or FF". We infer L3 and L4 are the couples neither married nor civil partners (the
# remaining legal relationship), of different and of the same sex. Check against the DfE SSDA903 guide for the year.
LEGAL_STATUS = {(CoupleRelationship.MARRIED, False): "L11", (CoupleRelationship.MARRIED, True): "L12",
                (CoupleRelationship.CIVIL_PARTNERS, False): "L2", (CoupleRelationship.CIVIL_PARTNERS, True): "L2",
                (CoupleRelationship.UNMARRIED, False): "L3", (CoupleRelationship.UNMARRIED, True): "L4"}


def adopters(sexes: list[str], relationship: str) -> dict:
    """AD1's NB_ADOPTR, SEX_ADOPTR and LS_ADOPTR for a household from its adopters' sexes (their person records) and the
    couple's legal relationship (adoption.Household.relationship, blank for a single adopter). SEX_ADOPTR is M1 or F1
    for one adopter, MM, FF or MF for two (domain.md; rule 511). Whatever is not known is blank, never guessed: a sex
    recorded as not known leaves SEX_ADOPTR blank (and LS_ADOPTR where it depends on the sexes), a couple's relationship
    not recorded leaves LS_ADOPTR blank; rule 151 then reports the adopted child."""
    sexes = [(s or "").upper() for s in sexes]
    if len(sexes) not in (1, 2):
        return {}
    known = all(s in ("M", "F") for s in sexes)
    if len(sexes) == 1:
        return {"NB_ADOPTR": "1", "SEX_ADOPTR": sexes[0] + "1" if known else None, "LS_ADOPTR": "L0"}
    pair = "".join(sorted(sexes, key="MF".index)) if known else None  # MM, MF or FF
    status = None
    if relationship == CoupleRelationship.CIVIL_PARTNERS or (known and relationship in CoupleRelationship.values):
        status = LEGAL_STATUS[(CoupleRelationship(relationship), pair in ("MM", "FF"))]
    return {"NB_ADOPTR": "2", "SEX_ADOPTR": pair, "LS_ADOPTR": status}


def _adopted_by(source: Source) -> dict[int, list[dict]]:
    """Each child's adoption stages linked to a household, with that household's adopters' sexes and relationship."""
    sexes: dict[int, list[str]] = {}
    for a in source.adopters:
        sexes.setdefault(a["household_id"], []).append(a["sex"])
    by_child: dict[int, list[dict]] = {}
    for link in sorted(source.households, key=lambda x: x["on"]):
        by_child.setdefault(link["child_id"], []).append({**link, "sexes": sexes.get(link["household_id"], [])})
    return by_child


def _mothers(source: Source, episodes: pl.DataFrame, end: dt.date) -> dict[int, dict]:
    """MOTHER and MC_DOB for each girl looked after in the year other than only for short breaks (V3, V4; DfE rules
    393, 607, 399): 1 and her first child's birth date when the family record has a child of hers born by the end of the
    year, or by the day she left care in it (rule 625); otherwise 0. A looked-after girl's baby is recorded on her
    family (a Relationship, she its mother or parent); one not recorded there makes her 0, which her worker corrects by
    recording it."""
    girls = {pk for pk, p in source.people.items() if _blank(p["sex"]) == "F"}
    looked_after = episodes.filter(~c("LS").is_in(SHORT_BREAKS)).select("person_id").unique()["person_id"].to_list()
    last = episodes.sort("person_id", "DECOM").group_by("person_id").last()
    left = dict(last.filter(c("DEC").is_not_null() & (c("REC") != "X1")).select("person_id", "DEC").iter_rows())
    first: dict[int, dt.date] = {}
    for birth in source.births:
        pk, born = birth["mother_id"], birth["date_of_birth"]
        if pk in girls and born <= left.get(pk, end) and (pk not in first or born < first[pk]):
            first[pk] = born
    return {pk: {"MOTHER": "1" if pk in first else "0", "MC_DOB": first.get(pk)} for pk in looked_after if pk in girls}


# SW_REASON, why a social worker episode began. domain.md lists the DfE codes (MANAGE, FCONTA, LEFTRL, ORGRST, TSPROC,
# ABSENC, CHCHAN, PCCHAN, SWDIED, OTHERS) without their meanings; those Hearth derives are inferred from the codes and
# the DfE rule messages (SW10bSTG2 calls FCONTA "first contact"): FCONTA the first contact (the case's lead from the
# day it opened), LEFTRL the previous worker left the role (their membership of the unit ended), TSPROC the case was
# transferred to another unit, OTHERS any other change. Check against the DfE SSDA903 guide for the year.
SW_REASONS = ["MANAGE", "FCONTA", "LEFTRL", "ORGRST", "TSPROC", "ABSENC", "CHCHAN", "PCCHAN", "SWDIED", "OTHERS"]
CASES = {"case": INT, "person_id": INT, "unit": INT, "opened": D, "closed": D}
LEADS = {"unit": INT, "user": INT, "since": D, "until": D, "SW_ID": S}


def sw_episodes(source: Source, start: dt.date, end: dt.date, cohort: list[int]) -> pl.DataFrame:
    """The social worker episodes of the children looked after on 31 March (the DfE asks for all of them in the year,
    even while the child was not looked after: rule SW12STG2), from who led the unit holding the child's case.

    A case is held by a unit and its consultant social worker is the accountable lead, so each case is cut by the
    memberships of its unit's consultant social workers into periods with one lead; consecutive periods with the same
    lead join into one episode. A period begins when the case opens or the lead joins the unit, and ends when the case
    closes or the lead's membership ends (the next lead's begins that day). SW_REASON says why the episode began
    (SW_REASONS): FCONTA when the lead held the case from the day it opened and no case was open just before it,
    TSPROC when it opened the day the child's case with another unit closed, LEFTRL when the previous lead's membership
    ended, OTHERS otherwise (a unit with no consultant social worker when the case opened: SW12STG2 then reports the
    child). A case whose episodes of care (Episode.case) began before its recorded opening was held from the first of
    them: the child was looked after on it (looked_after.services.start_care allows an earlier start). Hearth keeps
    no history of a case's unit (no service moves a case; a transfer is the case closed and one opened with the other
    unit), so that is the transfer it sees. An episode that ended before the year is not reported; one that ends after
    31 March is open (no SW_DEC), as the episodes of care are. Whatever is not recorded stays a gap: a unit with no
    lead for a while, a lead with no Social Work England number (SW_ID blank)."""
    # Care recorded on a case began while the case was held, whatever its recorded opening (a period of care entered
    # with an earlier start than the case, as for a case opened for a care leaver): it is held from the earlier.
    care = (engine.frame([{"case": e.get("case_id"), "decom": e["decom"]} for e in source.episodes], {"case": INT, "decom": D})
            .group_by("case").agg(c("decom").min().alias("_care")))
    cases = (engine.frame([{"case": x["pk"], "person_id": x["child_id"], "unit": x["unit_id"], "opened": x["opened_on"],
                            "closed": x["closed_on"]} for x in source.cases], CASES).filter(c("person_id").is_in(cohort))
             .join(care, on="case", how="left").with_columns(pl.min_horizontal("opened", "_care").alias("opened")).drop("_care"))
    leads = engine.frame([{"unit": m["unit_id"], "user": m["user_id"], "since": m["started_on"], "until": m["ended_on"],
                           "SW_ID": _blank(m["swe_number"])} for m in source.leads], LEADS)
    periods = (cases.join(leads, on="unit")
               .with_columns(pl.max_horizontal("opened", "since").alias("from"), pl.min_horizontal("closed", "until").alias("to"))
               .filter((c("from") <= end) & (c("to").is_null() | (c("to") > c("from"))))  # a lead for less than a day is none
               .sort("person_id", "from", "to", nulls_last=True))
    same = c("person_id").shift(1) == c("person_id")
    prev = {col: pl.when(same).then(c(col).shift(1)) for col in ("case", "unit", "user", "to", "until", "closed")}
    new_case = ~prev["case"].eq_missing(c("case"))
    reason = (pl.when(new_case & (prev["to"].is_null() | (c("opened") > prev["closed"]).fill_null(False)))
              .then(pl.when(c("from") == c("opened")).then(pl.lit("FCONTA")).otherwise(pl.lit("OTHERS")))
              .when(new_case & (prev["unit"] != c("unit"))).then(pl.lit("TSPROC"))
              .when(~new_case & (prev["to"] == prev["until"]).fill_null(False)).then(pl.lit("LEFTRL"))
              .otherwise(pl.lit("OTHERS")))
    # The same lead carrying on (a case closed and opened the same day in the same unit) is one episode.
    carries_on = same.fill_null(False) & (prev["user"] == c("user")).fill_null(False) & (prev["to"] == c("from")).fill_null(False)
    periods = periods.with_columns(reason.alias("SW_REASON"), (~carries_on).cast(INT).cum_sum().alias("_episode"))
    episodes = periods.group_by("_episode", maintain_order=True).agg(
        c("person_id").first(), c("SW_ID").first(), c("from").first().alias("SW_DECOM"), c("to").last().alias("_to"),
        c("SW_REASON").first())
    dob = pl.DataFrame({"person_id": cohort, "DOB": [source.people.get(pk, {}).get("date_of_birth") for pk in cohort]},
                       schema={"person_id": INT, "DOB": D})
    return (episodes.filter(c("_to").is_null() | (c("_to") >= start)).join(dob, on="person_id", how="left")
            .sort("person_id", "SW_DECOM")
            .select(c("person_id"), c("person_id").cast(S).alias("CHILD"), c("DOB"), c("SW_ID"), c("SW_DECOM"),
                    pl.when(c("_to") <= end).then(c("_to")).alias("SW_DEC"), c("SW_REASON"))
            .cast(schema("sw_episodes")))


def tables(source: Source, year: int) -> Frames:
    """The eleven DfE tables (and the history frame the rules use) as polars frames."""
    start, end = period(year)
    history = history_frame(source)
    episodes = _episodes(source, start, end)
    looked_after = set(episodes["person_id"].to_list())
    dob = {pk: p["date_of_birth"] for pk, p in source.people.items()}

    oc3 = _oc3(source, start, end)
    children = sorted(looked_after | {r["person_id"] for r in oc3})
    mothers = _mothers(source, episodes, end)
    header = [{"person_id": pk, "CHILD": str(pk), "SEX": _blank(source.people[pk]["sex"]), "DOB": dob[pk],
               "ETHNIC": _blank(source.people[pk]["ethnicity"]),
               "UPN": _blank(source.people[pk]["upn"]) or _blank(source.people[pk]["upn_unknown_reason"]),
               **mothers.get(pk, {})} for pk in children]
    sex = {r["person_id"]: r["SEX"] for r in header}

    def child_row(pk: int, **items) -> dict:
        return {"person_id": pk, "CHILD": str(pk), "DOB": dob.get(pk), **items}

    reviews = [child_row(r["child_id"], REVIEW=r["review"], REVIEW_CODE=_blank(r["review_code"]))
               for r in source.reviews if r["child_id"] in looked_after]
    uasc = [child_row(u["child_id"], SEX=sex.get(u["child_id"]), DUC=u["duc"] if u["duc"] and u["duc"] <= end else None)
            for u in source.uasc if u["child_id"] in looked_after]
    missing = [child_row(m["child_id"], MISSING=_blank(m["missing"]), MIS_START=m["mis_start"],
                         MIS_END=m["mis_end"] if m["mis_end"] and m["mis_end"] <= end else None)
               for m in source.missing if m["child_id"] in looked_after]

    # OC2: looked after continuously for 12 months at 31 March: the period of care open at 31 March began on or before
    # 1 April of the year before, and the child is not looked after only for short breaks (V3, V4).
    cohort = twelve_months(history, start, end)["person_id"].to_list()
    checks: dict[tuple[int, str], bool] = {(h["child_id"], h["kind"]): True for h in source.health}
    latest_sdq = {q["child_id"]: q for q in source.sdqs}  # ordered by date: the last one wins
    outcomes = {o["child_id"]: _outcomes(o) for o in source.outcomes}
    oc2 = []
    for pk in sorted(cohort):
        age = _age(dob.get(pk), end)
        sdq = latest_sdq.get(pk) if age is not None and 4 <= age <= 16 else None
        done = {kind: "1" if checks.get((pk, kind)) else "0" for kind in ("health_assessment", "dental", "immunisations")}
        no_score = sdq is not None and sdq["sdq_score"] is None
        oc2.append(child_row(
            pk, SDQ_SCORE=sdq["sdq_score"] if sdq else None, SDQ_REASON=_blank(sdq["sdq_reason"]) if no_score else None,
            # Development (health promotion) checks are for under-5s only (rules 545, 546).
            HEALTH_CHECK=("1" if checks.get((pk, "development")) else "0") if age is not None and age < 5 else None,
            IMMUNISATIONS=done["immunisations"], TEETH_CHECK=done["dental"], HEALTH_ASSESSMENT=done["health_assessment"],
            **{k: v for k, v in outcomes.get(pk, {}).items() if k != "CONVICTED" or age is None or age >= 10}))  # 542: 10+

    # Adoption: AD1 for children adopted in the year; a PlacedAdoption row for each decision that the child should be
    # placed for adoption that stood at some time in the year (ceased by a later "no longer" stage).
    stages: dict[int, list] = {}
    for s in source.adoption:
        stages.setdefault(s["child_id"], []).append(s)
    ep_rows = episodes.filter(c("REC").is_in(ADOPTED)).select("person_id", "DEC", "PLACE").to_dicts()
    adopted_by = _adopted_by(source)
    ad1 = []
    for e in ep_rows:
        mine = [s for s in stages.get(e["person_id"], []) if s["on"] <= e["DEC"]]
        decided = [s["on"] for s in mine if s["stage"] == "decision"]
        matched = [s["on"] for s in mine if s["stage"] == "matched"]
        date_match = max(matched) if matched else None
        # Adopted by the current foster carers: the placement type says so (A3, A5 with them; A4, A6 not).
        foster = {"A3": "1", "A5": "1", "A4": "0", "A6": "0"}.get(e["PLACE"])
        # The adopters: the household of the match DATE_MATCH reports, else of the latest linked placement or order.
        links = [x for x in adopted_by.get(e["person_id"], []) if x["on"] <= e["DEC"]]
        household = next((x for x in reversed(links) if x["kind"] == "matched" and x["on"] == date_match), links[-1] if links else None)
        ad1.append(child_row(e["person_id"], DATE_INT=max(decided) if decided else None, DATE_MATCH=date_match, FOSTER_CARE=foster,
                             **(adopters(household["sexes"], household["relationship"]) if household else {})))
    placed = []
    for pk, mine in stages.items():
        if pk not in looked_after:
            continue
        for i, s in enumerate(mine):
            if s["stage"] != "decision":
                continue
            later = [x["on"] for x in mine[i + 1:] if x["stage"] in ("no_longer", "decision")]
            ceased = next((x["on"] for x in mine[i + 1:] if x["stage"] == "no_longer"), None)
            if later and later[0] != ceased:
                ceased = None  # a new decision came first: the earlier one was never revoked (rule 583 tells)
            if ceased is not None and ceased < start:
                continue
            placed.append(child_row(pk, DATE_PLACED=s["on"], DATE_PLACED_CEASED=ceased))

    new_periods = episodes.filter((c("RNE") == "S") & (c("DECOM") >= start))
    starters = new_periods["person_id"].unique().sort().to_list()
    # The previous permanence recorded for the latest period of care begun in the year (blank when not recorded yet).
    began = set(new_periods.select("person_id", "DECOM").iter_rows())
    perm = {p["child_id"]: p for p in sorted(source.permanence, key=lambda p: p["period_start"])
            if (p["child_id"], p["period_start"]) in began}
    previous = [child_row(pk, **({"PREV_PERM": perm[pk]["prev_perm"], "LA_PERM": _blank(perm[pk]["la_perm"]),
                                  "DATE_PERM": perm[pk]["date_perm"]} if pk in perm else {})) for pk in starters]

    data = {"header": header, "reviews": reviews, "uasc": uasc, "oc2": oc2, "oc3": oc3, "ad1": ad1,
            "placed_for_adoption": placed, "previous_permanence": previous, "missing": missing}
    frames = {name: frame(name, rows) for name, rows in data.items()}
    frames["episodes"] = episodes
    frames["sw_episodes"] = sw_episodes(source, start, end, looked_after_at_end(episodes)["person_id"].to_list())
    known = set(children)
    frames["history"] = history.filter(c("person_id").is_in(known))
    return Frames(frames, start, end, {"Year": year})


# --- the files ---------------------------------------------------------------------------------------------------


def text(table: pl.DataFrame, name: str) -> pl.DataFrame:
    """A table as its file has it: person_id, then the DfE columns as text (dates dd/mm/yyyy, values upper case,
    blanks null). The format rules (dates that are not dates, values out of a code list) check this."""
    return table.select(c("person_id"), *[c(col).dt.strftime("%d/%m/%Y").alias(col) if col in DATES else
                                          c(col).cast(S).str.to_uppercase().alias(col) for col in COLUMNS[name]])


def to_csv(table: pl.DataFrame, name: str) -> bytes:
    """One DfE file: its exact header row, dates dd/mm/yyyy, values upper case, blanks empty."""
    return text(table, name).drop("person_id").write_csv(line_terminator="\r\n").encode("utf-8")


def from_files(folder: Path, year: int) -> Frames:
    """A return read back from its CSV files (last year's as sent, to compare this year's with): each file's columns as
    written (Frames.written) and typed like `tables` makes them (a date that is not dd/mm/yyyy reads as blank there).
    Columns are found by name (a column missing from a file reads as blank; a file missing from the folder as empty).
    CHILD must be the child's Hearth id, as Hearth writes it."""
    start, end = period(year)
    written, typed = {}, {}
    for name, columns in COLUMNS.items():
        path = Path(folder) / f"{name}.csv"
        raw = (pl.read_csv(io.BytesIO(path.read_bytes().removeprefix(b"\xef\xbb\xbf")), infer_schema=False)
               if path.exists() else pl.DataFrame(schema={"CHILD": S}))
        raw = raw.with_columns(*[pl.lit(None, dtype=S).alias(col) for col in columns if col not in raw.columns])
        raw = raw.select(c("CHILD").str.strip_chars().cast(INT, strict=False).alias("person_id"),
                         *[c(col).str.strip_chars().str.to_uppercase().replace("", None).alias(col) for col in columns])
        written[name] = raw
        kinds = schema(name)
        typed[name] = raw.select(c("person_id"), *[c(col).str.strptime(D, "%d/%m/%Y", strict=False) if kinds[col] == D else
                                                   c(col).cast(kinds[col], strict=False) for col in columns])
    # The history frame is not a file: last year's episodes are all the rules comparing with it need.
    typed["history"] = typed["episodes"].select(*[k for k in HISTORY if k != "period"]).with_columns(
        pl.lit(None, dtype=INT).alias("period"))
    return Frames(typed, start, end, {"Year": year}, written=written)


@dataclass
class Return903:
    year: int
    frames: Frames

    @property
    def children(self) -> int:
        return self.frames.tables["header"].height

    def csv(self) -> dict[str, bytes]:
        return {f"{name}.csv": to_csv(self.frames.tables[name], name) for name in COLUMNS}

    def zip(self) -> bytes:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for filename, content in self.csv().items():
                archive.writestr(filename, content)
        return buffer.getvalue()


def generate(year: int, previous: Path | None = None) -> Return903:
    """The return for the collection year. The rules that compare it with last year's return get last year's derived
    the same way from the records (built only when validating), or, given a folder, the files sent last year.

    Derived, last year's return shows the records as they stand now, not as they stood when it was sent: where a
    child's details or episodes of last year were corrected since, both years show the correction and the rules that
    compare them (202-208, 502-503, 559-562, 576, 1010, NoE) agree by construction; they then catch only what differs
    between the two years' views of the same records (a care leaver reported dead last year, 348). To check against
    what the DfE actually holds, give the folder of the files sent last year (`manage.py ssda903 --previous`)."""
    frames = tables(extract(year), year)
    frames.previous = (lambda: from_files(previous, year - 1)) if previous else (lambda: tables(extract(year - 1), year - 1))
    return Return903(year, frames)


def validate(ret: Return903) -> list[Finding]:
    from hearth.returns.engine import run
    from hearth.returns.ssda903_rules import RULES

    return run(RULES, ret.frames)


def filename(year: int, errors: int) -> str:
    return engine.filename("SSDA903", year, errors, "zip")
