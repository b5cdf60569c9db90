"""Demo prospective adopters: households at every stage of the journey, some that left (with reasons), held by the
authority's first looked-after unit, plus the demo login `adoption` (the adoption team's permission).

Matches: hearth.looked_after.demo records no adoption stages, so a few young demo children in care get a decision
that they should be placed for adoption and a match with an approved household (the child's adoption stages, with
their chronology entries, linked to the household as the services would). None is placed: a placement would also
need a placed-for-adoption episode (PLACE A3-A6) to keep the SSDA903 clean, and a placement order a change of legal
status, so the demo stops at the match (placement with parental consent needs no order). Placements and orders are
shown by the tests (hearth/adoption/tests, hearth/returns/tests/test_annex_a_list_11.py).

Timings follow the two-stage process (models docstring): stage 1 about two months, stage 2 about four. Fast: every
row is bulk-created, and the generator's own Batch saves the people (names, search tokens)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

from django.contrib.auth.models import Group, Permission

from hearth.adoption.models import Adopter, Household, HouseholdStage, LeavingReason
from hearth.core.codes import Disability, Ethnicity, Sex
from hearth.units.models import ServiceArea

ADOPTION_TEAM = "Adoption team"
# Where a household is now (weights), and where those that left had got to.
STAGES = [("enquiry", 3), ("stage1", 5), ("stage2", 6), ("approved", 8), ("left", 6)]
ETHNICITIES = [Ethnicity.WBRI] * 14 + [Ethnicity.WOTH, Ethnicity.MWBC, Ethnicity.AIND, Ethnicity.APKN, Ethnicity.BCRB,
                                        Ethnicity.MOTH]
BLANK = {"stage1_started_on": None, "stage1_ended_on": None, "stage2_started_on": None, "stage2_ended_on": None,
         "application_on": None, "approved_on": None}


def adoption_team() -> Group:
    group, _ = Group.objects.get_or_create(name=ADOPTION_TEAM)
    group.permissions.add(Permission.objects.get(content_type__app_label="adoption", codename="work_with_adopters"))
    return group


def _journey(rng: random.Random, today: dt.date, target: str) -> dict:
    """The household's dates up to `target` (stage1, stage2, approved), none after today; None if they do not fit."""
    days = {"stage1": 0, "stage2": 110, "approved": 260}[target] + rng.randint(15, 90)
    enquiry = today - dt.timedelta(days=days + rng.randint(0, 60 if target != "approved" else 400))
    d = dict(BLANK, enquiry_on=enquiry)
    step = lambda day, lo, hi: day + dt.timedelta(days=rng.randint(lo, hi))  # noqa: E731
    d["stage1_started_on"] = step(enquiry, 10, 40)
    if target != "stage1":
        d["stage1_ended_on"] = step(d["stage1_started_on"], 50, 75)  # stage 1: about two months
        d["stage2_started_on"] = d["application_on"] = step(d["stage1_ended_on"], 3, 30)
    if target == "approved":
        d["stage2_ended_on"] = step(d["stage2_started_on"], 110, 135)  # stage 2: about four months
        d["approved_on"] = step(d["stage2_ended_on"], 7, 30)
    return d if max(v for v in d.values() if v) <= today else None


def _household(rng: random.Random, today: dt.date) -> tuple[dict, str]:
    target = rng.choices([s for s, _ in STAGES], [w for _, w in STAGES])[0]
    if target == "enquiry":
        return dict(BLANK, enquiry_on=today - dt.timedelta(days=rng.randint(1, 40))), target
    if target == "left":
        reached = rng.choice(["stage1", "stage1", "stage2", "approved"])
        d = _journey(rng, today, reached)
        while d is None:
            d = _journey(rng, today, reached)
        last = max(v for v in d.values() if v)
        d["left_on"] = min(today, last + dt.timedelta(days=rng.randint(5, 120)))
        d["leaving_reason"] = {"stage1": rng.choice([LeavingReason.WITHDREW, LeavingReason.STAGE_ONE]),
                               "stage2": rng.choice([LeavingReason.WITHDREW, LeavingReason.NOT_APPROVED, LeavingReason.TRANSFERRED]),
                               "approved": rng.choice([LeavingReason.WITHDREW, LeavingReason.APPROVAL_ENDED])}[reached]
        return d, target
    d = None
    while d is None:
        d = _journey(rng, today, target)
    if target == "approved":
        d["fostering_for_adoption"] = rng.random() < 0.2
    return d, target


def _matches(ctx, approved: list[Household]) -> None:
    """Match about a quarter of the approved households with a young child in care (models docstring: the date is the
    child's adoption stage, linked to the household)."""
    from hearth.cases.models import Case, CaseStatus, ChronologyEntry, EntryKind
    from hearth.looked_after.models import AdoptionStage, AdoptionStageKind, Episode

    rng, today = ctx.rng, ctx.today
    workers = {t.unit.pk: t.csw for t in ctx.teams}
    cases = list(Case.objects.filter(status=CaseStatus.LOOKED_AFTER, closed_on__isnull=True,
                                     child__date_of_birth__gte=today - dt.timedelta(days=5 * 365)).order_by("pk")
                 .values_list("pk", "child_id", "unit_id")[:max(2, len(approved) // 4)])
    started = dict(Episode.objects.filter(child_id__in=[c[1] for c in cases]).order_by("child_id", "-decom")
                   .values_list("child_id", "decom"))  # the latest episode's start: the child is in care since then
    stages, entries, links = [], [], []
    for (case_id, child_id, unit_id), household in zip(cases, rng.sample(approved, min(len(cases), len(approved))), strict=False):
        decided = started[child_id] + dt.timedelta(days=rng.randint(20, 90))
        matched = max(decided, household.approved_on) + dt.timedelta(days=rng.randint(14, 60))
        if matched > today:
            continue
        for stage, on in ((AdoptionStageKind.DECISION, decided), (AdoptionStageKind.MATCHED, matched)):
            label = AdoptionStageKind(stage).label
            stages.append(AdoptionStage(child_id=child_id, stage=stage, on=on, recorded_by=workers.get(unit_id)))
            entries.append(ChronologyEntry(child_id=child_id, case_id=case_id, unit_id=unit_id, kind=EntryKind.ADOPTION, occurred_on=on,
                                           title=label, narrative=label + ".", author=workers.get(unit_id), recorded_at=ctx.at(on, 15)))
        links.append(household)
    AdoptionStage.objects.bulk_create(stages)
    ChronologyEntry.objects.bulk_create(entries)
    HouseholdStage.objects.bulk_create([HouseholdStage(stage=s, household=h) for s, h in zip(stages[1::2], links, strict=True)])
    ctx.add("adoption_matches", len(links))


def add_demo(ctx, *, login: bool) -> list[tuple[str, str]]:
    """About one household for every 40 children (at least a dozen), held by the first looked-after unit. Returns the
    demo login to list (none for the load-test authority)."""
    from hearth.demo import generate as g

    teams = [t for t in ctx.teams if t.area == ServiceArea.LOOKED_AFTER] or ctx.teams
    team = teams[0]
    own = dataclasses.replace(ctx, rng=random.Random(ctx.spec.seed + 11))  # the other generators' draws stay as they were
    rng, today = own.rng, ctx.today
    batch = g.Batch()
    households: list[Household] = []
    members: list[list] = []
    ties = random.Random(ctx.spec.seed + 13)  # a couple's legal relationship (SSDA903 LS_ADOPTR): the draws above unchanged
    for _ in range(max(12, ctx.spec.children // 40)):
        dates, _target = _household(rng, today)
        households.append(Household(unit=team.unit, created_by=team.csw, created_at=ctx.at(dates["enquiry_on"], 10), **dates))
        couple = rng.random() < 0.7
        sexes = rng.choice([[Sex.FEMALE, Sex.MALE]] * 8 + [[Sex.FEMALE, Sex.FEMALE], [Sex.MALE, Sex.MALE]]) if couple else (
            [Sex.FEMALE] if rng.random() < 0.8 else [Sex.MALE])
        if couple:
            households[-1].relationship = ties.choices(["married", "civil_partners", "unmarried"], [6, 1, 3])[0]
        family = ctx.fake["en_GB"].last_name()
        people = []
        for sex in sexes:
            ethnicity = rng.choice(ETHNICITIES)
            given = g._name(own, g._locale(own, ethnicity), sex, child=False)
            born = today - dt.timedelta(days=rng.randint(27 * 365, 52 * 365))
            person = g._add_person(own, batch, given, family, sex, ethnicity, dob=born, nhs_chance=0.9)
            if rng.random() < 0.06:
                code = rng.choice([Disability.MOB, Disability.HEAR, Disability.VIS])
                batch.disabilities.append(g.PersonDisability(person=person, code=code))
            people.append(person)
        members.append(people)
    g._save_batch(ctx, batch)
    Household.objects.bulk_create(households, batch_size=g.BATCH_SIZE)
    Adopter.objects.bulk_create([Adopter(household=h, person=p) for h, people in zip(households, members, strict=True) for p in people],
                                batch_size=g.BATCH_SIZE)
    ctx.add("adopter_households", len(households))
    _matches(own, [h for h in households if h.approved_on and not h.left_on])
    if not login:
        return []
    user = g.User.objects.create_user(username="adoption", password=g.DEMO_PASSWORD, first_name="Morgan", last_name="Ellis",
                                      email=f"adoption@{ctx.spec.email_domain}", job_title="Adoption team manager")
    user.groups.add(adoption_team())
    return [("adoption", f"{user} — adoption team manager: prospective adopters at /adoption/")]
