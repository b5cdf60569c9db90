"""Demo data for looked-after children and care leavers, bulk-created from the cases the generator already made.

Every open case with the status "looked after" gets a period of care starting when the child moved to their current
(placement) address: the first episode (S), for children in care over a year a legal-status change to a full care
order (L) and sometimes long-term fostering with the same carer (T); reviews and visits on the statutory schedule
(a few left overdue so the board has something to show), health assessments, an SDQ, some missing episodes and a
few unaccompanied asylum-seeking children. Open "care leaver" cases aged 16 to 24 get a period of care that ended at
18 (or when they moved to their flat), so the category is derived as relevant or former relevant, with pathway plan
reviews and personal adviser contacts. A random generator of its own keeps the rest of the demo unchanged.

Each child looked after continuously for 12 months at a 31 March that has passed gets that year's outcomes record
(AnnualOutcomes: the SSDA903 OC2 convictions and substance misuse, `_outcomes`), drawn by a second generator of its
own, so adding them changed none of the rows above.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from hearth.cases.models import Case, CaseStatus
from hearth.core.workdays import add_months, add_working_days
from hearth.looked_after.models import (
    SDQ,
    UASC,
    AnnualOutcomes,
    CareLeaverContact,
    Episode,
    HealthCheck,
    MissingEpisode,
    PathwayPlanReview,
    Review,
    Visit,
)
from hearth.looked_after.selectors import birthday
from hearth.people.models import Address

BATCH = 2000
IROS = ["Iris Reed", "Tom Achebe", "Priya Shah", "Dan Morley"]
CARERS = ["Carter", "Okoro", "Walsh", "Nguyen", "Patel", "Hughes", "Campbell", "Byrne"]
HOMES = ["Oak House", "Larch Lodge", "Riverside"]
ADVISERS = ["Mo Clarke", "Lou Grant", "Bea Osei"]


def _postcode(text: str) -> str:
    text = " ".join(text.upper().split())
    return text if len(text) <= 8 else ""


def _episode(case, child_id, **kw) -> Episode:
    return Episode(case_id=case.pk, child_id=child_id, cin=kw.pop("cin", "N1"), **kw)


def looked_after(ctx) -> None:
    """Episodes, reviews, visits, health and missing episodes for the looked-after demo children; care leavers."""
    rng = random.Random(ctx.spec.seed + 11)
    today = ctx.today
    rows: dict[type, list] = {m: [] for m in (Episode, Review, Visit, HealthCheck, SDQ, MissingEpisode, UASC,
                                               PathwayPlanReview, CareLeaverContact)}
    cases = list(Case.objects.filter(status__in=(CaseStatus.LOOKED_AFTER, CaseStatus.CARE_LEAVER), closed_on__isnull=True)
                 .values_list("pk", "child_id", "status", "opened_on", "child__date_of_birth").order_by("pk"))
    homes: dict[int, list] = {}
    for person_id, postcode, started, ended in (Address.objects.filter(person_id__in=[c[1] for c in cases])
                                                .values_list("person_id", "postcode", "started_on", "ended_on")):
        homes.setdefault(person_id, []).append((ended is None, started, postcode))
    for case_id, child_id, status, opened_on, dob in cases:
        case = Case(pk=case_id)
        addresses = sorted(homes.get(child_id, []), key=lambda a: (a[0], a[1] or dt.date.min))
        current = addresses[-1] if addresses else None
        placed = current[1] if current and current[1] else opened_on
        placed = min(placed, today - dt.timedelta(days=2))
        pl_post = _postcode(current[2]) if current else ""
        home_post = _postcode(addresses[-2][2]) if len(addresses) > 1 else ""
        if status == CaseStatus.LOOKED_AFTER:
            _looked_after(rng, rows, case, child_id, dob, placed, pl_post, home_post, today)
        elif dob is not None:
            _care_leaver(rng, rows, case, child_id, dob, placed, pl_post, home_post, today)
    keys = {Episode: "care_episodes", Review: "care_reviews", Visit: "care_visits", HealthCheck: "care_health_checks",
            SDQ: "care_sdqs", MissingEpisode: "missing_episodes", UASC: "uasc", PathwayPlanReview: "pathway_plan_reviews",
            CareLeaverContact: "care_leaver_contacts"}
    for model, objs in rows.items():
        if objs:
            model.objects.bulk_create(objs, batch_size=BATCH)
        ctx.add(keys[model], len(objs))
    outcomes = _outcomes(random.Random(ctx.spec.seed + 12), rows[Episode], {c[1]: c[4] for c in cases}, today)
    AnnualOutcomes.objects.bulk_create(outcomes, batch_size=BATCH)
    ctx.add("care_outcomes", len(outcomes))


def _outcomes(rng, episodes: list[Episode], dobs: dict, today: dt.date) -> list[AnnualOutcomes]:
    """The year's outcomes for each 31 March before today at which the child had been looked after continuously for 12
    months (the SSDA903 OC2 cohort: the period of care open that day began on or before 1 April of the year before;
    every demo child has one period of care, its episodes joined by X1, none for short breaks only). Rates are of the
    order of the DfE's published figures for children looked after 12 months: a few per cent of those aged 10 or over
    convicted in the year, a few per cent with a substance misuse problem, of whom about half received an intervention
    and most of the others were offered one. Under-10s are recorded as not convicted (the return leaves CONVICTED
    blank for them, rule 542)."""
    periods: dict[int, list] = {}
    for e in episodes:  # the child's first start and last end (None while still looked after)
        period = periods.setdefault(e.child_id, [e.decom, e.dec])
        period[0] = min(period[0], e.decom)
        period[1] = None if e.dec is None or period[1] is None else max(period[1], e.dec)
    out = []
    for child_id, (start, end) in sorted(periods.items()):
        dob = dobs.get(child_id)
        for year in range(start.year + 1, today.year + 1):
            year_end = dt.date(year, 3, 31)
            if year_end >= today or start > dt.date(year - 1, 4, 1) or (end is not None and end <= year_end):
                continue
            age = year - dob.year - ((3, 31) < (dob.month, dob.day)) if dob else 0
            misuse = age >= 11 and rng.random() < 0.04
            received = misuse and rng.random() < 0.5
            out.append(AnnualOutcomes(child_id=child_id, year_ending=year_end, convicted=age >= 10 and rng.random() < 0.03,
                                      substance_misuse=misuse, intervention_received=received if misuse else None,
                                      intervention_offered=(received or rng.random() < 0.6) if misuse else None))
    return out


def _looked_after(rng, rows, case, child_id, dob, start, pl_post, home_post, today) -> None:
    carer = f"{rng.choice(['Sam', 'Alex', 'Jo', 'Chris'])} and {rng.choice(['Pat', 'Lee', 'Kim', 'Ash'])} {rng.choice(CARERS)}"
    residential = dob is not None and (today - dob).days > 13 * 365 and rng.random() < 0.25
    place, provider, name, cost = (("K2", "PR4", rng.choice(HOMES), Decimal(rng.randint(3800, 6500))) if residential
                                   else ("U6", rng.choice(["PR1", "PR1", "PR4"]), carer, Decimal(rng.randint(380, 950))))
    urn = f"SC{rng.randint(100000, 999999)}" if residential else ""
    first = _episode(case, child_id, decom=start, rne="S", ls=rng.choice(["C1", "C1", "V2"]), place=place, place_provider=provider,
                     provider_name=name, pl_post=pl_post, home_post=home_post, urn=urn, weekly_cost=cost)
    episodes = [first]
    if (today - start).days > 365 and first.ls == "C1":
        changed = start + dt.timedelta(days=rng.randint(90, 210))
        first.dec, first.rec = changed, "X1"
        second = _episode(case, child_id, decom=changed, rne="L", ls="C2", place=place, place_provider=provider, provider_name=name,
                          pl_post=pl_post, home_post=home_post, urn=urn, weekly_cost=cost)
        episodes.append(second)
        if place == "U6" and rng.random() < 0.4:
            moved = changed + dt.timedelta(days=rng.randint(60, 200))
            if moved < today:
                second.dec, second.rec = moved, "X1"
                episodes.append(_episode(case, child_id, decom=moved, rne="T", ls="C2", place="U4", place_provider=provider,
                                         provider_name=name, same_carer=True, reason_place_change="PLACE", pl_post=pl_post,
                                         home_post=home_post, weekly_cost=cost))
    rows[Episode].extend(episodes)
    behind = rng.random() < 0.12  # some children's reviews and visits have slipped, so the board shows overdue clocks
    day, n = add_working_days(start, rng.randint(8, 19)), 0
    while day < today:
        rows[Review].append(Review(child_id=child_id, review=day, review_code="PN0" if dob and day < birthday(dob, 4)
                                   else rng.choice(["PN1", "PN1", "PN2", "PN5", "PN6"]), iro_name=rng.choice(IROS)))
        n += 1
        day = add_months(day, 3 if n == 1 else 6) - dt.timedelta(days=rng.randint(1, 20))
        if behind and add_months(day, 2) > today:
            break
    day = start + dt.timedelta(days=rng.randint(2, 6))
    while day < today - (dt.timedelta(days=60) if behind else dt.timedelta(days=0)):
        rows[Visit].append(Visit(child_id=child_id, visited_on=day, seen_alone=rng.random() < 0.6))
        day += dt.timedelta(days=rng.randint(28, 41))
    day = start + dt.timedelta(days=rng.randint(5, 25))
    while day < today:
        rows[HealthCheck].append(HealthCheck(child_id=child_id, kind="health_assessment", done_on=day))
        if rng.random() < 0.8:
            rows[HealthCheck].append(HealthCheck(child_id=child_id, kind="dental", done_on=day + dt.timedelta(days=rng.randint(5, 60))))
        day = add_months(day, 6 if dob and (day - dob).days < 5 * 365 else 12) - dt.timedelta(days=rng.randint(0, 25))
    age = (today - dob).days // 365 if dob else 0
    _sdqs(rng, rows, child_id, dob, start, today)
    if age >= 11 and rng.random() < 0.15:
        went = start + dt.timedelta(days=rng.randint(10, max(11, (today - start).days - 3)))
        if went < today - dt.timedelta(days=1):
            offered = rng.random() < 0.9
            rows[MissingEpisode].append(MissingEpisode(child_id=child_id, missing=rng.choice("MMA"), mis_start=went,
                                                       mis_end=went + dt.timedelta(days=1), return_interview_offered=offered,
                                                       return_interview_accepted=offered and rng.random() < 0.6))
    if age >= 14 and rng.random() < 0.05:
        rows[UASC].append(UASC(child_id=child_id, since=start))


def _sdqs(rng, rows, child_id, dob, start, end) -> None:
    """A strengths and difficulties questionnaire each year in care from the age of 4 to 16 (SSDA903 rule 186)."""
    day = start + dt.timedelta(days=rng.randint(150, 250))
    while dob and day < end:
        if 4 <= (day - dob).days // 365 <= 16:
            rows[SDQ].append(SDQ(child_id=child_id, completed_on=day, sdq_score=rng.randint(4, 28)))
        day = add_months(day, 12) - dt.timedelta(days=rng.randint(0, 30))


def _care_leaver(rng, rows, case, child_id, dob, flat, pl_post, home_post, today) -> None:
    at16, at18, at25 = birthday(dob, 16), birthday(dob, 18), birthday(dob, 25)
    if today <= at16 + dt.timedelta(days=30) or today >= at25:
        return
    end = at18 if at18 < today else max(flat, at16 + dt.timedelta(days=14))
    end = min(end, today - dt.timedelta(days=1))
    start = max(birthday(dob, 14), end - dt.timedelta(days=rng.randint(400, 900)))
    rows[Episode].append(_episode(case, child_id, decom=start, rne="S", ls="C2", place="U4", place_provider="PR1",
                                  provider_name=f"Jo and Pat {rng.choice(CARERS)}", pl_post=pl_post if pl_post != home_post else "",
                                  home_post=home_post,
                                  weekly_cost=Decimal(rng.randint(420, 800)), dec=end, rec="E17" if end == at18 else "E5"))
    _sdqs(rng, rows, child_id, dob, start, end)
    adviser = rng.choice(ADVISERS)
    day = max(at16, start + dt.timedelta(days=91)) + dt.timedelta(days=rng.randint(20, 80))
    while day < today:
        rows[PathwayPlanReview].append(PathwayPlanReview(child_id=child_id, reviewed_on=day, personal_adviser=adviser))
        day = add_months(day, 6) - dt.timedelta(days=rng.randint(0, 20))
    day = end + dt.timedelta(days=rng.randint(3, 7))
    activity = rng.choice(["F2", "F5", "P5", "F1", "G5", "G6", "F4"])
    while day < today:
        # Not with former foster carers ("Z") before 18 (SSDA903 rule 3001: not around the 17th birthday).
        accom = rng.choice("UUED" if day < at18 else "UUEDZ")
        rows[CareLeaverContact].append(CareLeaverContact(child_id=child_id, contacted_on=day, in_touch="YES", activ=activity,
                                                         accom=accom, accom_suitable=rng.random() < 0.9))
        day += dt.timedelta(days=rng.randint(35, 60))
