"""Demo prospective adopters: households at every stage of the journey, some that left (with reasons), held by the
authority's first looked-after unit, plus the demo login `adoption` (the adoption team's permission).

Not matched with demo children: the demo authority records no adoption stages for its children (hearth.looked_after.demo
has none), and adding decisions, matches and placements for them would also need fostering-for-adoption and
placed-for-adoption episodes to keep the SSDA903 clean. So the demo households stop at approval (a few fostering for
adoption); matching is shown by the tests (hearth/adoption/tests, hearth/returns/tests/test_annex_a_list_11.py).

Timings follow the two-stage process (models docstring): stage 1 about two months, stage 2 about four. Fast: every
row is bulk-created, and the generator's own Batch saves the people (names, search tokens)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

from django.contrib.auth.models import Group, Permission

from hearth.adoption.models import Adopter, Household, LeavingReason
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
    for _ in range(max(12, ctx.spec.children // 40)):
        dates, _target = _household(rng, today)
        households.append(Household(unit=team.unit, created_by=team.csw, created_at=ctx.at(dates["enquiry_on"], 10), **dates))
        couple = rng.random() < 0.7
        sexes = rng.choice([[Sex.FEMALE, Sex.MALE]] * 8 + [[Sex.FEMALE, Sex.FEMALE], [Sex.MALE, Sex.MALE]]) if couple else (
            [Sex.FEMALE] if rng.random() < 0.8 else [Sex.MALE])
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
    if not login:
        return []
    user = g.User.objects.create_user(username="adoption", password=g.DEMO_PASSWORD, first_name="Morgan", last_name="Ellis",
                                      email=f"adoption@{ctx.spec.email_domain}", job_title="Adoption team manager")
    user.groups.add(adoption_team())
    return [("adoption", f"{user} — adoption team manager: prospective adopters at /adoption/")]
