"""A synthetic, annotated corpus of case documents for bench_redaction.py (all people invented).

Each document comes with the case record the detector is given (hearth.redaction.detect.CaseRecord)
and its gold annotations (start, end, kind). Three styles: case notes, assessments, review reports.

Hard cases put in on purpose: nicknames and short forms (from the `nicknames` package), possessives
("Jade's"), UPPER CASE headings, names split across a line break and words hyphenated across one,
misspellings (one or two letters changed), previous names and aliases, identifiers (NHS number,
UPN, National Insurance number, phone numbers, emails, vehicle registrations, postcodes) and dates of
birth in several formats, and people and places NOT in the record.

How the corpus avoids flattering the detector:
- People not in the record take their names from Faker locales the detector's gazetteer does not
  read (pl_PL, de_DE, fr_FR, it_IT, nl_NL, es_ES, sv_SE, tr_TR, transliterated to ASCII), and any
  name that happens to be in the detector's gazetteer or common-word list is dropped, so they can
  be found only from the words around them, not by look-up. A second, smaller share of outsiders
  uses en_GB names (realistic for England: those the gazetteer does know).
- Towns not in the record come from a list of real towns typed here; the detector has no town list
  at all.
- The sentence templates were written as case notes are written; they do include the contexts the
  detector's rules use (honorifics, "her neighbour", "moved to"), because real notes do, but also
  outsiders with no cue at all ("Kasia Nowak was present" at the start of a sentence), which the
  rules are not built to find. Those misses are counted.
What it does NOT guard against: the detector's context rules were adjusted while reading this corpus's misses, and
there are only about 30 sentence templates, so the figures flatter the detector for the contexts written here (see
bench/README.md). Everything is seeded: the same --seed gives the same corpus.
"""

from __future__ import annotations

import datetime as dt
import importlib
import random
from dataclasses import dataclass, field

from anyascii import anyascii
from stdnum.gb import nhs, upn

from hearth.redaction import detect as d
from hearth.redaction import gazetteer

HELD_OUT_LOCALES = ("pl_PL", "de_DE", "fr_FR", "it_IT", "nl_NL", "es_ES", "sv_SE", "tr_TR")
TOWNS = (
    "Hexham", "Morpeth", "Alnwick", "Blyth", "Cramlington", "Ashington", "Gateshead", "Jarrow", "Hebburn", "Consett",
    "Stanley", "Durham", "Darlington", "Hartlepool", "Stockton", "Redcar", "Whitby", "Scarborough", "Harrogate",
    "Skipton", "Keighley", "Halifax", "Huddersfield", "Barnsley", "Rotherham", "Doncaster", "Grimsby", "Lincoln",
    "Carlisle", "Kendal", "Penrith", "Workington", "Berwick", "Sunderland", "Wallsend", "Whitley Bay", "Tynemouth",
)
STREETS = ("Mill Lane", "Station Road", "Church Street", "Elm Grove", "Victoria Terrace", "Park View", "Oak Avenue",
           "Kings Road", "Chester Close", "Front Street", "Albert Road", "Beech Crescent", "Priory Way", "Hawthorn Drive")
SCHOOLS = ("Westfield Primary School", "St Mary's Catholic Primary School", "Kingsmeadow Academy", "Hillcrest High School",
           "Brookside Infant School", "Valley View Academy", "Castle Hill Nursery", "Northgate College")
ORGS = ("Northumbria Police", "the Royal Victoria Infirmary", "Children's Services", "the Local Authority", "CAMHS",
        "Early Help", "the health visiting service")
PROF_ROLES = ("social worker", "class teacher", "health visitor", "GP", "police officer", "school nurse", "youth worker",
              "designated safeguarding lead")
# Brands and services for sentences that must NOT be redacted. About half of each list is in the detector's
# allow-list (gazetteer.NOT_PERSONAL) and half is not (Wetherspoons, Gregg's rivals, Brawl Stars ...), so precision is
# measured on brands the detector has never been told about too.
GAMES = ("Fortnite", "Roblox", "Minecraft", "Brawl Stars", "Valorant", "Rocket League", "Among Us", "Warzone")
DEVICES = ("Xbox", "PlayStation", "iPad", "Switch", "Kindle", "Chromebook")
APPS = ("Snapchat", "TikTok", "Instagram", "WhatsApp", "Yubo", "Wizz", "BeReal", "Omegle")
SHOPS = ("Tesco", "Asda", "Lidl", "Greggs", "Wetherspoons", "Farmfoods", "Heron Foods", "Quality Save", "B&M", "Home Bargains")
SCHOOL_APPS = ("ClassDojo", "Google Classroom", "Arbor", "Tapestry", "SeeSaw", "Bromcom", "ParentPay")
REL = ("mother", "father", "grandparent", "aunt_uncle", "carer")


@dataclass
class Doc:
    text: str
    gold: list[tuple[int, int, str]]
    record: d.CaseRecord
    style: str


@dataclass
class _Builder:
    parts: list[str] = field(default_factory=list)
    gold: list[tuple[int, int, str]] = field(default_factory=list)
    n: int = 0

    def t(self, s: str) -> _Builder:
        self.parts.append(s)
        self.n += len(s)
        return self

    def e(self, s: str, kind: str) -> _Builder:
        # A gold span; a name split over a line break is still one span.
        self.gold.append((self.n, self.n + len(s), kind))
        return self.t(s)

    def text(self) -> str:
        return "".join(self.parts)


def _names(loc: str):
    p = importlib.import_module(f"faker.providers.person.{loc}").Provider

    def flat(v):
        return list(v.keys()) if isinstance(v, dict) else list(v)

    firsts = flat(getattr(p, "first_names", ())) or flat(getattr(p, "first_names_male", ())) + flat(getattr(p, "first_names_female", ()))
    lasts = flat(getattr(p, "last_names", ()))
    return firsts, lasts


def _held_out_names() -> tuple[list[str], list[str]]:
    known = gazetteer.given_names() | gazetteer.family_names() | gazetteer.common_words()
    firsts: set[str] = set()
    lasts: set[str] = set()
    for loc in HELD_OUT_LOCALES:
        f, la = _names(loc)
        for x, out in ((f, firsts), (la, lasts)):
            for n in x:
                a = anyascii(n).strip()
                if a.isalpha() and 3 <= len(a) <= 12 and a.lower() not in known and a[0].isupper() and a[1:].islower():
                    out.add(a)
    return sorted(firsts), sorted(lasts)


class Generator:
    def __init__(self, seed: int = 8):
        self.rng = random.Random(seed)
        gb_first, gb_last = _names("en_GB")
        self.gb_first = [n for n in gb_first if n.isalpha()]
        self.gb_last = [n for n in gb_last if n.isalpha() and len(n) >= 4]
        self.out_first, self.out_last = _held_out_names()
        self.used_nhs: set[str] = set()

    # identifiers ---------------------------------------------------------------------------
    def nhs(self) -> str:
        while True:
            body = f"999{self.rng.randrange(1_000_000):06d}"
            check = 11 - sum(int(c) * w for c, w in zip(body, range(10, 1, -1), strict=True)) % 11
            if check == 10:
                continue
            n = body + str(0 if check == 11 else check)
            if nhs.is_valid(n):
                return f"{n[:3]} {n[3:6]} {n[6:]}" if self.rng.random() < 0.5 else n

    def upn(self) -> str:
        while True:
            body = f"{self.rng.randrange(800, 940):03d}{self.rng.randrange(2000, 7000):04d}{self.rng.randrange(10, 24):02d}"
            body += f"{self.rng.randrange(1, 999):03d}"
            number = upn.calc_check_digit(body) + body
            if upn.is_valid(number):
                return number

    def ni(self) -> str:
        pre = self.rng.choice(["AB", "CE", "JH", "KL", "PR", "SW", "TY", "WR", "ZX"])
        return f"{pre} {self.rng.randrange(100):02d} {self.rng.randrange(100):02d} {self.rng.randrange(100):02d} {self.rng.choice('ABCD')}"

    def phone(self) -> str:
        r = self.rng
        return r.choice([f"07700 900{r.randrange(1000):03d}", f"0191 496 0{r.randrange(1000):03d}", f"020 7946 0{r.randrange(1000):03d}",
                         f"+44 7700 900{r.randrange(1000):03d}"])

    def postcode(self) -> str:
        r = self.rng
        unit = "ABDEFGHJLNPQRSTUWXYZ"
        return f"{r.choice(['NE', 'DH', 'SR', 'TS', 'DL'])}{r.randrange(1, 40)} {r.randrange(1, 10)}{r.choice(unit)}{r.choice(unit)}"

    def vehicle(self) -> str:
        r = self.rng
        letters = "ABCDEFGHJKLMNOPRSTUVWXY"
        tail = "".join(r.choice(letters) for _ in range(3))
        return f"{r.choice(letters)}{r.choice(letters)}{r.randrange(10, 74):02d} {tail}"

    def date_text(self, day: dt.date) -> str:
        fmt = self.rng.choice(["%d/%m/%Y", "%-d %B %Y", "%d.%m.%Y", "%Y-%m-%d", "%-d %b %Y", "%B %-d, %Y", "%-dth %B %Y"])
        s = day.strftime(fmt)
        return s.replace("1th", "1st").replace("2th", "2nd").replace("3th", "3rd").replace("11st", "11th").replace(
            "12nd", "12th").replace("13rd", "13th")

    # people ---------------------------------------------------------------------------------
    def family(self) -> d.CaseRecord:
        r = self.rng
        fam = r.choice(self.gb_last)
        town = r.choice(TOWNS)
        home = d.Address(f"{r.randrange(1, 200)} {r.choice(STREETS)}", "", town, self.postcode())
        school = r.choice(SCHOOLS)
        year = r.randrange(2008, 2022)
        child = d.Party("child", "subject", [(r.choice(self.gb_first), fam)],
                        [dt.date(year, r.randrange(1, 13), r.randrange(1, 29))], [home], [], [], [self.nhs(), self.upn()], [school])
        parties = [child]
        mother = d.Party("mother", "mother", [(r.choice(self.gb_first), fam)], [dt.date(year - r.randrange(18, 40), r.randrange(1, 13),
                         r.randrange(1, 29))], [home], [self.phone()], [], [self.nhs(), self.ni()])
        if r.random() < 0.4:  # a previous (maiden) name
            mother.names.append((mother.names[0][0], r.choice(self.gb_last)))
        parties.append(mother)
        father = d.Party("father", "father", [(r.choice(self.gb_first), fam if r.random() < 0.5 else r.choice(self.gb_last))],
                         [dt.date(year - r.randrange(18, 45), r.randrange(1, 13), r.randrange(1, 29))],
                         [d.Address(f"{r.randrange(1, 90)} {r.choice(STREETS)}", "", r.choice(TOWNS), self.postcode())],
                         [self.phone()], [], [self.ni()])
        parties.append(father)
        for i in range(r.randrange(0, 3)):
            parties.append(d.Party(f"sibling{i}", "sibling", [(r.choice(self.gb_first), fam)],
                                   [dt.date(year + r.randrange(-6, 6), r.randrange(1, 13), r.randrange(1, 29))], [home]))
        if r.random() < 0.6:
            parties.append(d.Party("gran", "grandparent", [(r.choice(self.gb_first), r.choice(self.gb_last))]))
        for i in range(r.randrange(2, 4)):
            g, f = r.choice(self.gb_first), r.choice(self.gb_last)
            parties.append(d.Party(f"prof{i}", "professional", [(g, f)], [], [], [self.phone()],
                                   [f"{g.lower()}.{f.lower()}@{r.choice(['northshire.gov.uk', 'nhs.net', 'school.org.uk'])}"],
                                   job=r.choice(PROF_ROLES)))
        return d.CaseRecord(parties, "child", organisations=[school])


_TITLES = {"case_note": "CASE NOTE", "assessment": "CHILD AND FAMILY ASSESSMENT", "review": "CHILD SAFEGUARDING PRACTICE REVIEW"}


def make_doc(gen: Generator, style: str) -> Doc:
    r = gen.rng
    rec = gen.family()
    b = _Builder()
    child, mother, father = rec.parties[0], rec.parties[1], rec.parties[2]
    kids = [p for p in rec.parties if p.role == "sibling"]
    profs = [p for p in rec.parties if p.role == "professional"]
    gran = next((p for p in rec.parties if p.role == "grandparent"), None)
    cg, cf = child.names[0]

    def name(p: d.Party, *, full=None, hard=True):
        g, f = p.names[r.randrange(len(p.names))] if len(p.names) > 1 and r.random() < 0.3 else p.names[0]
        roll = r.random() if hard else 1.0
        if roll < 0.10:
            shorts = sorted(d.short_forms(g))
            if shorts:
                g = r.choice(shorts).title()
        full = full if full is not None else r.random() < 0.4
        s = f"{g} {f}" if full else g
        if roll > 0.10 and roll < 0.16:
            s = s.upper()
        elif 0.975 < roll and full:
            s = s.lower()  # rushed notes: a full name typed in lower case
        elif 0.16 <= roll < 0.20 and len(g) >= 5 and not full:
            i = r.randrange(1, len(g) - 1)
            s = g[:i] + g[i + 1:] if r.random() < 0.5 else g[:i] + g[i + 1] + g[i] + g[i + 2:]
        elif 0.16 <= roll < 0.24 and full:
            s = f"{g}\n{f}"
        elif 0.20 <= roll < 0.27 and len(g) >= 6 and not full:
            s = f"{g[:3]}-\n{g[3:]}"
        b.e(s, d.NAME)
        if r.random() < 0.15:
            b.t("'s")

    def outsider(with_cue=True):
        if r.random() < 0.75:
            g, f = r.choice(gen.out_first), r.choice(gen.out_last)
        else:
            g, f = r.choice(gen.gb_first), r.choice(gen.gb_last)
        form = r.randrange(6 if with_cue else 1)
        if not with_cue:
            b.e(f"{g} {f}", d.NAME) if r.random() < 0.5 else b.e(g, d.NAME)
            return
        if form == 0:
            b.t(r.choice(["Mrs ", "Mr ", "Ms ", "Miss "])).e(f, d.NAME).t(r.choice([" next door", " from across the road", ""]))
        elif form == 1:
            b.t(r.choice(["her neighbour ", "a friend called ", "his friend ", "mum's boyfriend ", "an uncle, "])).e(g, d.NAME)
        elif form == 2:
            b.t("a family friend, ").e(f"{g} {f}", d.NAME).t(",")
        elif form == 3:
            b.t("her cousin ").e(f"{g} {f}", d.NAME)
        elif form == 4:
            b.t("Dr ").e(f, d.NAME)
        else:
            b.t("a man known as ").e(g, d.NAME)

    def date(day=None, kind=d.DATE):
        day = day or dt.date(2024, 1, 1) + dt.timedelta(days=r.randrange(700))
        b.e(gen.date_text(day), kind)

    home = child.addresses[0]
    b.t(_TITLES[style] + "\n\n")
    b.t("Child: ")
    b.e(f"{cg} {cf}".upper() if r.random() < 0.5 else f"{cg} {cf}", d.NAME)
    b.t("   Date of birth: ")
    date(child.dobs[0], d.DOB)
    b.t("\nNHS number: ").e(child.identifiers[0], d.NHS).t("   UPN: ").e(child.identifiers[1], d.UPN)
    b.t("\nAddress: ").e(home.line_1, d.ADDRESS).t(", ").e(home.town, d.PLACE).t(", ").e(home.postcode, d.POSTCODE).t("\n\n")
    sentences = [
        lambda: (b.t("Home visit on "), date(), b.t(". "), name(child), b.t(" was seen alone in her bedroom and spoke about school. ")),
        lambda: (name(mother, full=True), b.t(" (mother, date of birth "), date(mother.dobs[0], d.DOB),
                 b.t(") said she had been struggling since the move. ")),
        lambda: (b.t("I spoke with "), name(father), b.t(" by phone on "), b.e(father.phones[0], d.PHONE),
                 b.t("; he lives at "), b.e(father.addresses[0].line_1, d.ADDRESS), b.t(", "),
                 b.e(father.addresses[0].postcode, d.POSTCODE),
                 b.t(". ")),
        lambda: (b.t("Concerns were raised by "), outsider(), b.t(", who heard shouting late at night. ")),
        lambda: (name(child), b.t(" attends "), b.e(child.schools[0], d.SCHOOL), b.t(" and her attendance is 82%. ")),
        lambda: (b.t("The "), b.t(profs[0].job), b.t(", "), name(profs[0], full=True, hard=False), b.t(", can be reached at "),
                 b.e(profs[0].emails[0], d.EMAIL), b.t(". ")),
        lambda: (b.t("Police attended after a report that a car, registration "), b.e(gen.vehicle(), d.VEHICLE),
                 b.t(", was seen outside the home. ")),
        lambda: (b.t("Mother's National Insurance number is "), b.e(mother.identifiers[1], d.NI), b.t(" and her mobile is "),
                 b.e(mother.phones[0], d.PHONE), b.t(". ")),
        lambda: (b.t("The family previously lived in "), b.e(r.choice(TOWNS), d.PLACE), b.t(" before moving to "),
                 b.e(home.town, d.PLACE), b.t(". ")),
        lambda: (name(child), b.t(" said that "), outsider(), b.t(" sometimes looks after her after school. ")),
        lambda: (b.t("At the strategy discussion on "), date(), b.t(" it was agreed that "), name(profs[-1], hard=False, full=True),
                 b.t(" would complete the section 47 enquiry. ")),
        lambda: (b.t("Both children, "), name(child), b.t(" and "), name(kids[0]) if kids else b.t("the baby"),
                 b.t(", were seen together. ")),
        lambda: (b.t("Maternal grandmother "), name(gran, full=True) if gran else outsider(),
                 b.t(" has offered to help with school runs. ")),
        lambda: (outsider(with_cue=False), b.t(" was present at the visit but did not give her address. ")),
        lambda: (b.t("The health visitor last saw "), name(child), b.t(" on "), date(), b.t(" and noted no concerns. ")),
        lambda: (b.t("Letter sent to "), b.e(f"{r.randrange(1, 150)} {r.choice(STREETS)}", d.ADDRESS), b.t(", "),
                 b.e(gen.postcode(), d.POSTCODE), b.t(" on "), date(), b.t(". ")),
        lambda: (b.t("Northumbria Police shared an incident log; the Child Protection Conference on Monday will consider it. ")),
        lambda: (b.t("Her friend from "), b.e(r.choice(SCHOOLS), d.SCHOOL), b.t(" visits at weekends. ")),
        lambda: (name(child), b.t("'s mother told me she wants the family to get help from Early Help in March. ")),
        # People not in the record, written without the cue words the detector's rules look for.
        lambda: (b.t("Mum said "), outsider(with_cue=False), b.t(" has been staying over most weekends. ")),
        lambda: (b.t("I also spoke to "), outsider(with_cue=False), b.t(" on the doorstep. ")),
        lambda: (outsider(with_cue=False), b.t(", mum's new partner, was in the kitchen and did not engage. ")),
        lambda: (b.t("Mrs "), b.e(r.choice(gen.out_last), d.NAME), b.t(" next door has keys to the flat. ")),
        lambda: (b.t("There was an argument with "), outsider(with_cue=False), b.t(" outside the shop. ")),
        # Capitalised words that are not personal data (they must NOT be redacted: precision).
        lambda: (b.t("Mum has been referred to Citizens Advice about Universal Credit and to the Family Hub for the Food Bank. ")),
        lambda: (b.t(f"She plays {r.choice(GAMES)} on her {r.choice(DEVICES)} and uses {r.choice(APPS)} late at night. ")),
        lambda: (b.t("Women's Aid and the Domestic Abuse Service have offered support; the MARAC met on Tuesday. ")),
        lambda: (b.t(f"They shop at {r.choice(SHOPS)} and eat at {r.choice(SHOPS)}; the school uses {r.choice(SCHOOL_APPS)}. ")),
        lambda: (b.t("The Ofsted report and the Working Together 2023 guidance were considered by the Panel. ")),
        lambda: (b.t("Dad follows Newcastle United and took "), name(child), b.t(" to St James' Park. ")),
    ]
    n = {"case_note": 7, "assessment": 12, "review": 16}[style]
    for _ in range(n):
        r.choice(sentences)()
        if r.random() < 0.25:
            b.t("\n\n")
    b.t("\n")
    return Doc(b.text(), b.gold, rec, style)


def corpus(n: int = 500, seed: int = 8) -> list[Doc]:
    gen = Generator(seed)
    styles = ("case_note", "assessment", "review")
    return [make_doc(gen, styles[i % 3]) for i in range(n)]
