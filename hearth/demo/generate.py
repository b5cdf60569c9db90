"""A deterministic synthetic local authority: staff, units, families, cases and their history.

Every person is invented (Faker with a fixed seed plus random.Random(seed)); NHS numbers are in the
999 range that is never issued. `generate()` is shared by `load_demo` (a small authority) and
`generate_large_authority` (the same generator scaled up for load tests).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import math
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache

from django.apps import apps
from django.contrib.auth.hashers import make_password
from django.core.management.color import no_style
from django.db import connection, transaction
from django.utils import timezone
from faker import Faker
from nicknames import NickNamer
from stdnum.gb import nhs, upn

from hearth.access.models import Restriction
from hearth.accounts.models import User
from hearth.audit import services as audit
from hearth.cases.models import Case, CaseStatus, ChronologyEntry, EntryKind, MeetingDiscussion, Task, UnitMeeting
from hearth.core.codes import Disability, Ethnicity, Sex
from hearth.core.identifiers import normalise_postcode
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
from hearth.units.models import Authority, Membership, Role, ServiceArea, Unit

DEMO_PASSWORD = "hearth-demo-password"
BATCH_SIZE = 2000
FIXED_USERNAMES = ("csw", "sw", "hos", "other", "admin")
# Logins the other apps' demo data adds (front door, partners, returns, redaction).
OTHER_DEMO_LOGINS = ("mash", "school", "police", "analyst", "ig", "adoption")
# Apps whose rows `flush_domain_data` removes. The audit log is append-only and is kept.
FLUSH_APPS = ("accounts", "units", "people", "cases", "access", "partners", "frontdoor", "matching", "demo", "casework", "looked_after",
              "redaction", "adoption")
# Settings the authority configures (seeded by migrations), kept by the flush although their app is flushed.
FLUSH_KEEP = ("casework.TimescaleSetting", "casework.StepPolicy")


@dataclass(frozen=True)
class Spec:
    """What to generate: the authority's identity, its size and how much history per child."""

    seed: int
    authority_name: str
    la_code: str
    email_domain: str
    children: int
    children_per_unit: int
    entries_per_child: tuple[int, int]
    family_chunk: int = 500


DEMO_SPEC = Spec(
    seed=1859, authority_name="Northdale Borough Council", la_code="999", email_domain="northdale.example",
    children=600, children_per_unit=75, entries_per_child=(5, 30),
)


def large_spec(children: int) -> Spec:
    """The load-test authority: a different seed and name, ~1 unit per 400 children, less history per child."""
    return Spec(
        seed=4242, authority_name="Eastmoor County Council", la_code="998", email_domain="eastmoor.example",
        children=children, children_per_unit=50, entries_per_child=(4, 8),
    )


@dataclass
class Result:
    authority: Authority
    counts: dict[str, int]
    logins: list[tuple[str, str]]
    restricted: str


# ---------------------------------------------------------------------------------------------
# Reference pools (all invented or generic).

TOWNS = [
    "Northdale", "Brackenby", "Fellholme", "Harrowdene", "Kettlesby Moor", "Ashcombe Vale", "Lowther Bridge",
    "Greyside", "Millbeck", "Otterholt", "Stanegate", "Whinfield",
]
STREET_SUFFIXES = [
    "Road", "Street", "Close", "Avenue", "Lane", "Way", "Drive", "Crescent", "Gardens", "Terrace", "Grove", "Court",
]
SAINTS = ["Aidan", "Cuthbert", "Hilda", "Bede", "Oswald", "Margaret", "Chad", "Wilfrid"]
UNIT_WORDS = [
    "Alder", "Beech", "Cedar", "Damson", "Elder", "Fir", "Gorse", "Hazel", "Ivy", "Juniper", "Larch", "Linden",
    "Maple", "Oak", "Pine", "Quince", "Rowan", "Spruce", "Teasel", "Willow", "Aspen", "Birch", "Holly", "Yew",
]
MEETING_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
# The first unit is a children-in-need unit: it shows the widest range of work in the demo.
SERVICE_PATTERN = [
    ServiceArea.CHILD_IN_NEED, ServiceArea.ASSESSMENT, ServiceArea.LOOKED_AFTER, ServiceArea.LEAVING_CARE,
    ServiceArea.DISABLED_CHILDREN, ServiceArea.FAMILY_SUPPORT, ServiceArea.CHILD_IN_NEED, ServiceArea.ASSESSMENT,
]
ROLE_TITLES = {
    Role.CONSULTANT_SOCIAL_WORKER: "Consultant social worker",
    Role.SOCIAL_WORKER: "Social worker",
    Role.CHILDRENS_PRACTITIONER: "Children's practitioner",
    Role.CLINICIAN: "Clinician (systemic family therapist)",
    Role.UNIT_COORDINATOR: "Unit coordinator",
}
SENIOR_TITLES = ["Director of children's services", "Principal social worker"]
FRONT_DOOR_TITLES = ["MASH social worker", "Front door practice manager", "MASH information officer"]
# Popular names for children born in England and Wales this century (used alongside Faker's).
CHILD_NAMES_F = [
    "Amelia", "Olivia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Isabella", "Rosie", "Sophia", "Grace", "Willow",
    "Freya", "Florence", "Emily", "Ella", "Poppy", "Evie", "Elsie", "Charlotte", "Evelyn", "Sienna", "Daisy",
    "Phoebe", "Millie", "Ruby", "Harper", "Sofia", "Alice", "Matilda", "Chloe", "Jessica", "Lacey", "Megan",
]
CHILD_NAMES_M = [
    "Oliver", "George", "Noah", "Arthur", "Harry", "Leo", "Muhammad", "Jack", "Charlie", "Oscar", "Jacob",
    "Henry", "Freddie", "Alfie", "Theo", "William", "Theodore", "Archie", "Joshua", "Alexander", "James",
    "Isaac", "Edward", "Lucas", "Tommy", "Finley", "Max", "Logan", "Ethan", "Mason", "Riley", "Kai", "Tyler",
]
ETHNICITY_WEIGHTS = [
    (Ethnicity.WBRI, 640), (Ethnicity.WIRI, 10), (Ethnicity.WIRT, 6), (Ethnicity.WOTH, 55), (Ethnicity.WROM, 10),
    (Ethnicity.MWBC, 30), (Ethnicity.MWBA, 15), (Ethnicity.MWAS, 15), (Ethnicity.MOTH, 30), (Ethnicity.AIND, 15),
    (Ethnicity.APKN, 30), (Ethnicity.ABAN, 15), (Ethnicity.AOTH, 15), (Ethnicity.BCRB, 15), (Ethnicity.BAFR, 40),
    (Ethnicity.BOTH, 10), (Ethnicity.CHNE, 5), (Ethnicity.OOTH, 20), (Ethnicity.REFU, 5), (Ethnicity.NOBT, 15),
]
# Mixed heritage: the mother's and the father's ethnicity.
MIXED_PARENTS = {
    Ethnicity.MWBC: (Ethnicity.WBRI, Ethnicity.BCRB),
    Ethnicity.MWBA: (Ethnicity.WBRI, Ethnicity.BAFR),
    Ethnicity.MWAS: (Ethnicity.WBRI, Ethnicity.APKN),
    Ethnicity.MOTH: (Ethnicity.WBRI, Ethnicity.OOTH),
}
NAME_LOCALES = {
    Ethnicity.WIRI: ("en_IE",), Ethnicity.WIRT: ("en_IE",), Ethnicity.WOTH: ("pl_PL", "pl_PL", "ro_RO"),
    Ethnicity.WROM: ("ro_RO",), Ethnicity.AIND: ("en_IN",), Ethnicity.AOTH: ("en_IN",), Ethnicity.APKN: ("en_PK",),
    Ethnicity.ABAN: ("en_PK",), Ethnicity.BAFR: ("en_NG", "yo_NG"),
}
LOCALES = ["en_GB", "en_IE", "pl_PL", "ro_RO", "en_IN", "en_PK", "en_NG", "yo_NG"]
UPN_HOME_LA = 938
UPN_OTHER_LAS = [801, 826, 855, 873, 909, 936]

REASONS = {
    ServiceArea.ASSESSMENT: [
        "Referral from school: concerns about neglect", "Police notification of domestic abuse at the home",
        "Health visitor concerned about home conditions", "Anonymous referral: children left home alone",
        "Referral from GP: parental mental health", "Pre-birth assessment requested by midwife",
    ],
    ServiceArea.CHILD_IN_NEED: [
        "Parental substance misuse", "Domestic abuse", "Neglect: poor school attendance and home conditions",
        "Physical injury explained inconsistently", "Parental mental health", "Pre-birth: previous children removed",
    ],
    ServiceArea.LOOKED_AFTER: [
        "Accommodated under section 20 after family breakdown", "Interim care order (section 38)",
        "Care order (section 31)", "Placed with foster carers following police protection",
    ],
    ServiceArea.LEAVING_CARE: ["Care leaver: pathway planning", "Relevant child: preparing for independence"],
    ServiceArea.DISABLED_CHILDREN: [
        "Assessment of support needs arising from disability", "Short breaks review", "Carer's assessment requested",
    ],
    ServiceArea.FAMILY_SUPPORT: [
        "Early help: parenting support", "Early help: school attendance", "Stepped down from child in need",
        "Early help: housing and money worries",
    ],
}
ETHNICITIES = [code for code, _ in ETHNICITY_WEIGHTS]
ETHNICITY_CUM_WEIGHTS = list(itertools.accumulate(w for _, w in ETHNICITY_WEIGHTS))
ENTRY_KINDS = [
    EntryKind.HOME_VISIT, EntryKind.DIRECT_WORK, EntryKind.PHONE_CALL, EntryKind.MEETING, EntryKind.ADMIN,
    EntryKind.TRAVEL,
]
ENTRY_CUM_WEIGHTS = list(itertools.accumulate([30, 14, 25, 10, 13, 8]))
MINUTES = {
    EntryKind.HOME_VISIT: (30, 120), EntryKind.DIRECT_WORK: (30, 90), EntryKind.PHONE_CALL: (5, 40),
    EntryKind.MEETING: (45, 180), EntryKind.ADMIN: (15, 120), EntryKind.TRAVEL: (10, 90),
}
TITLES = {
    EntryKind.HOME_VISIT: ["Home visit", "Statutory visit", "Unannounced visit", "Joint home visit"],
    EntryKind.DIRECT_WORK: ["Direct work", "Wishes and feelings", "Life story work", "Direct work at school"],
    EntryKind.PHONE_CALL: ["Phone call", "Call with parent", "Call from school", "Call with health visitor"],
    EntryKind.MEETING: ["Core group meeting", "Review meeting", "Strategy discussion", "Professionals' meeting"],
    EntryKind.ADMIN: ["Case recording", "Assessment write-up", "Referral sent", "Minutes circulated"],
    EntryKind.TRAVEL: ["Travel"],
}
# Narratives are put together from one line of each list: {c} the child, {p} the parent or carer, {m} the child's
# parent, {s} the school.
NARRATIVE = {
    EntryKind.HOME_VISIT: [
        ["Announced visit to the home.", "Unannounced visit to the home.", "Statutory visit.",
         "Visit with the children's practitioner."],
        ["{c} was seen."],  # replaced by one of SEEN_WITH, SEEN_ALONE, NOT_SEEN or UNBORN_VISIT
        ["The home was warm and tidy and there was food in the fridge.",
         "Home conditions have improved since the last visit: the kitchen was clean.",
         "Some clutter in the hallway; talked with {p} about home safety.",
         "{p} said money is tight this month; signposted to the food bank and the household support fund.",
         "{p} was tearful and said they are struggling to sleep; encouraged to see the GP."],
        ["Next visit in two weeks.", "Will speak with {s} about attendance.",
         "To be discussed in the unit meeting.", "{p} agreed to attend the parenting group.", ""],
    ],
    EntryKind.DIRECT_WORK: [
        ["Direct work with {c} using the three houses tool.", "Wishes and feelings work with {c} at {s}.",
         "Life story work with {c}: we looked at photographs and talked about family.",
         "Play-based session with {c}.", "Used the 'all about me' worksheet with {c}."],
        ["{c} drew their house of worries: they worry about {m} being sad.",
         "{c} said their best thing is football and their worst thing is when people shout.",
         "{c} engaged well and chatted throughout.",
         "{c} was quiet at first but warmed up when we used the sand tray."],
        ["Will share {c}'s views at the next review.", "Next session booked in two weeks.",
         "Will continue the work at the next visit."],
    ],
    EntryKind.PHONE_CALL: [
        ["Phone call with {p} to arrange the next visit.", "Call from {s}: {c} has missed three days this week.",
         "Call with the health visitor, who says {c} is meeting developmental milestones.",
         "Call from {p}, upset about the last meeting; talked through next steps.",
         "Call with the GP surgery to confirm {c}'s immunisations are up to date.",
         "Call from police: an incident was reported at the address overnight, no arrests.",
         "Call with the designated safeguarding lead at {s}: no new concerns."],
        ["Agreed to follow up in writing.", "Information shared with the unit.", "Will visit this week.", ""],
    ],
    EntryKind.MEETING: [
        ["Core group meeting held at {s}.", "Review meeting.", "Strategy discussion with police and health.",
         "Team around the family meeting at the family hub.", "Professionals' meeting with {s}."],
        ["{p} attended and contributed well.", "{p} did not attend; the meeting went ahead.",
         "Progress against the plan was reviewed: attendance has improved.",
         "Concerns remain about home conditions and missed health appointments."],
        ["Plan updated; minutes to follow.", "Next review in six weeks.", "Actions agreed for each professional."],
    ],
    EntryKind.ADMIN: [
        ["Updated the chronology and case summary.", "Wrote up the assessment.",
         "Completed the referral to the family hub.",
         "Sent the minutes of the meeting to the family and professionals.",
         "Prepared the report for the review.", "Requested records from the previous local authority."],
    ],
    EntryKind.TRAVEL: [
        ["Travel to and from the home.", "Travel to {s} for the meeting.", "Travel to see {c}.",
         "Travel to the contact centre."],
    ],
}
UNBORN_VISIT = [
    "{p} is in the third trimester and attending antenatal appointments.",
    "Talked with {p} about preparations for the baby; the cot and car seat are ready.",
    "{p} has missed two midwife appointments; agreed to go to the next one together.",
]
SEEN_WITH = [
    "{c} was playing in the living room and appeared relaxed with {p}.",
    "{c} was seen; clean and appropriately dressed, no marks or bruises observed.",
    "{c} was seen with {p} and was happy and settled.",
]
SEEN_ALONE = [
    "{c} was seen alone in their bedroom and showed me their drawings.",
    "Spoke with {c} alone in the kitchen; they said things at home are 'okay' and they like {s}.",
    "Saw {c} alone; they said they feel safe at home.",
]
NOT_SEEN = ["{c} was at {s} so was not seen on this visit.", "{c} was asleep and was not seen."]
TASKS = [
    "Complete the child and family assessment", "Statutory visit due", "Chase the initial health assessment",
    "Arrange the core group meeting", "Update the child's plan", "Send the meeting minutes to the family",
    "Request attendance figures from school", "Book an interpreter for the next visit", "Review the safety plan",
    "Write the report for the review", "Complete the direct work session", "Referral to the family hub",
]
TASKS_BY_AREA = {
    ServiceArea.LOOKED_AFTER: ["Arrange the looked after review", "Chase the personal education plan"],
    ServiceArea.LEAVING_CARE: ["Review the pathway plan", "Help with the housing application"],
    ServiceArea.DISABLED_CHILDREN: ["Review the short breaks package", "Liaise with the occupational therapist"],
}
DECISIONS = [
    "Continue with the current plan; visit fortnightly.", "Step down to early help at the next review.",
    "Escalate to a strategy discussion.", "Request a legal planning meeting.",
    "Clinician to offer family sessions.", "Children's practitioner to start direct work.",
    "Convene a review meeting within four weeks.", "Close the case: the plan's outcomes have been met.",
]
DISCUSSIONS = [
    "The unit reviewed recent visits and the school's update.", "The clinician shared a hypothesis about the family.",
    "Concerns about drift were discussed.", "Progress since the last meeting was reviewed.",
]
ADULT_WARNINGS = {
    "father": "Father has been aggressive to visiting staff — visit in pairs",
    "step": "Step-father has made threats towards professionals — do not visit alone",
    "mother": "Mother has been verbally abusive to staff — visit in pairs",
}
OTHER_ADULT_WARNINGS = [
    (WarningKind.RISK_TO_STAFF, "Large dog at the property — ask for it to be secured before entering"),
    (WarningKind.RISK_TO_CHILD, "Schedule 1 offender — must not have unsupervised contact with children"),
    (WarningKind.COMMUNICATION, "Needs an interpreter for meetings"),
]
CHILD_WARNINGS = [
    (WarningKind.HEALTH, "Severe nut allergy: carries an adrenaline auto-injector"),
    (WarningKind.HEALTH, "Epilepsy: rescue medication is kept at school"),
    (WarningKind.COMMUNICATION, "Uses Makaton signs; allow extra time"),
    (WarningKind.COMMUNICATION, "British Sign Language user: book an interpreter"),
    (WarningKind.RISK_TO_CHILD, "At risk of exploitation: tell the missing from home coordinator of any episode"),
]


# ---------------------------------------------------------------------------------------------
# Small helpers.


@cache
def _nicknamer() -> NickNamer:
    return NickNamer()


def _nickname(rng: random.Random, given: str) -> str:
    names = sorted(_nicknamer().nicknames_of(given.lower()))
    return rng.choice(names).title() if names else ""


def nhs_number(rng: random.Random, used: set[str]) -> str:
    """A unique NHS number in the synthetic 999 range with a valid check digit."""
    while True:
        body = f"999{rng.randrange(1_000_000):06d}"
        check = 11 - sum(int(d) * w for d, w in zip(body, range(10, 1, -1), strict=True)) % 11
        if check == 10:
            continue
        number = body + str(0 if check == 11 else check)
        if number not in used and nhs.is_valid(number):
            used.add(number)
            return number


def upn_number(counters: dict[tuple[int, int, int], int], la: int, estab: int, year: int) -> str:
    """A unique pupil number: check letter, LA, school, year of issue, serial (blank if the serials run out)."""
    key = (la, estab, year % 100)
    serial = counters.get(key, 0) + 1
    counters[key] = serial
    if serial > 999:
        return ""
    body = f"{la:03d}{estab:04d}{year % 100:02d}{serial:03d}"
    number = upn.calc_check_digit(body) + body
    return number if upn.is_valid(number) else ""


def _days(rng: random.Random, low_years: float, high_years: float) -> int:
    return rng.randint(int(low_years * 365.25), int(high_years * 365.25))


@dataclass
class Team:
    """A unit and its current members, with who usually records each kind of work."""

    unit: Unit
    area: str
    csw: User
    social_workers: list[User]
    practitioners: list[User]
    clinician: User
    coordinator: User
    by_kind: dict[str, list[User]] = field(default_factory=dict)
    children: int = 0

    @property
    def members(self) -> list[User]:
        return [self.csw, *self.social_workers, *self.practitioners, self.clinician, self.coordinator]


@dataclass
class Ctx:
    """Everything the generator carries between families."""

    spec: Spec
    today: dt.date
    rng: random.Random
    fake: Faker
    tz: dt.tzinfo
    teams: list[Team]
    schools: list[tuple[str, int]]
    secondaries: list[str]
    nhs_used: set[str] = field(default_factory=set)
    upn_counters: dict[tuple[int, int, int], int] = field(default_factory=dict)
    tokens_seen: set[str] = field(default_factory=set)
    counts: dict[str, int] = field(default_factory=dict)
    first_unit_cases: list[tuple[Case, Person]] = field(default_factory=list)
    restricted: Person | None = None
    any_child: Person | None = None

    def add(self, key: str, n: int) -> None:
        self.counts[key] = self.counts.get(key, 0) + n

    def at(self, day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
        return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=self.tz)


def _save(model: type, objs: Sequence, key: str, ctx: Ctx) -> None:
    if objs:
        model.objects.bulk_create(objs, batch_size=BATCH_SIZE)
    ctx.add(key, len(objs))


# ---------------------------------------------------------------------------------------------
# Staff and units.


def _username(first: str, last: str, taken: set[str]) -> str:
    base = f"{normalise(first)}.{normalise(last)}"
    name, n = base, 1
    while name in taken:
        n += 1
        name = f"{base}{n}"
    taken.add(name)
    return name


def _build_staff(ctx: Ctx) -> tuple[User, User]:
    """Create units, their members, heads of service, front door staff and the admin. Returns (hos, admin)."""
    spec, rng, fake, today = ctx.spec, ctx.rng, ctx.fake["en_GB"], ctx.today
    n_units = max(len(set(SERVICE_PATTERN)), round(spec.children / spec.children_per_unit))
    n_hos = max(1, math.ceil(n_units / 2.7))
    password = make_password(DEMO_PASSWORD)
    taken: set[str] = set(FIXED_USERNAMES)
    users: list[User] = []

    def person(title: str, username: str = "", **extra) -> User:
        first = fake.first_name_female() if rng.random() < 0.7 else fake.first_name_male()
        last = fake.last_name()
        login = _username(first, last, taken)
        joined = today - dt.timedelta(days=rng.randint(60, 3000))
        user = User(
            username=username or login, first_name=first, last_name=last, email=f"{login}@{spec.email_domain}",
            password=password, job_title=title, date_joined=ctx.at(joined, 9), **extra,
        )
        users.append(user)
        return user

    heads = [person("Head of service", "hos" if i == 0 else "") for i in range(n_hos)]
    n_front_door = min(12, max(2, round(n_units / 3)))
    front_door = [person(FRONT_DOOR_TITLES[i % len(FRONT_DOOR_TITLES)]) for i in range(n_front_door)]
    seniors = [person(title) for title in SENIOR_TITLES]
    admin = person("System administrator", "admin", is_staff=True, is_superuser=True)
    plans = []
    for i in range(n_units):
        csw = person(ROLE_TITLES[Role.CONSULTANT_SOCIAL_WORKER], "csw" if i == 0 else "")
        sws = [person(ROLE_TITLES[Role.SOCIAL_WORKER], {0: "sw", 1: "other"}.get(i, "") if j == 0 else "")
               for j in range(rng.choice([1, 2, 2]))]
        cps = [person(ROLE_TITLES[Role.CHILDRENS_PRACTITIONER]) for _ in range(rng.choice([1, 2, 2]))]
        plans.append((csw, sws, cps, person(ROLE_TITLES[Role.CLINICIAN]), person(ROLE_TITLES[Role.UNIT_COORDINATOR])))
    register = _SocialWorkRegister(ctx, password, taken)
    for csw, sws, *_ in plans:
        register.number(csw, *sws)
    _save(User, users, "users", ctx)
    ctx.add("front_door_staff", len(front_door))
    ctx.add("senior_managers", len(seniors))

    units = []
    for i in range(n_units):
        word, lap = UNIT_WORDS[i % len(UNIT_WORDS)], i // len(UNIT_WORDS)
        units.append(Unit(
            name=f"{word} Unit" + (f" {lap + 1}" if lap else ""),
            service_area=SERVICE_PATTERN[i % len(SERVICE_PATTERN)],
            head_of_service=heads[i * n_hos // n_units], meeting_day=MEETING_DAYS[i % len(MEETING_DAYS)],
        ))
    _save(Unit, units, "units", ctx)

    memberships: list[Membership] = []
    for unit, (csw, sws, cps, clinician, coordinator) in zip(units, plans, strict=True):
        team = Team(unit, unit.service_area, csw, sws, cps, clinician, coordinator)
        team.by_kind = {
            EntryKind.HOME_VISIT: [csw, *sws, *cps],
            EntryKind.DIRECT_WORK: [*cps, clinician, *sws],
            EntryKind.PHONE_CALL: [csw, *sws, *cps, coordinator],
            EntryKind.MEETING: [csw, *sws],
            EntryKind.ADMIN: [coordinator, *sws, *cps],
            EntryKind.TRAVEL: [*sws, *cps],
        }
        ctx.teams.append(team)
        for user, role in [(csw, Role.CONSULTANT_SOCIAL_WORKER), *((u, Role.SOCIAL_WORKER) for u in sws),
                           *((u, Role.CHILDRENS_PRACTITIONER) for u in cps), (clinician, Role.CLINICIAN),
                           (coordinator, Role.UNIT_COORDINATOR)]:
            started = user.date_joined.date() + dt.timedelta(days=rng.randint(0, 30))
            # Some workers moved here from another unit: their earlier membership has ended.
            if role == Role.SOCIAL_WORKER and rng.random() < 0.25:
                before = units[(units.index(unit) + rng.randint(1, n_units - 1)) % n_units]
                ended = min(started + dt.timedelta(days=rng.randint(90, 400)), today - dt.timedelta(days=10))
                memberships.append(Membership(unit=before, user=user, role=role, started_on=started, ended_on=ended))
                started = memberships[-1].ended_on
            memberships.append(Membership(unit=unit, user=user, role=role, started_on=min(started, today)))
            if role == Role.CONSULTANT_SOCIAL_WORKER:
                memberships.extend(register.predecessor(unit, memberships[-1].started_on))
    register.save()
    _save(Membership, memberships, "memberships", ctx)
    return heads[0], admin


class _SocialWorkRegister:
    """Synthetic Social Work England numbers for the consultant social workers and social workers ("SW9" and six
    digits, invented), and a former consultant social worker for each unit of looked-after children or care leavers
    whose current one came after its cases could have opened (the earliest 1,000 days ago): they led the unit until
    the day the current one started, then left. The SSDA903's social worker episodes are derived from who led the
    unit holding a looked-after child's case, so such a unit is never without one (the other units' earlier leads are
    left out to keep the demo's staff list short). A generator and Faker of their own keep the rest of the demo
    unchanged."""

    EARLIEST_CASE_DAYS = 1000

    def __init__(self, ctx: Ctx, password: str, taken: set[str]):
        self.ctx, self.password, self.taken = ctx, password, taken
        self.rng = random.Random(ctx.spec.seed + 31)
        self.fake = Faker("en_GB")
        self.fake.seed_instance(ctx.spec.seed + 31)
        self.used: set[int] = set()
        self.former: list[User] = []

    def number(self, *users: User) -> None:
        for user in users:
            n = self.rng.randrange(1_000_000)
            while n in self.used:
                n = self.rng.randrange(1_000_000)
            self.used.add(n)
            user.swe_number = f"SW9{n:06d}"

    def predecessor(self, unit: Unit, since: dt.date) -> list[Membership]:
        today = self.ctx.today
        if unit.service_area not in (ServiceArea.LOOKED_AFTER, ServiceArea.LEAVING_CARE) or \
                since <= today - dt.timedelta(days=self.EARLIEST_CASE_DAYS):
            return []
        first, last = self.fake.first_name(), self.fake.last_name()
        login = _username(first, last, self.taken)
        began = since - dt.timedelta(days=self.rng.randint(self.EARLIEST_CASE_DAYS + 100, 3000))
        user = User(username=login, first_name=first, last_name=last, email=f"{login}@{self.ctx.spec.email_domain}",
                    password=self.password, job_title=ROLE_TITLES[Role.CONSULTANT_SOCIAL_WORKER], is_active=False,
                    date_joined=self.ctx.at(began, 9))
        self.number(user)
        self.former.append(user)
        return [Membership(unit=unit, user=user, role=Role.CONSULTANT_SOCIAL_WORKER, started_on=began, ended_on=since)]

    def save(self) -> None:
        _save(User, self.former, "users", self.ctx)


# ---------------------------------------------------------------------------------------------
# Families.


@dataclass
class Child:
    person: Person
    age_days: int | None  # None: unborn
    father: str  # "a" or "b": which father (half-siblings differ)
    looked_after: bool
    school: str
    case: Case | None = None


@dataclass
class Batch:
    """The rows for one chunk of families, saved together in dependency order."""

    people: list[Person] = field(default_factory=list)
    names: list[PersonName] = field(default_factory=list)
    addresses: list[Address] = field(default_factory=list)
    relationships: list[Relationship] = field(default_factory=list)
    disabilities: list[PersonDisability] = field(default_factory=list)
    warnings: list[PersonWarning] = field(default_factory=list)
    cases: list[Case] = field(default_factory=list)
    # (child, team, carer label, parent label) for writing the history once the cases have ids.
    histories: list[tuple[Child, Team, str, str]] = field(default_factory=list)


def _name(ctx: Ctx, locale: str, sex: str, child: bool) -> str:
    rng = ctx.rng
    if child and locale == "en_GB" and rng.random() < 0.7:
        return rng.choice(CHILD_NAMES_F if sex == Sex.FEMALE else CHILD_NAMES_M)
    fake = ctx.fake[locale]
    return fake.first_name_female() if sex == Sex.FEMALE else fake.first_name_male()


def _locale(ctx: Ctx, ethnicity: str) -> str:
    return ctx.rng.choice(NAME_LOCALES.get(ethnicity, ("en_GB",)))


def _add_person(ctx: Ctx, batch: Batch, given: str, family: str, sex: str, ethnicity: str, *,
                dob: dt.date | None, edd: dt.date | None = None, nhs_chance: float = 0.6) -> Person:
    person = Person(
        given_name=given, family_name=family, date_of_birth=dob, expected_date_of_birth=edd, sex=sex,
        ethnicity=ethnicity, nhs_number=nhs_number(ctx.rng, ctx.nhs_used) if ctx.rng.random() < nhs_chance else "",
        created_at=ctx.at(ctx.today - dt.timedelta(days=ctx.rng.randint(1, 1000)), 9),
    )
    batch.people.append(person)
    _add_name(ctx, batch, person, NameKind.LEGAL, given, family)
    return person


def _add_name(ctx: Ctx, batch: Batch, person: Person, kind: str, given: str, family: str) -> None:
    batch.names.append(PersonName(person=person, kind=kind, given_name=given, family_name=family,
                                  given_norm=normalise(given), family_norm=normalise(family)))


def _street(ctx: Ctx) -> tuple[str, str]:
    rng, fake = ctx.rng, ctx.fake["en_GB"]
    street = f"{fake.last_name()} {rng.choice(STREET_SUFFIXES)}"
    if rng.random() < 0.25:
        return f"Flat {rng.randint(1, 40)}", f"{rng.randint(1, 120)} {street}"
    return f"{rng.randint(1, 240)} {street}", ""


def _address(ctx: Ctx, batch: Batch, person: Person, where: tuple[str, str, str, str],
             started: dt.date | None, ended: dt.date | None = None) -> None:
    line_1, line_2, town, postcode = where
    batch.addresses.append(Address(person=person, line_1=line_1, line_2=line_2, town=town, postcode=postcode,
                                   postcode_norm=normalise_postcode(postcode), started_on=started, ended_on=ended))


def _place(ctx: Ctx) -> tuple[str, str, str, str]:
    line_1, line_2 = _street(ctx)
    return line_1, line_2, ctx.rng.choice(TOWNS), ctx.fake["en_GB"].postcode()


def _child_ages(rng: random.Random, n: int, area: str) -> list[int | None]:
    """Ages in days, oldest first; None for an unborn youngest child."""
    if area == ServiceArea.LEAVING_CARE:
        return [_days(rng, 16, 17.95)]
    top = int(17.95 * 365.25)
    ages = [rng.randint(20, max(20, top - (n - 1) * 500))]
    for _ in range(n - 1):
        ages.append(min(top, ages[-1] + rng.randint(400, 1600)))
    result: list[int | None] = list(reversed(ages))
    if area in (ServiceArea.ASSESSMENT, ServiceArea.CHILD_IN_NEED) and rng.random() < 0.05:
        result[-1] = None
    return result


def _pick_team(ctx: Ctx) -> Team:
    """Two random units, the one holding fewer children: random but balanced."""
    a, b = ctx.rng.sample(ctx.teams, 2)
    return a if a.children <= b.children else b


def _family(ctx: Ctx, batch: Batch, wanted: int) -> int:
    """Add one family (its children, adults, names, addresses, relationships, cases). Returns children added."""
    rng, today = ctx.rng, ctx.today
    team = _pick_team(ctx)
    area = team.area
    n = 1 if area == ServiceArea.LEAVING_CARE else min(wanted, rng.choices([1, 2, 3, 4], [35, 30, 20, 15])[0])
    if area == ServiceArea.DISABLED_CHILDREN:
        n = min(n, 2)
    ages = _child_ages(rng, n, area)
    n = len(ages)
    team.children += n

    ethnicity = rng.choices(ETHNICITIES, cum_weights=ETHNICITY_CUM_WEIGHTS)[0]
    mother_eth, father_eth = MIXED_PARENTS.get(ethnicity, (ethnicity, ethnicity))
    if ethnicity in (Ethnicity.REFU, Ethnicity.NOBT):
        mother_eth = father_eth = Ethnicity.WBRI
    m_loc, f_loc = _locale(ctx, mother_eth), _locale(ctx, father_eth)
    child_loc = rng.choice([m_loc, f_loc])

    oldest = next((a for a in ages if a is not None), 0)
    has_mother = rng.random() < 0.92
    has_father = not has_mother or rng.random() < 0.65
    father_resident = has_father and (not has_mother or rng.random() < 0.55)
    married = has_mother and father_resident and rng.random() < 0.6
    half = n >= 2 and rng.random() < 0.25
    older_half = rng.randint(1, n - 1) if half else 0
    fathers = ["b"] * older_half + ["a"] * (n - older_half)

    fa_surname = ctx.fake[f_loc].last_name()
    fb_surname = ctx.fake[_locale(ctx, father_eth)].last_name()
    maiden = ctx.fake[m_loc].last_name()
    mother_surname = fa_surname if married else maiden

    family_opened = today - dt.timedelta(days=rng.randint(1, 1000))
    closed = None
    if rng.random() < 0.1 and (today - family_opened).days > 60:
        closed = family_opened + dt.timedelta(days=rng.randint(30, (today - family_opened).days - 1))
    status = {
        ServiceArea.ASSESSMENT: CaseStatus.ASSESSMENT, ServiceArea.LOOKED_AFTER: CaseStatus.LOOKED_AFTER,
        ServiceArea.LEAVING_CARE: CaseStatus.CARE_LEAVER, ServiceArea.DISABLED_CHILDREN: CaseStatus.CHILD_IN_NEED,
        ServiceArea.FAMILY_SUPPORT: CaseStatus.EARLY_HELP,
    }.get(area, CaseStatus.CHILD_PROTECTION if rng.random() < 0.4 else CaseStatus.CHILD_IN_NEED)
    reason = rng.choice(REASONS[area])

    home = _place(ctx)
    home_since = today - dt.timedelta(days=rng.randint(60, 3650))
    previous_home = _place(ctx) if rng.random() < 0.3 else None
    previous_since = home_since - dt.timedelta(days=rng.randint(200, 2000))
    school_name, school_estab = rng.choice(ctx.schools)
    secondary = rng.choice(ctx.secondaries)

    def lives_at_home(person: Person, since: dt.date | None = None) -> None:
        start = max(home_since, since) if since else home_since
        _address(ctx, batch, person, home, start)
        if previous_home and (since is None or since < home_since):
            _address(ctx, batch, person, previous_home, max(previous_since, since) if since else previous_since,
                     home_since)

    # Children.
    children: list[Child] = []
    for age, father in zip(ages, fathers, strict=True):
        if father == "b":
            surname = fb_surname if rng.random() < 0.6 else mother_surname
        else:
            surname = fa_surname if (married or not has_mother or rng.random() < 0.6) else mother_surname
        if age is None:
            edd = today + dt.timedelta(days=rng.randint(10, 150))  # referral within 40 weeks of it (CIN rule 8606)
            person = _add_person(ctx, batch, "Unborn", surname, Sex.UNKNOWN, Ethnicity.NOBT, dob=None, edd=edd,
                                 nhs_chance=0)
            children.append(Child(person, None, father, False, "the midwife"))
            continue
        sex = rng.choice([Sex.MALE, Sex.FEMALE])
        dob = today - dt.timedelta(days=age)
        person = _add_person(ctx, batch, _name(ctx, child_loc, sex, True), surname, sex, ethnicity, dob=dob,
                             nhs_chance=0.95)
        years = age / 365.25
        if years >= 5 and rng.random() < 0.9:
            la = UPN_HOME_LA if rng.random() < 0.85 else rng.choice(UPN_OTHER_LAS)
            person.upn = upn_number(ctx.upn_counters, la, school_estab, dob.year + 4)
        else:  # the returns need a reason where there is no UPN (SSDA903 rule 442)
            person.upn_unknown_reason = "UN1" if years < 5 else rng.choice(["UN2", "UN3"])
        school = ("nursery" if years < 4 else school_name if years < 11 else secondary if years < 16
                  else f"{rng.choice(TOWNS)} College")
        children.append(Child(person, age, father, area in (ServiceArea.LOOKED_AFTER, ServiceArea.LEAVING_CARE),
                              school))
        if rng.random() < (0.8 if area == ServiceArea.DISABLED_CHILDREN else 0.04):
            for code in sorted(rng.sample(Disability.values, rng.randint(1, 3))):
                batch.disabilities.append(PersonDisability(person=person, code=code))
        if rng.random() < 0.03:
            kind, text = rng.choice(CHILD_WARNINGS)
            batch.warnings.append(PersonWarning(person=person, kind=kind, text=text, created_by=team.csw,
                                                created_at=ctx.at(today - dt.timedelta(days=rng.randint(1, 300)), 11)))
        if rng.random() < 0.05:
            nick = _nickname(rng, person.given_name)
            if nick:
                _add_name(ctx, batch, person, NameKind.ALIAS, nick, surname)
        if surname != fa_surname and rng.random() < 0.3:
            _add_name(ctx, batch, person, NameKind.ALIAS, person.given_name, fa_surname)
        elif rng.random() < 0.03:
            _add_name(ctx, batch, person, NameKind.PREVIOUS, person.given_name, ctx.fake["en_GB"].last_name())

    for child in children:
        dob = child.person.date_of_birth
        if child.looked_after:
            # A placement away from home; the family home is the previous address.
            placed = min(today - dt.timedelta(days=1), family_opened + dt.timedelta(days=rng.randint(0, 60)))
            placed = max(placed, dob) if dob else placed
            where = _place(ctx)
            if area == ServiceArea.LEAVING_CARE:
                where = (f"Flat {rng.randint(1, 30)}", f"{rng.choice(['Castle', 'Mill', 'Bridge'])} House", *where[2:])
            _address(ctx, batch, child.person, where, placed)
            _address(ctx, batch, child.person, home, min(placed, max(home_since, dob)), placed)
        else:
            lives_at_home(child.person, dob or today)

    # Adults.
    def adult(loc: str, sex: str, surname: str, eth: str, older_by: tuple[float, float]) -> Person:
        dob = today - dt.timedelta(days=oldest + _days(rng, *older_by))
        return _add_person(ctx, batch, _name(ctx, loc, sex, False), surname, sex, eth, dob=dob)

    def relate(frm: Person, kids: list[Child], kind: str, pr: bool, lives: bool) -> None:
        for kid in kids:
            batch.relationships.append(Relationship(from_person=frm, to_person=kid.person, kind=kind,
                                                    parental_responsibility=pr,
                                                    lives_with=lives and not kid.looked_after))

    mother = father_a = step = None
    if has_mother:
        mother = adult(m_loc, Sex.FEMALE, mother_surname, mother_eth, (18, 40))
        lives_at_home(mother)
        if married:
            _add_name(ctx, batch, mother, NameKind.PREVIOUS, mother.given_name, maiden)
        relate(mother, children, RelationshipKind.MOTHER, True, True)
    if has_father:
        father_a = adult(f_loc, Sex.MALE, fa_surname, father_eth, (19, 45))
        if father_resident:
            lives_at_home(father_a)
        else:
            _address(ctx, batch, father_a, _place(ctx), today - dt.timedelta(days=rng.randint(30, 2000)))
        relate(father_a, [c for c in children if c.father == "a"], RelationshipKind.FATHER,
               married or rng.random() < 0.7, father_resident)
    if half and rng.random() < 0.5:
        father_b = adult(_locale(ctx, father_eth), Sex.MALE, fb_surname, father_eth, (19, 45))
        _address(ctx, batch, father_b, _place(ctx), today - dt.timedelta(days=rng.randint(30, 2000)))
        relate(father_b, [c for c in children if c.father == "b"], RelationshipKind.FATHER, rng.random() < 0.5,
               False)
    if has_mother and not father_resident and rng.random() < 0.25:
        step_sex = Sex.MALE if rng.random() < 0.85 else Sex.FEMALE
        step = adult("en_GB", step_sex, ctx.fake["en_GB"].last_name(), Ethnicity.WBRI, (18, 35))
        lives_at_home(step)
        relate(step, children, RelationshipKind.STEP_PARENT, False, True)
    if rng.random() < 0.2:
        gran = adult(m_loc, Sex.FEMALE if rng.random() < 0.8 else Sex.MALE, maiden, mother_eth, (40, 65))
        _address(ctx, batch, gran, _place(ctx), today - dt.timedelta(days=rng.randint(300, 9000)))
        relate(gran, children, RelationshipKind.GRANDPARENT, False, False)
    if rng.random() < 0.1:
        kind = rng.choice([RelationshipKind.AUNT_UNCLE, RelationshipKind.FRIEND])
        surname = maiden if kind == RelationshipKind.AUNT_UNCLE else ctx.fake["en_GB"].last_name()
        other = adult(m_loc, rng.choice([Sex.MALE, Sex.FEMALE]), surname, mother_eth, (18, 40))
        _address(ctx, batch, other, _place(ctx), today - dt.timedelta(days=rng.randint(30, 4000)))
        relate(other, children, kind, False, False)
        if rng.random() < 0.1:
            kind, text = rng.choice(OTHER_ADULT_WARNINGS)
            batch.warnings.append(PersonWarning(person=other, kind=kind, text=text, created_by=team.csw,
                                                created_at=ctx.at(today - dt.timedelta(days=rng.randint(1, 500)), 14)))
    if rng.random() < 0.05:
        target, key = ((step, "step") if step and step.sex == Sex.MALE else (father_a, "father") if father_resident
                       else (mother, "mother"))
        if target is not None:
            batch.warnings.append(PersonWarning(person=target, kind=WarningKind.RISK_TO_STAFF,
                                                text=ADULT_WARNINGS[key], created_by=team.csw,
                                                created_at=ctx.at(today - dt.timedelta(days=rng.randint(1, 500)), 15)))
    for adult_person in (mother, father_a):
        if adult_person is not None and rng.random() < 0.03:
            nick = _nickname(rng, adult_person.given_name)
            if nick:
                _add_name(ctx, batch, adult_person, NameKind.ALIAS, nick, adult_person.family_name)

    # Siblings: one row per pair, older to younger.
    for i, j in itertools.combinations(range(n), 2):
        a, b = children[i], children[j]
        batch.relationships.append(Relationship(
            from_person=a.person, to_person=b.person,
            kind=RelationshipKind.SIBLING if a.father == b.father else RelationshipKind.HALF_SIBLING,
            lives_with=not a.looked_after and not b.looked_after,
        ))

    # Cases: one per child, siblings in the same unit.
    if mother is not None:
        parent_label = rng.choice(["Mum", mother.given_name, f"Mum ({mother.given_name})"])
    else:
        parent_label = rng.choice(["Dad", father_a.given_name])
    carers = {ServiceArea.LOOKED_AFTER: "the foster carer", ServiceArea.LEAVING_CARE: "their personal adviser"}
    carer_label = carers.get(area, parent_label)
    yesterday = today - dt.timedelta(days=1)
    for child in children:
        dob = child.person.date_of_birth
        if dob is None:
            opened = today - dt.timedelta(days=rng.randint(1, 120))
        else:
            opened = min(yesterday, max(family_opened, dob + dt.timedelta(days=rng.randint(0, 14))))
        closed_on = closed if closed and dob and closed >= opened + dt.timedelta(days=7) else None
        child.case = Case(child=child.person, unit=team.unit, status=status, opened_on=opened, closed_on=closed_on,
                          reason=reason)
        batch.cases.append(child.case)
        batch.histories.append((child, team, carer_label, parent_label))
    return n


# ---------------------------------------------------------------------------------------------
# History: chronology entries and tasks.


def _history(ctx: Ctx, child: Child, team: Team, carer: str, parent: str) -> tuple[list[ChronologyEntry], list[Task]]:
    rng, today = ctx.rng, ctx.today
    case = child.case
    person = child.person
    unborn = child.age_days is None
    fill = {"c": "the baby" if unborn else person.given_name, "p": carer, "m": parent, "s": child.school}
    end = min(case.closed_on or today, today) - dt.timedelta(days=0 if case.closed_on else 1)
    span = max(0, (end - case.opened_on).days)
    lo, hi = ctx.spec.entries_per_child
    n = rng.randint(lo, hi) - 1 - (1 if case.closed_on else 0)
    dates = sorted(case.opened_on + dt.timedelta(days=rng.randint(0, span)) for _ in range(max(0, n)))
    csw = team.csw.pk
    # Plain ids rather than instances: this loop makes most of the rows.
    base = {"child_id": person.pk, "case_id": case.pk, "unit_id": team.unit.pk}
    authors = {kind: [u.pk for u in users] for kind, users in team.by_kind.items()}
    entries = [ChronologyEntry(
        **base, kind=EntryKind.CASE_EVENT, occurred_on=case.opened_on, title="Case opened",
        narrative=f"Case opened and allocated to {team.unit.name}. Reason: {case.reason}.", author_id=csw,
        recorded_at=ctx.at(case.opened_on, 9, 5),
    )]
    for day in dates:
        kind = rng.choices(ENTRY_KINDS, cum_weights=ENTRY_CUM_WEIGHTS)[0]
        if kind == EntryKind.DIRECT_WORK and (unborn or child.age_days < 4 * 365):
            kind = EntryKind.HOME_VISIT
        parts = [rng.choice(options) for options in NARRATIVE[kind]]
        seen = alone = None
        if kind == EntryKind.HOME_VISIT:
            if unborn:
                parts[1] = rng.choice(UNBORN_VISIT)
            else:
                seen = rng.random() < 0.85
                alone = seen and child.age_days >= 4 * 365 and rng.random() < 0.6
                parts[1] = rng.choice(SEEN_ALONE if alone else SEEN_WITH if seen else NOT_SEEN)
                alone = alone if seen else None
        elif kind == EntryKind.DIRECT_WORK:
            seen, alone = True, rng.random() < 0.7
        low, high = MINUTES[kind]
        entries.append(ChronologyEntry(
            **base, kind=kind, occurred_on=day, minutes=rng.randrange(low, high + 1, 5), child_seen=seen,
            seen_alone=alone, title=rng.choice(TITLES[kind]),
            narrative=" ".join(p for p in parts if p).format(**fill), author_id=rng.choice(authors[kind]),
            recorded_at=ctx.at(day, rng.randint(9, 18), rng.randint(0, 59)),
        ))
    if case.closed_on:
        entries.append(ChronologyEntry(
            **base, kind=EntryKind.CASE_EVENT, occurred_on=case.closed_on, title="Case closed",
            narrative="Case closed: the plan's outcomes have been met and the family agreed.", author_id=csw,
            recorded_at=ctx.at(case.closed_on, 16),
        ))

    tasks: list[Task] = []
    if case.closed_on is None:
        pool = TASKS + TASKS_BY_AREA.get(team.area, [])
        members = [u.pk for u in team.members]
        for _ in range(rng.choices([0, 1, 2, 3], [25, 35, 25, 15])[0]):
            due = today + dt.timedelta(days=rng.randint(-10, 35))
            tasks.append(Task(case_id=case.pk, description=rng.choice(pool), assigned_to_id=rng.choice(members),
                              due_on=due, created_by_id=csw,
                              created_at=ctx.at(min(today - dt.timedelta(days=1), due - dt.timedelta(days=14)), 10)))
        if rng.random() < 0.2:
            due = today - dt.timedelta(days=rng.randint(3, 60))
            tasks.append(Task(case_id=case.pk, description=rng.choice(pool), assigned_to_id=rng.choice(members),
                              due_on=due, done_on=due - dt.timedelta(days=rng.randint(0, 3)), created_by_id=csw,
                              created_at=ctx.at(due - dt.timedelta(days=14), 10)))
    return entries, tasks


def _save_batch(ctx: Ctx, batch: Batch) -> None:
    _save(Person, batch.people, "people", ctx)
    _save(PersonName, batch.names, "names", ctx)
    _save(PersonNameWord, [word for name in batch.names for word in PersonNameWord.for_name(name)], "name_words", ctx)
    new_tokens = sorted({t for n in batch.names for t in tokens(f"{n.given_name} {n.family_name}")} - ctx.tokens_seen)
    ctx.tokens_seen.update(new_tokens)
    NameToken.objects.bulk_create([NameToken(token=t, phonetic=phonetic(t), initial=t[:2]) for t in new_tokens],
                                  batch_size=BATCH_SIZE, ignore_conflicts=True)
    ctx.add("name_tokens", len(new_tokens))
    _save(Address, batch.addresses, "addresses", ctx)
    _save(Relationship, batch.relationships, "relationships", ctx)
    _save(PersonDisability, batch.disabilities, "disabilities", ctx)
    _save(PersonWarning, batch.warnings, "warnings", ctx)
    _save(Case, batch.cases, "cases", ctx)
    entries: list[ChronologyEntry] = []
    tasks: list[Task] = []
    for child, team, carer, parent in batch.histories:
        more_entries, more_tasks = _history(ctx, child, team, carer, parent)
        entries += more_entries
        tasks += more_tasks
        if ctx.any_child is None and child.age_days is not None:
            ctx.any_child = child.person
        if team is ctx.teams[0]:
            ctx.first_unit_cases.append((child.case, child.person))
            if ctx.restricted is None and child.age_days is not None and child.case.closed_on is None:
                ctx.restricted = child.person
    _save(ChronologyEntry, entries, "entries", ctx)
    _save(Task, tasks, "tasks", ctx)


def _meetings(ctx: Ctx) -> None:
    """A few past weekly meetings of the first unit, each deciding for some of its children."""
    rng, team = ctx.rng, ctx.teams[0]
    weekday = MEETING_DAYS.index(team.unit.meeting_day)
    last = ctx.today - dt.timedelta(days=(ctx.today.weekday() - weekday - 1) % 7 + 1)
    meetings, entries, discussions = [], [], []
    for week in (2, 1, 0):
        held = last - dt.timedelta(weeks=week)
        meeting = UnitMeeting(unit=team.unit, held_on=held, chaired_by=team.csw, started_at=ctx.at(held, 10),
                              finished_at=ctx.at(held, 12, 30))
        meetings.append(meeting)
        eligible = [(c, p) for c, p in ctx.first_unit_cases
                    if c.opened_on <= held and (c.closed_on is None or c.closed_on > held)]
        for case, person in rng.sample(eligible, min(12, len(eligible))):
            discussion, decision = rng.choice(DISCUSSIONS), rng.choice(DECISIONS)
            entry = ChronologyEntry(
                child=person, case=case, unit=team.unit, kind=EntryKind.UNIT_MEETING, occurred_on=held,
                minutes=10, title="Unit meeting", narrative=f"{discussion} Decision: {decision}", author=team.csw,
                recorded_at=ctx.at(held, 12, 30),
            )
            entries.append(entry)
            discussions.append(MeetingDiscussion(meeting=meeting, case=case, discussion=discussion, decision=decision,
                                                 entry=entry, recorded_by=team.coordinator))
    _save(UnitMeeting, meetings, "meetings", ctx)
    _save(ChronologyEntry, entries, "entries", ctx)
    _save(MeetingDiscussion, discussions, "discussions", ctx)


def _schools(rng: random.Random) -> tuple[list[tuple[str, int]], list[str]]:
    estabs = rng.sample(range(2000, 3999), len(TOWNS) + len(SAINTS))
    names = [f"{t} Primary School" for t in TOWNS] + [f"St {s}'s C of E Primary School" for s in SAINTS]
    return list(zip(names, estabs, strict=True)), [f"{t} Academy" for t in TOWNS[:6]]


# ---------------------------------------------------------------------------------------------
# Entry points.


def conflicting_usernames() -> list[str]:
    """The fixed demo logins that already exist (the generator would clash with them)."""
    return sorted(User.objects.filter(username__in=FIXED_USERNAMES + OTHER_DEMO_LOGINS).values_list("username", flat=True))


def generate(spec: Spec, *, today: dt.date | None = None, action: str = "load_demo",
             progress: Callable[[str], None] | None = None) -> Result:
    """Generate the whole authority in one transaction and write one audit row with the counts."""
    today = today or timezone.localdate()
    fake = Faker(LOCALES)
    fake.seed_instance(spec.seed)
    rng = random.Random(spec.seed)
    schools, secondaries = _schools(rng)
    ctx = Ctx(spec=spec, today=today, rng=rng, fake=fake, tz=timezone.get_default_timezone(), teams=[],
              schools=schools, secondaries=secondaries)
    with transaction.atomic():
        authority = Authority.objects.create(name=spec.authority_name, la_code=spec.la_code)
        hos, admin = _build_staff(ctx)
        made = families = 0
        while made < spec.children:
            batch = Batch()
            for _ in range(spec.family_chunk):
                if made >= spec.children:
                    break
                made += _family(ctx, batch, spec.children - made)
                families += 1
            _save_batch(ctx, batch)
            if progress:
                progress(f"{made} of {spec.children} children")
        ctx.counts.update(children=made, families=families)
        _meetings(ctx)
        from hearth.returns import demo as returns_demo
        returns_demo.statutory_history(ctx)
        from hearth.looked_after import demo as looked_after_demo
        looked_after_demo.looked_after(ctx)
        first = ctx.teams[0]
        restricted = ctx.restricted or ctx.any_child
        restriction = Restriction.objects.create(person=restricted, reason="Relative of a member of staff",
                                                 created_by=hos, created_at=ctx.at(today - dt.timedelta(days=30), 9))
        restriction.named_staff.set([hos, first.csw])
        ctx.add("restrictions", 1)
        front_door_logins = _front_door(ctx, hos) if action == "load_demo" else []  # not in the load-test authority
        _spending_and_decisions(ctx, demo=action == "load_demo")
        if action == "load_demo":
            front_door_logins.append(returns_demo.add_analyst(ctx))
            from hearth.redaction.demo import add_ig_officer
            front_door_logins.append(add_ig_officer(ctx))
        from hearth.adoption.demo import add_demo as add_adoption
        front_door_logins += add_adoption(ctx, login=action == "load_demo")
        audit.record(actor=None, action=action, obj=authority, detail=ctx.counts)
    units = [t.unit.name for t in ctx.teams if t.unit.head_of_service_id == hos.pk]
    logins = [
        ("csw", f"{first.csw} — consultant social worker, {first.unit.name}"),
        ("sw", f"{first.social_workers[0]} — social worker, {first.unit.name}"),
        ("hos", f"{hos} — head of service for {', '.join(units)}"),
        ("other", f"{ctx.teams[1].social_workers[0]} — social worker, {ctx.teams[1].unit.name}"),
        ("admin", f"{admin} — system administrator (Django admin)"),
        *front_door_logins,
    ]
    note = f"{restricted} ({first.unit.name}) is a restricted record: only hos and csw may open it."
    return Result(authority=authority, counts=dict(ctx.counts), logins=logins, restricted=note)


def _spending_and_decisions(ctx: Ctx, *, demo: bool) -> None:
    """Budgets for every unit; spends, a request and decisions only in the demo authority (hearth.spending, hearth.decisions)."""
    from hearth.decisions.demo import add_demo as add_decisions
    from hearth.spending.demo import add_demo as add_spending

    add_spending(ctx, with_spends=demo)
    if demo:
        add_decisions(ctx)


def flush_domain_data() -> None:
    """Delete all staff, units, people and cases. The audit log is append-only and stays."""
    tables = [m._meta.db_table for m in apps.get_models(include_auto_created=True) if m._meta.app_label in FLUSH_APPS
              and m._meta.label not in FLUSH_KEEP]
    statements = connection.ops.sql_flush(no_style(), tables, reset_sequences=False, allow_cascade=True)
    postgres_in_transaction = connection.vendor == "postgresql" and connection.in_atomic_block
    if postgres_in_transaction:
        # TRUNCATE refuses tables with deferred foreign key checks pending in this transaction: run them now.
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    connection.ops.execute_sql_flush(statements)
    if postgres_in_transaction:
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")


def with_children(spec: Spec, children: int) -> Spec:
    """The same authority with a different number of children (for tests and scaling)."""
    return dataclasses.replace(spec, children=children)


def summary(result: Result) -> list[str]:
    """Lines to print after a run: the counts and the demo logins."""
    lines = [f"Loaded {result.authority.name}:"]
    lines += [f"  {key.replace('_', ' ')}: {value}" for key, value in result.counts.items()]
    lines += ["", f"Demo logins (password for every account: {DEMO_PASSWORD}):"]
    lines += [f"  {username:<6} {description}" for username, description in result.logins]
    lines += ["", result.restricted]
    return lines


# ---------------------------------------------------------------------------------------------
# The front door (MASH): its unit and workers, two partner agencies with staff accounts, open referrals.

FRONT_DOOR_LOCALITIES = ["ND1, ND2", "ND3, ND4"]  # postcode districts the assessment units cover


def _front_door(ctx: Ctx, hos: User) -> list[tuple[str, str]]:
    """A MASH unit with three workers ("mash" among them); a school and a police force with staff accounts
    ("school", "police") and an API key for the police; a handful of referrals made through the front door's own
    services: one overdue, one waiting for a worker to choose the child's record, others due soon, one decided today.
    Returns the logins to print."""
    from hearth.frontdoor import services as front_door
    from hearth.partners import services as partners
    from hearth.partners.models import Organisation, OrganisationMember

    rng, today, spec = ctx.rng, ctx.today, ctx.spec
    fake = ctx.fake["en_GB"]
    password = make_password(DEMO_PASSWORD)
    now = timezone.now()

    def user(username: str, title: str) -> User:
        return User.objects.create(
            username=username, first_name=fake.first_name_female() if rng.random() < 0.7 else fake.first_name_male(),
            last_name=fake.last_name(), email=f"{username.replace('.', '-')}@{spec.email_domain}", password=password,
            job_title=title, date_joined=ctx.at(today - dt.timedelta(days=rng.randint(200, 2000)), 9))

    def at(days_ago: int, hour: int, minute: int = 0) -> dt.datetime:
        return min(ctx.at(today - dt.timedelta(days=days_ago), hour, minute), now)

    mash = Unit.objects.create(name="MASH (front door)", service_area=ServiceArea.FRONT_DOOR, head_of_service=hos,
                               phone="01632 960 100", email=f"mash@{spec.email_domain}")
    worker, lead, officer = user("mash", "MASH social worker"), user("mash.lead", "Front door practice manager"), \
        user("mash.info", "MASH information officer")
    for member, role in ((lead, Role.CONSULTANT_SOCIAL_WORKER), (worker, Role.SOCIAL_WORKER), (officer, Role.UNIT_COORDINATOR)):
        Membership.objects.create(unit=mash, user=member, role=role, started_on=today - dt.timedelta(days=300))
    assessment_units = [t.unit for t in ctx.teams if t.area == ServiceArea.ASSESSMENT]
    for unit, districts in zip(assessment_units, FRONT_DOOR_LOCALITIES, strict=False):
        unit.localities = districts
        unit.save(update_fields=["localities"])

    school = Organisation.objects.create(name=f"{TOWNS[1]} Primary School", kind="school", code=str(100000 + rng.randint(1, 99999)),
                                         email=f"safeguarding@brackenby-primary.{spec.email_domain}", phone="01632 960 210")
    police = Organisation.objects.create(name=f"{TOWNS[0]} Police", kind="police", code="ND01",
                                         email=f"mash.police@{spec.email_domain}", phone="01632 960 999")
    school_user, police_user = user("school", "Designated safeguarding lead"), user("police", "Detective constable")
    OrganisationMember.objects.create(user=school_user, organisation=school, job_title="Designated safeguarding lead")
    OrganisationMember.objects.create(user=police_user, organisation=police, job_title="Detective constable, MASH police")
    key = partners.create_api_key(actor=None, organisation=police, label="Police case system (demo)")

    def child_born(years: float) -> dt.date:
        return today - dt.timedelta(days=int(years * 365.25) + rng.randint(0, 300))

    known = [p for c, p in ctx.first_unit_cases if c.closed_on is None and p.nhs_number and p.date_of_birth
             and p != ctx.restricted and 2 <= p.age(today) < 16]
    made = []
    if known:
        child = known[0]
        made.append(front_door.receive_referral(
            actor=school_user, channel="partner_form", organisation=school, received_at=at(7, 10, 20),
            referrer_name=school_user.get_full_name(), referrer_role="Designated safeguarding lead",
            referrer_email=school_user.email, child_given_name=child.given_name, child_family_name=child.family_name,
            child_date_of_birth=child.date_of_birth, child_nhs_number=child.nhs_number,
            concerns=f"{child.given_name} has been absent for six days this half term and came in today with a cut "
                     "lip; said a door did it, then that her brother did it.", child_school=school.name))
        similar = known[1] if len(known) > 1 else child
        made.append(front_door.receive_referral(
            actor=worker, channel="phone", source="3A", received_at=at(0, 9, 15), referrer_name="Dr Priya Nandi",
            referrer_role="GP", referrer_phone="01632 960 450",
            # The name alone, without a date of birth: a possible match that a worker must judge.
            child_given_name=similar.given_name, child_family_name=similar.family_name,
            concerns="Seen in surgery with a burn on the forearm; mother's account keeps changing. "
                     "The family registered recently and I do not have the date of birth to hand."))
    (g1, f1, d1), (g2, f2, d2), (g3, f3, d3), (g4, f4, d4) = [
        (first(), fake.last_name(), child_born(years))
        for first, years in ((fake.first_name_male, 6), (fake.first_name_female, 13), (fake.first_name_female, 2),
                             (fake.first_name_male, 0.3))
    ]
    made.append(front_door.receive_referral(
        actor=None, channel="partner_api", organisation=police, received_at=at(0, 2, 40), referrer_name=police_user.get_full_name(),
        referrer_role="Detective constable", child_given_name=g1, child_family_name=f1, child_date_of_birth=d1, child_sex="M",
        child_address_line_1="14 Fellside Road", child_postcode="ND1 4QT", parents_carers=f"{fake.first_name_female()} {f1} (mother)",
        concerns="Police called to a domestic incident at 2am. Mother had a head injury; her partner was arrested. "
                 f"{g1} was awake and upset in the hallway."))
    made.append(front_door.receive_referral(
        actor=officer, channel="email", source="4", received_at=at(1, 15, 30), referrer_name="Dale Whitby",
        referrer_role="Housing officer", referrer_email=f"dale.whitby@housing.{spec.email_domain}", child_given_name=g2,
        child_family_name=f2, child_date_of_birth=d2, child_sex="F", child_address_line_1="Flat 3, Kiln Court",
        child_postcode="ND3 2LP", concerns="Family facing eviction next week; no heating for a fortnight; the young "
                                           "person told the housing officer she stays at friends' houses most nights."))
    made.append(front_door.receive_referral(
        actor=worker, channel="walk_in", source="1A", received_at=at(0, 11, 5), referrer_name=fake.name(),
        referrer_role="Grandmother", child_given_name=g3, child_family_name=f3, child_date_of_birth=d3,
        concerns="Grandmother says the toddler is often left alone in the flat while mum goes out at night."))
    decided = front_door.receive_referral(
        actor=worker, channel="phone", source="3B", received_at=at(1, 12, 0), referrer_name="Helen Cray",
        referrer_role="Health visitor", child_given_name=g4, child_family_name=f4, child_date_of_birth=d4,
        concerns="Mother low in mood after the birth; asked whether anyone can help with the baby's sleep.")
    front_door.decide(actor=worker, referral=decided, decision="nfa", reason="No safeguarding concern; mother seeking support",
                      advice="Health visitor to refer mother to the perinatal mental health team and the family hub's sleep clinic")
    made.append(decided)
    ctx.add("front_door_referrals", len(made))
    ctx.add("partner_organisations", 2)
    return [
        ("mash", f"{worker} — MASH social worker: the front door at /front-door/"),
        ("school", f"{school_user} — designated safeguarding lead, {school.name}: the partner referral form at /refer/"),
        ("police", f"{police_user} — detective constable, {police.name}: the partner referral form at /refer/"),
        ("api key", f"{police.name}'s demo API key (Authorization: Bearer ...): {key.plaintext}"),
    ]
