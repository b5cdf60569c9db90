"""Find what to redact in a document, knowing the case (plain Python: no Django, so the bench is fast).

Three layers, merged at the end (a longer span wins; on a tie the record wins over a pattern, a
pattern over a guess):

1. Record-aware. `CaseRecord` lists everyone linked to the case (family network, professionals,
   third parties) with their names, aliases, previous and preferred names, the nicknames and short
   forms of each given name (the `nicknames` package), dates of birth, addresses, postcodes,
   schools, phone numbers, emails and identifiers. All the record's terms go into ONE Aho-Corasick
   automaton per case (pyahocorasick), run over a lower-cased view of the text in which every run
   of white space is one space: so UPPER CASE matches, names split across lines match, and a
   possessive ("Jade's") is left outside the span. Words hyphenated across a line break ("Jor-\\ndan") are joined before
   matching and the spans mapped back. A capitalised word within a small edit distance of a
   recorded name (rapidfuzz OSA distance, 1 edit for 4–6 letters, 2 for longer) is taken for a
   misspelling of it, unless the word is itself a given or family name.
2. Patterns for identifiers, validated where a checker exists: NHS number (python-stdnum check
   digit), UPN (python-stdnum), National Insurance number (prefix rules), UK postcodes, phone
   numbers (phonenumbers: must be a valid GB number), emails, vehicle registrations, dates in
   several formats, street addresses and school names by their shape.
3. People and places NOT in the record, by rules rather than a statistical model: an honorific
   before a capitalised word ("Mrs Patel"), a relationship cue before one ("her neighbour Kasia",
   "a friend called Dev"), a capitalised word found in a given- or family-name gazetteer, two
   capitalised words together that are not ordinary vocabulary, and a capitalised word after a
   place preposition ("moved to Hexham"). See gazetteer.py for where the lists come from and why
   they, and not a spaCy model, were chosen. A word found only by the lists or by rarity is dropped
   when the words around it say it names a thing, not a person ("uses Yubo", "a grey Corsa", "at
   Farmfoods", "Home Bargains"): see `_thing_evidence`.
   Also: a role or rank before a surname ("PC 2231 Hepple", "Nurse Adebayo") or a title with initials
   ("Mr D. Heslop") is part of the name; a nickname in quotes after "called" or alone mid-sentence is a
   name; a kin word ("Grandma Pat") is a cue; a place word ending the line before a place still counts;
   hyphenated places ("Chester-le-Street") are one place; names of shops, brands, apps, banks and
   transport operators (gazetteer `brands.txt`), and rare words listed with them ("on Wink and Zorbly"),
   are things; a town inside an organisation's name ("Tynedale Council", "University Hospital of North
   Tees") is neither a name nor a place; someone watched "on YouTube" is not a person in the case; and in
   lower-case writing (someone's own words) a given name or a rare word where only a person stands ("me
   and jordan", "deano gives us lifts") is a name.
"""

from __future__ import annotations

import datetime as dt
import os.path
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache

import ahocorasick
import phonenumbers
from anyascii import anyascii
from rapidfuzz.distance import OSA, Levenshtein
from stdnum.gb import nhs, upn

from hearth.redaction import gazetteer

# Kinds of thing found. Names and places are grouped as the bench reports them.
NAME, ADDRESS, POSTCODE, PLACE, SCHOOL, ORG = "name", "address", "postcode", "place", "school", "organisation"
PHONE, EMAIL, DOB, DATE, NHS, UPN, NI, VEHICLE = "phone", "email", "dob", "date", "nhs", "upn", "ni", "vehicle"
KIND_LABELS = {
    NAME: "Name", ADDRESS: "Address", POSTCODE: "Postcode", PLACE: "Place", SCHOOL: "School", ORG: "Organisation",
    PHONE: "Phone number", EMAIL: "Email address", DOB: "Date of birth", DATE: "Date", NHS: "NHS number",
    UPN: "Unique pupil number", NI: "National Insurance number", VEHICLE: "Vehicle registration",
}
SOURCE_RANK = {"record": 5, "reviewer": 6, "pattern": 4, "fuzzy": 3, "honorific": 3, "cue": 2, "gazetteer": 2, "rare": 1, "shape": 1}


@dataclass
class Address:
    line_1: str = ""
    line_2: str = ""
    town: str = ""
    postcode: str = ""


@dataclass
class Party:
    """One person linked to the case, as the record knows them."""

    key: str
    role: str  # subject, mother, father, parent, step_parent, sibling, grandparent, aunt_uncle, carer, friend, other, professional
    names: list[tuple[str, str]] = field(default_factory=list)  # (given, family): legal, alias, previous, preferred
    dobs: list[dt.date] = field(default_factory=list)
    addresses: list[Address] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    identifiers: list[str] = field(default_factory=list)
    schools: list[str] = field(default_factory=list)
    organisation: str = ""
    job: str = ""

    @property
    def display(self) -> str:
        g, f = self.names[0] if self.names else ("", "")
        return f"{g} {f}".strip()


@dataclass
class CaseRecord:
    parties: list[Party]
    subject_key: str
    organisations: list[str] = field(default_factory=list)

    def party(self, key: str | None) -> Party | None:
        return next((p for p in self.parties if p.key == key), None)


@dataclass
class Finding:
    start: int
    end: int
    text: str
    kind: str
    source: str  # record, pattern, fuzzy, honorific, cue, gazetteer, shape, reviewer
    party: str | None = None  # the Party.key it belongs to, when the record knows
    value: str = ""  # normalised value (for consistent pseudonyms of things outside the record)

    @property
    def label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)


# ---------------------------------------------------------------------------------------------
# Text view: join words hyphenated across a line break, keeping a map back to the original.


def _joined_view(text: str) -> tuple[str, list[int] | None]:
    if "-\n" not in text:
        return text, None
    out: list[str] = []
    index: list[int] = []
    i, n = 0, len(text)
    while i < n:
        if text[i] == "-" and i + 1 < n and text[i + 1] == "\n" and i > 0 and text[i - 1].isalpha() and i + 2 < n and text[i + 2].isalpha():
            i += 2
            continue
        out.append(text[i])
        index.append(i)
        i += 1
    index.append(n)
    return "".join(out), index


# ---------------------------------------------------------------------------------------------
# Patterns.

_WORD = r"[A-Za-z][A-Za-z'’\-]*"
_CAP = r"[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?"
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
_MONTH_RE = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
             r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
# a date as Chinese, Japanese and Korean write it: "2026年11月14日", "11月14日", "12月20號", "11월 20일"
_EAST_ASIAN_DATE = re.compile(r"(?:(\d{4})[年년][ \t]?)?(1[0-2]|0?[1-9])[月월][ \t]?([12]\d|3[01]|0?[1-9])[日號号일]")
_WELSH_MONTH_RE = r"(?:Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr)"
# The months of the languages families in England write dates in most (Spanish, Portuguese, French, Italian, Romanian and
# Polish, which writes the month in the genitive: "10 listopada 2026"; German, Dutch and the Nordic languages; Czech and
# Lithuanian genitives, Latvian's locative "3. novembrī"; Hungarian, Albanian and Turkish; Russian and Ukrainian genitives,
# Bulgarian and Kazakh in Cyrillic: "3 декабря", "9 септември"), read as English months; each
# only after a day's number, and accents are read as plain letters ("31. október")
_FOREIGN_MONTHS = {name: english for names, english in zip((
    "enero janeiro janvier gennaio ianuarie stycznia januar januari ledna sausio janvari janar ocak января січня януари қаңтар",
    "febrero fevereiro février fevrier febbraio februarie lutego februar februari unora vasario februari shkurt subat февраля "
    "лютого февруари ақпан",
    "marzo março marco mars martie marca marz maart brezna kovo marta marcius mart machi марта березня март наурыз",
    "abril avril aprile aprilie kwietnia dubna balandzio aprili aprilis prill nisan апреля квітня април сәуір",
    "mayo maio maggio maja mei maj kvetna geguzes maija majus mayis мая травня май мамыр",
    "junio junho juin giugno iunie czerwca juni cervna birzelio junija junius qershor haziran июня червня юни маусым",
    "julio julho juillet luglio iulie lipca juli cervence liepos julija julius korrik temmuz julai июля липня юли шілде",
    "agosto août aout sierpnia augusti srpna rugpjucio augusta augusztus agust gusht agustos agosti августа серпня август тамыз",
    "septiembre setiembre setembro septembre settembre septembrie września wrzesnia zari rugsejo septembri szeptember "
    "shtator eylul septemba сентября вересня септември қыркүйек",
    "octubre outubro octobre ottobre octombrie października pazdziernika oktober rijna spalio oktobri tetor ekim oktoba октября "
    "жовтня октомври қазан",
    "noviembre novembro novembre noiembrie listopada listopadu lapkricio novembri nentor kasim novemba ноября листопада ноември қараша",
    "diciembre dezembro décembre decembre dicembre decembrie grudnia dezember desember prosince gruodzio decembri dhjetor "
    "aralik desemba декабря грудня декември желтоқсан"),
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
     "december"), strict=True) for name in names.split()} | {m: m for m in MONTHS}  # "29. nóvember 2026", read "november"
# (Swahili's among them: "machi", "julai", "agosti", "septemba", "oktoba", "novemba", "desemba")
_FOREIGN_MONTH_RE = "(?:" + "|".join(sorted(_FOREIGN_MONTHS, key=len, reverse=True)) + ")"
_WELSH_MONTHS = dict(zip("ionawr chwefror mawrth ebrill mai mehefin gorffennaf awst medi hydref tachwedd rhagfyr".split(),
                         "january february march april may june july august september october november december".split(), strict=True))
# Polish short months, as a phone's chat export prints them: read only with a day and a year (see the date patterns)
_POLISH_SHORT_MONTHS = dict(zip("sty lut mar kwi maj cze lip sie wrz paz lis gru".split(),
                                "january february march april may june july august september october november december".split(),
                                strict=True))
_OTHER_LANGUAGE_MONTHS = {**_POLISH_SHORT_MONTHS, **_WELSH_MONTHS, **_FOREIGN_MONTHS}  # (Welsh and French both write May "mai")
STREET_WORDS = (
    "Road|Street|Lane|Close|Avenue|Drive|Way|Crescent|Grove|Terrace|Place|Gardens|Court|Walk|Row|Square|Mews|Rise|Hill|View|Green|Parade"
)
# Royal Mail's usual abbreviations of street words
STREET_ABBREVIATIONS = r"(?:Rd|St|Ave|Av|Cres|Ct|Dr|Gdns|Gr|Gro|Grn|Ln|Pl|Sq|Terr|Ter|Tce|Cl|Wlk|Wy|Pde|Mws|Vw|Hts|Pk)"
_SCAP = r"[A-Z][a-z]+(?:['’]s)?"
SCHOOL_WORDS = (r"(?:(?:Primary|Junior|Infant|Infants|Secondary|High|Grammar|Community|Church of England|C of E|Catholic|Free)\s+)*"
                r"(?:School|Academy|College|Nursery)")

_VEHICLE_BEFORE = re.compile(r"\b(?:car|cars|van|vans|transit|motorbike|moped|scooter|vehicle|taxi|cab|registration|reg|plate"
                             r"|number\s+plate|drives|driving|drove)\b[^.\n]*$", re.IGNORECASE)
# a weekday just before a day and month in a diary ("Mon 9/3", "Tuesday, 4/3")
# a word a date follows ("from 11/12", "move in 1/12", "Added 3/10", "until 4/1", "(applied 8/10)", "seen on\n2/12"): a day
# and month, not a score
_DATE_WORD_BEFORE = re.compile(r"\b(?:from|until|till|til|by|since|added|updated|due|starts?|started|ends?"
                               r"|ended|move\s+in|moving\s+in|w/c|wc|dated|reviewed|booked\s+for|applied|visited|last|on"
                               # (a meeting, a visit or an event, and when it was: "CS panel 2/12", "the incident of 6/11")
                               r"|incident\s+of|appt|appointment|panel|visit|revisit|meeting|mtg|conference|hearing"
                               r"|invite\s+for|interview|session\s+on|seen)"
                               r"(?:[ \t:]+|[ \t]*\n[ \t]*)$", re.IGNORECASE)
# a word of time before a day of the month ("from the 1st", "park closes 31st", "were on\nthe 27th"), and what may follow
# it: punctuation, the end of the line, a capital or a joining word, not a noun ("from the 3rd floor", "the 2nd time")
_ORDINAL_WORD_BEFORE = re.compile(r"(?:\b(?:from|since|until|till|before|after|by|past|closes|closing|closed|ends|ending|on)(?:\s+the)?"
                                  r"|\bthe)[ \t]*\n?[ \t]*$", re.IGNORECASE)
_ORDINAL_AFTER = re.compile(r"[ \t]*(?:$|[^\w\s]|(?:and|or|to|so|but|when|because|as|then|until|till|at)\b|[A-Z])", re.MULTILINE)
# a centile near it makes it a measure ("dropped from the 25th to the 9th centile", "9th centile, down from 25th")
_CENTILE_NEAR = re.compile(r"\b(?:per)?centiles?\b", re.IGNORECASE)

_WEEKDAY_END = re.compile(r"\b(?:Mon|Tue|Tues|Wed|Weds|Thu|Thur|Thurs|Fri|Sat|Sun|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                          r"(?:[ \t]+(?:night|morning|afternoon|evening))?(?:[.,]?[ \t]|\s?\()$", re.IGNORECASE)  # "Saturday (24th)"


def _a_day_of_the_month(text: str, m: re.Match) -> bool:
    """Whether an ordinal alone ("9th") is a day: after its weekday ("mon 9th"), or after a word of time with a joining
    word, punctuation or the line's end after it ("since the 10th.", "closes 31st -"), and no centile near."""
    if _WEEKDAY_END.search(text, max(0, m.start() - 26), m.start()):
        return True
    return bool(_ORDINAL_WORD_BEFORE.search(text, max(0, m.start() - 20), m.start()) and _ORDINAL_AFTER.match(text, m.end())
                and not _CENTILE_NEAR.search(text, max(0, m.start() - 30), m.end() + 30))



# words that open a street's name without naming it ("the High Street", "Ring Road", "MAIN RD", "THE ROAD")
_GENERIC_STREET_NAME = r"(?:High|Main|Church|Mill|Station|Park|Green|Back|Market|Chapel|School|Bridge|Victoria|Albert|King|Queen|London)"
_GENERIC_STREET_WORD = r"(?:Road|Street|Lane|Avenue|Square|Place|Row|Parade)\b"
_GENERIC_STREET = rf"{_GENERIC_STREET_NAME}[ \t]+{_GENERIC_STREET_WORD}"
_GENERIC_STREET_FIRST = ("The", "A", "An", "On", "In", "At", "Off", "Near", "From", "To", "By", "High", "Main", "Ring", "Back", "Old",
                         "New", "Relief", "Link", "Bypass", "Station", "Church", "Mill", "Park", "Green", "North", "South", "East",
                         "West", "Upper", "Lower")

_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"  # a day of the month, with its ordinal ending or not
# a day of the month in words, as someone says it ("the twentieth of December", "first of May")
_ORDINAL_WORDS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth "
    "sixteenth seventeenth eighteenth nineteenth twentieth twenty-first twenty-second twenty-third twenty-fourth "
    "twenty-fifth twenty-sixth twenty-seventh twenty-eighth twenty-ninth thirtieth thirty-first".split())}
# a year as it is said: "ninety-eight", "nineteen eighty-four", "two thousand and four", "twenty twenty-six"
_TENS = "(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty" \
    "|seventy|eighty|ninety)(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?"
_SPOKEN_YEAR = (rf"[ \t.…,]+(?:(?:nineteen|twenty)[ -]{_TENS}|two thousand(?: and)?(?: {_TENS}| (?:one|two|three|four|five|six|seven"
                rf"|eight|nine))?|{_TENS})\b")
_ORDINAL_WORD_RE = "(?:" + "|".join(sorted((w.replace("-", "[ -]") for w in _ORDINAL_WORDS), key=len, reverse=True)) + ")"

# The identifiers, dates, addresses and schools found by their shape: (kind, pattern) or (kind, pattern, words). Where
# words are given, the pattern cannot match a text that holds none of them (read as written, or in lower case if the
# pattern ignores case), so the patterns pass tries it only on a text that holds one: most documents name no Welsh
# school or plot number, and a pattern tried at every place of a document costs more than looking for a word in it.
# For the same reason a pattern starts with what it matches first where it can ("\d(?<![\d-]\d)" is "(?<![\d-])\d":
# the engine then skips to each figure), or looks at its first character before anything else ("(?=\d)").
_ORDINAL_STEMS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
                  "twelfth", "teenth", "twentieth", "thirtieth")  # in every word of _ORDINAL_WORDS
PATTERNS: list[tuple] = [
    (EMAIL, re.compile(r"\b[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}\b"), ("@",)),
    (NHS, re.compile(r"\d(?<![\d-]\d)\d{2}[ \-]?\d{3}[ \-]?\d{4}(?![\d-])")),
    (UPN, re.compile(r"\b[A-Z]\d{11}[0-9A-Z]\b")),
    (NI, re.compile(r"\b(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b")),
    # (its two halves may stand on two lines, as an address block wraps them: "Barnstaple EX31\n1EA")
    (POSTCODE, re.compile(r"\b(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?(?: |[ \t]*\n[ \t]*)?\d[ABD-HJLNP-UW-Z]{2})\b", re.IGNORECASE)),
    # an Irish Eircode: a routing key, a space, and a unique identifier of four with a letter and a digit in it
    # ("V94 K2X8", "D6W Y2K4"); the space is needed, as a prison number ("A7231DK") or a case reference
    # ("X437219") is the same letters and figures run together
    (POSTCODE, re.compile(r"\b(?:[AC-FHKNPRTV-Y]\d{2}|D6W) (?=[0-9AC-FHKNPRTV-Y]{0,3}\d)(?!\d{4})[0-9AC-FHKNPRTV-Y]{4}\b")),
    (VEHICLE, re.compile(r"\b[A-HJ-PR-Y][A-HJ-PR-Y]\d{2} ?[A-HJ-PR-Z]{3}\b")),
    # in lower case, as a text gives it ("the blue corsa nd63 lkv"): with an age figure that plates have (02-26, 51-76)
    (VEHICLE, re.compile(r"\b[a-hj-pr-y]{2}(?:0[2-9]|1\d|2[0-6]|5[1-9]|6\d|7[0-6]) ?[a-hj-pr-z]{3}\b")),
    # part of a registration, after a vehicle word ("a white Transit van, FN19 something"): letters and the age figure
    (VEHICLE, _PARTIAL_PLATE := re.compile(r"\b[A-HJ-PR-Y][A-HJ-PR-Y](?:0[2-9]|1\d|2[0-6]|5[1-9]|6\d|7[0-6])\b(?! ?[A-Z]{3}\b)")),
    (PHONE, re.compile(r"(?=[+0])(?<![\w+])(?:\+44\s?\(?0?\)?\s?|0)\d(?:[\s\-]?\d){8,9}(?!\d)")),
    (PHONE, re.compile(r"\((?<![\w+]\()0\d{2,4}\)\s?\d{3,4}[\s\-]?\d{3,4}(?![\d\-])")),  # "(0121) 496 0417"
    # a number abroad in international form ("+48 512 334 908", "+234 803 555 0199"): valid for its country
    # (a first group of one digit too: "+237 6 77 41 82 19", "+33 6 44 81 29 07")
    (PHONE, re.compile(r"\+(?<![\w+]\+)(?!44)[1-9]\d{0,2}(?:[ \-]?\d{1,4})(?:[ \-]?\d{2,4}){1,5}(?![\d\-])")),
    (DATE, re.compile(
        r"\b(?=[\djfmasond])(?:\d{1,2}(?P<sep>[/.\-])\d{1,2}(?P=sep)(?:\d{4}|\d{2})"  # (one mark between: not "8-9/11" of "8-9/11/2026")
        r"|\d{1,2}[ \t]+/[ \t]+\d{1,2}[ \t]+/[ \t]+(?:\d{4}|\d{2})"  # a form's boxes: "29 / 10 / 26", "05 / 06 / 2012"
        r"|\d{1,2}\.[ \t]\d{1,2}\.[ \t]\d{4}"  # "14. 11. 2026", as Czech, Slovak and German write it
        r"|\d{4}[-/]\d{2}[-/]\d{2}"
        r"|(?:19|20)\d{2}\.(?:0[1-9]|1[0-2])\.(?:[0-2]\d|3[01])"  # "2026.11.02", as Korean and Chinese phones print a date
        rf"|\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+{_MONTH_RE}\.?,?\s+\d{{4}}"
        rf"|\d{{1,2}}[ \t]+{_MONTH_RE}\.?[ \t]+\d{{2}}(?![:\d]|\.\d)"  # "31 Oct 26", "3 Jul 26 -": a year of two figures
        rf"|{_MONTH_RE}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
        rf"|\d{{1,2}}-{_MONTH_RE}-(?:\d{{4}}|\d{{2}})"  # "13-Sep-1987", as systems print dates
        rf"|\d{{1,2}}\s+{_WELSH_MONTH_RE}\s+\d{{4}})\b", re.IGNORECASE)),  # "27 Hydref 2026" in a bilingual letter
    # "6 de diciembre de 2026", "10 listopada 2026", "5 de diciembre": a day and a month of another language, with its year
    (DATE, re.compile(rf"\b\d{{1,2}}(?:º|\.)?[ \t]+(?:de[ \t]+)?{_FOREIGN_MONTH_RE}(?:[ \t]+(?:de[ \t]+)?\d{{4}})?(?!\w)",
                      re.IGNORECASE)),
    # a Polish phone's short months, with the year: "3 PAŹ 2026", "4 LIS 2026" (read unaccented, "PAZ")
    (DATE, re.compile(r"\b\d{1,2}[ \t]+(?:STY|LUT|MAR|KWI|MAJ|CZE|LIP|SIE|WRZ|PA[ZŹ]|LIS|GRU)[ \t]+\d{4}\b"),
     ("STY", "LUT", "MAR", "KWI", "MAJ", "CZE", "LIP", "SIE", "WRZ", "PAZ", "PAŹ", "LIS", "GRU")),
    (DATE, re.compile(rf"\b(?=[\djfmasond])(?:\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+{_MONTH_RE}|{_MONTH_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?)\b"
                      rf"(?!,?\s+\d{{4}})",
                      re.IGNORECASE)),
    (DATE, re.compile(r"(?=\d)(?<=\b[Oo]n )(?:[12]\d|3[01]|0?[1-9])/(?:1[0-2]|0?[1-9])(?![/\d])")),  # "seen on 2/10": day/month
    # a day and month opening a line of notes, before a time, a dash or a weekday: "5/11 8.50am cecil st.", "6/11 - H came in",
    # "9/11 (mon) - absent" (a phone's notes, day by day)
    (DATE, re.compile(r"(?im)(?=\d)(?:(?<=^)|(?<=^- )|(?<=^-)|(?<=^\* )|(?<=^• ))(?:[12]\d|3[01]|0?[1-9])/(?:1[0-2]|0?[1-9])"
                      r"(?=[ \t]+(?:\d{1,2}[.:]\d{2}|\d{4}\b|-[ \t]|\(?(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)\b))")),
    # a diary's day and month after the weekday ("Tues 4/3 - stayed in"), and "on the 19th" (not "the 19th floor")
    # a day and month with a full stop after each, then a time, as a chat from central Europe is copied ("12.11. 19:02")
    # ("14.11 08:12" too, without the second stop)
    (DATE, re.compile(r"(?=\d)(?<![\d.])(?:[12]\d|3[01]|0?[1-9])\.(?:1[0-2]|0?[1-9])\.?(?=[ \t]+\d{1,2}:\d{2}\b)")),
    (DATE, re.compile(rf"\b(?=[fsten]){_ORDINAL_WORD_RE}(?:[ \t]+of)?[ \t]+{_MONTH_RE}\b(?:,?[ \t]+\d{{4}}|{_SPOKEN_YEAR})?",
                      re.IGNORECASE),
     _ORDINAL_STEMS),
    # a month and day as Chinese, Japanese and Korean write them ("11月14日", "12月20號", "11월 20일"), a year before it or not
    (DATE, re.compile(r"(?<!\d)" + _EAST_ASIAN_DATE.pattern), ("月", "월")),
    (DATE, _DIARY_DATE := re.compile(r"(?=\d)(?<![\w/])(?:[12]\d|3[01]|0?[1-9])/(?:1[0-2]|0?[1-9])(?![/\d])")),
    # a diary's day after its weekday ("mon 9th", "Thurs 26th"): read only after a weekday (_patterns)
    (DATE, _DIARY_ORDINAL := re.compile(r"(?=\d)(?<![\w/])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b")),
    (DATE, re.compile(rf"(?=\d)(?<=\b[Oo]n the )(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b(?!\s+(?:floor|century|time|attempt|lap|hole|place"
                      rf"|minute|day|week|birthday|anniversary|centile|percentile|of\s+{_MONTH_RE}))")),
    # the first day of a range ("9 to 14 February 2027", "21-22 November", "sessions 6 and 13 October"): a date too
    # the first day of a range of days and numbers: "20-22/11/2026", "(8-9/11/2026)"
    # (or "21 & 22/09/2026", "20-23.11.2026")
    (DATE, re.compile(r"(?=\d)(?<![\w/.,:£$-])(?:[12]\d|3[01]|0?[1-9])(?=[ \t]*(?:[-–&]|and)[ \t]*(?:[12]\d|3[01]|0?[1-9])([/.])"
                      r"(?:1[0-2]|0?[1-9])\1(?:\d{4}|\d{2})\b)")),
    # (and the days of a list: "visits 10, 13 and 17 November", "6 and\n13 October")
    (DATE, re.compile(rf"(?=\d)(?<![\w/.,:£$-]){_DAY}(?=(?:[ \t]*,[ \t]*{_DAY})*"
                      rf"[ \t]*,?[ \t]*(?:-|–|to|and|&)[ \t]*\n?[ \t]*{_DAY}(?:[ \t]+of)?[ \t]+{_MONTH_RE}\b)", re.IGNORECASE)),
    # (not a date's year: "11/10/2025  Ryan Hill released")
    (ADDRESS, re.compile(rf"(?=\d)(?<![/.\-])\b\d{{1,4}}[A-Za-z]?,?\s+(?:{_CAP}\s+){{1,3}}"
                         rf"(?:{STREET_WORDS}|{STREET_ABBREVIATIONS})(?:\.|\b)")),
    # ... its street word in lower case, as someone writes it fast ("6 Greasley rd", "14 Chapel st")
    (ADDRESS, re.compile(rf"(?=\d)(?<![:.])\b\d{{1,4}}[A-Za-z]?,?[ \t]+(?:{_CAP}[ \t]+){{1,3}}"
                         r"(?:rd|st|ave|ln|cl|ct|gdns|cres|tce|road|street"
                         r"|lane|close|avenue|drive|court|crescent|grove|terrace|way)\b(?![-'’])")),
    # "Flat 7, Ashcroft House, Mayor's Walk", "Plot 6, Gorse Lane", "Unit 3, 12 Mill Road": a flat, plot or unit first
    (ADDRESS, re.compile(rf"\b(?:Flat|Apartment|Apt|Unit|Plot|Room|Pitch)\s+\d{{1,4}}[A-Za-z]?,?\s+"
                         rf"(?:(?:{_CAP}\s+){{1,3}}(?:House|Court|Lodge|Mansions|Buildings|Tower|Heights|Point|Hall|Park),?\s+)?"
                         rf"(?:\d{{1,4}}[A-Za-z]?,?\s+)?(?:{_SCAP}\s+){{1,3}}(?:{STREET_WORDS}|{STREET_ABBREVIATIONS})(?:\.|\b)"),
     ("Flat", "Apartment", "Apt", "Unit", "Plot", "Room", "Pitch")),
    # a home by its number alone ("Flat 4", "Caravan 42", "the lady in van 44", "a neighbour at no. 50"): an address
    (ADDRESS, re.compile(r"\b(?=[FAMCcVvNn])(?:(?:Flat|FLAT|Apartment|Maisonette|[Cc]aravan|CARAVAN|[Cc]halet)\s+\d{1,4}[A-Za-z]?"
                         r"|(?<=\b(?:in|at) )[Vv]an\s+\d{1,4}|(?<=\bat )(?:no\.?|No\.?)[ \t]*\d{1,4}[A-Za-z]?)\b(?![.,:]\d)")),
    # a house by its number where a home stands: "the boy from no. 18", "lives at number 11", "the front of no. 31",
    # "Mrs Wendy Bloor (no. 25)"; not "the number 11 bus"
    (ADDRESS, re.compile(r"(?=[Nn])(?:(?<=\bfrom )|(?<=\bfrom\n)|(?<=\bat )|(?<=\bat\n)|(?<=\bwith )|(?<=\bwith\n)|(?<=\bof )|(?<=\bin )"
                         r"|(?<=\binside )|(?<=\bto )|(?<=\bnext door )"
                         r"|(?<=\bneighbour )|(?<=[a-z], )|(?<=\())(?:no\.?|No\.?|number)[ \t]*\n?[ \t]*\d{1,4}[A-Za-z]?\b"
                         r"(?![.,:/]\d|[ \t]+(?:bus|buses|route|tram|train|on\s+the\s+list|of\s+\d|in\s+the)\b)"
                         r"(?=[ \t]*(?:\)|,|;|\.|\n|$|[ \t](?:[a-z(]|[A-Z][a-z]+[ \t]+(?:Road|Street|Lane|Avenue|Close|Drive|Way)\b)))")),
    # a house by its bare number where a home's door or a neighbour stands: "the front of 27", "the couple at 27 are",
    # "my neighbour sue at 64 said"; a number after someone found as a name is read apart (_neighbours_by_number)
    # (its first figure first, and what stands before it looked back at from there: see _NEEDS)
    (ADDRESS, re.compile(r"\d(?:(?:" + "|".join(rf"(?<=\b{w} of \d)" for w in "front door back outside window garden drive path".split())
                         + r")\d{0,2}\b(?![.,:/%]\d)(?=[ \t]*(?:[.,;:)\n]|$)|[ \t]+(?:opens|opened|shuts|shut|is|was|has|had)\b)|(?:"
                         + "|".join(rf"(?<=\b{w} {p} \d)"
                                    for w in "woman man lady couple family people neighbour neighbours bloke fella lads".split()
                                    for p in ("at", "from"))
                         + r")\d{0,2}\b(?=[ \t]+(?:said|says|say|is|are|was|were|has|have|had|heard|helped|told|rang|came|comes|will"
                         r"|can|saw|sees|knows|called|complained|keeps|gave|gives)\b))")),
    # an address abroad, its street's word first and the number after ("Ulica Maršala Tita 12", "str. Alba Iulia 14, ap.
    # 22", "Calle 32 # 81-46", "Rua Augusta 21"), or an English street word with the number after, as other countries
    # write it ("Gorgiladze Street 41", "Stapleton Road nr 14")
    (ADDRESS, re.compile(r"\b(?:Ulica|ulica|ul\.|Strada|strada|str\.|Str\.|Calle|calle|Carrera|Rua|rua|Avenida|Av\.|Rue|rue|Via|Viale"
                         r"|Bulevardul|Bd\.|Ulitsa|ulitsa|Jl\.|Jalan|Travessa|Boulevard|Chemin|Allée|Piazza|Corso|Aleja|al\."
                         r"|Calea|Sokak|Sokağı|Caddesi|Cad\.)[ \t]+(?:[\w.'’\-]+[ \t]+){0,3}?(?:n[rº°o]\.?[ \t]*|#[ \t]*)?\d{1,4}[A-Za-z]?"
                         r"(?:[ \t]*#[ \t]*\d{1,4}(?:-\d{1,4})?|[ \t]*[/\-][ \t]*\d{1,4})?"
                         r"(?:,[ \t]*(?:ap|apt|apartament|piso|dto|kv)\.?[ \t]*\d{1,4})?(?![\w/])"),
     ("lica", "ul.", "trada", "str.", "Str.", "alle", "Carrera", "Rua", "rua", "Avenida", "Av.", "Rue", "rue", "Via",
      "Bulevardul", "Bd.", "litsa", "Jl.", "Jalan", "Travessa", "Boulevard", "Chemin", "Allée", "Piazza", "Corso", "Aleja",
      "al.", "Calea", "Sokak", "Sokağı", "Caddesi", "Cad.")),
    # (or one word that ends in its street word, as German, Dutch and the Nordic languages write it: "Ronnvägen 12",
    # "Lindenstraße 4", "Vestergade 21")
    (ADDRESS, re.compile(r"\b[A-ZÀ-Þ][a-zà-ÿ]+(?:straße|strasse|str\.|weg|gasse|platz|allee|gatan|vägen|vagen|vegen|vej|gade|straat"
                         r"|laan|gracht|utca)[ \t]+\d{1,4}[A-Za-z]?\b(?![.:/]\d)"),
     ("straße", "strasse", "str.", "weg", "gasse", "platz", "allee", "gatan", "vägen", "vagen", "vegen", "vej", "gade", "straat",
      "laan", "gracht", "utca")),
    # (or the number first and the street's word in lower case, as France writes it: "12 rue Gabriel Péri", "3 bis avenue
    # de la Gare")
    (ADDRESS, re.compile(r"\b\d{1,4}(?:[ \t]?(?:bis|ter))?,?[ \t]+(?:rue|avenue|boulevard|bd|chemin|allée|allee|impasse|place|quai"
                         r"|route|cours)[ \t]+(?:(?:de|du|des|de[ \t]+la|d['’]|la|le|les)[ \t]*)?[A-Z][\w'’\-]+"
                         r"(?:[ \t]+[A-Z][\w'’\-]+){0,2}")),
    (ADDRESS, re.compile(r"\b[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+)?[ \t]+(?:Street|Road|Avenue)[ \t]+(?:nr\.?[ \t]+|No\.?[ \t]+)?"
                         r"\d{1,4}[A-Za-z]?\b(?![.:/]\d|[ \t]*(?:%|am|pm|minutes|mins|miles|bus))"), ("Street", "Road", "Avenue")),
    # a school or college in Wales, its Welsh word first: "Ysgol Rhiwabon", "Coleg Cambria"
    # a nursery or pre-school by its name of a small word and a plural: "Little Acorns", "Tiny Steps", "Busy Bees", with
    # "Nursery" or "Pre-school" after it when it is written
    (SCHOOL, re.compile(r"\b(?:Little|Tiny|Busy|Happy|Rainbow|Sunshine|Bright)[ \t]+(?!Mix\b)[A-Z][a-z]{2,}s\b"
                        r"(?:[ \t]+(?:Day[ \t]+)?(?:Nursery|Pre-?school|Preschool))?"),
     ("Little", "Tiny", "Busy", "Happy", "Rainbow", "Sunshine", "Bright")),
    (SCHOOL, re.compile(r"\b(?:Ysgol|Coleg)(?:[ \t]+(?:y|yr|Gynradd|Uwchradd|Gymraeg|Bro|Sant|Santes))*"
                        r"(?:[ \t]+[A-Z][a-zâêîôûŵŷ'’\-]+){1,2}"), ("Ysgol", "Coleg")),
    # a school named by its place and phase, without "School": "Becontree Primary", "Kendray Primary Academy"
    # (and a secondary school by its place and "High": "Walkden High", "Lathom High", not "the High Street"; "Sawley Junior",
    # "Barnes Infant", not "Gaviscon Infant prescribed")
    (SCHOOL, re.compile(rf"\b(?!(?:Very|Too|So|Quite|Really|Extremely|Fairly|Medium|Risk|Level|Priority|Knee|Sky|Mile)\s+High\b)"
                        rf"(?:St\.?\s+)?(?:{_SCAP}[ \t]*\n?[ \t]*){{1,3}}(?:High(?![ \t]+[A-Z][a-z])(?![ \t]*(?:Street|St|Road|Rd)\b)"
                        rf"(?<!\bThe High)(?<!\bthe High)|Primary|Infants|Juniors|Infant and Junior|Junior(?![ \t]+[A-Z][a-z])"
                        r"|Infant(?![ \t]+(?:[A-Z][a-z]|formula|milk|prescribed|drops|suspension|dose)))\b"
                        r"(?![ \t]*(?:School|Academy|Care|Mental|Health|Team|Trust|Network|Phase|Years?|Stage|Aged|:))"),
     ("High", "Primary", "Infant", "Junior")),
    # a college or university named with "of" or "and": "City of Liverpool College", "Nelson and Colne College", "the
    # College of West Anglia", "University of Essex" (not a professional body: "the College of Policing")
    (SCHOOL, re.compile(rf"(?<!Royal )\b(?:City[ \t]+of[ \t]+{_SCAP}(?:[ \t]+{_SCAP})?[ \t]+College"
                        rf"|{_SCAP}(?:[ \t]+{_SCAP})?[ \t]+and[ \t]+(?:The[ \t]+)?{_SCAP}(?:[ \t]+{_SCAP})?[ \t]+College"
                        r"|(?:College|University)[ \t]+of[ \t]+"
                        r"(?!(?:Policing|Nursing|Midwives|Paramedics|Surgeons|Physicians|Psychiatrists|Paediatrics|Arms)\b)"
                        rf"(?:the[ \t]+)?{_SCAP}(?:[ \t]*\n?[ \t]*{_SCAP}){{0,2}})\b"), ("College", "University")),
    (SCHOOL, re.compile(rf"\b(?!Sunday\s+School)(?:St\.?\s+)?(?:{_SCAP}\s+){{1,4}}{SCHOOL_WORDS}\b"
                        r"(?:\s+for\s+(?:Boys|Girls|the\s+Deaf|the\s+Blind)\b)?"
                        r"(?!\s+(?:Meals|Uniform|Transport|Holidays)\b|[ \t]*:)"), ("School", "Academy", "College", "Nursery")),
    # a named street without a house number ("seen on Harcourt Road", "lives off Denby Avenue"); not a generic one
    # ("the High Street", "Ring Road") nor an organisation named after its street ("Jubilee Street Practice")
    # (of two or three words too: "South Lambeth Road", "Bury Old Road", "Cheetham Hill Road")
    (ADDRESS, _NAMED_STREET := re.compile(
        r"(?=[A-Z])(?<!\d )(?<!\d, )(?<![\w'’-])(?:(?:Old|New|North|South|East|West|Upper|Lower|Great|Little)[ \t]+)?"
        rf"(?!(?:{'|'.join(_GENERIC_STREET_FIRST)})\s)[A-Z][a-z]{{2,}}(?:['’]s)?"
        r"(?:[ \t]+(?!(?:Road|Street|Avenue|Lane|Crescent|Terrace)\b)[A-Z][a-z]{2,})?"
        r"\s+(?:Road|Street|Avenue|Lane|Crescent|Terrace)\b(?!\s+(?:[A-Z][a-z]+\s+)*(?:Practice|Surgery|Primary|School|Academy"
        r"|Medical|Health|Centre|Center|Clinic|Mosque|Church|Station|Library|Nursery|Pharmacy|Police|Community|Family"
        r"|Children|Infant|Junior|Baptist|Methodist|Masjid|Gurdwara|Temple|Hub|Project|Hostel|Tavern|Inn|Arms|Stores"
        r"|Dental|Dentist|Dentists|Opticians|Vets|Garage|Fire|Ambulance|Gym|Club|Hospital|Site|Campus|Office|Depot"
        r"|Unit|Ward|Baths|Market)\b)"), ("Road", "Street", "Avenue", "Lane", "Crescent", "Terrace")),
    # a named close, court, mews ... or an abbreviated street without a number ("attended Ferncliffe Court", "lives on Upper
    # Moss St"), when its name is rare as an English word and no town (kept in _patterns): not "Crown Court", "Milky Way"
    (ADDRESS, _NAMED_STREET_MORE := re.compile(
        r"(?=[A-Z])(?<![\w'’-])(?:(?:Upper|Lower|North|South|East|West|Great|Little|Old|New)\s+)?(?P<name>[A-Z][a-z]{2,})(?:['’]s)?\s+"
        r"(?:Court|Close|Drive|Grove|Gardens|Mews|Way|Place|Walk|(?P<short>Rd|Ave|Cl|Ct|Terr|Tce|Cres|Gdns|Gro|Ln"
        r"|St\b(?!\.?[ \t]+[A-Z][a-z])|Dr\b(?!\.?[ \t]+[A-Z][a-z])))\b(?<!\d )")),
    # a generic street's name where a street stands: "on Mill Lane", "Church Road, Willesden", "South Street, Leominster"
    # (not "along the High Street", the town's main street, nor "on North Road" alone: they identify no one)
    (ADDRESS, re.compile(
        rf"(?=[A-Z])(?:(?:(?<=\bon )|(?<=\boff )|(?<=\balong )|(?<=\bdown )|(?<=\bonto )|(?<=\bnear )|(?<=\btowards )){_GENERIC_STREET}"
        rf"|(?<![Tt]he )(?:North|South|East|West|Old|New|Upper|Lower|{_GENERIC_STREET_NAME})[ \t]+{_GENERIC_STREET_WORD}"
        r"(?=,[ \t]*[A-Z][a-z]))"
        r"(?![ \t]+(?:[A-Z][a-z]+[ \t]+)*(?:Practice|Surgery|Primary|School|Academy|Medical|Health|Centre|Clinic|Mosque|Church"
        r"|Station|Library|Nursery|Pharmacy|Police|Community|Family|Children|Hub|Project|Hostel|Stores|Methodist|Baptist)\b)"),
     ("Road", "Street", "Lane", "Avenue", "Square", "Place", "Row", "Parade")),
    # a plot's number, as addresses in Botswana, Eswatini, Zambia and Uganda give a home ("Plot 2214, Tlokweng")
    (ADDRESS, re.compile(r"\bPlot[ \t]+(?:No\.?[ \t]*)?\d{1,6}[A-Z]?\b"), ("Plot",)),
    # a numbered street in lower case ("at 5/9 alexandra rd", "14 mill lane"): the number says it is an address
    (ADDRESS, re.compile(r"\b\d{1,4}(?:/\d{1,4})?[a-z]?,?[ \t]+(?:[a-z]{3,}[ \t]+){1,2}(?:rd|road|st|street|ln|lane|ave|avenue|cl"
                         r"|close|cres|crescent|dr|drive|gdns|gardens|gr|grove|terr|terrace|way|walk|ct|court)\b(?!['’])")),
    # a street in lower-case writing after "on", "in" or "at": "on warwick rd", "in mill lane", "at mudford rd" (read only in
    # someone's own words)
    (ADDRESS, _LOWER_STREET := re.compile(r"(?<=\bon |\bin |\bat )"
                         r"(?!(?:the|a|an|my|his|her|our|their|this|that|main|same|next|other|busy)\s)(?:[a-z]{3,}\s+){1,2}(?:rd|road|st|street|ln|lane|ave|avenue|cl|close|cres|crescent"
                         r"|dr|drive|gdns|gardens|gr|grove|terr|terrace)\b(?!['’])")),
]


_SCHOOL_TAIL = re.compile(rf"\s+(?:(?:RC|C of E|CE|Church of England|Catholic|Community|Primary|Junior|Infant|Infants|Secondary"
                          rf"|High|Grammar|Free|Nursery|First|Middle)\s+)*{SCHOOL_WORDS}\s*$")


def _school_short_name(name: str) -> str | None:
    """A recorded school's name as people say it, without its kind: "St Bridget's" for "St Bridget's Catholic Primary
    School", "Oak Hill" for "Oak Hill Academy"; not a single word ("Westfield" alone is a place or a person too)."""
    short = _SCHOOL_TAIL.sub("", name).strip()
    if short == name.strip() or (" " not in short):
        return None
    return short


@lru_cache(maxsize=8192)  # (pure: a document and a case repeat their dates)
def parse_date(s: str) -> dt.date | None:
    s = s.strip().lower().replace(",", " ").replace(".", " ").replace(" of ", " ")
    s = " ".join(re.sub(r"\s*/\s*", "/", s).split())  # "29 / 10 / 26", as a form's boxes print it; "14. 11. 2026"
    if re.fullmatch(r"\d{1,2}-[a-z]+-\d{2,4}", s):
        s = s.replace("-", " ")
    m = re.fullmatch(r"(\d{1,2})[ /\-](\d{1,2})[ /\-](\d{2,4})", s)
    try:
        if m:
            d, mo, y = (int(g) for g in m.groups())
            if mo > 12 >= d:
                d, mo = mo, d  # "11/18/2026": a date written the American way, as an app exports it
            return dt.date(y + (2000 if y < 50 else 1900 if y < 100 else 0), mo, d)
        m = re.fullmatch(r"(\d{4})[-/ ](\d{2})[-/ ](\d{2})", s) or _EAST_ASIAN_DATE.fullmatch(s)
        if m and m.group(1):
            return dt.date(*(int(g) for g in m.groups()))
        parts, nums, mon = _words_numbers_and_month(s)
        if mon and len(nums) == 2:
            if len(parts) == 3 and parts[1].isalpha() and nums[1] < 100:
                day, year = nums[0], nums[1] + (2000 if nums[1] < 50 else 1900)  # "13 sep 87", "31 oct 26"
            else:
                day, year = (nums[0], nums[1]) if nums[1] > 31 else (nums[1], nums[0])
            return dt.date(year, mon, day)
    except ValueError:
        return None
    return None


_FULL_NUMERIC_DATE = re.compile(r"\b(?:[12]\d|3[01]|0?[1-9])[/.\-](1[0-2]|0?[1-9])[/.\-](?:20)?\d{2}\b")
_SCORE_BEFORE = re.compile(r"\b(?:scored?|scores|got|gets|rated?|rates|marks?|out\s+of|level|scale|ratio|odds|dose|doses|SDQ|GCSE)"
                           r"\b[^.\n]{0,12}$", re.IGNORECASE)


_SCORE_AFTER = re.compile(r"[ \t]*(?:days?|sessions?|lessons?|weeks?|correct|right|marks?|points?|%)\b")  # "College 5/5 days"


@lru_cache(maxsize=8)
def _months_written_in_full(text: str) -> frozenset[int]:
    """The months of the dates written with their year in the text ("14/11/2026"): a bare "9/11" there is the 9th of
    November."""
    return frozenset(int(m.group(1)) for m in _FULL_NUMERIC_DATE.finditer(text))


def _a_month_of_the_text(text: str, m: re.Match) -> bool:
    """A day and month ("9/11", "2/12") whose month is that of a full date in the same text, or the month before or
    after it, and not after a score's word ("scored 6/10"); not "/10", the usual score out of ten."""
    month = int(m.group(0).split("/")[1])
    months = _months_written_in_full(text)
    return month != 10 and m.group(0) != "24/7" and bool(months) and any(abs(month - x) <= 1 or abs(month - x) == 11 for x in months) \
        and not _SCORE_BEFORE.search(text, max(0, m.start() - 30), m.start()) and not _SCORE_AFTER.match(text, m.end())


_TIME_AFTER = re.compile(r"[ \t]+(?:[01]?\d|2[0-3]):[0-5]\d\b")  # "6/10 13:05 HV with mum": a diary's day, then the time
_DAY_MONTH = r"(?:[12]\d|3[01]|0?[1-9])/(?:1[0-2]|0?[1-9])"
_LIST_JOIN = r"[ \t]*(?:,|&|-|–|\band\b|\bor\b|\bto\b)[ \t]*\n?[ \t]*"  # (or a range: "19/11-3/12")
_DAY_MONTH_BEFORE = re.compile(rf"(?<![\w/]){_DAY_MONTH}{_LIST_JOIN}$")
_DAY_MONTH_AFTER = re.compile(rf"{_LIST_JOIN}{_DAY_MONTH}(?![/\d])")


def _one_of_a_list_of_days(text: str, m: re.Match) -> bool:
    """A day and month listed with another ("Absences: 30/9, 1/10, 4/12", "twice (3/11 and 9/11)"): days, not scores, unless
    a score's word stands before the list ("scored 6/10 and 7/10") or after it ("5/5 and 4/5 days")."""
    before = _DAY_MONTH_BEFORE.search(text, max(0, m.start() - 14), m.start())
    after = _DAY_MONTH_AFTER.match(text, m.end())
    if not before and not after:
        return False
    start, end = (before.start() if before else m.start()), (after.end() if after else m.end())
    return not _SCORE_BEFORE.search(text, max(0, start - 30), start) and not _SCORE_AFTER.match(text, end)


def _day_month_not_a_score(s: str) -> bool:
    """A day and month that cannot be a score or a fraction: the first figure larger than the second ("17/11", "12/3"),
    or written with a leading nought ("05/11", "12/03"). "24/7" is always."""
    day, month = s.split("/")
    return s != "24/7" and (int(day) > int(month) or day.startswith("0") or month.startswith("0"))


def _words_numbers_and_month(s: str) -> tuple[list[str], list[int], int | None]:
    """A date's words (ordinal endings and "de" dropped, a Welsh or other language's month read as its English name), its
    numbers, and its month's number if a word names one: "6 de diciembre de 2026" -> (..., [6, 2026], 12)."""
    s = re.sub(r"(\d)[.,](?=\s|$)", r"\1", s.lower().replace(" of ", " "))  # "31. október", as Icelandic and Czech write it
    s = re.sub(r"\b(twenty|thirty)[ -]", r"\1-", s)
    s = " ".join(str(_ORDINAL_WORDS.get(p, p)) for p in s.split())  # "the twentieth of December": 20 December
    parts = [_OTHER_LANGUAGE_MONTHS.get(p, p) for p in re.sub(r"(\d)(st|nd|rd|th|º)", r"\1", s).split() if p != "de"]
    nums = [int(p) for p in parts if p.isdigit()]
    mon = next((i + 1 for i, name in enumerate(MONTHS) for p in parts if not p.isdigit() and name.startswith(p[:3])), None)
    return parts, nums, mon


@lru_cache(maxsize=8192)
def _day_month(s: str) -> tuple[int, int] | None:
    """'4th November' or 'November 4' (no year), or '11月14日': (day, month), or None."""
    if m := _EAST_ASIAN_DATE.fullmatch(s.strip()):
        return None if m.group(1) else (int(m.group(3)), int(m.group(2)))
    _parts, nums, mon = _words_numbers_and_month(s)
    return (nums[0], mon) if mon and len(nums) == 1 and 1 <= nums[0] <= 31 else None


def _digits(s: str) -> str:
    return re.sub(r"\D", "", s)


@lru_cache(maxsize=8192)  # (pure: the phone library's check is slow, and a case repeats its numbers)
def _valid(kind: str, s: str) -> bool:
    if kind == NHS:
        return nhs.is_valid(_digits(s))
    if kind == UPN:
        return upn.is_valid(s)
    if kind == PHONE:
        if _PHONE_SHAPED.fullmatch(normal_phone(s)):
            return True  # shaped like a UK number (below): the phone library's slower checks can add nothing
        try:
            number = phonenumbers.parse(s, "GB")
        except phonenumbers.NumberParseException:
            return False
        # Valid, or a possible mobile (07...: Ofcom's drama range 07700 900xxx is possible but never valid).
        # Or only shaped like a UK number: 10 or 11 digits after a 0 and a geographic, non-geographic or mobile prefix.
        # Ofcom's drama ranges (01632 960xxx, 0121 496 0xxx) are never valid, and a number in a case document that the
        # library does not know is still someone's: over-redacting a number is safer than leaving one.
        return phonenumbers.is_valid_number(number) or (normal_phone(s).startswith("07") and phonenumbers.is_possible_number(number)) \
            or bool(_PHONE_SHAPED.fullmatch(normal_phone(s)))
    if kind == DATE:
        return parse_date(s) is not None or _day_month(s) is not None \
            or bool(re.fullmatch(r"\d{1,2}(?:/\d{1,2}|st|nd|rd|th|\.\d{1,2}\.?)?", s))
    return True


_PHONE_SHAPED = re.compile(r"0[1237]\d{8,9}|08\d{8,9}")


def normal_phone(s: str) -> str:
    d = _digits(s)
    return "0" + d[2:] if d.startswith("44") else d


def normal_postcode(s: str) -> str:
    return re.sub(r"\s+", "", s).upper()


# ---------------------------------------------------------------------------------------------
# The record's terms, compiled once per case.


@cache
def _nicknamer():
    from nicknames import NickNamer

    return NickNamer()


CLIPPED = 3.5  # Zipf: a clipped given name ("Rox") rarer than this is taken for the person; commoner ("Mad") is a word


@cache
def _clipped_forms(given: str) -> tuple[str, ...]:
    """The first three letters or more of a given name of five or more ("Rox", "Roxa", "Roxan" for Roxanne), as English
    short names are made, when the clipped form is no one else's name (a given or family name in the lists: "Kay" is not
    taken for Kayla, so a disclosure to Kayla does not keep Kay's name) and not an English word ("Mad" for Maddison)."""
    if len(given) < 5 or not given.isalpha():
        return ()
    # (the listed names: the nicknames table's short forms, "Rox" among them, are what clipping makes)
    givens, families, common = gazetteer.listed_given_names(), gazetteer.family_names(), gazetteer.common_words()
    out = []
    for k in range(3, len(given) - 1):
        clip = given[:k].lower()
        if clip in givens or clip in families or clip in common or clip in _NEVER_ORDINARY or gazetteer.zipf(clip) >= CLIPPED:
            continue
        out.append(clip.title())
    return tuple(out)


@cache
def _clipped_given_names(given: str) -> tuple[str, ...]:
    """The clipped forms of a given name that are given names themselves ("Alf" for Alfie, "Fred" for Frederick) and
    not everyday words: found in lower case ("scared for alf") as a name, but belonging to no one person (Alf may be
    another man), so a disclosure never keeps them as the requester's."""
    if len(given) < 5 or not given.isalpha():
        return ()
    givens, common, own = gazetteer.given_names(), gazetteer.common_words(), _clipped_forms(given)
    return tuple(given[:k].title() for k in range(3, len(given) - 1)
                 if given[:k].lower() in givens and given[:k].title() not in own and given[:k].lower() not in common
                 and given[:k].lower() not in _NEVER_ORDINARY
                 and gazetteer.zipf(given[:k].lower()) < LOWER_CASE_NAME)


@lru_cache(maxsize=16384)  # (asked again for each case that has the name)
def short_forms(given: str) -> frozenset[str]:
    """Nicknames and common short forms of a given name, from the nicknames package."""
    g = given.lower()
    out = set(_nicknamer().nicknames_of(g)) | set(_nicknamer().canonicals_of(g))
    return frozenset(n for n in out if len(n) >= 2)


def _normalised(text: str) -> tuple[str, list[int] | range]:
    """Lower case, every run of white space (line breaks too) as one space; with each character's place in `text`."""
    lower = text.lower()
    if len(lower) != len(text):  # a few characters change length in lower case: keep places by lowering one at a time
        lower = "".join(ch.lower()[0] if ch.lower() else ch for ch in text)
    lower = lower.translate(_ONE_SPACE)  # each white-space character becomes one space: same length, same places
    if "  " not in lower:
        return lower, range(len(lower) + 1)
    parts: list[str] = []
    where: list[int] = []
    pos = 0
    for m in _SPACES.finditer(lower):  # only runs of two or more: few in any document
        parts.append(lower[pos:m.start() + 1])
        where.extend(range(pos, m.start() + 1))
        pos = m.end()
    parts.append(lower[pos:])
    where.extend(range(pos, len(lower)))
    return "".join(parts), where


def _as_ignoring_case(text: str) -> str:
    """The text in lower case as a pattern that ignores case reads it: the dotless i and the long s are i and s to it."""
    return text.lower().translate(_IGNORED_CASE)


_IN_BEFORE = re.compile(r"(?<![\w'’])in[ \t]+$")
_STREET_CUE_BEFORE = re.compile(r"\b(?:on|off|along|down|up|in|at|from|to|lives|living|moved)[ \t]+$", re.IGNORECASE)
_IGNORED_CASE = {ord("ı"): "i", ord("ſ"): "s"}
# PATTERNS as the patterns pass reads them: (kind, pattern, its words or None, whether it ignores case)
_PATTERNS_TO_TRY = [(kind, rx, words[0] if words else None, bool(rx.flags & re.IGNORECASE)) for kind, rx, *words in PATTERNS]
_SPACES = re.compile(r" {2,}")
_ONE_SPACE = {ord(c): " " for c in "\t\n\r\x0b\x0c\xa0\u2028\u2029"}
SHARED = "shared"  # Party key of a name more than one person in the record has (a family name on its own)


@dataclass
class _Term:
    kind: str
    party: str | None
    single_word: bool


@lru_cache(maxsize=4096)  # (pure: a case's documents are read with the same names)
def _name_terms(given: str | None, family: str | None) -> tuple[tuple[tuple[str, bool], ...], tuple[str, ...], tuple[str, ...]]:
    """What one recorded name adds to the case's terms, in order: (term as the automaton reads it, whether it is this
    person's rather than no one person's); the given names and short forms read in lower case; and the words a
    misspelling is looked for against."""
    terms: list[tuple[str, bool]] = []
    read: list[str] = []
    tokens: list[str] = []

    def add(term: str, theirs: bool = True) -> None:
        terms.append((_folded(" ".join(term.split())), theirs))

    givens = [given] if given else []
    for g in list(givens):
        first = g.split()[0]
        # (not a label of a form: "Dob" for Robert would take every "DOB")
        givens.extend(s.title() for s in short_forms(first) if s and s not in _FORM_LABELS)
        givens.extend(s.title() for s in gazetteer.short_forms_of(_folded(first)))  # "Liv" for Olivia, "Shaz" for Sharon
        if "-" in first:  # "Ellie-Mai" is often just "Ellie", and "ellie mai" in a voicemail's transcript
            givens.append(first.split("-")[0])
            givens.append(first.replace("-", " "))
        parts = [w for w in re.split(r"[\s\-]+", g) if w[:1].isalpha()]
        if len(parts) == 2:  # "Alfie-James" is "AJ", "Jean-Claude" "J-C", "Mary Beth" "MB"
            a, b = parts[0][0].upper(), parts[1][0].upper()
            givens.extend((f"{a}{b}", f"{a}-{b}", f"{a}.{b}."))
    for g in givens:
        if family:
            add(f"{g} {family}")
        if g != given and g.lower() in _PARENT_WORDS:
            continue  # "Nan" for Hannah only with her family name ("Nan Patterson"): alone it is a grandmother
        add(g)
        read.append(_folded(g.lower()))
    for w in (given or "").split():  # misspellings are looked for against the names recorded, not short forms
        if len(w) >= 4:
            tokens.append(w)
        for clip in _clipped_forms(w):  # "Rox" for Roxanne, "Maddi" for Maddison
            add(clip)
        for clip in _clipped_given_names(w):  # "Alf" for Alfie: someone's name too, so no one person's
            add(clip, False)
    if family:
        add(family)
        for w in re.split(r"[\s\-]+", family):
            if len(w) >= 3:
                add(w)
            if len(w) >= 4:
                tokens.append(w)
    return tuple(terms), tuple(read), tuple(tokens)


class Detector:
    """Built once per case record; `find(text)` returns the merged findings."""

    def __init__(self, record: CaseRecord):
        self.record = record
        terms: dict[str, _Term] = {}
        self.name_tokens: dict[str, str] = {}  # lower token -> party key (for misspellings)
        self.dobs: dict[dt.date, str] = {}
        self.phones: dict[str, str] = {}
        self.emails: dict[str, str] = {}
        self.ids: dict[str, str] = {}
        self.postcodes: dict[str, str] = {}
        self.recorded_givens: set[str] = set()  # every recorded given name and short form (lower case, one word)

        def add(term: str, kind: str, party: str | None):
            add_folded(_folded(" ".join(term.split())), kind, party)

        def add_folded(term: str, kind: str, party: str | None):
            if len(term) < 2:
                return
            key = term.lower()
            if key in terms and terms[key].party != party and kind == NAME:
                # The same words name two people (a shared family name): it still redacts, but belongs to no one person.
                terms[key].party = SHARED
                return
            terms.setdefault(key, _Term(kind, party, " " not in term))

        def token(word: str, party: str):
            key = _folded(word.lower())
            if self.name_tokens.get(key, party) != party:
                party = SHARED  # a misspelling of a name two people share belongs to neither
            self.name_tokens[key] = party

        for p in record.parties:
            for given, family in p.names:
                terms_of_the_name, givens_read, tokens = _name_terms(given, family)
                for term, theirs in terms_of_the_name:
                    add_folded(term, NAME, p.key if theirs else None)
                self.recorded_givens.update(givens_read)
                for w in tokens:
                    token(w, p.key)
            for d in p.dobs:
                self.dobs.setdefault(d, p.key)
            for a in p.addresses:
                if a.line_1:
                    add(a.line_1, ADDRESS, p.key)
                    street = re.sub(r"^\s*(?:flat\s+\w+,?\s*)?\d+[a-z]?,?\s+", "", a.line_1, flags=re.IGNORECASE)
                    if street != a.line_1 and " " in street:
                        add(street, ADDRESS, p.key)
                if a.line_2:
                    add(a.line_2, ADDRESS, p.key)
                if a.town:
                    add(a.town, PLACE, None)
                if a.postcode:
                    self.postcodes.setdefault(normal_postcode(a.postcode), p.key)
            for ph in p.phones:
                self.phones.setdefault(normal_phone(ph), p.key)
            for e in p.emails:
                self.emails.setdefault(e.lower(), p.key)
            for i in p.identifiers:
                self.ids.setdefault(re.sub(r"\s", "", i).upper(), p.key)
            for s in p.schools:
                add(s, SCHOOL, None)
                short = _school_short_name(s)
                if short:
                    add(short, SCHOOL, None)  # "St Bridget's" for St Bridget's Catholic Primary School
            if p.organisation:
                add(p.organisation, SCHOOL if re.search(SCHOOL_WORDS, p.organisation) else ORG, None)
        for org in record.organisations:
            add(org, SCHOOL if re.search(SCHOOL_WORDS, org) else ORG, None)
        self.terms = terms
        # One Aho-Corasick automaton over every term (lower case, single-spaced), run over a normalised view of the text.
        self.automaton = None
        if terms:
            automaton = ahocorasick.Automaton()
            for key in terms:
                automaton.add_word(key, key)
            automaton.make_automaton()
            self.automaton = automaton
        self._known_givens = gazetteer.given_names()
        # consonant outlines of the recorded names, for names written in another script (two consonants or more)
        self.skeletons: dict[str, str] = {}
        for p in record.parties:
            for given, family in p.names:
                for w in f"{given or ''} {family or ''}".split():
                    sk = _skeleton(w)
                    if len(sk) >= 2:
                        self.skeletons[sk] = SHARED if self.skeletons.get(sk, p.key) != p.key else p.key

    # -----------------------------------------------------------------------------------------

    def find(self, text: str) -> list[Finding]:
        view, index = _joined_view(text)
        original_view = view
        view = _folded(view)  # same length: "Nguyễn" is read as "Nguyen", "Zielińska" as "Zielinska"
        view = _ocr_mended(view)  # same length: a scanned form's "M0HAMMED", "lqbal", "2O/O1/2Oll" read as written
        found: list[Finding] = []
        found.extend(self._record(view))
        found.extend(self._patterns(view))
        found.extend(_districts_of_several_words(view))
        found.extend(_localities_of_addresses(view, found))
        found.extend(self._fuzzy_and_unknown(view, found))
        if _own_lower_case_words(view):
            found.extend(_lower_case_names(view, found, self.recorded_givens))
            found.extend(_lower_case_homes(view, found))
            found.extend(_lower_case_lists_of_names(view, found))
            found.extend(_lower_case_places_of_two_words(view))
        found.extend(_neighbours_next_door_in_lower_case(view, found))
        shouted = _capitals_lowered(view)  # someone's words written all in capitals ("MY COUSIN JODIE"), read as lower case
        if shouted is not None:
            found.extend(f for f in self._record(shouted) if f.kind == NAME)
            found.extend(f for f in _lower_case_names(shouted, found, self.recorded_givens) if f.kind == NAME)
        found.extend(_people_pointed_at(view, found))
        found.extend(_chat_speakers(view, found))
        found.extend(self._again(view, found))
        merged = _joined_over_a_middle_initial(view, merge(found))
        for f in merged:
            if f.kind == NAME:
                _take_initials(view, f)
        merged = _family_names_in_capitals_again(view, merged)
        merged = _join_middle_names(view, merged)
        merged = _family_name_in_capitals_after(view, merged)
        merged = _names_made_whole(view, merged)
        merged = _given_names_before_family_names(view, merged)
        merged = merge(merged + list(_signed_names(view, merged)) + list(_signature_fields(view)) + list(_field_names(view))
                       + list(_known_as_fields(view)) + list(_titled_speakers(view))
                       + list(_firm_names(view))
                       + list(_bare_streets(view)) + list(_streets_in_capitals(view))
                       + list(_schools_after_a_cue(view)) + list(_full_names_in_capitals(view))
                       + list(_hyphened_and_familiar_east_asian_names(view)) + list(_east_asian_names(view))
                       + list(self._other_scripts(view)))
        merged = merge(merged + list(_schools_again(view, merged)) + list(_other_scripts_again(view, merged))
                       + list(_names_after_kin_words_in_another_script(view)) + list(_listed_names_in_another_script(view, merged))
                       + list(_names_after_a_noun_class_prefix(view, merged)) + list(_contacts_of_a_phone_log(view, merged))
                       + list(_rare_capitalised_words_in_cyrillic_or_greek(view, merged)))
        merged = merge(merged + list(_names_written_in_another_script(view, merged)) + list(_nicknames_before_names(view, merged))
                       + list(_words_split_by_a_stray_space(view, merged)) + list(_day_names_of_people(view))
                       + list(_places_in_brackets_after_a_name(view, merged)))
        merged = _date_ranges_as_one(view, merged)
        merged = _streets_with_their_compass_point(view, merged)
        merged = merge(merged + list(_places_listed_with_places(view, merged)) + list(_neighbours_by_number(view, merged))
                       + list(_postcodes_abroad(view, merged)) + list(_postcode_districts_alone(view, merged))
                       + list(_initial_and_family_name_in_capitals(view)) + list(_district_in_brackets(view, merged))
                       + list(_family_names_after_an_initial(view, merged))
                       + list(_streets_named_alone(view, merged)))
        merged = merge(merged + list(_what_glosses_stand_for(view, merged)) + list(_listed_places_of_several_words(view, merged)))
        merged = merge(merged + list(_towns_before_a_place_in_them(view, merged)))
        merged = _towns_before_their_postcode(view, merged)
        merged = _without_pets(view, merged)
        merged = _homes_after_a_full_name(view, merged)
        if index is not None:
            for f in merged:
                f.start, f.end = index[f.start], index[f.end - 1] + 1
                f.text = text[f.start:f.end]
        elif view is not original_view:
            for f in merged:
                f.text = text[f.start:f.end]
        return merged

    def _record(self, text: str) -> Iterable[Finding]:
        if self.automaton is None:
            return
        norm, where = _normalised(text)
        # in someone's own lower-case writing ("dont tell nana jean"), a recorded name is read up to a commoner word
        own = _own_lower_case_words(text)
        lower_limit = LOWER_CASE_NAME_IN_OWN_WORDS if own else LOWER_CASE_NAME
        # a recorded given name that no list holds as an everyday word is read in lower case up to a commoner frequency
        # ("can amy ring me", "cause jordan said"): the frequency of "amy" is that of the name
        given_limit = LOWER_CASE_GIVEN_IN_OWN_WORDS if own else LOWER_CASE_GIVEN
        common = gazetteer.common_words()
        hits = []
        for end, key in self.automaton.iter(norm):
            start = end - len(key) + 1
            possessive = end + 1 < len(norm) and _bare_possessive(text, norm, where, start, end, key)
            if (start > 0 and norm[start - 1].isalnum()) or (end + 1 < len(norm) and norm[end + 1].isalnum() and not possessive):
                continue  # inside a longer word
            if (start > 1 and norm[start - 1] == "-" and norm[start - 2].isalpha()) \
                    or (end + 2 < len(norm) and norm[end + 1] == "-" and norm[end + 2].isalpha() and self.terms[key].kind == NAME):
                continue  # part of a double-barrelled name another person has ("Marcia Blake-Forde" where Blake is recorded)
            stop = where[end] + 1
            if possessive:
                stop += 1  # "kierans mum", "Tylers nan": the word as written; "tegs told me", "just alfs": a pet form with -s
            hits.append((where[start], stop, key))
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        last_end = -1
        for start, end, key in hits:
            if start < last_end:
                continue
            term = self.terms[key]
            s = text[start:end]
            if term.kind == NAME and term.single_word and not s[0].isupper() and gazetteer.zipf(key) >= (
                    given_limit if key in self.recorded_givens and key not in common  # (not "a carol")
                    and not _LOWER_DETERMINER_BEFORE.search(text, max(0, start - 8), start) else lower_limit) \
                    and not (own and key in self.recorded_givens and key not in _NEVER_ORDINARY and key not in _TEXTING_WORDS
                             and _only_a_person_in_lower_case(text, start, end)):
                continue  # "will", "rose": in lower case an everyday word; "millie" in lower case is still Millie
                # (but where only a person stands, a recorded given name: "lee told him to f off", "rang summer")
            if term.kind == NAME and term.single_word and _SAINT_BEFORE.search(text, max(0, start - 7), start):
                continue  # "St James' Park", "St Anne's": a saint in the name of a place, not the person in the record
            if term.kind == NAME and term.single_word and key in _KIN and _GIVEN_NAME_AFTER.match(text, end) \
                    and _GIVEN_NAME_AFTER.match(text, end).group(1).lower() in self._known_givens:
                continue  # "Nanny Sandra": a kin word before a name, not "Nanny" as Anne's short form
            if term.kind == NAME and term.single_word and key in _KIN and s.islower():
                continue  # "nanny sand", "me nan": in lower case a kin word is the grandmother, not Hannah's short form
            if (term.kind == PLACE or (term.kind == ADDRESS and term.single_word)) and _in_organisation_name(text, start, end, ()):
                # (a recorded district too: "Chalvey Medical Centre", "Tooting Bec Surgery")
                continue  # the town in an organisation's name ("Hexham Leisure Centre"), as for places not in the record
            kind = term.kind
            hm = _HONORIFIC_BEFORE.search(text, max(0, start - 14), start) if term.kind in (PLACE, NAME) else None
            if term.kind == PLACE and term.single_word and hm and s[0].isupper():
                kind = NAME  # "Ms Bedford": a teacher named like the town in the record
            last_end = end
            if kind == NAME:
                # Mr, Mrs, ... (and initials) go with a recorded name; a role ("PC Dawn Okafor") is left, as the name is known
                if hm:
                    start = hm.start()
            yield Finding(start, end, text[start:end], kind, "record", term.party if kind == term.kind else None, key)

    def _other_scripts(self, text: str) -> Iterable[Finding]:
        """A word in another script that writes a recorded name ("لانا" for Lana, "ਜਸਲੀਨ" for Jasleen, "Олена" for Olena):
        read through its transliteration, by the consonants it shares with the name (Arabic and Gurmukhi leave short
        vowels unwritten)."""
        if text.isascii() or not self.skeletons:
            return
        for m in _OTHER_SCRIPT_WORD.finditer(text):
            word = m.group(0)
            if len(word) < 3:
                continue
            sk = _skeleton(anyascii(word))
            party = self.skeletons.get(sk)
            if party is None and len(sk) >= 3 and sk.endswith("h"):
                party = self.skeletons.get(sk[:-1])  # Urdu writes a final "a" with heh: "صائمہ" for Saima
            if party is not None:
                yield Finding(m.start(), m.end(), word, NAME, "record", party, word)

    def _again(self, text: str, found: list[Finding]) -> Iterable[Finding]:
        """A name found once outside the record ("Mrs Patel") is that person's wherever else it appears ("Patel rang")."""
        learned = {}
        lower_learned = set()
        nicknames = set()  # everyday words given as a nickname in quotes ('known as "Tiny"'): found again only where a name stands
        quoted_words = {f.text for f in found if f.kind == NAME and f.source == "cue" and text[f.start - 1:f.start] in _OPENING_QUOTES}
        quoted_words -= {w for f in found if f.kind == NAME and text[f.start - 1:f.start] not in _OPENING_QUOTES for w in f.text.split()}
        for f in found:
            if f.kind == NAME and f.party is None and f.source == "cue" and " " not in f.text and f.text[:1].isupper() \
                    and text[f.start - 1:f.start] in _OPENING_QUOTES and f.text.lower() in gazetteer.common_words() \
                    and f.text.lower() not in _NEVER_ORDINARY and f.text.lower() not in HONORIFIC_WORDS:
                nicknames.add(f.text)
            if f.kind == NAME and f.party is None and f.text.islower() and " " not in f.text:
                lower_learned.add(f.text[:-1] if f.text.endswith("s") and f.text[:-1] in gazetteer.given_names() else f.text)
            if f.kind == NAME and f.party is None:
                for w in f.text.split():
                    w = w.rstrip(".,")
                    nickname = f.source == "cue" and len(w) == 2 and w.isupper()  # 'known as "JJ"'
                    if (len(w) >= 3 or nickname) and w[0].isupper() and w.lower() not in HONORIFIC_WORDS \
                            and w.lower() not in gazetteer.common_words() and w.lower() not in _NEVER_ORDINARY:  # (not "Mam")
                        learned[w] = f.value
        if _own_lower_case_words(text):  # "Jay" in the worker's note is "jay" in the young person's own words
            lower_learned.update(w.lower() for w in learned if gazetteer.zipf(w.lower()) < LOWER_GIVEN and w.isalpha()
                                 and w.lower() not in _NEVER_ORDINARY)
            # ... and clipped, as a friend or a sister writes it: "Stacey" is "stace", "Kirsty" "kirst", "Crystal" "cryst"
            lower_learned.update(clip for w in learned if w.isalpha() and w.lower() in gazetteer.given_names()
                                 for clip in (w.lower()[:-1], w.lower()[:-2]) if len(clip) >= 4 and gazetteer.zipf(clip) < 2.5
                                 and clip not in _TEXTING_WORDS and clip not in gazetteer.common_words())
            # ... and a name that is also an everyday word ("Lee", "Summer") where only a person stands ("lee told him")
            yield from _ordinary_names_in_lower_case(text, {w.lower() for w in learned if w.isalpha()
                                                             and gazetteer.zipf(w.lower()) >= LOWER_GIVEN} - lower_learned)
        if lower_learned:  # a name found once in lower-case writing ("kai said") is a name in every message ("tell kai")
            # (not inside a handle or an address: "alfie.l_bs13", "kai_22")
            rx = re.compile(r"(?<![\w'’\-.])(" + "|".join(re.escape(w) for w in sorted(lower_learned)) + r")(?=(?:['’]?s)?(?![\w\-]|\.\w))")
            for m in rx.finditer(text):
                yield Finding(m.start(), m.end(), m.group(1), NAME, "rare", None, m.group(1))
        for w in nicknames:  # ('"Tiny" told him': found again, but only where a name stands, as below)
            learned.setdefault(w, w.lower())
        if not learned:
            return
        for m in _CAP_TOKEN.finditer(text):
            w = m.group(0)
            end = m.end() - 2 if w.endswith(("'s", "’s")) else m.end()
            if (text[m.start():end] in nicknames or (text[m.start():end] in quoted_words
                                                     and gazetteer.zipf(text[m.start():end].lower()) >= ORDINARY_WORD)) \
                    and _sentence_start(text[max(0, m.start() - 40):m.start()]) \
                    and text[m.start() - 1:m.start()] not in _OPENING_QUOTES and not _PERSON_VERB_AFTER.match(text, m.end()):
                continue  # "Tiny steps help." opening a sentence: the word, not the nickname learned from '"Tiny"'
            if text[m.start():end] in learned and not _in_organisation_name(text, m.start(), end, gazetteer.family_names()) \
                    and not (w.lower() in gazetteer.not_names() and (_LANGUAGE_BEFORE.search(text, max(0, m.start() - 12), m.start())
                                                                     or _LANGUAGE_NOUN_AFTER.match(text, end))):
                # ("Shona" the aunt is found again, not "speaks Shona" nor "the Shona interpreter")
                yield Finding(m.start(), end, text[m.start():end], NAME, "rare", None, learned[text[m.start():end]])

    def _patterns(self, text: str) -> Iterable[Finding]:
        lowered = None
        for kind, rx, words, ignoring_case in _PATTERNS_TO_TRY:
            if words:
                if ignoring_case:
                    lowered = _as_ignoring_case(text) if lowered is None else lowered
                    haystack = lowered
                else:
                    haystack = text
                if not any(w in haystack for w in words):
                    continue
            if rx is _LOWER_STREET and not _own_lower_case_words(text):
                continue  # a street in lower case only in someone's own words ("on warwick rd"), not "on the ring road"
            for m in rx.finditer(text):
                s = m.group(0)
                if rx is _DIARY_DATE and not _WEEKDAY_END.search(text, max(0, m.start() - 12), m.start()) \
                        and not _DATE_WORD_BEFORE.search(text, max(0, m.start() - 12), m.start()) and not _day_month_not_a_score(s) \
                        and not _a_month_of_the_text(text, m) and not _TIME_AFTER.match(text, m.end()) \
                        and not _one_of_a_list_of_days(text, m):
                    continue  # "6/10" is a score; "Mon 6/10" a day in a diary, "17/11", "05/11" and "6/10 13:05" dates
                if rx is _DIARY_ORDINAL and not _a_day_of_the_month(text, m):
                    continue  # "9th" alone may be a place in a race; "mon 9th", "since the 10th." and "closes 31st" are days
                if rx is _PARTIAL_PLATE and not _VEHICLE_BEFORE.search(text, max(0, m.start() - 60), m.start()):
                    continue  # "FN19" alone may be anything; after "drives a white van," it is part of a registration
                if rx is _NAMED_STREET and (_TITLE_JUST_BEFORE.search(text, max(0, m.start() - 12), m.start())
                                            or _TITLE_JUST_BEFORE.search(s.split()[0] + " ") or (
                        m.group(0).endswith(("Lane", "Close")) and len(s.split()) == 2 and _a_given_name_only(s.split()[0]))):
                    continue  # "teacher Miss Lane", "Becky Lane", "PC Iain Close": a person; "Hollin Lane", "Jack Straw's Lane" streets
                if rx is _NAMED_STREET_MORE:
                    name = m.group("name").lower()
                    if m.group("short") and name not in gazetteer.not_names() and name not in gazetteer.CALENDAR \
                            and not re.search(r"(?:\d[A-Za-z]?,?|\b[Tt]he)\s+$", text[max(0, m.start() - 8):m.start()]):
                        pass  # an abbreviated street is a street whatever its name: "Doncaster Rd", "Railway Rd", "Duke St"
                    elif gazetteer.zipf(name) >= ORDINARY_WORD or name in gazetteer.uk_places() or name in gazetteer.not_names() \
                            or re.search(r"(?:\d[A-Za-z]?,?|\b[Tt]he)\s+$", text[max(0, m.start() - 8):m.start()]) \
                            or (re.search(r"['’]s\s", m.group(0)) and name in gazetteer.given_names()):
                        continue  # "Crown Court", "the Milky Way", "Kasia's Place"; a numbered address is the pattern above
                    if s.endswith(("Close", "Lane")) and len(s.split()) == 2 and _a_given_name_only(m.group("name")) \
                            and not _STREET_CUE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                        # "his YOT worker is Gemma Close", "PC Iain Close": a person (but "lives on Gemma Close" is a street)
                        yield Finding(m.start(), m.end(), s, NAME, "pattern", None, " ".join(s.lower().split()))
                        continue
                if not _valid(kind, s):
                    continue
                k, party, value = kind, None, s
                if kind == DATE:
                    d = parse_date(s)
                    dm = None if d else _day_month(s)
                    value = d.isoformat() if d else f"--{dm[1]:02d}-{dm[0]:02d}" if dm else s
                    if d in self.dobs:
                        k, party = DOB, self.dobs[d]
                elif kind == PHONE:
                    party = self.phones.get(normal_phone(s))
                    value = normal_phone(s)
                elif kind == EMAIL:
                    party = self.emails.get(s.lower())
                    value = s.lower()
                elif kind == POSTCODE:
                    value = normal_postcode(s)
                    party = self.postcodes.get(value)
                elif kind in (NHS, UPN, NI, VEHICLE):
                    value = re.sub(r"[\s\-]", "", s).upper()
                    party = self.ids.get(value)
                elif kind == ADDRESS:
                    value = " ".join(s.split()).lower()
                elif kind == SCHOOL:
                    value = " ".join(s.split()).lower()
                start = m.start()
                if kind == DATE and (the := _THE_BEFORE.search(text, max(0, start - 6), start)):
                    # "on the 14th", "since the 3rd of June": the day as it is read, "the" with it (and what a month and year
                    # in its place reads without: "on Sat November 2026", not "on Sat the November 2026")
                    start = the.start()
                yield Finding(start, m.end(), text[start:m.end()], k, "pattern" if kind not in (ADDRESS, SCHOOL) else "shape",
                              party, value)

    def _fuzzy_and_unknown(self, text: str, already: list[Finding]) -> Iterable[Finding]:
        return _UnknownNames(text, already, self.name_tokens, _with_double_givens(text, self._known_givens)).findings()


_SKIP = "skip"  # what a step of _UnknownNames answers for a word that is not a name (None: the next step decides)


class _Word:
    """A capitalised word being read by _UnknownNames, with what stands around it."""

    def __init__(self, scan: _UnknownNames, i: int, m: re.Match):
        text = scan.text
        self.i, self.m, self.word, self.end = i, m, m.group(0), _word_end(m)
        self.low = text[m.start():self.end].lower()
        self.prev = text[max(0, m.start() - 40):m.start()]
        self.nxt = scan.tokens[i + 1] if i + 1 < len(scan.tokens) else None
        self.gap = text[m.end():self.nxt.start()] if self.nxt is not None else None  # what stands before the next word
        self.nlow = _bare(self.nxt.group(0)) if self.nxt is not None else None
        self.honorific: re.Match | None = None  # a title before it ("Mrs ", "PC 2231 "): set once it may be a name
        self.two = self.family_first = False  # whether it takes the next word with it (a family name): set by _joins_next
        self.cue: re.Match | None = None  # a relationship word before it ("her boyfriend "): set by _a_thing_named
        self.place_cue = False  # a place word before it ("a flat in "): set by _UnknownNames._source


class _UnknownNames:
    """Names and places the record does not hold, read capitalised word by capitalised word: a misspelling of a recorded
    name, a nickname in quotes, a name after a title or a relationship word, a rare word where a name stands, a town.

    Each word goes through the steps of `_read` in order. A step answers None (the next step decides), _SKIP (not a name:
    the word, and any words the step says belong to it, are passed over) or a Finding. The steps that skip note where a
    thing ended (`thing_end`: "on Wink and Zorbly" are both things) and which words they took (`skip_until`)."""

    def __init__(self, text: str, already: list[Finding], name_tokens: dict[str, str], givens):
        self.text, self.name_tokens, self.givens = text, name_tokens, givens
        self.covered = _covered(text, already)
        self.families, self.common = gazetteer.family_names(), gazetteer.common_words()
        self.world_givens = gazetteer.world_given_names()
        self.shorts = gazetteer.diminutives()
        self.word_givens = gazetteer.given_names_that_are_words()
        self.brand_words, self.brand_names = gazetteer.brands()
        self.not_names, self.places, self.community_kin = gazetteer.not_names(), gazetteer.uk_places(), gazetteer.community_kin()
        self.home, self.abroad, self.car_makes = gazetteer.home_places(), gazetteer.places_abroad(), gazetteer.car_makes()
        self.buildings = {b.group(1) for b in _BUILDING_NAME.finditer(text)
                          if b.group(1).lower() not in givens and b.group(1).lower() not in self.families}
        self.tokens = list(_CAP_TOKEN.finditer(text))
        self.skip_until = -1
        self.thing_end = -1  # where the last thing (a brand, an app, a shop) ended: "on Wink and Zorbly" are both things

    def findings(self) -> Iterable[Finding]:
        for i, m in enumerate(self.tokens):
            if m.start() < self.skip_until or self.covered[m.start()]:
                continue
            verdict = self._read(_Word(self, i, m))
            if isinstance(verdict, Finding):
                yield verdict

    def _read(self, w: _Word) -> Finding | str | None:
        verdict = (self._nickname_in_quotes(w) or self._name_of_initials(w) or self._not_a_person(w)
                   or self._given_name_with_a_bare_possessive(w) or self._misspelt_record_name(w) or self._a_listed_thing(w))
        if verdict is None:
            w.two, w.family_first = self._joins_next(w)
            verdict = (self._place_of_two_words(w) or self._a_word_not_a_name(w) or self._a_thing_not_a_name(w)
                       or self._a_thing_named(w) or self._name_or_place(w))
        return verdict

    def _given_name_with_a_bare_possessive(self, w: _Word) -> Finding | None:
        """A given name with its possessive s written without the apostrophe, before what is someone's: "Jordans brother",
        "Garys partner", "Oscars mum" (not a family name of that shape: "Roberts", "Evans", "Williams")."""
        low = w.low
        if len(low) < 4 or low[-1] != "s" or low[:-1] not in self.givens or low in self.families or w.end != w.m.end() \
                or low[:-1] in self.not_names or not _OWNED_AFTER.match(self.text, w.end):
            return None
        return Finding(w.m.start(), w.end, self.text[w.m.start():w.end], NAME, "rare", None, low[:-1])

    def _name_of_initials(self, w: _Word) -> Finding | None:
        """Two initials, the second J, as a boy or man is called: "TJ has told me", "it's JJ's" (not "TJ Hughes", the shop)."""
        m = w.m
        if not _NAME_OF_INITIALS.fullmatch(m.group(0)) or (w.nxt is not None and w.gap == " " and w.nlow == "hughes"):
            return None
        return Finding(m.start(), w.end, self.text[m.start():w.end], NAME, "rare", None, w.low)

    def _after_space(self, w: _Word) -> bool:
        """The next capitalised word stands after one space: "Jade Smith", not "Jade, Smith"."""
        return w.gap == " "

    def _nickname_in_quotes(self, w: _Word) -> Finding | None:
        """A nickname in quotes, even an acronym or a word: 'known as "JJ"', 'a man she called "Big Al"'; or a given name
        quoted alone: 'messages from "Rob"', '(19, "Ty")'. Not what a family calls its grandmother: '("Poh Poh")'."""
        text, m = self.text, w.m
        quoted = _QUOTED_WORDS.match(text, m.start()) if w.prev[-1:] in _OPENING_QUOTES else None
        if quoted is None or _kin_phrase_end(text, m.start()) or w.low in self.community_kin:
            return None
        if not _THING_CALLED.search(w.prev) and not _TITLE_AND_INITIAL.fullmatch(quoted.group(0)) \
                and (_QUOTED_NICKNAME_BEFORE.search(w.prev)
                     or (_QUOTED_NICKNAME_SHAPE.fullmatch(quoted.group(0)) and quoted.group(0).split()[-1].lower() not in self.common)
                     or (quoted.end() == w.end and (w.low in self.givens or w.low in gazetteer.diminutives()
                                                    or self._a_nickname_alone_in_quotes(w)))):
            self.skip_until = quoted.end()
            return Finding(m.start(), quoted.end(), text[m.start():quoted.end()], NAME, "cue", None, w.low)
        return None

    def _a_nickname_alone_in_quotes(self, w: _Word) -> bool:
        """A word no dictionary holds, quoted alone, as a nickname is written ('"Deggsy" is not identified', '"Bizzy" -
        believed'); or a rarer word quoted beside a quoted name ('met "Tyler" and "Bash"'). Not a brand or a kin word."""
        low = w.low
        if low in self.common or low in self.not_names or low in self.brand_words or low in _NEVER_ORDINARY \
                or (_BRAND_CAPITALS.search(w.word) and not _NAME_PREFIX.match(w.word)):
            return False  # (a handle with a capital inside, '"HoYinMC"', is no one's name)
        if gazetteer.zipf(low) < RARE:
            return True
        before = _QUOTED_NAME_BEFORE.search(w.prev)
        return gazetteer.zipf(low) < ORDINARY_WORD and before is not None \
            and (before.group(1).lower() in self.givens or before.group(1).lower() in gazetteer.diminutives())

    def _not_a_person(self, w: _Word) -> str | None:
        """Words that are never a person, whatever stands around them."""
        text, m, word, low = self.text, w.m, w.word, w.low
        if (word.isupper() or (w.end < m.end() and text[m.start():w.end].isupper()) or _ACRONYM_PLURAL.fullmatch(word)) \
                and not (_could_be_a_name_in_capitals(w.low, self.givens, self.families)
                         and _title_before(w.prev, w.low, self.givens, self.families, self.common)):
            return _SKIP  # acronyms (CAMHS, IRO, DSL, DEFRA's, GCSEs): not people; but "PC SANDHU", "PS 906 GEDNEY" are
        if "-" in low and all(part in gazetteer.CALENDAR for part in low.split("-")):
            return _SKIP  # "Mon-Fri": days
        kin_end = _kin_phrase_end(text, m.start())
        if kin_end or (low in self.community_kin and not _HONORIFIC_BEFORE.search(text, max(0, m.start() - 14), m.start())):
            self.skip_until = max(self.skip_until, kin_end)
            return _SKIP  # "her Bibi", "Haroon Kaka", "Poh Poh": a kin word of a community language, not a name
        if _NAMED_LAW_AFTER.match(text, w.end) or _OPERATION_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            return _SKIP  # "Clare's Law", "Down's Syndrome", "Op Kingfisher": a law, a condition, a police operation
        if word in ("Op", "Operation") and self._after_space(w):
            return _SKIP
        if _BRAND_CAPITALS.search(word) and not _NAME_PREFIX.match(word):
            self.thing_end = m.end()
            return _SKIP  # words with a capital inside (ParentPay, BeReal): not people
        return None

    def _misspelt_record_name(self, w: _Word) -> Finding | None:
        """A misspelling of a name the record holds. Not a word that is a name in its own right ("Patel" is not a misspelt
        "Pate"l): taking another person's name for the requester's would keep it in a disclosure."""
        low = w.low
        if not self.name_tokens or len(low) < 4 or low in self.givens or low in self.families or low in self.common \
                or low in self.brand_words or low in self.not_names:
            return None
        hit = _closest(low, self.name_tokens)
        if hit is None:
            return None
        if (low in self.places or low in self.home or low in self.abroad) and self._place_cue(w):
            return None  # "a flat in Wembley" is the town, not a misspelt "Wemby"; "came from Moshi", not a misspelt Mushi
        text, m, nxt = self.text, w.m, w.nxt
        hm = _HONORIFIC_BEFORE.search(text, max(0, m.start() - 14), m.start())
        start = hm.start() if hm else m.start()
        end, party = w.end, self.name_tokens[hit]
        if nxt is not None and text[w.end:nxt.start()] in (" ", "\n") and not self.covered[nxt.start()] \
                and w.nlow in self.families and w.nlow not in self.name_tokens:
            end, party, self.skip_until = _word_end(nxt), None, nxt.end()  # another person: "Jaswinder Rai"
        return Finding(start, end, text[start:end], NAME, "fuzzy", party, hit)

    def _a_listed_thing(self, w: _Word) -> str | None:
        """A brand, app or shop in the list: not a person, unless a title or a relationship word stands before it."""
        w.honorific = _title_before(w.prev, w.low, self.givens, self.families, self.common)
        brand_end = _brand_end(self.text, w.m, w.low, self.brand_words, self.brand_names)
        if brand_end and w.word in HONORIFICS and _GIVEN_NAME_AFTER.match(self.text, brand_end):
            brand_end = 0  # "Ms Rachel Oldham", not the programme "Ms Rachel": a title, a given name and a family name
        if brand_end and not w.honorific and not _CUE.search(w.prev) and not _STRONG_PLACE_CUE.search(w.prev) \
                and not (brand_end == w.end and w.low in self.home and _PLACE_CUE.search(w.prev)
                         and not _NOT_PLACE.search(w.prev)):  # "a flat in Vauxhall": the district, not the car
            self.thing_end = self.skip_until = brand_end
            return _SKIP
        return None

    def _joins_next(self, w: _Word) -> tuple[bool, bool]:
        """Whether the next capitalised word, not already found, is this one's family name ("Priya Jain"), and whether this
        is a family name written first ("Tran Van Hung", "Yip Wai Man"). A possessive is never joined to the next word
        ("Lau's Bakery")."""
        text, m, nxt, low, nlow = self.text, w.m, w.nxt, w.low, w.nlow
        if nxt is None or w.gap not in (" ", "\n") or self.covered[nxt.start()] or w.end != m.end() \
                or (w.gap == "\n" and nlow == low):
            return False, False  # (not a name signed twice: "Regards, Nathan\nNathan Beer")
        givens, families, not_names, common = self.givens, self.families, self.not_names, self.common
        # (not a people, language or faith word: "St Michael's Eritrean Orthodox"; a country can be a family name)
        two = (nlow not in not_names or nlow in gazetteer.countries()
               or ((low in givens or gazetteer.zipf(low) < RARE) and nlow in families)  # "Priya Jain", "Shamim Bibi"
               or (low in givens and nlow not in self.community_kin and _PERSON_VERB_AFTER.match(text, _word_end(nxt)))) \
            and ((low in givens and nlow in families) or (
                nlow not in common and (nlow in families or gazetteer.zipf(nlow) < ORDINARY or low in givens)))
        family_first = low in families and nlow in _VIET_MIDDLE  # "Tran Van Hung", "Nguyen Thi Mai": family name first
        # "Yip Wai Man", "Chan Siu-Ming": a Chinese family name first, then a given name of one or two syllables
        family_first = family_first or bool(low in gazetteer.chinese_family_names() and _SYLLABLE.fullmatch(nxt.group(0))
                                            and nlow not in _VENUE_NOUNS and nlow not in _ORGANISATION_NOUNS
                                            and nlow not in common)
        two = (two or family_first) and nlow not in _FIRM_WORDS and nlow not in _PARENT_WORDS \
            and nlow.removesuffix("s") not in gazetteer.CALENDAR  # not "Doyle Solicitors", "Sorts Mam", "Pauline Tuesdays"
        # "Mrs Joanne Senior", "Mr Kevin Young": after a title, a given name's next capitalised word is the family name
        two = two or bool(w.honorific and (low in givens or low in self.shorts) and nlow not in _ROLE_NOUNS
                          and nlow not in _ORGANISATION_NOUNS and nlow not in not_names and nlow not in _VENUE_NOUNS
                          and not nxt.group(0).isupper())
        # a given name and an everyday word set off as a person is written in a list, an attendance or an aside: "the health
        # visitor, Natalie Plant, saw", "HV Natalie Plant;", "Minutes: Lorraine Pick (school admin)", "spoke to Kerry Mount,
        # duty SW" (the everyday word is a family name: Plant, Pick, Mount, Friend)
        two = two or bool(low in givens and _a_person_set_off(text, w.prev, nxt))
        # ... or wherever a given name and a capitalised everyday word stand together mid-sentence ("Maureen Bold at number
        # 12", "Driver believed to be Kyle Brain, 20"): a word English capitalises there only as a name
        two = two or bool((low in givens or low in self.shorts) and w.gap == " " and _an_everyday_family_name(text, w.prev, low, nxt))
        # ... or after the word for who the person is to the family: "the football coach Gareth Heard as", "neighbour Ken Pearson"
        two = two or bool(low in givens and _WHO_THEY_ARE_BEFORE.search(w.prev) and not nxt.group(0).isupper()
                          and _bare(nxt.group(0)) not in _PLACE_BODY_OR_ROLE_NOUNS and _bare(nxt.group(0)) not in _STREET_WORD_SET
                          and nlow not in _NEVER_ORDINARY and nlow not in gazetteer.countries() and nlow not in gazetteer.CALENDAR
                          and nlow not in _VENUE_NOUNS and nlow not in _ORGANISATION_NOUNS)
        if two and nxt.group(0).isupper() and len(nlow) <= 5 and nlow not in families and low not in givens \
                and gazetteer.zipf(low) >= RARE:
            two = False  # an acronym after a word ("Rang EDT", "Emailed CAMHS"), not a family name in capitals
        if nlow.removesuffix("s") in gazetteer.CALENDAR:
            two = False  # "Nan Pauline Tuesdays and Thursdays": a day after a name, not its family name
        return bool(two), family_first

    def _place_with_its_place_word(self, w: _Word) -> bool:
        """After a place word ("from", "in", "at", "of" after a person), a word and a word that names a kind of place:
        "from Grove Park", "in Top Valley", "at Gorse Hill", "lives in Forest Town", "Tiffany, 16, of Up Holland"; not a
        person ("a text from Kelly Green") nor an organisation or street ("at Windmill Hill School", "on Grove Park Road")."""
        text, nxt = self.text, w.nxt
        if nxt is None or w.gap not in (" ", "\n") or self.covered[nxt.start()] or w.end != w.m.end() \
                or _bare(nxt.group(0)) not in _PLACE_KIND_WORDS or nxt.group(0).isupper() or w.word.isupper():
            return False
        prev = w.prev
        if not ((_PLACE_CUE.search(prev) and not _NOT_PLACE.search(prev)) or _OF_AFTER_NAME.search(prev)):
            return False
        if (w.low in self.givens and w.low not in self.home) or w.low in self.not_names or w.low in gazetteer.CALENDAR:
            return False
        after = _NEXT_CAPITAL.match(text, _word_end(nxt))
        return not (after and (_bare(after.group(2)) in _ORGANISATION_NOUNS or _bare(after.group(2)) in _VENUE_NOUNS
                               or _bare(after.group(2)) in _STREET_WORD_SET or after.group(2) in _SCHOOL_NOUNS))

    def _place_of_two_words(self, w: _Word) -> Finding | str | None:
        """"a bungalow in Great Sankey", "moved to Little Lever": a place of two words; not "taken to South Tyneside
        District Hospital"."""
        text, m, nxt = self.text, w.m, w.nxt
        if self._place_with_its_place_word(w):
            end = _word_end(nxt)
            self.thing_end = self.skip_until = end
            return Finding(m.start(), end, text[m.start():end], PLACE, "cue", None, " ".join(text[m.start():end].split()).lower())
        if w.low not in _PLACE_PREFIXES or nxt is None or w.gap not in (" ", "\n") or self.covered[nxt.start()] \
                or not ((_PLACE_CUE.search(w.prev) and not _NOT_PLACE.search(w.prev)) or _PLACE_NOUN_AFTER.match(text, _word_end(nxt))
                        or _AT_OR_OF_BEFORE.search(w.prev)) \
                or w.nlow in self.common or gazetteer.zipf(w.nlow) >= RARE \
                or f"{w.low} {w.nlow}" in gazetteer.countries():
            return None
        end = _word_end(nxt)
        self.thing_end = self.skip_until = end
        if _in_organisation_name(text, m.start(), end, self.families) or (
                not _PLACE_NOUN_AFTER.match(text, end) and _thing_evidence(text, self.tokens, w.i, end, "rare") == "thing"):
            return _SKIP
        return Finding(m.start(), end, text[m.start():end], PLACE, "cue", None, " ".join(text[m.start():end].split()).lower())

    def _community_kin_before(self, w: _Word) -> re.Match | None:
        """The kin word of a community language just before the word on its line ("chị Hằng", "Tete Memory"); a capitalised
        one only before a given name (not "Nene Vale", a river's valley)."""
        kin = _PREVIOUS_WORD.search(w.prev)
        if kin is None or kin.group(1).lower() not in self.community_kin or w.low in self.not_names or w.low in gazetteer.CALENDAR \
                or (not kin.group(1).islower() and w.low not in self.givens):
            return None
        return kin

    def _a_word_not_a_name(self, w: _Word) -> str | None:
        """An English word, a kin word, a pet, a form's label, a title or a job, where no title stands before it."""
        text, m, low, prev, nxt = self.text, w.m, w.low, w.prev, w.nxt
        givens, families, honorific = self.givens, self.families, w.honorific
        if low in self.common and not honorific and not (w.two and low in givens) \
                and not ((low in givens or low in _MONTHS_THAT_ARE_NAMES) and _CUE_OF_PERSON_ONLY.search(prev)
                         and not _THING_CALLED.search(prev)) \
                and not (low in givens and self._community_kin_before(w)):
            return _SKIP  # (but "her boyfriend Will", "his son Mark", "Auntie May": a given name after a word only a person takes)
        if low == "said" and not honorific and _PRONOUN_OR_ARTICLE_AFTER.match(text, w.end):
            return _SKIP  # "16/10/26 Said he works for a lad", "Said baby Ruby-Mae screams": a note's verb, not Said Khan
        if low in _KIN and not honorific and not _CUE_OF_PERSON_ONLY.search(prev) and (nxt is None or w.end < m.end()
                                                                                      or w.gap != " "):
            return _SKIP  # "Mam said don't open it", "at Mam's": a kin word on its own is the mother, not a name
        if _ends_with_an_animal(prev) and _PET_BEFORE.search(prev) and not honorific:
            return _SKIP  # "our dog Marley", "the Staffie Tyson": a pet's name identifies no one alone
        if low in _FAMILY_TITLES and not honorific and self._after_space(w) and (w.nlow in givens or w.nlow in self.shorts) \
                and w.nlow not in _KIN \
                and not w.nxt.group(0).isupper():
            return _SKIP  # "Nanna Pat", "Grandad Ray": a family's word for someone before their given name
        if low in _KIN_THAT_ARE_NAMES and self._after_space(w) and w.nlow not in families \
                and (w.nlow in givens or gazetteer.zipf(w.nlow) < RARE):
            return _SKIP  # "Tia Jaqueline", "Lola Erlinda": an aunt, a grandmother (the next word is the name)
        if w.word in self.buildings and not honorific and not _BUILDING_AFTER.match(text, w.end):
            return _SKIP  # "Kestrel" for Kestrel House, written before or after in the same document
        if text.startswith(":", w.end) and low.endswith(("er", "or", "ist", "ian", "ant", "ent")) and len(low) >= 6 \
                and low not in givens and low not in families and low not in self.places and low not in self.home \
                and gazetteer.zipf(low) >= 2.0 and not honorific:
            return _SKIP  # a form's label: "Prescriber:", "Moderator:", "Referrer:", "Assessor:" (not "in Leicester:")
        if len(low) >= 7 and low.endswith(_WORD_ENDINGS) and low not in givens and low not in families \
                and low not in self.places and low not in self.home \
                and gazetteer.zipf(low) >= 2.0 and not honorific and not (_CUE.search(prev) and not _FIELD_GAP_END.search(prev)):
            return _SKIP  # "Debridement", "Interpreting", "Countersigned": an English word, not a name
        return None

    def _a_thing_not_a_name(self, w: _Word) -> str | None:
        """A car's model, a council or a building, a saint, or a word of the not-names list (a country, a people, a
        language, a kin word, a title, a job), where no title stands before it."""
        text, m, low, prev, nxt = self.text, w.m, w.low, w.prev, w.nxt
        givens, not_names, honorific = self.givens, self.not_names, w.honorific
        before = self.tokens[w.i - 1] if w.i > 0 else None
        if before is not None and text[before.end():m.start()] == " " and _bare(before.group(0)) in self.car_makes \
                and not honorific and low not in givens:
            self.thing_end = self.skip_until = w.end
            return _SKIP  # "a Toyota Auris", "her Kia Picanto": a car's model, not a person
        if self._after_space(w) and nxt.group(0) in _ORGANISATION_ACRONYMS and not honorific:
            self.skip_until = nxt.end()
            return _SKIP  # "Otterbrook CC", "Rotherbrook MBC", "Larkhill HC": a council, a service, a health centre
        if self._after_space(w) and not honorific and w.nlow in _BUILDING_NOUNS \
                and (gazetteer.zipf(low) >= RARE or low not in givens) and not _PLACE_CUE.search(prev):
            self.skip_until = nxt.end()
            return _SKIP  # "Willow House", "Beech Lodge": a building named for a plant or a place, not Willow House
        if _SAINT_BEFORE.search(text, max(0, m.start() - 8), m.start()) and low in givens:
            if self._after_space(w) and w.nlow not in self.common:
                self.skip_until = nxt.end()  # "St Charles Borromeo": the saint's whole name
            return _SKIP  # a saint in the name of a church, school or place: "St Michael's Eritrean Orthodox church"
        if low in not_names and low not in givens and not honorific and self._after_space(w) \
                and nxt.group(0)[:1].isupper() and w.nlow not in self.common:
            return _SKIP  # a kin word or title before a name: "the grandfather, Dada Abdul Malik" (the name is the next word)
        if low in not_names and not honorific and not (w.two and low in givens) \
                and not (_CUE.search(prev) and not _NEWLINE_END.search(prev) and not _FIELD_GAP_END.search(prev)) \
                and not (low in gazetteer.countries() and _TRAVELLED_BEFORE.search(prev)) \
                and not (low in gazetteer.listed_given_names() and _A_PERSON_NOT_A_LANGUAGE.match(text, w.end)
                         and not _LANGUAGE_BEFORE.search(prev)):
            # (but a given name that is also a language or a country, where a person's verb or role follows: "Shona
            # showed me", "Shona (CAMHS)", "Shona and her partner", "Danish said")
            return _SKIP  # a country, people, language, kin word or form label: "Urdu", "Poland", "Dadi", "Forename"
        if low in HONORIFIC_WORDS and not honorific and self._after_space(w) and nxt.group(0)[:1].isupper():
            return _SKIP  # a title before a name ("District Judge Kyriacou", "Pastor Mensah"): the next word is the name
        if (low in _ROLE_NOUNS or low in _ORGANISATION_NOUNS) and low not in givens and low not in self.families \
                and not honorific:
            return _SKIP  # a job or a business ("Medical Adviser", "Panel Adviser Louise Slee", "Luton Cabs"): not a name
        return None

    def _a_thing_named(self, w: _Word) -> str | None:
        """"an app called Zorbly", "a shop named Quarnby": the name of a thing, not a person. Notes the relationship word
        before the word ("her boyfriend ", "his friends Kai and "), which the next step reads."""
        start = w.m.start()
        tail = w.prev.rstrip(" \t\n\"“‘':,")
        last = tail.rsplit(None, 1)[-1].rsplit("-", 1)[-1].lstrip("\"“‘'([<").lower() if tail else ""
        w.cue = (_CUE.search(w.prev) if last in _CUE_LAST_WORDS else None) or (
            _PLURAL_CUE.search(self.text, max(0, start - 80), start)
            if any(word in self.text[max(0, start - 80):start] for word in _PLURAL_CUE_WORDS) else None)
        if w.cue and _FIELD_GAP_ON_THE_LINE.search(w.prev):
            w.cue = None  # a form's next field, not the word after a relationship: "Category: Peer   Logged by:"
        if not w.cue and (kin := self._community_kin_before(w)):
            w.cue = kin  # a kin word of a community language before it, as before a name: "chị Hằng", "Tete Memory"
        if w.cue and _THING_CALLED.search(w.prev):
            self.thing_end = w.m.end()
            return _SKIP
        return None

    def _name_or_place(self, w: _Word) -> Finding | str | None:
        """What is left: a name or a place, by what stands before and after it and how rare a word it is; or nothing."""
        source, kind, end = self._source(w)
        if source is None:
            return None
        text, m, prev = self.text, w.m, w.prev
        hyphened = _HYPHENED_PLACE.match(text, end)  # "Chester-le-Street", "Stockton-on-Tees": one name
        if hyphened:
            end = hyphened.end()
            if kind == NAME and not w.honorific:
                kind = PLACE  # "Dalton-in-Furness", "Wells-next-the-Sea": a town's shape, though Dalton is a name too
        if not w.honorific and (_LOWER_STATION_AFTER.match(text, w.end) and gazetteer.zipf(w.low) < ORDINARY_WORD or (
                _PLACE_NOUN_AFTER.match(text, w.end) and source == "rare" and w.low not in self.givens
                and w.low not in self.families and w.low not in self.world_givens) or (
                _TOWNS_SERVICE_AFTER.match(text, w.end) and (w.low in self.places or w.low in self.home) and w.low not in self.givens)):
            self.skip_until = w.end  # "at Digbeth coach station", "Walsall MASH", "the Hastings hub": the town, not an organisation
            return Finding(m.start(), w.end, text[m.start():w.end], PLACE, "gazetteer", None, w.low)
        if (kind == PLACE or source in ("rare", "gazetteer") or (source == "cue" and not _CUE_OF_PERSON_ONLY.search(prev))) \
                and _in_organisation_name(text, m.start(), end, self.families):
            self.thing_end = self.skip_until = end
            return _SKIP  # a town in an organisation's name: "Tynedale Council", "University Hospital of North Tyneside"
        if source in ("rare", "gazetteer"):
            verdict = self._thing_or_person(w, end, source)
            if verdict == "thing":
                self.thing_end = self.skip_until = end  # and the word it was about to take ("Mario Kart": not "Kart" alone)
                return _SKIP
            if verdict == "first word only":
                end = w.end
        kind, end = self._person_or_town(w, source, kind, end)
        start = m.start()
        if w.honorific:
            start = m.start() - len(w.honorific.group(0))
        if source != "cue" and _WATCHED_BEFORE.search(text, max(0, start - 30), start) and _ON_SCREEN_AFTER.match(text, end):
            return _SKIP  # "watching Ms Zorbly on YouTube": someone on a screen, not a person in the case
        span = text[start:end]
        self.skip_until = end
        return Finding(start, end, span, kind, source, None, " ".join(span.split()).lower())

    def _place_cue(self, w: _Word) -> bool:
        """A place word stands before it ("a flat in Shirley"); not a person's home ("went to Hafsa's for tea") nor a
        person with a family name ("linked to Tyrese Bonner")."""
        prev = w.prev
        return bool(((_PLACE_CUE.search(prev) and not _NOT_PLACE.search(prev)) or _PLACE_CUE_WRAPPED.search(prev))
                    and not _persons_home_after(self.text, w.end) and not w.word.endswith(("'s", "’s"))
                    and not (w.two and gazetteer.zipf(w.low) < RARE and w.nlow in self.families and w.nlow not in self.places
                             # (but "lives in Stoney Middleton", "the pub in Fonthill Bishop": a village named with a
                             # family's name, as many English villages are, after words that say a place)
                             and not _STRONG_PLACE_CUE.search(prev) and not _VILLAGE_CUE.search(prev)))

    def _source(self, w: _Word) -> tuple[str | None, str, int]:
        """Why the word is a name or a place (a title, a relationship word, a name list, a rare word), its kind and where
        it ends; (None, ...) when nothing says it is one."""
        text, low, prev, nxt = self.text, w.low, w.prev, w.nxt
        givens, families = self.givens, self.families
        sentence_start = _sentence_start(prev) and not _quoted_alone(text, prev, w.end)
        name_like = low in givens or low in families or gazetteer.zipf(low) < RARE
        end = w.end
        if w.two:
            end = _word_end(nxt)
            third = self.tokens[w.i + 2] if w.i + 2 < len(self.tokens) else None
            if w.family_first and third is not None and text[nxt.end():third.start()] == " " \
                    and (w.nlow in _VIET_MIDDLE or _SYLLABLE.fullmatch(third.group(0))):
                end = _word_end(third)
            elif w.family_first and (tail := _SYLLABLE_TAIL.match(text, end)):
                end = tail.end()  # a Hong Kong given name's second syllable after a hyphen: "Wong Ka-yan", "Tsang Wing-sze"
        place_cue = w.place_cue = self._place_cue(w)
        kin_after = _KIN_WORD_AFTER.match(text, w.end)
        if w.honorific:
            return "honorific", NAME, end
        if w.cue:
            return "cue", NAME, end
        if ((self._after_space(w) and w.nlow in self.community_kin)
                or (kin_after and kin_after.group(1).lower() in self.community_kin and (low in givens or gazetteer.zipf(low) < RARE))) \
                and low not in self.not_names and low not in _NEVER_ORDINARY:
            return "cue", NAME, end  # a name before a kin word of a community language: "Haroon Kaka", "Shirin Khala"
        if place_cue and (not sentence_start or _PLACE_CUE_WRAPPED.search(prev) or _OF_WRAPPED.search(prev)) \
                and not (low in self.world_givens and _TO_OR_FROM_BEFORE.search(prev) and not _STRONG_PLACE_CUE.search(prev)) \
                and (low not in givens or _STRONG_PLACE_CUE.search(prev)
                     or (low in self.home and not _TO_BEFORE.search(prev))):  # "a flat in Shirley", not "sent to Shirley"
            if self._after_space(w) and not self.covered[nxt.start()]:
                end = nxt.end()  # "Whitley Bay"
            return "cue", PLACE, end
        if (low in self.home or low in self.places or low in self.abroad) and low not in givens and low not in families \
                and not text.startswith(("'s", "’s"), end) and ((gazetteer.zipf(low) < ORDINARY_WORD and (
                    (_AT_END.search(prev) and not _SCHOOL_WORD_BEFORE_AT.search(prev)) or _OF_AFTER_NAME.search(prev) or (
                    _FIELD_OPEN_BEFORE.search(prev) and _FIELD_CLOSE_AFTER.match(text, end))))
                     or _STATION_AFTER.match(text, end)):
            return "gazetteer", PLACE, end  # a town alone in brackets or a table's cell ("clinic (Orpington)", "| Wokingham |"),
            # after "at" ("a game away at Egremont"), where someone lives ("Hamid Rostami of\nThornaby"), before its station
        if (low in givens and not (sentence_start and not w.two and gazetteer.zipf(low) >= COMMON_AT_START
                                   and not _NAME_VERB.match(text, w.end))) \
                or (low in families and (w.two or not sentence_start)):
            return "gazetteer", NAME, end  # (not "Said" opening a sentence: 'Said "Daddy is here"'; "Said was present" is)
        if w.two and (name_like or gazetteer.zipf(low) < ORDINARY):
            return "rare", NAME, end
        if w.two and (w.nlow in self.families or gazetteer.zipf(w.nlow) < RARE) and (low in self.shorts or low in self.word_givens) \
                and _PROFESSION_BEFORE.search(prev):
            # a short form that is a word too, after a worker's role, and a listed or rare family name: "SW Nick Pearce",
            # "HV Pat Hext", "SW Will Ackroyd"
            return "rare", NAME, end
        if not sentence_start and name_like:
            return "rare", NAME, end
        if not sentence_start and gazetteer.zipf(low) < ORDINARY_WORD \
                and (_ONLY_A_PERSON_AFTER.match(text, end) or _ONLY_A_PERSON_BEFORE.search(prev)):
            return "rare", NAME, end  # a less rare word where only a person stands: "spoke to Rupert", "Ivy was present"
        if sentence_start and gazetteer.zipf(low) < RARE_START and _NAME_VERB.match(text, w.end):
            return "rare", NAME, end
        if sentence_start and gazetteer.zipf(low) < ORDINARY_WORD and low not in self.common and low not in self.not_names \
                and (_PRESENT_OR_STAYING_AFTER.match(text, end) or _PERSON_APPOSITION_AFTER.match(text, end)):
            return "rare", NAME, end  # opening a sentence where only a person stands: "Vladimir was present", "Carlo, mum's partner"
        if not sentence_start and low in self.shorts and gazetteer.zipf(low) < SHORT_FORM and low not in self.not_names \
                and (_PERSON_VERB_AFTER.match(text, end) or _SHORT_FORM_VERB_AFTER.match(text, end)
                     or _PERSON_BEFORE.search(prev)):
            return "rare", NAME, end  # a short form where a person stands: "Debbie and Mick are", "Ty is", "Des made"
        if low in self.word_givens and low not in self.common and (
                _PERSON_VERB_AFTER.match(text, end) or _SHORT_FORM_VERB_AFTER.match(text, end) or _AGE_AFTER.match(text, end)
                or ((pair := _AND_GIVEN_AFTER.match(text, end)) and pair.group(1).lower() in givens)
                or (not sentence_start and _PERSON_BEFORE.search(prev))):
            return "rare", NAME, end  # a given name that is a word too, where a person stands: "Milo went", "Stan and Joan"
        if sentence_start and _SPEAKER_COLON.match(text, w.end) and gazetteer.zipf(low) < ORDINARY_WORD \
                and _speakers(text).get(w.word, 0) >= 2:
            return "rare", NAME, end  # a speaker in a transcript: "Dex: u coming?" on two lines or more
        if low in self.places and low not in givens and (gazetteer.zipf(low) < ORDINARY_WORD or (
                gazetteer.zipf(low) < LISTED_TOWN and not _LINE_START.search(prev) and not _CAPITAL_OR_ACCENT_AFTER.match(text, end))):
            return "gazetteer", PLACE, end  # a listed town anywhere: "(Worcester, Hereford)", "Redditch police"
        return None, NAME, end

    def _thing_or_person(self, w: _Word, end: int, source: str) -> str | None:
        """For a name found by a list or by rarity alone: "thing" when what stands around it says it is a thing (an app, a
        brand, a product), "first word only" when the next word is not part of it, else None."""
        text = self.text
        verdict = _thing_evidence(text, self.tokens, w.i, end, source)
        if verdict is None and not _PERSON_VERB_AFTER.match(text, end) \
                and (_COORDINATED.fullmatch(text, self.thing_end, w.m.start()) if 0 <= self.thing_end <= w.m.start() else False):
            verdict = "thing"  # "on Wink and Zorbly", "Snapchat, Zorbly": a thing listed with things
        if verdict is None and _brand_listed_after(text, end, self.brand_words, self.brand_names) \
                and not _PERSON_VERB_AFTER.match(text, end):
            verdict = "thing"  # "on Zorbly and Snapchat"
        return verdict

    def _person_or_town(self, w: _Word, source: str, kind: str, end: int) -> tuple[str, int]:
        """A name found by a list or by rarity that is a country someone goes to, a town abroad or a town of the UK where a
        place stands: its kind, and where it ends."""
        text, low, prev = self.text, w.low, w.prev
        if w.honorific or kind != NAME:
            return kind, end
        if end == w.end and low in gazetteer.countries():
            return PLACE, end  # "wants to go back to India": a country someone goes to, not a person
        if end == w.end and source == "gazetteer" and _IN_BEFORE.search(prev) and low in self.givens \
                and low not in gazetteer.listed_given_names() and low not in self.shorts and low not in self.families \
                and not _PERSON_VERB_AFTER.match(text, end) and not text.startswith(("'s", "’s"), end):
            # a given name only of Faker's American list, after "in": a town named as people are named there ("in Ashby
            # at the address of", "a house in Layton"); no one is "in" a person
            return PLACE, end
        bracket_tail = _BRACKET_TAIL_BEFORE.search(prev) and _BRACKET_TAIL_AFTER.match(text, end) and end == w.end \
            and low not in self.givens and gazetteer.zipf(low) < ORDINARY_WORD
        if bracket_tail and (source in ("rare", "gazetteer") or (source == "cue" and (
                low in self.places or low in self.home or (gazetteer.zipf(low) < RARE and low not in self.world_givens
                                                           and low not in self.families)))):
            return PLACE, end  # "(15, Hanley)", "(aunty, Darwen)", "(12,\nBucknall)": where someone lives, after their age or role
        if source not in ("rare", "gazetteer") or low in self.givens:
            return kind, end
        if source == "rare" and end == w.end and _OF_AFTER_NAME.search(prev) and not _FIRM_AFTER.match(text, end):
            return PLACE, end  # "Kyle Meek of Tuffley", "Mrs Janice Askew of Newbarns": where a person lives
        if low not in self.families:
            country = _IN_COUNTRY_AFTER.match(text, end)
            if country and country.group(1).lower() in gazetteer.countries():
                return PLACE, end  # "by way of Zahlé in Lebanon": a town abroad
        if source == "rare" and end == w.end and low not in self.families and low in self.home \
                and not _PERSON_VERB_AFTER.match(text, end) and not text.startswith(("'s", "’s"), end) \
                and not _ONLY_A_PERSON_BEFORE.search(prev) and not _ONLY_A_PERSON_AFTER.match(text, end) \
                and not _PERSON_APPOSITION_AFTER.match(text, end) and not _PERSON_WORD_BEFORE.search(prev):
            return PLACE, end  # a word no name list holds that GeoNames holds as a UK town: "(18, Biggleswade)", "of Wickford."
        if source == "rare" and end == w.end and _folded(low) in self.abroad and low not in self.families \
                and not _PERSON_VERB_AFTER.match(text, end) and not text.startswith(("'s", "’s"), end) \
                and not _ONLY_A_PERSON_BEFORE.search(prev) and not _ONLY_A_PERSON_AFTER.match(text, end) \
                and not _PERSON_APPOSITION_AFTER.match(text, end) and not _PERSON_WORD_BEFORE.search(prev) \
                and (_FOREIGN_IN_BEFORE.search(prev) or (_COMMA_BEFORE.search(prev) and _PLACE_END_AFTER.match(text, end))):
            return PLACE, end  # a city abroad no name list holds: "29601 Marbella", "en Quito", "i Kigali", ", Batumi -"
        words = " ".join(text[w.m.start():end].lower().split())
        # a UK town in GeoNames where a place stands: after a place word, or between commas ("Academy, Bletchley,")
        folded = _folded(words)
        place_cue = w.place_cue
        in_home = (folded in self.home if " " in words else low in self.home and low not in self.families) \
            and not _PERSON_VERB_AFTER.match(text, end) \
            and (place_cue or (_COMMA_BEFORE.search(prev) and _PLACE_END_AFTER.match(text, end))
                 or _OF_AFTER_NAME.search(prev)
                 or (" " in words and low not in self.givens))  # "Long Sutton", "Chadwell Heath": two words
        if (place_cue and not _TO_BEFORE.search(prev) or _OF_AFTER_NAME.search(prev) or _BORN_BEFORE.search(prev)
                or (_COMMA_BEFORE.search(prev) and _PLACE_END_AFTER.match(text, end) and low not in self.families)) \
                and (folded in self.abroad or _folded(low) in self.abroad) and gazetteer.zipf(low) < ORDINARY_WORD:
            # "from Giza", "a cousin in Benidorm": a city abroad, after a place word
            return PLACE, (end if folded in self.abroad else w.end)
        if words in self.places or (low in self.places and low not in self.families) or in_home:
            # ("Preston said": a person; "Oakengates", "Bletchley": towns of the UK in GeoNames)
            # a town in the list ("Hereford", "Redditch"), not a person
            return PLACE, (end if words in self.places or folded in self.home else w.end)
        return kind, end


HONORIFICS = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr")
# Titles of a role or rank written before a surname in English case records: police ranks (PC 1234 Hughes, DS Hughes,
# PS 906 Gedney), fire service ranks (SM Nick Spargo, WM, CM, FF), nursing, clergy, academic, judicial and civic titles, a coach.
# Unlike Mr or Mrs, they are taken before a word only when that word could be a name ("PC World", "Coach Trip", "Nurse
# Practitioner" are not people).
ROLE_TITLES = ("PC", "WPC", "PCSO", "PS", "DC", "DS", "DI", "DCI", "DSI", "Sgt", "Sergeant", "Insp", "Inspector", "Constable", "Detective",
               "SM", "WM", "CM", "FF",
               "Officer", "Nurse", "Matron", "Midwife", "Prof", "Professor", "Cllr", "Councillor", "Judge", "HHJ", "Rev", "Revd",
               "Reverend", "Fr", "Father", "Pastor", "Imam", "Rabbi", "Canon", "Coach", "Doctor",
               # the Army's ranks, as a garrison town's records write a serving parent ("Major Fenwick", "LCpl Brading")
               "Major", "Maj", "Captain", "Capt", "Lt", "Lieutenant", "Col", "Colonel", "Brig", "Brigadier", "Cpl", "LCpl",
               "Pte", "SSgt", "CSgt", "WO1", "WO2",
               # Spanish and Portuguese, as a letter from abroad writes them ("Sra. Salka Salek", "Sr. Sidi Salek")
               "Sr", "Sra", "Srta", "Dña")
_INITIALS = r"(?:[A-Z]\.?[ \t]+|[A-Z]\.){0,2}"  # "Mr D. Heslop", "Mrs J K Patel", "Dr A.Fenwick"
_HONORIFIC_BEFORE = re.compile(rf"\b(?:{'|'.join(HONORIFICS)})\.?\s+{_INITIALS}$")
_ROLE_TITLE_BEFORE = re.compile(rf"(?<![\w.])(?:(?:{'|'.join(ROLE_TITLES)})\.?(?:[ \t]+|[ \t]*\n[ \t]*)){{1,2}}"
                                rf"(?:\d{{1,5}}[ \t]+)?{_INITIALS}$")
_INITIAL_END = re.compile(r"(?:^|[\s(])[A-Z]\.$")
_NEWLINE_END = re.compile(r"\n\s*$")
_FIELD_GAP_ON_THE_LINE = re.compile(r"\S(?: {2,}|\t+)$")  # the gap after a form's field, not a wrapped line's indent
_FIELD_GAP_END = re.compile(r"(?: {2,}|\t)$")  # a gap between a form's fields: "Social Worker    Interpreters:"
_SAINT_BEFORE = re.compile(r"\b(?:St\.?|Saint)(?:[ \t]+|[ \t]*\n[ \t]*)$")
_BRAND_CAPITALS = re.compile(r"[a-z][A-Z]")
_SYLLABLE = re.compile(r"[A-Z][a-z]{1,4}(?:-[A-Za-z][a-z]{1,4})?")  # one syllable of a Chinese given name: "Wai", "Siu-Ming"
_SYLLABLE_TAIL = re.compile(r"-[a-z]{1,5}\b(?!-)")
_VIET_MIDDLE = frozenset(("van", "thi"))  # Văn and Thị, the usual middle names of Vietnamese men and women (read unaccented)
_NAME_PREFIX = re.compile(r"(?:Mc|Mac|O'|O’|D'|D’|De|Di|Da|Du|La|Le|Van|Von)[A-Z]")
HONORIFIC_WORDS = frozenset(h.lower() for h in HONORIFICS + ROLE_TITLES)  # jobs and services leave these out of a name's words
_HONORIFIC_WORDS = HONORIFIC_WORDS  # the old private name, still read by jobs.py and services.py
# O'Brien, D'Souza, N'Diaye, T-Bone (a letter and a capitalised word joined by a hyphen)
# (not before a contraction's "'t": "Don't" and "Won't" are no one's name)
# (a word's edge is a Latin letter's or digit's edge: a name written against Chinese, "去Amelia屋企", is a word of its own)
_LATIN = r"A-Za-z0-9_\u00c0-\u024f\u1e00-\u1eff"  # the Latin alphabet, with its accented and extra letters
_CAP_TOKEN = re.compile(rf"(?<![{_LATIN}])(?:[ODN]['’](?=[A-Z]))?[A-Z](?:[A-Za-z]+|(?=-[A-Z][a-z]))"
                        rf"(?:[-'’][A-Z][a-z]+|(?<=[A-Z]{{2}})-[A-Z]{{2,}})?(?:['’]s)?"
                        rf"(?![{_LATIN}])(?!['’]t\b)")
# (a cue added here needs its last word in _CUE_LAST_WORDS too, or the quick look before _CUE is tried skips it)
_CUE = re.compile(
    r"\b(?:neighbour|neighbor|friend|boyfriend|girlfriend|partner|ex-partner|husband|wife|cousin|lodger|babysitter|"
    r"childminder|uncle|aunt|auntie|aunty|nan|nana|nanna|nanny|gran|granny|grandma|grandmother|grandad|granddad|grandpa|"
    r"grandfather|godmother|godfather|(?:step|half)-?(?:sister|brother)|step-?dad|step-?mum|called|named|"
    r"known (?:only |locally )?as|aka|sister|brother|"
    r"son|daughter|classmate|peer|associate|landlord|landlady|employer|colleague|nicknamed|goes by|calls (?:him|her)self|"
    r"ex|fianc[eé]e?|mate|pal|niece|nephew|grandson|granddaughter|step-?son|step-?daughter|carer|mentor|keyworker|tutor|"
    r"worker|fella|bloke|(?:his|her|their|my|your|whose|the)\s+(?:real\s+|full\s+|first\s+|street\s+)?name(?:\s+(?:as|is|was))?)"
    r"(?:(?:,|:)?[ \t]+|[ \t]*\n[ \t]*)[\"“‘']?$",
    re.IGNORECASE,
)
# Someone going to or coming from a country: their whereabouts ("gone back to Poland", "returns from Nigeria"), a place
# to redact; a country named otherwise ("speaks Polish", "born in Poland", "wants to live in Poland") is not marked.
_TRAVELLED_BEFORE = re.compile(r"\b(?:gone|went|go|goes|going|return|returns|returned|returning|moved|moving|travelled|traveled"
                               r"|travelling|flew|flown|fled|come|came|arrived|sent|taken)\s+(?:back\s+)?(?:to|from)\s+$")
# A plural relationship word before a list of capitalised words: each is a person ("his friends Kai and Rico",
# "her cousins Amara, Tobi and Dami")
# the last word of every cue, which a word's text before must end with before _CUE is tried ("her boyfriend ", "known as ")
_CUE_LAST_WORDS = frozenset(
    "neighbour neighbor friend boyfriend girlfriend partner husband wife cousin lodger babysitter childminder uncle aunt auntie "
    "aunty nan nana nanna nanny gran granny grandma grandmother grandad granddad grandpa grandfather godmother godfather sister "
    "brother stepsister stepbrother halfsister halfbrother dad stepdad mum stepmum called named as aka son daughter classmate "
    "peer associate landlord landlady employer colleague nicknamed by himself herself ex fiance fiancé fiancee fiancée mate pal "
    "niece nephew grandson granddaughter stepson stepdaughter carer mentor keyworker tutor worker fella bloke name is was".split())
_PLURAL_CUE_WORDS = ("friends", "mates", "cousins", "brothers", "sisters", "neighbours", "sons", "daughters", "siblings", "nieces",
                     "nephews")
_PLURAL_CUE = re.compile(r"\b(?:" + "|".join(_PLURAL_CUE_WORDS) + r")[ \t]+"
                         r"(?:[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*)?(?:,[ \t]*|,?[ \t]+(?:and|&)[ \t]+))*$")
# cue words after which an organisation cannot stand ("her boyfriend", "called"); after "worker," or "carer" it can
_CUE_OF_PERSON_ONLY = re.compile(r"\b(?:boyfriend|girlfriend|husband|wife|son|daughter|sister|brother|cousin|called|named|known as"
                                 r"|(?:her|his|my|their|your|ur|best)\s+friend|bestie|baby"
                                 r"|nicknamed|aka|uncle|aunt|auntie|aunty|nan|nana|gran|grandma|grandad|mate|pal|ex)\W*$", re.IGNORECASE)
# where a place of two words with its prefix stands, as well as after a place cue: "at Little Snoring", "of Great Notley"
# (a person after "at" or "of" has no "Little" or "Upper" before the name; a service in brackets, "(West Mercia)", has)
_AT_OR_OF_BEFORE = re.compile(r"\b(?:at|of)[ \t]*\n?[ \t]*$")
_PLACE_PREFIXES = frozenset("great little long high upper lower nether north south east west new old kings market".split())
# words that end a place's name of two words: "Grove Park", "Top Valley", "Rock Ferry", "Galley Common", "Forest Town"
_PLACE_KIND_WORDS = frozenset("green hill hills park common heath end estate village town valley ferry woods wood fell lea leys "
                              "vale moor cross bridge bridges camp harbour water".split())
_SCHOOL_NOUNS = frozenset(("School", "Academy", "College", "Nursery", "Primary", "Infants", "Juniors", "High"))
# (and "aged 17, of Nunsthorpe", "a man, 34, of Kirkby": where someone lives, as police and press write it)
_PLACE_CUE = re.compile(r"(?:\b(?:in|In|to|from|near|around|towards|via|lives in|moved to|stays in|visiting|born at|raised at|grew up at"
                        r"|(?:lives|living)(?:[ \t]+(?:up|down|over|out|round))?"  # "lives Riddings", "he lives up Crich"
                        r"|(?:city|town|village|district|province|suburb)\s+of"
                        # "the beach at Mablethorpe", "the army at Catterick", "a platform at Bulwell"
                        r"|(?:beach|seaside|coast|seafront|front|promenade|station|platform|stop|airport|barracks|army|camp|base)"
                        r"\s+at)"
                        r"|\b(?:\d{1,3}|\d{4}|\d{2}/\d{2}/\d{2,4}),[ \t]+of"
                        # "Stuart Tranter (34) of Dawley", "Gemma Tudor, of Oakengates": a person, then where they live
                        r"|\(\d{1,3}\),?[ \t]+of|\b[A-Z][a-z]+,[ \t]+of|\d\),[ \t]+of)\s+$")  # (and "(12/07/2011), of Chilton")
# A place word ending the line before: "she stays at her nan's in\nRyhope" (the line break is not a sentence's start).
# "in" and "to" in the languages families write, or a postal code: before a city abroad ("en Quito", "u Osijek", "29601 Marbella")
_FOREIGN_IN_BEFORE = re.compile(r"(?:\b(?:en|à|a|i|u|e|ka|iha|de|di|da|do|w|we|v|ve|na|nel|nella|im|ni|au|naar|til|till|в|во|у)"
                                r"|\b\d{3,6})[ \t]+$")
_PLACE_CUE_WRAPPED = re.compile(r"\b(?:in|to|from|near|towards|via|lives in|moved to|stays in|visiting)[ \t]*\n[ \t]*$")
# Places whose name joins words with hyphens and lower-case links: Chester-le-Street, Stockton-on-Tees, Barrow-in-Furness.
_HYPHENED_PLACE = re.compile(r"(?:(?:-(?:le|la|les|on|upon|in|under|by|en|sur|super|de|with|cum|next|the|over))+-[A-Z][a-z]+)+")
_OF_WRAPPED = re.compile(r"\bof[ \t]*\n[ \t]*$")  # "keeper Hamid Rostami of\nThornaby": where someone lives, on the next line
_TO_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)
# "talk to Sergei", "a phone from Anwar": a given name of any language after "to" or "from" is a person, not a town
_TO_OR_FROM_BEFORE = re.compile(r"\b(?:to|from|via)\s+$", re.IGNORECASE)
# the tail of a bracket after someone's age or role: "(15, Hanley)", "(aunty, Darwen)", "(cousin, Andover)"
# (also after the person's name: "(Tegan Mills, 15, Littleham)", "(Kelsey Brannigan, sister, Aveley)", "(Meron Kidane, Bradley)")
_BRACKET_TAIL_BEFORE = re.compile(r"\((?:(?:[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){0,3}[ \t]*,[ \t]*)?"
                                  r"(?:(?:about[ \t]+|aged[ \t]+)?\d{1,2}|[a-z]+(?:['’]s)?(?:\s+[a-z]+){0,2})"
                                  r"|[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){1,3})"
                                  r"[ \t]*,[ \t]*\n?[ \t]*$")
_BRACKET_TAIL_AFTER = re.compile(r"[ \t]*[),;]")
_FIRM_AFTER = re.compile(r"\s*(?:&|and\s+(?:Co|Sons|Partners)\b|[A-Z][a-z]+\s+(?:Ltd|Limited|LLP|Lettings|Solicitors)\b)")
_OF_AFTER_NAME = re.compile(r"\b[A-Z][a-z]+\s+of\s+$")  # "Mrs Lisa Hartnell of Billingham", "keeper Hamid Rostami of\nThornaby"
_BORN_BEFORE = re.compile(r"\b(?:born|place\s+of\s+birth|birthplace|town\s+of\s+birth)\s*:?\s+(?:in\s+)?$", re.IGNORECASE)
_COMMA_BEFORE = re.compile(r"[A-Za-z)],[ \t]*\n?[ \t]*$")
_PLACE_END_AFTER = re.compile(r"[ \t]*(?:[,;)(]|\.(?:\s|$)|\n|$)")
_STRONG_PLACE_CUE = re.compile(r"\b(?:lived in|lives in|living in|moved to|moving to|moved from|live in|born in|born at|grew up in"
                               r"|brought up in|raised in|(?:go|goes|going|gone|went|sent|taken|moved?|moving|flown|fly|flew)\s+back\s+to"
                               r"|return to|returned to|returning to|travel to|travelled to"
                               r"|flew to|fly to|flown to|deported to|removed to|holiday in|on holiday to)\s+$")
_PRONOUN_OR_ARTICLE_AFTER = re.compile(r"[ \t]+(?:he|she|they|it|that|his|her|him|we|I|you|the|a|an|baby|mum|dad|nan)\b")
_VILLAGE_CUE = re.compile(r"\b(?:moved out to|moved back to|pub in|shop in|school in|farm in|house in|flat in|bungalow in"
                         r"|cottage in|village of|near|lives near)\s+$")
_AGE_AFTER = re.compile(r"[ \t]*\((?:aged[ \t]+)?\d{1,2}(?:[ \t]*(?:months?|mths?|weeks?|yrs?|years?))?\)")  # "Rio (6 months)"
_AND_GIVEN_AFTER = re.compile(r"[ \t]+(?:and|&)[ \t]+([A-Z][a-z]+)\b")  # "Stan and Joan Proctor", "Pat and Ron"
_NAME_VERB = re.compile(r"(?:,|\s+(?:was|is|has|had|said|says|told|reported|explained|stated|asked|called|came|went|visited"
                        r"|disclosed|shouted|who|and|from\s+the|rang|phoned|texted|brought|took|gave|left|arrived|attended|agreed"
                        r"|refused|denied|admitted|wants|wanted|lives|lived|stays|stayed|hit|punched|kicked|pushed|threatened"
                        r"|can|could|will|would|should|made|makes|needs|needed|runs|ran|works|worked|helps|helped|drives|drove"
                        r"|knows|knew|looks\s+after|looked\s+after|owns|owes|owed)\b"
                        r"|[ \t]*\(\d{1,2}\b"  # ... or an age: "Kayden (17)"
                        r"|['’]s[ \t]+(?:cousin|mum|mam|dad|brother|sister|nan|gran|uncle|aunt|auntie|friend|mate|girlfriend"
                        r"|boyfriend|partner|wife|husband|son|daughter|baby|kids|children))")  # ... or their kin: "Oleg's cousin"
_NOT_PLACE = re.compile(r"\b(?:spoke|spoken|talked|talking|said|wrote|written|sent|explained|referred|introduced|listened|replied"
                        r"|went over|next|close|up|due|belongs|belonged)\s+to\s+$"
                        # "heard from Buckley", "a text from Whitehead": word from a person, not a place
                        r"|\b(?:heard|hear|hears|hearing|text|texts|call|calls|message|messages|letter|email|statement|referral"
                        r"|apology|visit)\s+from\s+$")
LOWER_CASE_NAME = 4.0  # Zipf: a record's name written in lower case is found if the word is rarer than this
LOWER_CASE_GIVEN = 4.3  # ... a recorded given name ("amy"), and in someone's own writing ("jordan", "grace")
LOWER_CASE_GIVEN_IN_OWN_WORDS = 4.6
LOWER_CASE_NAME_IN_OWN_WORDS = 4.5  # ... and in a document with lower-case writing ("im", "dont", "u"): "jean", "karen"
RARE = 3.5  # Zipf: rarer than this, a capitalised word mid-sentence is taken for a name
SHORT_FORM = 4.5  # Zipf: a British short form of a given name ("Mick", "Ty", "Des", "Rob") rarer than this is a name where
# a person stands: before a verb people do, after "and", "with" or "told"
# Zipf: a town of the hand-written list rarer than this is a place anywhere, as the big cities are ("Glasgow", "Boston",
# "Manchester"); "Reading" and "Paris" are more common and stay words unless a place word stands before them
LISTED_TOWN = 4.8
# (where the next word is not part of a name or a way of speaking: "Edinburgh Postnatal Depression Scale", "Boston May
# Fair", "a Liverpool accent"; nor opening a line or a sentence: "x3! Bath 7pm")
_LINE_START = re.compile(r"(?:^|\n|[.!?][\"”’)]?[ \t])[ \t]*$")  # a line's or a sentence's start, not after "(" or " - "
# (not a court's seat: "the Family Court sitting at Wakefield", "Family Court at Northampton" are the court)
_AT_END = re.compile(r"(?<!\bCourt )(?<!\bcourt )(?<!\bsitting )\bat[ \t]*\n?[ \t]*$")
# a school's people before "at": "the DSL at Rainford", "in Year 7 at Beaufort", "her tutor at Wellington" (a school there)
_SCHOOL_WORD_BEFORE_AT = re.compile(r"\b(?:DSL|SENCO|SENCo|[Tt]eachers?|[Tt]utor|[Cc]lass|[Yy]ear[ \t]?\d{1,2}|[Hh]ead of [Yy]ear"
                                    r"|[Pp]upils?|[Ss]tudents?|[Ss]ixth [Ff]orm|[Ss]chool)\b[^.\n]{0,40}\bat[ \t]*\n?[ \t]*$")
_FIELD_OPEN_BEFORE = re.compile(r"(?:\(|\|[ \t]*)$")
_FIELD_CLOSE_AFTER = re.compile(r"[ \t]*(?:\)|\||,[ \t]*\+\d)")
_STATION_AFTER = re.compile(r"(?:[ \t]+[A-Z][a-z]+)?[ \t]+(?:(?:bus |coach |train |railway |tram )?station|stn)\b")
# A town's branch of a service, named in lower case or by the MASH's letters: "Walsall MASH", "the Hastings hub", "the
# Wakefield suite", "the Edmonton clinic": the town is where it is, as in "Plymouth PDU" (a named organisation, "Hexham
# Leisure Centre", "Westmere Children's Services", keeps its capitals and its town)
_TOWNS_SERVICE_AFTER = re.compile(r"[ \t]+(?:MASH|hub|team|suite|clinic|centre|center|office|post|branch|depot|market)\b")
# a rare word before a station in lower case: "at Digbeth coach station", "Sittingbourne stn" (a place, whatever its name)
_LOWER_STATION_AFTER = re.compile(r"[ \t]*\n?[ \t]*(?:(?:bus|coach|train|railway|tram)[ \t]*\n?[ \t]*station|stn)\b")
# a word no list holds before a police station, a bridge, a surgery or a library in lower case: "Harlescott station",
# "Walney bridge", "the Coleham surgery" (a place, as no one's name stands before these)
_PLACE_NOUN_AFTER = re.compile(r"[ \t]+(?:police[ \t]+)?(?:station|bridge|surgery|library|shops|precinct|roundabout|estate)\b")
_CAPITAL_OR_ACCENT_AFTER = re.compile(r"[ \t]+(?:[A-Z]|accents?\b)")
COMMON_AT_START = 5.0  # Zipf: a given name this common as a word ("Said", "Will") opening a sentence needs a verb after it
RARE_START = 3.5  # at the start of a sentence, rarer still, and followed by a verb ("Kasia was present")
ORDINARY = 4.5  # a second capitalised word this common is not a family name ("Newcastle United")


_WRAPPED_MID_SENTENCE = re.compile(
    r"(?<![\w'’])(?:that|and|or|but|with|to|by|for|from|at|in|on|as|when|saw|told|said|asked|met|is|was|were|his|her"
    r"|their|my|our|your|if|than|because|while|where|about|against|" + "|".join(HONORIFICS + ROLE_TITLES) + r")\.?[ \t]*\n[ \t]*$")
# (a title or rank ends the line, and its name begins the next: "police (DS\nKingswell)")


def _sentence_start(prev: str) -> bool:
    p = prev.rstrip(" \t")
    if p.endswith((".", ".\n")) and _INITIAL_END.search(p):  # ($ also matches before a last line break)
        return False  # "T. McCarthy": an initial's full stop does not end a sentence
    if p.endswith("\n") and _WRAPPED_MID_SENTENCE.search(prev):
        return False  # "and that\nFlan brought it": a line wrapped in the middle of a sentence
    return not p or p.endswith(("\n", ".", "!", "?", ":", ";", '"', "“", "(", "[", "{", "-", "•", "*", "|")) \
        or bool(_NEWLINE_END.search(prev))


# Evidence that a capitalised word found only by the word lists or by rarity names a thing (a shop, app, game, device or
# brand), not a person. General English usage, not any one corpus's sentences:
# - an article before it, perhaps with a colour or size between ("the Quayside", "a Kindle", "a grey Corsa"), unless a
#   family noun follows ("the Nowak family"), it is a family's plural name ("the Patels", "with the Kowalczyks"), or
#   a verb people are the subject of follows;
# - a preposition and a possessive or article before it ("on her Chromebook", "with his Switch");
# - a verb that takes a product before it ("uses Yubo", "plays Valorant", "downloaded Wizz", "playing Mario Kart",
#   "ordered Zorbly"; not "used Jordan to carry", "ordered Zbigniew to leave" or "using Zbigniew as a runner";
#   "bought Zorbly" only before a preposition or the end of the clause: "bought Kasia a phone", "bought Kasia
#   cigarettes" are people);
# - a place or venue noun later in its run of capitalised words ("Tyneside District Hospital"), not one that is also
#   a family name ("Jordan Hall", "Emma Church");
# - "on" before it ("on Kik"), or "at" ("at Farmfoods"), unless it is possessive ("at Kasia's") or the word
#   before is one people are the object of ("shouted at Kasia", "a crush on Kasia", "picking on Kasia");
# - a noun after it that products and places have ("Yubo app", "Boyes store", "Valorant account", "Monzo card");
# - a role noun after it, when it is no one's name: a job title ("Adolescent Psychiatrist", "Paediatric Registrar");
# - a capitalised ordinary English word beside it mid-sentence that is not a name ("Home Bargains", "Heron Foods"):
#   a title or brand, not a person (kin words and titles do not count: "Nana Ola", "Baby Mia").
# Possessives and on/via/at before the word are taken against rare words only: a word in the name lists needs more.
_NAMED_LAW_AFTER = re.compile(r"['’]s\s+(?:Law|Act|Scheme|Principle|Rule|Syndrome|Disease|Palsy)\b")
# Animals and breeds: a pet's name identifies no one alone ("a pony called Duchess", "our dog Pickle")
_ANIMALS = ("dog|dogs|puppy|pup|cat|cats|kitten|horse|horses|pony|stallion|foal|donkey|rabbit|hamster|guinea pig|ferret|snake"
            "|lizard|parrot|budgie|tortoise|lurcher|staffy|staffie|bulldog|terrier|spaniel|collie|husky|retriever|labrador"
            "|poodle|chihuahua|rottweiler|mastiff|whippet|greyhound")
_THING_CALLED = re.compile(
    r"\b(?:app|apps|game|games|website|site|shop|store|place|pub|bar|cafe|café|restaurant|club|band|show|programme|program"
    r"|film|series|song|company|firm|charity|channel|server|group chat"
    # an animal (with the words that name one only before "called": "a bird called", "a cross named")
    rf"|{_ANIMALS}|mare|cob|bird|pet|bully|cross|crossbreed|breed|shepherd)"
    r"\s+(?:called|named)[ \t]+[\"“‘']?$", re.IGNORECASE)
_CALLED_A_NAME = re.compile(r"\b(?:called|named)[ \t]+[\"“‘']?([A-Za-z][a-z]+)\b")
# an animal, then its name or names in quotes close after it: 'a Staffordshire cross ("Tank")', 'Two dogs (XL bully type,
# "Tank" and "Bruno")', 'Dog: Staffordshire bull terrier x, brindle male, name "Tank"'
_ANIMAL_BEFORE_QUOTES = re.compile(rf"\b(?:{_ANIMALS}|bully|cross|staffordshire)\b[^.\"“]{{0,40}}"
                                   r"(?:[\"“][A-Z][a-z]+[\"”][ \t]*(?:,|and|&)[ \t]*)*$", re.IGNORECASE)
_QUOTED_WORD = re.compile(r"[\"“]([A-Z][a-z]+)[\"”]")
_ANIMAL_JUST_BEFORE = re.compile(rf"\b(?:{_ANIMALS}|bully|cross|crossbreed|staffordshire|xl)(?:[ \t]+(?:cross|x|pup|puppy|bitch|dog))?"
                                 r"[ \t]+$", re.IGNORECASE)


# a baby's basket and the eves of feasts: "a Moses basket", "Christmas Eve", "New Year's Eve"
_NAMED_THING = re.compile(r"\b(?:Moses(?=[ \t]+basket)|Eve\b)")
_FEAST_BEFORE_EVE = ("Christmas ", "Year's ", "Year’s ")


def _without_pets(text: str, found: list[Finding]) -> list[Finding]:
    """A dog or a cat given its name ("an XL bully called Tank") is nobody: its name is no person's anywhere in the
    document ("He said Tank went for me"), unless the record holds it; nor is a Moses basket or Christmas Eve."""
    things = {m.start() for m in _NAMED_THING.finditer(text)
              if m.group(0) == "Moses" or text[max(0, m.start() - 10):m.start()].endswith(_FEAST_BEFORE_EVE)}
    if things:
        found = [f for f in found if not (f.kind == NAME and f.party is None and f.start in things)]
    pets = {m.group(1) for m in _CALLED_A_NAME.finditer(text) if _ANIMAL_JUST_BEFORE.search(text, max(0, m.start() - 40), m.start())}
    pets |= {m.group(1) for m in _QUOTED_WORD.finditer(text)
             if _ANIMAL_BEFORE_QUOTES.search(text, max(0, m.start() - 80), m.start())}
    if not pets:
        return found
    return [f for f in found if not (f.kind == NAME and f.party is None and re.sub(r"['’]s$", "", f.text) in pets)]


_TOWN_BEFORE_A_PLACE_IN_IT = re.compile(
    r"\b[Tt]he[ \t]+(?P<town>[A-Za-z][a-z'’\-]+(?:[ \t]+[A-Za-z][a-z'’\-]+)?)[ \t]+"
    # (the place in lower case, as people say it, not an organisation's name: "the Royal Bolton Hospital"; or a chain's shop)
    r"(?:hospital|swimming pool|pool|youth club|cinema|cinima|library|leisure centre|market|bus station|skate park|skatepark"
    r"|pub|chippy|job centre|jobcentre|beach|seafront|pier|harbour|rec|shop|shops"
    r"|(?i:tesco|co-op|spar|asda|lidl|aldi|morrisons|sainsburys|sainsbury's))\b")


def _towns_before_a_place_in_them(text: str, found: list[Finding]) -> Iterable[Finding]:
    """A town before a place in it that everyone there knows by the town's name: "the Norwich hospital", "the Watton youth
    club", "the Sheringham pool", "the wadebridge cinima", "the Chard Tesco" (a listed town, in capitals or not)."""
    home, places, givens = gazetteer.home_places(), gazetteer.uk_places(), gazetteer.given_names()
    covered = None
    for m in _TOWN_BEFORE_A_PLACE_IN_IT.finditer(text):
        town = m.group("town")
        low = " ".join(town.lower().split())
        if low not in home and low not in places:
            town = town.split()[-1]  # "the old Norwich hospital": the last word alone
            low = town.lower()
            if low not in home and low not in places:
                continue
        if low in givens or gazetteer.zipf(low) >= ORDINARY_WORD:
            continue  # "the Jack pub", "the Deal pier" (a town that is an everyday word): not read here
        start = m.end("town") - len(town)
        covered = covered if covered is not None else _covered(text, found)
        if any(covered[start:m.end("town")]):
            continue
        yield Finding(start, m.end("town"), town, PLACE, "cue", None, low)


_AFTER_A_HOME = re.compile(r"[ \t]*(?:[;,)]|\.(?:\s|$)|\n|$)")


def _homes_after_a_full_name(text: str, found: list[Finding]) -> list[Finding]:
    """A rare word after a full name and a comma, then a stop, is where the person lives, not a second name: "paternal nan
    Janet Reeve, Nevendon;", "grandmother Carol Weatherson, Chatton; Portage worker ...". Not a given name ("Reeve, Janet"
    turned round) nor a word the name lists hold."""
    givens, shorts, families = gazetteer.given_names(), gazetteer.diminutives(), gazetteer.family_names()
    home, world = gazetteer.home_places(), gazetteer.world_given_names()
    starts = {f.end: f.start for f in found if f.kind == NAME}
    out = []
    for f in found:
        if f.kind == NAME and f.source == "rare" and f.party is None and len(f.text.split()) == 1 and f.text[:1].isupper() \
                and text[f.start - 2:f.start] == ", " and f.start - 2 in starts and _AFTER_A_HOME.match(text, f.end):
            low = f.text.lower()
            name = text[starts[f.start - 2]:f.start - 2]
            if low not in givens and low not in shorts and low not in families and low not in world and not f.text.isupper() \
                    and (low in home or gazetteer.zipf(low) < RARE) \
                    and (len(name.split()) >= 2 or starts[f.start - 2] - 1 in starts):
                f = Finding(f.start, f.end, f.text, PLACE, "cue", None, low)
        out.append(f)
    return out


_ARTICLE_BEFORE = re.compile(
    r"(?<![\w'’])(?:the|a|an|its)\s+(?:(?:old|new|big|small|little|grey|gray|black|white|red|blue|green|silver|gold|yellow"
    r"|brown|dark|light|pink|purple|orange)\s+){0,2}$", re.IGNORECASE)
_POSSESSION_BEFORE = re.compile(
    r"\b(?:on|in|into|onto|off|from|with|at|to|for|by)\s+(?:her|his|their|my|your|our|the|a|an|its)\s+$", re.IGNORECASE)
_PRODUCT_VERB_BEFORE = re.compile(
    r"\b(?:uses?|used|using|order(?:s|ed|ing)?|plays?|played|playing|download(?:s|ed|ing)?|install(?:s|ed|ing)?"
    r"|stream(?:s|ed|ing)?)\s+$", re.IGNORECASE)
_BUY_BEFORE = re.compile(r"\b(?:buy|buys|buying|bought)\s+$", re.IGNORECASE)
_BOUGHT_THING_AFTER = re.compile(r"\s*(?:[.,;:!?)]|$|\s(?:from|at|for|in|on|off|online|with|and|or|again|today|yesterday|every|each"
                                 r"|last|this)\b)", re.IGNORECASE)
_AND_SOMEONES = re.compile(r"\s+(?:and|&)\s+[A-Z][A-Za-z\-]*['’]s\b")
_PERSON_BEFORE = re.compile(r"\b(?:with|by|and|against|told|tell|asked|ask|met|meet|saw|see|phoned|rang|texted|visited)\s+$",
                            re.IGNORECASE)
_USED_AS_AFTER = re.compile(r"\s+(?:to|as)\b", re.IGNORECASE)
_FOLD_SPECIAL = {"đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ı": "i", "ħ": "h", "Ħ": "H"}


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    """A Latin letter with diacritics as its plain letter ("ễ" -> "e", "ń" -> "n", "Đ" -> "D"); anything else unchanged."""
    if ch in _FOLD_SPECIAL:
        return _FOLD_SPECIAL[ch]
    digit = unicodedata.decimal(ch, None)
    if digit is not None:
        return str(digit)  # "۱۴۰۵/۰۷/۲۰": Persian and Arabic-Indic digits read as 1405/07/20
    base = unicodedata.normalize("NFKD", ch)[:1]
    return base if base.isascii() and base.isalpha() and ch.isalpha() else ch


# Text read by OCR from a scanned form confuses O with 0 and l with 1 and I. Mended letter for letter (the length is kept,
# so findings map back): a number with O or l in it ("2Oll", "O9/O8"), a word with 0 or 1 in it ("M0HAMMED", "Bi1al",
# "Schoo1"; not a postcode's "SW1A" or a road's "A14"), an l between capitals ("RlAZ") and an l opening a word where no
# English word opens so ("lqbal", "lvy"; not "lbs", "ltd" or a plate's "lkv"); and an ll read as II beside a small letter ("HuII", "EIIis").
_OCR_NUMBER = re.compile(r"(?<![A-Za-z0-9])(?=[OolI]*\d)[0-9OolI]{2,}(?![A-Za-z0-9])")
_OCR_WORD = re.compile(r"(?<![A-Za-z0-9])(?=(?:[A-Za-z]*[01]){1,2}[A-Za-z]*(?![A-Za-z0-9]))(?=(?:[01]*[A-Za-z]){3})"
                       r"[A-Za-z01]+(?![A-Za-z0-9])")
_OCR_OUTWARD = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?")
# a whole date a scanner misread, its figures read as letters where nothing beside them shows it ("l9/ll/2O26", "2l November
# 2O26", "3O Nov 2O26"): a day, a month and a year of such figures, with at least one true figure
_OCR_DATE = re.compile(rf"(?<![A-Za-z0-9])(?:[0-9OolI]{{1,2}}([/.\-])[0-9OolI]{{1,2}}\1[0-9OolI]{{2,4}}"
                       rf"|[0-9OolI]{{1,2}}(?:st|nd|rd|th)?[ \t]+(?i:{_MONTH_RE})\.?[ \t]+[0-9OolI]{{4}})(?![A-Za-z0-9])")
_OCR_FIGURE_MISREAD = re.compile(r"[0-9](?<=[OolI][0-9])|[OolI](?<=[0-9][OolI])")
_OCR_FIGURES = re.compile(r"(?<![A-Za-z])[0-9OolI]+(?=st|nd|rd|th|[^A-Za-z0-9]|$)")  # the day, month and year of such a date
# (each starts with its letter and looks back from it, so the engine skips from one "l" or "II" to the next)
_OCR_L_IN_CAPITALS = re.compile(r"l(?<=[A-Z]l)(?=[A-Z])")
_OCR_L_OPENING = re.compile(r"l(?<![A-Za-z0-9'’]l)(?=[bcdfghjkmnpqrstvwxz][a-z]{2,}|[A-Z]{2,}|v[a-z]\b)")
_OCR_DOUBLE_L = re.compile(r"II(?:(?<=[a-z]II)|(?<=[A-Z]II)(?=[a-z]))")  # "HuII", "viIIage", "EIIis": an ll read as II
# an l read as I inside a word ("DoyIe", "KeIsey"; not "McIntyre"), at its end ("VaI", "HilI") or second after its capital
# ("CIare", "HaIstead"), where English writes no capital I
_OCR_I_FOR_L = re.compile(r"I(?:(?<=[a-z]I)(?<!McI)(?<!MacI)(?=[a-z])|(?<=[a-z]I)(?![\w'’])|(?<=(?<![\w'’])[A-Z]I)(?=[a-z]{2}))")
# ... or opening a word that is an everyday word with an l ("Iunch", "Ioud", "Iive") and none with an i, on a scanned page
_OCR_I_OPENING = re.compile(r"I(?<![\w'’]I)([a-z]{2,})(?![\w'’])")
# a figure beside a letter a scanner confuses with it ("2O", "l9"), or a 0 or 1 beside a letter ("Mark0", "Bi11y"): without
# one, neither a number nor a word can be misread, so the two patterns above need not be tried
_OCR_MIXED = re.compile(_OCR_FIGURE_MISREAD.pattern + r"|[01](?<=[A-Za-z][01])|[A-Za-z](?<=[01][A-Za-z])")


def _ocr_mended(text: str) -> str:
    if not any(c in text for c in "01lI"):
        return text
    chars = None
    scanned = _OCR_MIXED.search(text) is not None  # a scanner's misreadings of figures: the signs of a scanned page
    for rx in ((_OCR_NUMBER, _OCR_WORD) if scanned else ()):
        for m in rx.finditer(text):
            token = m.group(0)
            if rx is _OCR_NUMBER:
                before, after = text[max(0, m.start() - 2):m.start()].strip()[-1:], text[m.end():m.end() + 2].strip()[:1]
                if token.isdigit() or not (before in ("/", ".", "-", ":") or after in ("/", ".", "-")):
                    continue  # only a number in a date or a time: "2O / O1 / 2Oll", "O9/O8/2O26"
                mended = token.translate(_OCR_TO_DIGITS)
            else:
                if _OCR_OUTWARD.fullmatch(token) or token.isupper() and len(token) <= 4 \
                        or (token.endswith("1") and gazetteer.zipf(token[:-1].lower()) >= ORDINARY_WORD):
                    continue  # "SW1A", "A14", "B10": a postcode, a road, a room; "every1", "some1": texting
                mended = "".join(_ocr_letter(token, i) for i in range(len(token)))
            chars = chars if chars is not None else list(text)
            chars[m.start():m.end()] = mended
    dates = scanned and _OCR_FIGURE_MISREAD.search(text) is not None  # ("2O", "l9": a figure read as a letter beside one)
    for m in (_OCR_DATE.finditer(text if chars is None else "".join(chars)) if dates else ()):  # (with "Ju1y" mended)
        if not any(c.isdigit() for c in m.group(0)):
            continue  # a true figure in it, as a scanner leaves some: not "lo/lo/lolo"
        chars = chars if chars is not None else list(text)
        for figures in _OCR_FIGURES.finditer(m.group(0)):
            at = m.start() + figures.start()
            chars[at:at + len(figures.group(0))] = figures.group(0).translate(_OCR_TO_DIGITS)
    for rx in (_OCR_L_IN_CAPITALS, _OCR_L_OPENING):
        for m in rx.finditer(text):
            chars = chars if chars is not None else list(text)
            chars[m.start()] = "I"
    for m in _OCR_DOUBLE_L.finditer(text):
        chars = chars if chars is not None else list(text)
        chars[m.start():m.end()] = "ll"
    for m in _OCR_I_FOR_L.finditer(text):
        chars = chars if chars is not None else list(text)
        chars[m.start()] = "l"
    for m in (_OCR_I_OPENING.finditer(text) if scanned else ()):  # (not "Ioan", a Welsh name, in a typed note)
        rest = m.group(1)
        if gazetteer.zipf("l" + rest) >= ORDINARY_WORD and gazetteer.zipf("i" + rest) < RARE and "i" + rest not in gazetteer.given_names():
            chars = chars if chars is not None else list(text)
            chars[m.start()] = "l"
    return text if chars is None else "".join(chars)


_OCR_TO_DIGITS = str.maketrans("OolI", "0011")


def _ocr_letter(token: str, i: int) -> str:
    c = token[i]
    if c not in "01":
        return c
    around = token[max(0, i - 1):i] + token[i + 1:i + 2]
    upper = any(x.isupper() for x in around) and not any(x.islower() for x in around) \
        or (i == 0 and c == "0" and token[1:].isalpha() and token[1:].islower())  # an opening capital O: "0wusu", "0sborne"
    return ("O" if upper else "o") if c == "0" else ("I" if upper else "l")


_PRONOUN = re.compile(r"\b(?:I|MY|ME|WE|US|OUR|YOU|YOUR|HE|SHE|HIM|HER|HIS|THEY|THEM)\b")
_CAPITALS_LINE = re.compile(r"(?m)^(?=[^a-z\n]*$)(?=(?:[^\n]*?\b[A-Z]{2,}\b){5})[^\n]+$")  # five capitalised words, no lower case


def _capitals_lowered(text: str) -> str | None:
    """The text with its lines written all in capitals (five words or more: a form filled in by hand, a shouted message)
    in lower case, the rest blanked; None if there are none."""
    every = list(_CAPITALS_LINE.finditer(text))
    lines = [m for m in every if _PRONOUN.search(m.group(0))]  # words, not a heading
    if not lines:
        return None
    if len(lines) >= 2:
        lines = every  # a form filled in by hand in capitals: its fields too ("KEY WORKER AT SCHOOL: MRS GURNEY (ANNE)")
    out = [" "] * len(text)
    for m in lines:
        out[m.start():m.end()] = m.group(0).lower()
    for i, ch in enumerate(text):
        if ch == "\n":
            out[i] = "\n"
    return "".join(out)


def _folded(text: str) -> str:
    """The text with every accented Latin letter as its plain letter, one character for one: record names written without
    their diacritics ("Nguyen") match them written with ("Nguyễn"), and the rules read "Zielińska" as one word."""
    if text.isascii():
        return text
    return "".join(_fold_char(ch) if ord(ch) > 127 else ch for ch in text)


_SERVICE_AFTER = re.compile(r"[ \t]+(?:hub|team|service|project|programme|scheme|panel|partnership|helpline|charity)\b")
_THE_BEFORE = re.compile(r"\bthe[ \t]+$", re.IGNORECASE)
_PLURAL_NAME_AFTER = re.compile(r"\s*(?:[).,;:!?]|$|\n|(?:are|were|have|had|came|live|lived|said|say)\b)")
_WITH_THE = re.compile(r"\b(?:with|to|visit|visits|visited|visiting|from)\s+the\s+$", re.IGNORECASE)
_ROLE_NOUNS = frozenset(
    "psychiatrist psychologist therapist registrar paediatrician pediatrician surgeon consultant practitioner clinician "
    "neurologist radiologist dermatologist cardiologist audiologist haematologist gastroenterologist endocrinologist "
    "rheumatologist orthodontist optometrist podiatrist physiotherapist dietitian dietician phlebotomist sonographer "
    "radiographer anaesthetist orthoptist urologist oncologist "
    "specialist worker manager officer coordinator co-ordinator adviser advisor counsellor assistant administrator "
    "receptionist technician visitor teacher lead constable sergeant inspector superintendent nurse midwife matron "
    "guardian advocate supervisor supervisee responder caseworker keyworker mentor tutor interpreter".split())
# Nouns that end the name of an organisation or service, not of a person: a town before them is part of the name.
_ORGANISATION_NOUNS = frozenset(
    "council councils trust police constabulary fire rescue ambulance university college station sport sports partnership "
    "foundation magistrates magistrates' airport nhs hospital hospitals infirmary leisure library stadium housing homes "
    "diocese borough county academy fc afc team teams helpline helplines liaison hub service services "
    # services and places of worship named after a place: "Eastfold Children's Social Care", "Westmere MASH",
    # "Northam Town Hall", "Ashgate Children's Centre", "Easton Jamia Masjid", "Solace Women's Aid"
    "care children mash town masjid jamia gurdwara mandir aid "
    # services and programmes: "Targeted Youth Support", "Integrated Offender Management", "Sowe Valley Early Help"
    "support project projects programme scheme network forum alliance association society management help unit ward "
    # health services named after a place: "Chalvey Medical Centre", "Tooting Bec Surgery", "Portsdown Group Practice"
    "surgery practice clinic centre center medical health".split())
# Businesses named after a place ("Luton Cabs", "Kirby Motors"): the town is part of the name. Named after a person with
# the possessive ("Ali's Barbers", "Lau's Bakery"), the person's name is still a name.
_BUSINESS_NOUNS = frozenset(
    "cabs taxis taxi motors autos garage builders roofing plumbing cleaning removals takeaway kebabs kebab pizza pizzeria "
    "barbers barbershop salon nails lashes bakery butchers grocers supermarket mart cafe café restaurant carwash "
    "logistics recruitment solutions ltd limited plc llp holdings enterprises traders trading".split())
_ORGANISATION_NOUNS = _ORGANISATION_NOUNS | _BUSINESS_NOUNS
_ROYAL_BEFORE = re.compile(r"\bRoyal[ \t]+$")
_ROYAL_TOWN_AFTER = re.compile(r"[ \t]+(?:Spa|Wells|Bassett)\b")  # Royal Leamington Spa, Royal Tunbridge Wells: towns
_GENERAL_HOSPITAL_AFTER = re.compile(r"[ \t]+General\b(?![ \t]+(?:Election|Practice|Practitioner|Manager|Secretary))")
_ORGANISATION_OF_BEFORE = re.compile(
    r"\b(?:Hospitals?|Infirmary|University|College|Council|Trust|Borough|County|Police|Constabulary|Services?|Partnership"
    r"|Foundation|Diocese|Academy|School|Court|Ambulance|Fire|Church|Chapel|Cathedral)[ \t\n]+(?:of|for)[ \t\n]+(?:the[ \t\n]+)?"
    r"(?:(?:North|South|East|West|Central|Mid|Upper|Lower|Greater|Royal|Inner|Outer)[ \t\n]+)*$"
    r"|\b(?:HMP|HMYOI|HMP/YOI|YOI|STC|HMS|RAF)[ \t]+$")  # a prison, secure training centre, ship or air base: HMP Durham
# The next capitalised word in a name, over "and", "of" ...: "Tyne and Wear Fire and Rescue", "Magistrates' Court".
_NEXT_CAPITAL = re.compile(r"['’]?(?: |[ \t]*\n(?!\n)[ \t]*)"
                           r"(?:(?P<link>and[ \t]+|&[ \t]+)|(?:of|for|the|upon|on)[ \t]+)?([A-Z][A-Za-z'’]*)")
_FIELD_LABEL_AFTER = re.compile(r"[ \t]*(?:no\b\.?|number\b|num\b|ref\b|:)|(?:[ \t]+[a-z]+){1,2}[ \t]*:", re.IGNORECASE)
# (or a label of a few words: "Jason Rowley\nChildren present: ...")
_NEXT_IN_LIST = re.compile(r"\s*(?:,|,?\s+(?:and|or|&))\s+(?P<word>[A-Z][A-Za-z'’\-]*)")
_COORDINATED = re.compile(r"\s*(?:,|,?\s+(?:and|or|&|nor))\s+")  # between two things in a list
# Watching or listening to someone on a screen ("watching Ms Zorbly on YouTube"): a presenter or a show, not a person in
# the case. A person followed on TikTok, Instagram or Snapchat may be anyone, so only broadcast and streaming are read.
_WATCHED_BEFORE = re.compile(r"\b(?i:watch|watches|watched|watching|listen(?:s|ed|ing)?\s+to)\s+(?:[A-Z][a-z]+\s+)?$")
_ON_SCREEN_AFTER = re.compile(
    r"['’]?s?\s+(?:videos?\s+)?on\s+(?:the\s+)?(?:YouTube|TV|telly|television|Netflix|Twitch|iPlayer|CBeebies|CBBC|Disney\+?"
    r"|Prime|the radio|radio|Spotify)\b", re.IGNORECASE)
# Words around a capitalised word that only a person takes (a word no list holds and commoner than RARE, up to
# ORDINARY_WORD, is a name here): "an argument with Rupert", "I spoke to Ivy", "Nova was present", "Otto has been staying".
_ONLY_A_PERSON_BEFORE = re.compile(
    r"\b(?:spoke|spoken|speak|speaking|talked|talking)\s+(?:to|with)\s+$|\b(?:argument|arguments|row|rows|fight|fights|fell\s+out)"
    r"\s+with\s+$")
# an initial or a given name before it ("M. Fenwick", "Marcia Fenwick"): a family name
_PERSON_WORD_BEFORE = re.compile(r"(?:\b[A-Z]\.?|\b[A-Z][a-z]+)[ \t]$")
# an age, a given name after a comma, or "her new partner" after it: a person ("(Oakley, 2,", "Wendover, Lucy")
_PERSON_APPOSITION_AFTER = re.compile(r"(?:,[ \t]*\d{1,2}\b|,[ \t]*[A-Z][a-z]+[ \t]*(?:<|\n|$))|,?[ \t]+(?:\(\d{1,2}\)"
                                      r"|(?:his|her|their|mum['’]s|dad['’]s|my|the)[ \t]+(?:new[ \t]+)?(?:partner|boyfriend|girlfriend"
                                      r"|friend|mate|brother|sister|cousin|son|daughter))")
_ONLY_A_PERSON_AFTER = re.compile(
    r",?\s+(?:said|says|told|tells|explained|disclosed|shouted|screamed|admitted|denied|agreed|lives|lived|stays|stayed"
    r"|rang|phoned|texted|messaged|was\s+present|has\s+been\s+staying|has\s+moved|moved\s+in|is\s+staying)\b")
_PRESENT_OR_STAYING_AFTER = re.compile(r"\s+(?:was\s+present|has\s+been\s+staying|is\s+staying|has\s+moved\s+in|moved\s+in)\b")
_OPERATION_BEFORE = re.compile(r"\b(?:Op|Operation)\.?[ \t]+$")  # a police operation: "Operation Encompass", "Op Kingfisher"
_VENUE_NOUNS = frozenset(
    "park centre center hospital infirmary station church chapel library stadium square surgery clinic market arena pool "
    "baths hall leisure retail shopping pier promenade quay quayside marina harbour wharf institute".split())
_PLACE_BODY_OR_ROLE_NOUNS = _VENUE_NOUNS | _ORGANISATION_NOUNS | _ROLE_NOUNS  # a word after a given name that is no family name
_PLATFORM_BEFORE = re.compile(r"(?:\b(?P<verb>[A-Za-z]+)\s+)?\bon\s+$", re.IGNORECASE)
_ON_A_PERSON = frozenset(  # "a crush on Zbigniew", "picking on", "relies on", "told on", "walked out on": people
    "crush pick picks picked picking rely relies relied relying depend depends depended depending check checks checked "
    "checking cheat cheats cheated cheating tell tells told telling grass grassed grassing snitch snitched snitching spy "
    "spied spying eye eyes out keen sweet soft hard lean leans leaned leant call calls called calling wait waited waiting "
    "dote dotes doted".split())
_AT_BEFORE = re.compile(r"\b(?P<verb>[A-Za-z]+)\s+at\s+$|^\s*at\s+$", re.IGNORECASE)
_AT_A_PERSON = frozenset(
    "shouted shouting shouts shout screamed screaming screams scream swore swearing swears swear yelled yelling yell looked "
    "looking look looks laughed laughing laugh stared staring stare glared glaring lashed lashing lunged lunging threw "
    "throwing throw pointed pointing smiled smiling waved waving aimed directed angry cross upset mad spat spitting".split())
_FAMILY_NOUN_AFTER = re.compile(
    r"['’]?s?['’]?\s+(?:family|families|household|children|kids|boys|girls|home|house|twins|brothers|sisters)\b", re.IGNORECASE)
_SHORT_FORM_VERB_AFTER = re.compile(r"[ \t]+(?:made|makes|gets|got|does|did|follows|followed|knows|knew|sacked|cried|laughed"
                                    r"|brought|took|drove|picked|left|gave|sent|showed|chose)\b")
# (not "works" among them: "the Thamesteel works closed")
_PERSON_VERB_AFTER = re.compile(r"\s+(?:was|were|is|are|has|have|had|said|says|told|tells|reported|explained|stated|asked|came|went|visited"
                                r"|disclosed|shouted|lives|lived|stays|stayed|rang|phoned|texted|messaged|wants|wanted|who"
                                r"|wrote|writes|drove|drives|agreed|refused|attended|rings|sent|sends)\b")
_THING_NOUN_AFTER = re.compile(
    r"\s+(?:app|apps|account|accounts|game|games|store|stores|shop|shops|express|superstore|website|server|console|voucher"
    r"|vouchers|pub|cafe|café|restaurant|foods|code|codes|card|cards|doorbell|camera|speaker|tablet|laptop|yoghurts?|cereal"
    r"|bottle|tub|cans|bar|bars|can(?=\s*(?:[.,;:!?)]|of\b|$)))\b", re.IGNORECASE)  # "a Monster can", not "Kasia can stay"
_KIN = frozenset(
    "baby mum mummy mam mammy dad daddy nan nana nanna nanny gran granny grandma grandmother grandad granddad grandpa "
    "grandfather uncle aunt auntie aunty cousin sister brother sis bro step little big young old father mother nurse doctor "
    "coach pastor imam rabbi reverend rev sergeant sgt constable detective inspector officer professor judge councillor "
    "cllr sir dame lord lady poor dear worker manager teacher carer mentor lead coordinator co-ordinator assistant advisor "
    "adviser practitioner therapist counsellor visitor head chair director keyworker volunteer student caseworker "
    "supervisor chaplain warden paramedic midwife psychologist psychiatrist consultant clinician solicitor barrister "
    "guardian advocate interpreter tutor governor principal partner friend neighbour godmother godfather "
    "cuz cuzzy fam bestie bae babe hun mate mates pal lads boys girls".split())
# kin words, titles and roles: "Father Zbigniew", "Coach Zbigniew", "Team Manager Zbigniew" are people
_NEVER_ORDINARY = _KIN | _ROLE_NOUNS | gazetteer.CALENDAR | HONORIFIC_WORDS  # one set test per word, built once at import
ORDINARY_WORD = 4.0  # Zipf: a capitalised word this common that is no one's name marks a title or brand beside it


def _ordinary_word(low: str, givens, families) -> bool:
    return (low not in givens and low not in families and low not in _NEVER_ORDINARY and low not in gazetteer.community_kin()
            and gazetteer.zipf(low) >= ORDINARY_WORD)


def _could_be_a_name_in_capitals(low: str, givens, families) -> bool:
    """A word in capitals after a title is a surname ("PC SANDHU", "PS 906 GEDNEY") if the lists hold it as a name, or it
    has four letters or more and a vowel; not an acronym ("DS CID", "PC CCTV")."""
    return low in givens or low in families or (len(low) >= 4 and any(c in "aeiouy" for c in low))


def _bare(word: str) -> str:
    low = word.lower()
    return low[:-2] if low.endswith(("'s", "’s")) else low


def _title_before(prev: str, low: str, givens, families, common) -> re.Match | None:
    """Mr, Mrs, Ms, Miss, Mx or Dr (with initials: "Mr D. "), or a role title ("Nurse ", "PC 2231 ", "DS ") before a word
    that could be a name (in the name lists, or not an everyday English word, nor a job word): "Nurse Kowalczyk" yes,
    "PC World" and "Nurse Practitioner" no."""
    title = _HONORIFIC_BEFORE.search(prev) if "M" in prev or "Dr" in prev else None  # (every honorific has one)
    if title or not prev.endswith((" ", "\t", "\n")) or low in common or low in _NEVER_ORDINARY:
        return title
    if low in givens or low in families or gazetteer.zipf(low) < ORDINARY_WORD or low in gazetteer.diminutives():
        return _ROLE_TITLE_BEFORE.search(prev)  # (a short form that is a word too: "DS Matt Cherry", "SM Nick Spargo")
    return None


def _brand_end(text: str, m: re.Match, low: str, words: frozenset[str], names: dict) -> int:
    """Where the brand, app or shop from the list that starts at token `m` ends ("Home Bargains", "Sainsbury's"), or 0."""
    for pattern in names.get(low, ()):
        hit = pattern.match(text, m.start())
        if hit:
            return hit.end()
    return m.end() if low in words or m.group(0).lower().replace("’", "'") in words else 0


def _brand_listed_after(text: str, end: int, words: frozenset[str], names: dict) -> bool:
    """A brand from the list follows in a list of things: "on Zorbly and Snapchat", "Zorbly, TikTok"."""
    nxt = _NEXT_IN_LIST.match(text, end)
    if not nxt:
        return False
    low = _bare(nxt.group("word"))
    return low in words or any(p.match(text, nxt.start("word")) for p in names.get(low, ()))


# (an emoji may follow the name, as a phone saves a contact: "Palwasha 🦋:")
_EMOJI = "\u2600-\u27bf\u2b50\u2764\ufe0f\u200d\U0001f000-\U0001faff"
# (a sender's display name may end in an initial: "Simmy K: guys i cant come")
_SPEAKER_COLON = re.compile(rf"(?:[ \t]+[A-Za-z]\.?)?(?:[ \t]*[{_EMOJI}]+)?:")
_SPEAKER = re.compile(rf"^[ \t>]*([A-Z][A-Za-z'’\-]+){_SPEAKER_COLON.pattern}", re.MULTILINE)


def _speakers(text: str) -> dict[str, int]:
    """How many lines start with each 'Word:' (a message transcript's speakers; a heading is there once)."""
    out: dict[str, int] = {}
    for m in _SPEAKER.finditer(text):
        out[m.group(1)] = out.get(m.group(1), 0) + 1
    return out


def _persons_home_after(text: str, word_end: int) -> bool:
    """A family noun in lower case after the word ("went to Keegans house", "to the Nowak family"): a person, not a
    place ("moved to Hexham House" is a building)."""
    after = _FAMILY_NOUN_AFTER.match(text, word_end)
    return bool(after) and after.group(0).split()[-1][:1].islower()


def _quoted_alone(text: str, prev: str, word_end: int) -> bool:
    """A capitalised word alone in quotation marks mid-sentence ('a lad they call "Tank"'): a nickname, not a sentence's
    first word."""
    return prev.endswith(('"', "“", "‘", "'")) and text.startswith(('"', "”", "’", "'"), word_end) \
        and not prev[:-1].rstrip().endswith((".", "!", "?", ":"))


def _in_organisation_name(text: str, start: int, end: int, families) -> bool:
    """The words start..end are part of an organisation's name: an organisation or venue noun later in the run of
    capitalised words ("Tynedale Council", "Hexham Leisure Centre", "Leeds Teaching Hospitals NHS Trust"), not one that
    is also a family name ("Jordan Hall"); or after "Hospital of", "Council for" ("University Hospital of North Tees")."""
    if _ORGANISATION_OF_BEFORE.search(text, max(0, start - 60), start):
        return True
    if (_ROYAL_BEFORE.search(text, max(0, start - 7), start) and not _ROYAL_TOWN_AFTER.match(text, end)) \
            or _GENERAL_HOSPITAL_AFTER.match(text, end):
        return True  # a hospital named for its town: "Royal Blackburn", "Royal Oldham", "Burnley General"
    words = text[start:end].split()
    if len(words) >= 2 and ((words[0] == "Royal" and not _ROYAL_TOWN_AFTER.match(text, end)) or words[-1] == "General"):
        return True  # the span took the hospital's word with it: "to Royal Blackburn", "at Burnley General"
    if any(_bare(w) in _ORGANISATION_NOUNS and _bare(w) not in families
           and not (_bare(w) in _BUSINESS_NOUNS and words[k].endswith(("'s", "’s"))) for k, w in enumerate(words[1:])):
        return True  # the span took the noun with it: "Gateshead Magistrates' Court", "Sunderland AFC" (not "Lau's Bakery")
    pos = end
    for _ in range(4):
        nxt = _NEXT_CAPITAL.match(text, pos)
        if not nxt:
            # "the Safer Options hub", "the Brighter Futures project": a named service, written with its noun in lower case
            return bool(_SERVICE_AFTER.match(text, pos) and _THE_BEFORE.search(text, max(0, start - 6), start))
        noun = _bare(nxt.group(2))
        if "\n" in nxt.group(0) and _FIELD_LABEL_AFTER.match(text, nxt.end()):
            return False  # the next line's form label: "Key person: Hollie Trezise\nNHS no.: ..."
        if noun in _BUSINESS_NOUNS and nxt.group(0).startswith(("'", "’")):
            return False  # a shop named after someone: "Lau's Bakery" (the name is theirs)
        if noun in _ORGANISATION_NOUNS and noun not in families and not nxt.group("link"):
            return True  # (a noun just after "and" is another party: "Zbigniew and Police arrived")
        pos = nxt.end()
    return False


# A nickname in capitals in quotes after the words that give one: 'Also known as: "JJ"', 'aka "TJ"'
_QUOTED_NICKNAME_BEFORE = re.compile(
    r"\b(?:known (?:only |locally |to (?:\w+ ){1,2})?as|aka|a\.k\.a\.?|nicknamed|goes by|calls (?:him|her|them)sel(?:f|ves)"
    r"|called|named|calls (?:him|her|them)|call (?:him|her|them)|(?<![\w'’])[A-Z][a-z]+[ \t]*\(|(?<![\w'’])(?-i:[A-Z][a-z]+)[ \t]+or"
    r"|(?:they|we|he|she|people|everyone|everybody|lads|boys|girls) calls?"
    r"|knows? (?:him |her |them )?(?:only )?as|knew (?:him |her |them )?(?:only )?as|believed to be)"  # 'he knows as "Tiny"'
    r"[:,]?[ \t]*[\"“‘']$", re.IGNORECASE)
_QUOTED_WORDS = re.compile(r"[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,2}(?=[\"”’'](?![A-Za-z]))")  # to a closing quote
# a nickname of an adjective and a name or letter: '"Big Al"', '"Lil T"', '"Young Mo"'
_QUOTED_NICKNAME_SHAPE = re.compile(r"(?:Big|Lil|Little|Young|Wee)[ \t]+[A-Z][a-z]{0,5}|[A-Z]-[A-Z][a-z]+")  # ... or '"C-Dog"'
# a quoted name, then a joining word or mark, then the opening quote of the next: '"Tyler"\nand "', '"Tyler" / "'
_QUOTED_NAME_BEFORE = re.compile(r"[\"“]([A-Z][\w'’\-]*)[\"”][ \t]*(?:[,;/&]|and|or)?\s*(?:and[ \t]+|or[ \t]+)?[\"“]$")
_TITLE_JUST_BEFORE = re.compile(rf"(?<![\w'’])(?:{'|'.join(HONORIFICS)}|Sir)\.?[ \t]+$")


def _a_given_name_only(word: str) -> bool:
    """A listed given name that is no family name, ordinary word nor place ("Becky", "Kirsty"; not "Mill", "Ashton",
    "Belton", "Garratt")."""
    low = word.lower()
    return low in gazetteer.listed_given_names() and low not in gazetteer.family_names() \
        and low not in gazetteer.uk_places() and gazetteer.zipf(low) < ORDINARY_WORD


_TITLE_AND_INITIAL = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir)\.?[ \t]+[A-Z]\.?")  # '"Mr B"': an initial, as a pseudonym
_OPENING_QUOTES, _CLOSING_QUOTES = "\"“‘'", "\"”’'"
# "her", "his pet", "their new" before a capitalised word, and a lower-case word after it that is not a verb or a joining
# word: the capitalised word says what kind of thing the noun is ("her Herdwick tup"), it is not a person
_OWNER_BEFORE = re.compile(r"\b(?:his|her|their|my|your|our|[a-z]+['’]s)[ \t]+(?:[a-z]+[ \t]+)?$", re.IGNORECASE)
_COLOUR_BEFORE = re.compile(r"\b(?:black|white|grey|gray|silver|red|blue|green|yellow|gold|maroon|navy)[ \t]+$", re.IGNORECASE)
_LOWER_NOUN_AFTER = re.compile(r"[ \t]+(?!(?:is|was|has|had|and|or|who|said|says|says|told|came|went|would|will|can|could|does|did"
                               r"|lives|lived|called|rang|texted|and|but|to|at|in|on|for|with|as|too|again|also|now|then|today"
                               r"|yesterday|tonight|once|more|often|never|always)\b)[a-z]{3,}\b")
# A word in a script other than Latin, with its vowel signs: Greek, Cyrillic, Armenian, Hebrew, Arabic (not its comma,
# semicolon, question mark or full stop), the scripts of India and Sri Lanka, Thai, Georgian, Ethiopic, Chinese, Korean
_OTHER_SCRIPT_WORD = re.compile(
    "[\u0370-\u03FF\u0400-\u04FF\u0530-\u058F\u0590-\u05FF\u0600-\u060B\u060D-\u061A\u061C-\u061E\u0620-\u06D3"
    "\u06D5-\u06FF\u0750-\u077F\u0900-\u0DFF\u0E00-\u0E7F\u10A0-\u10FF\u1200-\u137F\u4E00-\u9FFF\uAC00-\uD7AF]+")


@lru_cache(maxsize=16384)
def _skeleton(word: str) -> str:
    """A word's consonants, lower case, doubled letters once: "Jasleen" -> "jsln", "Yaman" -> "ymn"."""
    out = []
    for ch in word.lower():
        if ch.isalpha() and ch.isascii() and ch not in "aeiou" and (not out or out[-1] != ch):
            out.append(ch)
    return "".join(out)


_LOOSE_DIGRAPHS = (("sh", "s"), ("zh", "z"), ("th", "t"), ("ph", "f"), ("ck", "k"), ("ch", "h"), ("c", "k"), ("q", "k"), ("w", "v"))
_WITH_VOWELS = re.compile("[\u0370-\u03FF\u0400-\u04FF\u0530-\u058F\u10A0-\u10FF]+")  # Greek, Cyrillic, Armenian, Georgian write vowels
_ARMENIAN = re.compile("[\u0530-\u058F]")


def _loose_forms(word: str) -> set[str]:
    """A word read loosely, as one script's letters come out in another's transliteration, doubled letters once: "kh" is
    read as "k" and as "h" ("Khariet" for Harriet, "mlkhy" for Malky), "zh" as "z", "sh" as "s", "y" as "i"."""
    low = "".join(ch for ch in word.lower() if ch.isascii() and ch.isalpha())
    outs = set()
    for kh in ("k", "h"):
        w = low.replace("kh", kh)
        for a, b in _LOOSE_DIGRAPHS:
            w = w.replace(a, b)
        w = w.replace("y", "i")
        outs.add("".join(ch for i, ch in enumerate(w) if i == 0 or w[i - 1] != ch))
    return outs


def _outline(form: str) -> str:
    """A loose form's consonants, a last "h" (a heh written for "a") dropped: "rivki" and "רבקי" (rvky) give "rvk"."""
    sk = _skeleton(form.replace("i", ""))
    return sk[:-1] if len(sk) > 2 and sk.endswith("h") else sk


_OTHER_SCRIPT_AFTER = re.compile(r"[ \t]*\n?[ \t]*(?:\(|/)[ \t]*\n?[ \t]*((?:" + _OTHER_SCRIPT_WORD.pattern + r")(?:[ \t](?:"
                                 + _OTHER_SCRIPT_WORD.pattern + r")){0,2})(?=[ \t]*(?:\)|[,;|\n]|$))")
# the same name in its own script just before it, then a comma, slash, dash or bracket: "(이순자, Lee Soon-ja)", "ملالۍ - Malalai"
# (in brackets before a comma or slash, or opening a line before a dash: not "Боже, Десе!", "dear," or "with respect,\n")
_SCRIPT_WORDS = "((?:" + _OTHER_SCRIPT_WORD.pattern + r")(?:[ \t](?:" + _OTHER_SCRIPT_WORD.pattern + r")){0,2})"
_OTHER_SCRIPT_BEFORE = re.compile(r"(?:\([ \t]*" + _SCRIPT_WORDS + r"[ \t]*[,/]|(?:^|\n)[ \t]*" + _SCRIPT_WORDS + r"[ \t]+[-–—/])[ \t]*\Z")
# ... or just before a bracket that glosses it, the name first and nothing or a few words after: "لينا (Lina, the sister)"
# (not a translation that begins with the name: "언니 진정해 (Eun-young: sister, calm down)")
_GLOSSED_BEFORE = re.compile(_SCRIPT_WORDS + r"[ \t]*\([ \t]*\Z")
_GLOSS_END = re.compile(r"[ \t]*(?:\)|,[ \t]*(?:the|his|her|their|a|an)\b[^()\n:]{0,40}\)"  # "(Lina, the sister)"
                        r"|,[ \t]*\d{1,2}(?:[ \t]*\n?[ \t]*(?:months?|mths?|years?|yrs?|weeks?))?\))")  # "(Huzaifa, 8)"
_CJK = re.compile("[\u4E00-\u9FFF\u3400-\u4DBF]")


# Cantonese familiar names: "Ah" before one syllable of a given name ("Ah Yin", "Ah Keung"), and 阿 before one character
# (阿賢, 阿強); not a kin word (阿媽 mum, 阿爸 dad, 阿嫲 grandma, 阿姨 auntie ...; "Ah Ma" is in the kin phrases)
_AH_NAME = re.compile(r"\bAh[ \t]+([A-Z][a-z]{1,5})\b(?![-'’])")
_A_CHARACTER_NAME = re.compile("阿([\u4E00-\u9FFF])")
_CHINESE_KIN_CHARACTERS = frozenset("媽爸嫲婆公爺姨哥姐叔伯嬸妹弟仔女")


_HYPHENED_SYLLABLES = re.compile(r"(?<![\w\-])([A-Z][a-z]{1,5})-([A-Za-z][a-z]{1,5})(?![\w\-])")
_FAMILY_WORD_BEFORE = re.compile(r"(?<![\w\-])([A-Z][a-z]{1,6})[ \t]+$")
_FAMILY_WORD_AFTER = re.compile(r"[ \t]+([A-Z][a-z]{1,6})(?![\w\-])")
_NOT_A_NAME_AFTER_SYLLABLES = re.compile(r"[ \t]+(?:class|classes|lesson|lessons|session|sessions|club)\b", re.IGNORECASE)


def _hyphened_and_familiar_east_asian_names(text: str) -> Iterable[Finding]:
    """Hong Kong given names alone: two syllables of Cantonese joined by a hyphen ("Cheuk-lam", "Sum-yi (10)"), not before a
    class ("Tai-chi class"); Korean given names of two syllables beside a Korean family name ("Park Hye-jin", "Seo-yeon
    Lee"); and the familiar "Ah" names ("Ah Yin") and their Chinese forms ("阿賢")."""
    syllables, korean = gazetteer.cantonese_syllables(), gazetteer.korean_syllables()
    for m in _HYPHENED_SYLLABLES.finditer(text):
        first, second = m.group(1).lower(), m.group(2).lower()
        if first == second or _NOT_A_NAME_AFTER_SYLLABLES.match(text, m.end()):
            continue
        family = _FAMILY_WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
        start, end = m.start(), m.end()
        if first in syllables and second in syllables:
            if family and family.group(1).lower() in gazetteer.chinese_family_names():
                start = family.start(1)  # "Ho Kwok-leung"
        elif first in korean and second in korean:
            after = _FAMILY_WORD_AFTER.match(text, m.end())
            if family and family.group(1).lower() in gazetteer.korean_family_names():
                start = family.start(1)  # "Choi Young-sook", as Koreans write it
            elif after and after.group(1).lower() in gazetteer.korean_family_names():
                end = after.end(1)  # "Seo-yeon Lee", as a school in England writes it
            else:
                continue
        else:
            continue
        title = _HONORIFIC_BEFORE.search(text, max(0, start - 8), start)
        start = title.start() if title else start  # "Mr Chan Ka-ming"
        yield Finding(start, end, text[start:end], NAME, "rare", None, text[start:end].lower())
    kin, common = gazetteer.kin_phrases(), gazetteer.common_words()
    for m in _AH_NAME.finditer(text):
        value = " ".join(m.group(0).lower().split())
        if value not in kin and m.group(1).lower() not in common:
            yield Finding(m.start(), m.end(), m.group(0), NAME, "cue", None, value)
    if not text.isascii():
        for m in _A_CHARACTER_NAME.finditer(text):
            if m.group(1) not in _CHINESE_KIN_CHARACTERS:
                yield Finding(m.start(), m.end(), m.group(0), NAME, "cue", None, m.group(0))


# Names as Japanese and Korean address people: a name before an honorific ("中村さん", "ダニエルさん", "성우씨", "Rin-chan"),
# and a chat's speaker written in Chinese characters ("凛: 大丈夫", "家欣: 姐"). Not a kin word or title before the
# honorific ("おばあちゃん" grandma, "お母さん", "皆さん" everyone, "先生", "아저씨" mister), nor a speaker with a kin
# character ("媽咪", "老公", "母").
_HONORIFIC_SUFFIX_NAME = re.compile(
    r"(?<![\u4E00-\u9FFF])([\u4E00-\u9FFF]{1,3})(?:さん|ちゃん|くん|君|様|さま)"  # in Chinese characters
    r"|(?<![\u30A0-\u30FF])([\u30A1-\u30FA\u30FC]{2,8})(?:さん|ちゃん|くん|様|さま)"  # in katakana, as foreign names are written
    r"|(?<![\uAC00-\uD7AF])([\uAC00-\uD7AF]{2,3})씨"  # Korean
    r"|\b([A-Z][a-z]+)-(?:chan|san|kun|sama)\b")  # in Latin letters
_CJK_SPEAKER = re.compile(r"(?m)^[ \t]*([\u4E00-\u9FFF]{1,4})[ \t]*[:：]")
_EAST_ASIAN_KIN = _CHINESE_KIN_CHARACTERS | frozenset("母父兄姉祖娘息妻夫皆奥先生老")  # and Japanese kin, "everyone", "teacher"
_EAST_ASIAN_NOT_NAMES = frozenset(("ママ", "パパ", "ババ", "ジジ", "아저", "아가", "선생"))


def _east_asian_names(text: str) -> Iterable[Finding]:
    if text.isascii() and "-" not in text:
        return
    for m in _HONORIFIC_SUFFIX_NAME.finditer(text):
        i = next(g for g in range(1, 5) if m.group(g))
        name = m.group(i)
        if set(name) & _EAST_ASIAN_KIN or name in _EAST_ASIAN_NOT_NAMES:
            continue
        yield Finding(m.start(i), m.end(i), name, NAME, "cue", None, name.lower())
    for m in _CJK_SPEAKER.finditer(text):
        if not set(m.group(1)) & _EAST_ASIAN_KIN:
            yield Finding(m.start(1), m.end(1), m.group(1), NAME, "cue", None, m.group(1))


def _names_written_in_another_script(text: str, found: list[Finding]) -> Iterable[Finding]:
    """A name followed by the same name in its own script, in brackets or after a slash ("Michelle Wong (黃美玲)",
    "Kelvin Chan / 陳家明"): that is a name too, and so is every other place the document writes it, and a Chinese name's
    given name without its family name (Chinese is written without spaces, so inside a longer run: "媽咪: 家明，呢度")."""
    if text.isascii():
        return
    written, kin = {}, gazetteer.community_kin()
    for f in (f for f in found if f.kind == NAME):
        if m := _OTHER_SCRIPT_AFTER.match(text, f.end):
            written[m.group(1)] = f.value
        if m := _OTHER_SCRIPT_BEFORE.search(text, max(0, f.start - 60), f.start):
            written.setdefault(m.group(1) or m.group(2), f.value)  # "(이순자, Lee Soon-ja)", "ملالۍ - Malalai"
        elif (m := _GLOSSED_BEFORE.search(text, max(0, f.start - 60), f.start)) and _GLOSS_END.match(text, f.end) \
                and m.group(1).lower() not in kin:  # (not "이모 (Kim Eun-young, aunt in Seoul)": the aunt's kin word)
            written.setdefault(m.group(1), f.value)  # "لينا (Lina, the sister)", "جورج (Georges)": a gloss in brackets
        elif not f.text.isascii() and len(f.text) >= 2:
            written.setdefault(f.text, f.value)
    for name, value in list(written.items()):
        if _CJK.match(name) and len(name) == 3:
            written.setdefault(name[1:], value)  # a Chinese name's given name, without its one-character family name
    for name, value in written.items():
        if _CJK.match(name) and len(name) >= 2:
            rx = re.compile(re.escape(name))
        else:
            rx = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
        for m in rx.finditer(text):
            yield Finding(m.start(), m.end(), name, NAME, "cue", None, value)


# a nickname in quotes just before the name in brackets: '"Skinny" (Jordan Ellis, 19)', 'his friend "ibou" (Ibrahima Fall'
_QUOTED_BEFORE_BRACKET = re.compile(r"(?<![\w'’])[\"“]([A-Za-z][\w'’\-]{0,15}(?:[ \t][A-Z][\w'’\-]{0,15})?)[\"”][ \t]*\($")


def _nicknames_before_names(text: str, found: list[Finding]) -> Iterable[Finding]:
    """A word in quotes just before a name in brackets is that person's nickname, even an everyday word ('"Mouse" (Liam
    Pryce)'); not a kin word ('"uncle" (Haroon)'), and a word in lower case only if it is rare ('"ibou"', not '"alright"')."""
    not_names, kin = gazetteer.not_names(), gazetteer.community_kin()
    for f in found:
        if f.kind == NAME and (m := _QUOTED_BEFORE_BRACKET.search(text, max(0, f.start - 40), f.start)):
            for w in re.finditer(r"[\w'’\-]+", m.group(1)):
                low = w.group(0).lower()
                if low not in not_names and low not in kin and low not in _KIN_TITLES \
                        and (w.group(0)[0].isupper() or (w.group(0) == m.group(1) and gazetteer.zipf(low) < ORDINARY_WORD)):
                    start = m.start(1) + w.start()
                    yield Finding(start, start + len(w.group(0)), w.group(0), NAME, "cue", None, low)


def _other_scripts_again(text: str, found: list[Finding]) -> Iterable[Finding]:
    """A name or a place found in Latin letters is found again where the document writes it in another script: "Zhoro"
    in a translation and "Жоро" in the message, "Daugavpils" and "Даугавпилс", "Rivky" and "ריבקי". A word in Greek or
    Cyrillic is read with its vowels (its ending may differ: "Десе" for Desi); a word in a script that leaves vowels
    unwritten (Hebrew, Arabic) by an outline of three consonants or more."""
    if text.isascii():
        return
    forms: dict[str, Finding] = {}
    outlines: dict[str, Finding] = {}
    for f in found:
        if f.kind in (NAME, PLACE) and f.text.isascii():
            for w in re.findall(r"[A-Za-z]{3,}", f.text):
                if w.lower() not in HONORIFIC_WORDS:
                    for form in _loose_forms(w):
                        forms.setdefault(form, f)
                        if len(_outline(form)) >= 3:
                            outlines.setdefault(_outline(form), f)
    if not forms:
        return
    for m in _OTHER_SCRIPT_WORD.finditer(text):
        word = m.group(0)
        mine = _loose_forms(anyascii(word).replace("ow", "u") if _ARMENIAN.match(word) else anyascii(word))  # Armenian ու: u
        if _WITH_VOWELS.fullmatch(word):
            hit = next((forms[x] for x in mine if x in forms), None)
            if hit is None and len(word) >= 4:  # another case's ending: "Десе" (to Desi), "Маркуса" (Markus's)
                hit = next((forms[y] for x in mine for y in forms if abs(len(x) - len(y)) <= 2
                            and len(os.path.commonprefix((x, y))) >= max(3, min(len(x), len(y)) - 1)), None)
        else:
            hit = next((outlines[_outline(x)] for x in mine if _outline(x) in outlines), None)
        if hit is not None:
            yield Finding(m.start(), m.end(), word, hit.kind, "rare", hit.party, hit.value)


# a phone's message log names the other side by its saved contact, in quotes: 'IN  from "kez": dont answer',
# 'OUT to "CHASE 2": ye' (the contact's number or emoji is no part of the name)
_PHONE_LOG_CONTACT = re.compile(r"(?m)\b(?:from|to)[ \t]+[\"“](?P<who>[A-Za-z][A-Za-z'’\-]*(?:[ \t][A-Za-z][A-Za-z'’\-]*){0,2})"
                                r"(?:[ \t]*\d{1,2})?[^\"”\w\n]{0,6}[\"”][ \t]*:")
# (with the chat rules' words that name no sender: "me", "unknown", "group")
_NOT_A_CONTACT_NAME = frozenset(("private", "withheld", "voicemail", "number", "home", "work", "school", "office"))


def _contacts_of_a_phone_log(text: str, found: list[Finding]) -> Iterable[Finding]:
    """The contact a message came from or went to, as a phone's log saves it ('from "kez":', 'to "CHASE 2":'): a person,
    unless it is a kin word ('to "Nan":') or a place the phone saved ('"Home"')."""
    covered = _covered(text, found)
    kin, not_names = gazetteer.community_kin(), gazetteer.not_names()
    for m in _PHONE_LOG_CONTACT.finditer(text):
        words = m.group("who").lower().split()
        if any(covered[m.start("who"):m.end("who")]) or words[0] in kin or words[0] in not_names \
                or words[0] in _NOT_A_CONTACT_NAME or words[0] in _CHAT_NOT_A_NAME or words[0] in _KIN or words[0] in _KIN_TITLES \
                or (words[0] in HONORIFIC_WORDS and len(words) == 1):
            continue
        yield Finding(m.start("who"), m.end("who"), m.group("who"), NAME, "cue", None, " ".join(words))


# isiXhosa, isiZulu and Shona write a name with its noun-class prefix joined on in lower case: "uLwazi", "linguOliver"
# (it is Oliver), "ngu-", "ka-" (of); "ku-" (to, at) and "e-" (in) before a place: "kuChitungwiza", "eLeicester"
_NOUN_CLASS_PREFIX = re.compile(r"(?<![A-Za-z])(?:(?P<person>u|ngu|lingu|nguye|ka|kuka)|(?P<place>ku|kwa|e))"
                                r"(?P<word>[A-Z][a-z]{2,})(?![\w'’-])")


def _names_after_a_noun_class_prefix(text: str, found: list[Finding]) -> Iterable[Finding]:
    """A capitalised word glued to a lower-case noun-class prefix of a Bantu language ("uLwazi", "uAyanda", "kuChitungwiza"):
    a person, or a place after "ku-"; not a kin word, a month or a day ("kaMama", "ngoDecember")."""
    covered = _covered(text, found)
    kin, not_names = gazetteer.community_kin(), gazetteer.not_names()
    for m in _NOUN_CLASS_PREFIX.finditer(text):
        low = m.group("word").lower()
        if any(covered[m.start("word"):m.end("word")]) or low in kin or low in _KIN or low in _KIN_WORDS_IN_PREFIXED_LANGUAGES \
                or low in not_names or low in gazetteer.CALENDAR or (m.group("place") == "e" and low not in gazetteer.uk_places()):
            continue  # ("e-" is "in" before a town of the lists, "eLeicester"; "eBay" is a shop)
        yield Finding(m.start("word"), m.end("word"), m.group("word"), NAME if m.group("person") else PLACE, "cue", None, low)


# (kin words of these languages that the community kin list lacks; "mama", "gogo", "baba" are in it)
_KIN_WORDS_IN_PREFIXED_LANGUAGES = frozenset(("makhulu", "malume", "sisi", "bhuti"))


# given names in Faker's lists that are everyday words in their language: good morning and evening ("صباح الخير",
# "مساء"), "clear" ("صافي"), "mine" ("שלי"), "glory" ("פאר"), faith, hope and love ("Вера", "Надежда", "Любовь")
_EVERYDAY_WORDS_LISTED_AS_NAMES = frozenset({"صباح", "مساء", "صافي", "שלי", "פאר", "Вера", "Надежда", "Любовь", "Слава"})


def _listed_names_in_another_script(text: str, found: list[Finding]) -> Iterable[Finding]:
    """A word in another script that is, letter for letter, a given name Faker lists in that script ("Марина", "يوسف",
    "Παναγιώτα", "रिया", "志強"), where nothing else was found: the record need not hold the person. Only whole words of
    three letters or more (two for Chinese characters): a shorter one, or a name's stem with another case ending, is as
    often an everyday word ("בת", a daughter; "Боже", God)."""
    if text.isascii():
        return
    names = gazetteer.script_given_names()
    covered = _covered(text, found)
    for m in _OTHER_SCRIPT_WORD.finditer(text):
        word = m.group(0)
        if word.startswith("و") and word[1:] in names and len(word) >= 5 and not any(covered[m.start():m.end()]):
            yield Finding(m.start() + 1, m.end(), word[1:], NAME, "rare", None, word[1:])  # "ومريم": "and Maryam"
            continue
        if word in names and word not in _EVERYDAY_WORDS_LISTED_AS_NAMES and not any(covered[m.start():m.end()]) \
                and (len(word) >= 3 or (len(word) == 2 and "\u4e00" <= word[0] <= "\u9fff")):
            yield Finding(m.start(), m.end(), word, NAME, "rare", None, word)


# a kin word in Greek or Cyrillic, then a capitalised word of the same alphabet: "баба Верица", "тётя Оля", "Баба Милица"
_KIN_AND_NAME_IN_CAPITALS = re.compile("([\u0370-\u03FF\u0400-\u04FF]+)[ \t]+([\u0391-\u03A9\u0400-\u042F][\u0370-\u03FF\u0400-\u04FF]+)")


def _names_after_kin_words_in_another_script(text: str) -> Iterable[Finding]:
    """A capitalised Greek or Cyrillic word after a kin word of that alphabet (`not_names.txt`): someone's name."""
    if text.isascii():
        return
    kin, not_names = gazetteer.community_kin(), gazetteer.not_names()
    for m in _KIN_AND_NAME_IN_CAPITALS.finditer(text):
        if m.group(1).lower() in kin and m.group(2).lower() not in kin and m.group(2).lower() not in not_names:
            yield Finding(m.start(2), m.end(2), m.group(2), NAME, "cue", None, m.group(2).lower())


# a capitalised Cyrillic or Greek word of three letters or more, standing alone (not in capitals throughout)
_CAPITALISED_CYRILLIC_OR_GREEK = re.compile(
    "(?<![\\w-])[\u0386\u0388-\u038F\u0391-\u03A9\u0400-\u042F\u0490\u0492\u049A\u04A2\u04AE\u04B0\u04BA\u04D8\u04E8]"
    "[\u03AC-\u03CE\u0430-\u045F\u0491\u0493\u049B\u04A3\u04AF\u04B1\u04BB\u04D9\u04E9]{2,}(?![\\w-])")
# the preposition before a place in Russian, Ukrainian, Belarusian, Bulgarian, Macedonian and Serbian ("в", "у", "из"),
# and in Greek ("στο", "από")
_PLACE_WORD_IN_ANOTHER_ALPHABET = re.compile(r"(?:^|[\s(])(?:в|во|у|ў|на|из|із|з|от|од|до|στο|στη|στην|από|σε)[ \t]+$", re.I)
# the end of a sentence or a line before a word, or a chat's or letter's colon or opening quote
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:;«\"“(\n])[ \t]*$")
RARE_IN_ITS_LANGUAGE = 3.0  # Zipf, in each language of its alphabet: a capitalised word rarer than this is a name


def _rare_capitalised_words_in_cyrillic_or_greek(text: str, found: list[Finding]) -> Iterable[Finding]:
    """A capitalised Cyrillic or Greek word inside a sentence that is rare in every language `wordfreq` has for that
    alphabet (Russian, Ukrainian, Bulgarian, Macedonian and Serbo-Croatian; Greek): a name, as the same rule reads a rare
    capitalised word of English ("Скажи миссис Хатчинсон", "Στέλλα Χατζηπέτρου"). After a place preposition ("в Йыхви",
    "ў Плімут") it is a place. A word opening a sentence, a line or a quotation is left alone, as in English, and so
    is a kin word (`not_names.txt`)."""
    if text.isascii():
        return
    from wordfreq import zipf_frequency

    covered, kin, not_names = _covered(text, found), gazetteer.community_kin(), gazetteer.not_names()
    for m in _CAPITALISED_CYRILLIC_OR_GREEK.finditer(text):
        word, low = m.group(0), m.group(0).lower()
        if any(covered[m.start():m.end()]) or low in kin or low in not_names \
                or _SENTENCE_OPENS.search(text, max(0, m.start() - 4), m.start()):
            continue
        greek = "\u0370" <= word[0] <= "\u03FF"
        if max(zipf_frequency(word, lang) for lang in (("el",) if greek else ("ru", "uk", "bg", "mk", "sh"))) \
                >= RARE_IN_ITS_LANGUAGE:
            continue
        before = text[max(0, m.start() - 8):m.start()]
        kind = PLACE if _PLACE_WORD_IN_ANOTHER_ALPHABET.search(before) else NAME
        yield Finding(m.start(), m.end(), word, kind, "rare", None, low)


# a capitalised part of a word, a space, then the rest in small letters: "Nunea ton", "Kayd en", "Tomlin son"
_WORD_SPLIT_BY_A_SPACE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+) ([a-z]+)(?![\w'’-])")


def _words_split_by_a_stray_space(text: str, found: list[Finding]) -> Iterable[Finding]:
    """A name or a town a stray space has split, as a scan or a quick typist leaves it ("Nunea ton", "Kayd en",
    "Tamsin Gr eenhalgh"): the two parts joined are a listed given name, family name or town that is rare as a
    word, and one part at least is no common word (so "Park in", "Cat on" and "Mall on" stay words); not a name and a
    small word after it ("Denis on Monday")."""
    givens, families = gazetteer.listed_given_names(), gazetteer.family_names()
    places, home = gazetteer.uk_places(), gazetteer.home_places()
    covered = _covered(text, found)
    for m in _WORD_SPLIT_BY_A_SPACE.finditer(text):
        if all(covered[m.start():m.end()]):
            continue
        first, rest = m.group(1).lower(), m.group(2)
        joined = first + rest
        kind = NAME if joined in givens or joined in families else PLACE if joined in places or joined in home else None
        if kind is None or gazetteer.zipf(joined) >= 3.0 or min(gazetteer.zipf(first), gazetteer.zipf(rest)) >= ORDINARY_WORD \
                or ((first in givens or first in families) and gazetteer.zipf(rest) >= 6.0):
            continue  # (a name, then a small word: "saw Denis on Monday", not "Denison")
        yield Finding(m.start(), m.end(), m.group(0), kind, "pattern", None, joined)


# A word or two written as heard or as scanned, then what it stands for in braces or after "=": "Darren Queen {Darren
# Quinn}", "in yeah sly {Yiewsley}", "Cow (= Carl)", "W0rkingt0n {Workington}" (a transcriber's or reader's gloss)
_GLOSS = re.compile(r"[ \t]*(?:\{(?P<brace>[^{}\n]{2,40})\}|\(=[ \t]*(?P<equals>[^()\n,]{2,40})\))")
_WORDS_BEFORE = re.compile(r"(?:\S+[ \t]+){0,3}\S+$")


def _what_glosses_stand_for(text: str, found: list[Finding]) -> Iterable[Finding]:
    """The words before a gloss that names a person, a place, an address, a school or a date found inside it: as many of
    them (one to four) as spell most like the gloss, if they spell like it at all."""
    if "{" not in text and "(=" not in text:
        return
    kinds = {NAME, PLACE, ADDRESS, SCHOOL, DATE, DOB, POSTCODE}
    for f in found:
        if f.kind not in kinds:
            continue
        gloss = next((m for m in _GLOSS.finditer(text, max(0, f.start - 45), min(len(text), f.end + 2))
                      if m.start("brace" if m.group("brace") else "equals") <= f.start and f.end <= m.end()), None)
        if gloss is None:
            continue
        wanted = re.sub(r"[^a-z0-9]", "", _ocr_mended(gloss.group("brace") or gloss.group("equals")).lower())
        line = text[text.rfind("\n", 0, gloss.start()) + 1:gloss.start()]
        words = list(re.finditer(r"\S+", line))
        best, best_score = None, 0.0
        for n in range(1, min(4, len(words)) + 1):
            start = words[-n].start()
            said = re.sub(r"[^a-z0-9]", "", _ocr_mended(line[start:]).lower())
            score = Levenshtein.normalized_similarity(said, wanted)
            if score > best_score:
                best, best_score = start, score
        if best is not None and best_score >= 0.5:
            start, end = gloss.start() - len(line) + best, gloss.start()
            while end > start and not text[end - 1].isalnum():
                end -= 1  # "Brandon SHARP ({Brandon Sharp}": not the bracket
            if end > start:
                yield Finding(start, end, text[start:end], f.kind, "cue", f.party, f.value)


# After a place word, a run of capitalised words (with the small words places of other languages join them with) that a
# list holds as one place: "from Dar es Salaam", "lives in\nSpanish Town", "a Gibson Building meeting at Kings Hill"
_LISTED_PLACE_AFTER_CUE = re.compile(
    r"\b(?:in|from|to|near|at|via|towards|around|of)[ \t]*\n?[ \t]*"
    r"(?P<place>[A-Z][\w'’\-]*(?:(?:[ \t]+|[ \t]*\n[ \t]*)(?:(?:de|del|es|el|la|le|les|da|do|dos|das|di|al|on|upon|under|by|the)[ \t]+)?"
    r"[A-Z][\w'’\-]*){1,3})")


def _listed_places_of_several_words(text: str, found: list[Finding]) -> Iterable[Finding]:
    """The longest run of two words or more after a place word that the lists of places hold, where nothing found already
    covers its first word."""
    home, abroad, places, districts = gazetteer.home_places(), gazetteer.places_abroad(), gazetteer.uk_places(), gazetteer.districts()
    covered = _covered(text, found)
    for m in _LISTED_PLACE_AFTER_CUE.finditer(text):
        start = m.start("place")
        if covered[start] and not any(f.start == start and f.kind == PLACE for f in found):
            continue
        words = list(re.finditer(r"\S+", m.group("place")))
        for n in range(len(words), len(words) - 1, -1):  # the whole run: not "South Hill" of "South Hill Park"
            end = start + words[n - 1].end()
            low = _folded(" ".join(text[start:end].lower().split()))
            if low in home or low in abroad or low in places or low in districts:
                if not _in_organisation_name(text, end, end, ()):  # not "at Milton Keynes University Hospital"
                    yield Finding(start, end, text[start:end], PLACE, "gazetteer", None, low)
                break


_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")  # "GCSEs", "IROs", "SWs"
# a name made of two initials, the second J, as boys and men are called: "TJ", "JJ", "AJ", "KJ" (not DJ, CJ, NJ or SJ)
_NAME_OF_INITIALS = re.compile(r"[ABEGHJKLMPRTW]J(?:['’]s)?")
# What follows a district's name: "West Croydon bus station", "the Thornton Heath and West Croydon areas"
_PLACE_NOUN_AFTER = re.compile(r"[ \t]+(?:bus station|train station|station|tram stop|town centre|high street|shopping centre"
                               r"|area|areas|estate|end|way)\b")
_IN_COUNTRY_AFTER = re.compile(r"(?:\s+in|,)(?:\s+in)?(?:\s+the)?\s+([A-Z][a-z]+)")  # "Zahlé in Lebanon", "Ibb, Yemen"
# a role or agency in brackets after a name, as attendance lists write it: "Lauren Hide (IDVA)", "Ann Salt (Health Visitor)"
_GIVEN_NAME_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)")
_ROLE_IN_BRACKETS_AFTER = re.compile(r"[ \t]*\([A-Z]")
# a role in brackets after a name, capitalised or in lower case: "(SW)", "(school admin)", "(duty social worker)"
_ROLE_BRACKET_AFTER = re.compile(r"[ \t]*\((?:[A-Z]|[a-z][a-z ]{0,30}(?:admin|worker|nurse|officer|visitor|teacher|manager"
                                 r"|coordinator|co-ordinator|lead|head|mentor|chair|interpreter|advocate|solicitor|keyworker|SW"
                                 r"|attendance|pastoral|safeguarding|reception|office|team)[),])")
_AGE_IN_BRACKETS_AFTER = re.compile(r"[ \t]*\(\d{1,2}\)")  # a person's age: "Anthony Bacon (24) of Huthwaite"
# ... or opening a longer bracket: "Natalie Cope (health visitor for Summer Hall)", "Kev Plant (youth worker at the club)"
_ROLE_OPENING_BRACKET_AFTER = re.compile(r"[ \t]*\([a-z][a-z ]{0,30}?(?:worker|nurse|officer|visitor|teacher|manager|coordinator"
                                         r"|co-ordinator|mentor|interpreter|advocate|solicitor|keyworker|midwife|therapist)\b")
# a role written out before a name: "school nurse Tasha Fell;", "the family support worker Dean Hall,"
_ROLE_WORD_BEFORE = re.compile(r"\b(?:nurse|visitor|worker|officer|teacher|manager|midwife|coordinator|co-ordinator|mentor|advocate"
                               r"|therapist|interpreter|solicitor|tutor|keyworker|paediatrician|psychologist|counsellor|practitioner)"
                               r"[ \t]+$")
_ROLE_ABBREVIATION_BEFORE = re.compile(r"\b(?:HV|SW|DSL|IDVA|ISVA|SENCO|SENCo|YOT|TM|CSW|SSW|IRO|GP|OT|SALT)(?:[ \t]+|[ \t]*\n[ \t]*)$")
# after a worker's role written short and their name: a date, or "on" and a date ("to SW Tom Fell 22/11/2026", "shown to
# SW Gemma Raw on 8 October")
_DATE_AFTER_A_WORKER = re.compile(r"[ \t]+(?:on[ \t]+)?\d{1,2}(?:[/.]\d{1,2}|(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]+)")
_A_PERSON_NOT_A_LANGUAGE = re.compile(r"(?:[ \t]+(?:and[ \t]+(?:her|his)|said|says|showed|told|is|was|has|had|wants|helps"
                                      r"|rang|came|went|lives|pinched|hit)\b|[ \t]*\((?:[A-Z]|\d)|,[ \t]*\"|[ \t]+[A-Z][a-z]+[ \t]*\()")
_LANGUAGE_BEFORE = re.compile(r"\b(?:in|speaks?|speaking|spoke|into|from|to)[ \t]+$", re.IGNORECASE)
_LANGUAGE_NOUN_AFTER = re.compile(r"[ \t]*-?[ \t]*(?:interpreter|interpreting|speaking|speaker|speakers|language|translation)\b",
                                  re.IGNORECASE)
# someone introduced by name: "His father is Marlon Best,", "it's Marlon Best, I'm", "legal advice) - Eleanor Stamp."
_INTRODUCED_BEFORE = re.compile(r"(?:\b(?:is|it['’]s|its|I['’]m|I am|this is)|[ \t]-)[ \t]+$")
# after a name: the end of a sentence, an age, a house number or a note in brackets ("Tyler Wake, 17,", "Marj Round (no
# 10)", "Shannon Guy (left at 16:10)")
_AGE_OR_HOUSE_AFTER = re.compile(r"[ \t]*(?:\.(?:\s|$)|,[ \t]*\d{1,2}\b|\((?:no\b|\d|left|aged|age\b|born|b\.))")
_WHO_THEY_ARE_BEFORE = re.compile(r"\b(?:coach|teacher|neighbour|neighbor|friend|landlord|landlady|boyfriend|girlfriend|partner"
                                  r"|lodger|babysitter|childminder|employer|manager|mentor|tutor|keyworker|key worker)[ \t]+$",
                                  re.IGNORECASE)
# a worker's role written short before their name: "SW Nick Pearce", "CPN Matt Gowing", "HV Tamsin Uglow"
_PROFESSION_BEFORE = re.compile(r"(?<![\w.])(?:SW|SSW|SWA|FSW|HV|CPN|OT|GP|TA|HT|TM|IRO|DSL|IDVA|ISVA|AMHP|SENCO|SENCo)[ \t]+$")
_SPOKE_TO_BEFORE = re.compile(r"\b(?:spoke|spoken|speak|talked|talking|chatted)\s+(?:to|with)\s+$", re.IGNORECASE)


def _a_person_set_off(text: str, prev: str, nxt: re.Match) -> bool:
    """The given name before `nxt` (whose text before it is `prev`) and the capitalised everyday word `nxt` are set off as a
    person is in a list, an attendance or an aside: "the health visitor, Natalie Plant, saw", "HV Natalie Plant;",
    "Minutes: Lorraine Pick (school admin)", "spoke to Kerry Mount, duty SW" (Plant, Pick and Mount are family names)."""
    nlow = _bare(nxt.group(0))
    return (not nxt.group(0).isupper() and nlow not in _PLACE_BODY_OR_ROLE_NOUNS and nlow not in _NEVER_ORDINARY
            and nlow not in _STREET_WORD_SET and nlow not in gazetteer.countries() and nlow not in gazetteer.CALENDAR
            and bool(_SET_OFF_BEFORE.search(prev) or _PERSON_BEFORE.search(prev) or _SPOKE_TO_BEFORE.search(prev)
                     or _ROLE_ABBREVIATION_BEFORE.search(prev) or _CUE.search(prev) or _INTRODUCED_BEFORE.search(prev)
                     or _SIGNED_OFF_BEFORE.search(prev) or _ROLE_WORD_BEFORE.search(prev))
            and bool(_SET_OFF_AFTER.match(text, _word_end(nxt)) or _ROLE_BRACKET_AFTER.match(text, _word_end(nxt))
                     or _AGE_OR_HOUSE_AFTER.match(text, _word_end(nxt))
                     or (_ROLE_ABBREVIATION_BEFORE.search(prev) and _DATE_AFTER_A_WORKER.match(text, _word_end(nxt)))))


_NEXT_CAPITALISED = re.compile(r"[ \t]+([A-Z][a-z]+)\b")
_WORDS_OPENING_A_SENTENCE = frozenset("i he she it we they you his her their our my your this that these those there then the a an "
                                      "and but so or if when while as at in on to of for from with by no not yes".split())


def _an_everyday_family_name(text: str, prev: str, given: str, nxt: re.Match) -> bool:
    """A capitalised everyday word just after a given name, mid-sentence, is its family name ("Kyle Brain", "Lauren Hide"):
    not a word opening a sentence a full stop was left out of ("Kyle He said"), nor a building's, a place's, a body's or a
    role's word ("Rose Cottage", "Grace Church", "Holly Tree Lodge"), a day or a month, a kin word or a people's word; and
    not where a given name that is an everyday word too opens a sentence ("Will Ward 3 open?")."""
    word = nxt.group(0)
    nlow = _bare(word)
    if word.isupper() or len(nlow) < 3 or nlow in _WORDS_OPENING_A_SENTENCE or nlow in _LOWER_FUNCTION_WORDS \
            or nlow in _PLACE_BODY_OR_ROLE_NOUNS or nlow in _NEVER_ORDINARY or nlow in _STREET_WORD_SET \
            or nlow in gazetteer.countries() or nlow in gazetteer.CALENDAR or nlow in gazetteer.not_names() \
            or nlow in _kin_before_names() or nlow in _BUILDING_WORDS or nlow in _PLACE_OR_SERVICE_AFTER_A_NAME \
            or given in gazetteer.countries() or given in _COUNTIES_THAT_ARE_NAMES or nlow in gazetteer.brands()[0] \
            or ((given in gazetteer.common_words() or gazetteer.zipf(given) >= COMMON_AT_START) and _sentence_start(prev)):
        return False
    third = _NEXT_CAPITALISED.match(text, _word_end(nxt))
    return not (third and (_bare(third.group(1)) in _PLACE_BODY_OR_ROLE_NOUNS or _bare(third.group(1)) in _STREET_WORD_SET
                           or _bare(third.group(1)) in _BUILDING_WORDS))


_STREET_WORD_SET = frozenset(w.lower() for w in re.findall(r"[A-Za-z]+", STREET_WORDS)) \
    | frozenset("bank end field fields park wood moor heath common croft fold meadow meadows vale".split())  # "Roman Bank"
# a given name and the next word set off by commas, as a list or an aside writes a person: "our junior coach, Liam Prior,
# wrote", "the youth centre, Jordan Apps; Ruby's mother"
_SET_OFF_BEFORE = re.compile(r"[,;(:|][ \t]*\n?[ \t]*$")  # (or a table's cell: "| Safeguarding | Gareth Pink")
_SET_OFF_AFTER = re.compile(r"[ \t]*(?:[,;)|]|$)", re.MULTILINE)
# the line of a signature, after a sign-off and perhaps the given name alone: "Regards, Nathan\nNathan Beer | Welfare Lead"
_SIGNED_OFF_BEFORE = re.compile(r"\b(?:[Rr]egards|[Ww]ishes|[Tt]hanks|[Tt]hank you|[Cc]heers|[Ss]incerely|[Ff]aithfully)[,.!]?"
                                r"(?:[ \t]*\n?[ \t]*[A-Z][a-z]+)?[ \t]*\n[ \t]*$")
_BUILDINGS = ("House", "Home", "Lodge")  # a building's last word: "Willow House", "Beech Lodge"
# a place's or a service's word after a word that is a given name too: "Sandy Bay", "Kent Coast", "Kent Front Door",
# "Devon Carers", "Howard Primary", "Roman Catholic" (not "fell", a family name: "Anne Fell"); nor a brand ("Aaron Xbox")
_PLACE_OR_SERVICE_AFTER_A_NAME = (_PLACE_KIND_WORDS - {"fell"}) | frozenset(
    "bay coast ground front door primary junior infants safeguarding carers outreach united rovers city town catholic orthodox "
    "methodist baptist anglican".split())  # ("Roman Catholic")
_COUNTIES_THAT_ARE_NAMES = frozenset("kent devon clwyd".split())  # "Kent Police", "Devon and Cornwall"
_BUILDING_WORDS = frozenset(b.lower() for b in _BUILDINGS) \
    | frozenset("cottage cottages farm barn hall manor villa court tower towers mill".split())
_BUILDING_AFTER = re.compile(rf"[ \t]+(?:{'|'.join(_BUILDINGS)})\b")
# Abbreviations written after a place's or a body's name: county, borough and city councils, emergency duty teams,
# health centres, NHS bodies, companies
_ORGANISATION_ACRONYMS = frozenset("CC MBC BC DC CBC LBC RBC EDT HC MC NHS FT CCG ICB PCN CIC CIO UK".split())
# (not Ltd, PLC or LLP: a firm named after people, "Blake Morrish LLP", still names them)
_BUILDING_NAME = re.compile(rf"\b([A-Z][a-z]+)(?={_BUILDING_AFTER.pattern})")
_KIN_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)\b")  # "Shazia baji", "Ruqaiya aapa"
_PET_BEFORE = re.compile(rf"\b(?:{_ANIMALS})[ \t]+$", re.IGNORECASE)
_ANIMAL_LAST_WORDS = frozenset(animal.split()[-1] for animal in _ANIMALS.split("|"))


def _ends_with_an_animal(prev: str) -> bool:
    """Whether the text ends with an animal's word and a space, as _PET_BEFORE needs (a cheap look before it is tried)."""
    prev = prev[:-1] if prev.endswith("\n") else prev  # ($ also matches before a last line break)
    p = prev.rstrip(" \t")
    if len(p) == len(prev):
        return False
    i = len(p)
    while i > 0 and p[i - 1].isalpha():
        i -= 1
    return p[i:].lower() in _ANIMAL_LAST_WORDS
_FAMILY_TITLES = frozenset("nan nana nanna nanny gran granny grandma grandad granddad grandpa".split())  # (not Aunt: "Aunt Natasha")
_KIN_THAT_ARE_NAMES = frozenset("tia lola mae vo vovo".split())  # Portuguese aunt, Filipino grandmother, mother, granny
_WORD_ENDINGS = ("ment", "tion", "sion", "ness", "ing", "ings", "ed", "ers", "ity", "ance", "ence", "ful", "less", "able",
                 "ible", "ise", "ize", "ology", "ship")
_BUILDING_NOUNS = frozenset(w.lower() for w in _BUILDINGS) | {"cottage", "cottages", "farm", "mews", "gardens"}  # not Hall, Court
_FORM_LABELS = frozenset("dob ref tel mob fax nhs upn gp sw csw dsl re cc pp".split())
_KIN_PHRASE_WORDS = re.compile(r"([A-Za-z]+)[ \t]*\n?[ \t]*([A-Za-z]+)\b")


def _kin_phrase_end(text: str, start: int) -> int:
    """Where a kin word of two words beginning at `start` ends ("Poh Poh", "Ah Ma", "poh poh"), or 0."""
    m = _KIN_PHRASE_WORDS.match(text, start)
    if m and f"{m.group(1)} {m.group(2)}".lower() in gazetteer.kin_phrases():
        return m.end()
    return 0


def _word_end(m: re.Match) -> int:
    """Where a capitalised token ends without its possessive ("Kasia's" -> after "Kasia")."""
    return m.end() - 2 if m.group(0).endswith(("'s", "’s")) else m.end()


def _thing_evidence(text: str, tokens: list[re.Match], i: int, end: int, source: str) -> str | None:
    """'thing' when the words around the capitalised token `tokens[i]` (its span running to `end`, which may take the
    next word too) say it names a thing rather than a person; 'first word only' when a given name was about to take an
    ordinary word after it ("Mario Kart": keep "Mario" only); else None. `source` is the rule that found it."""
    givens, families = gazetteer.given_names(), gazetteer.family_names()
    start, word_end = tokens[i].start(), _word_end(tokens[i])
    low = text[start:word_end].lower()
    prev = text[max(0, start - 40):start]
    after = text[word_end:word_end + 40]
    # Possessive: "at Kasia's", "at Kasia Nowak's", "at Kasia and Tom's".
    possessive = text.startswith(("'s", "’s"), word_end) or text.startswith(("'s", "’s"), end) or bool(_AND_SOMEONES.match(text, end))
    building = _BUILDING_AFTER.match(text, word_end)  # "Willow House", "Alexander House Surgery": a building, not a home
    if (not building and (_FAMILY_NOUN_AFTER.match(after) or _FAMILY_NOUN_AFTER.match(text, end))) \
            or (low.endswith("s") and (low[:-1] in families or _WITH_THE.search(prev))) \
            or (low.endswith("s") and len(low) >= 6 and gazetteer.zipf(low) < 1.5 and gazetteer.zipf(low[:-1]) < 1.5
                and _THE_BEFORE.search(prev) and _PLURAL_NAME_AFTER.match(text, end)):
        return None  # "the Nowak family", "the Nowaks' house", "the Patels", "stayed with the Kowalczyks", "(the Berhanes)"
    person_verb_after = bool(_PERSON_VERB_AFTER.match(text, end))
    if _COLOUR_BEFORE.search(prev) and not person_verb_after:
        return "thing"  # "a black Mercedes C-Class", "her silver Corsa": a colour is not said of a person's name
    # A place or venue noun later in the same run of capitalised words: "Walker Park", "South Tyneside District Hospital".
    # Not one that is also a family name after a given or unknown name ("Jordan Hall", "Emma Church", "Zbigniew Hall"),
    # and not before a verb people are the subject of.
    j = i + 1
    while not person_verb_after and j < len(tokens) and text[tokens[j - 1].end():tokens[j].start()] in (" ", "\n") and j - i <= 3:
        noun = _bare(tokens[j].group(0))
        if (noun in _VENUE_NOUNS and (noun not in families or (low in families and low not in givens)
                                      or (j == i + 1 and _ordinary_word(low, givens, families)))) \
                or (j == i + 1 and building and not possessive):
            return "thing"  # "Walker Park", "Hughes Hall": a family name before it names a place; "Memorial Hall" a venue
        j += 1
    # A capitalised ordinary word beside it, in the same run of capitalised words, mid-sentence, and no verb after it
    # that people are the subject of ("Araceli Glasses has been staying" is a person).
    if i > 0 and not person_verb_after:
        p = tokens[i - 1]
        before_p = text[max(0, p.start() - 40):p.start()]
        if text[p.end():start] == " ":
            if not _sentence_start(before_p) and _ordinary_word(_bare(p.group(0)), givens, families) and not p.group(0).isupper():
                return "thing"
            if _ARTICLE_BEFORE.search(before_p) and not _FAMILY_NOUN_AFTER.match(after):
                return "thing"  # "a Vauxhall Astra", "the Riverside Quays": an article before the run
    if i + 1 < len(tokens) and text[word_end:tokens[i + 1].start()] in (" ", "\n") and low not in givens \
            and low not in families and _bare(tokens[i + 1].group(0)) in _ROLE_NOUNS:
        return "thing"  # a job title: "Adolescent Psychiatrist", "Paediatric Registrar", "Behavioural Therapist"
    # An ordinary word after it ("Heron Foods", "Zorbly Direct") marks a brand only if the first word is itself an English
    # word and nothing marks a person: "an argument with Kenan Cant", "Oncel Madrid, mum's new partner" are people.
    role_before = i > 0 and text[tokens[i - 1].end():start] in (" ", "\n") and _bare(tokens[i - 1].group(0)) in _ROLE_NOUNS
    role_before = role_before or (end > word_end and low in givens and (_a_person_set_off(text, prev, tokens[i + 1])
                                                                        or bool(_WHO_THEY_ARE_BEFORE.search(prev))))
    person_around = person_verb_after or bool(_PERSON_BEFORE.search(prev)) or gazetteer.zipf(low) < 2.5 or role_before \
        or (end > word_end and low in givens and bool(_ROLE_IN_BRACKETS_AFTER.match(text, end)
                                                      or _ROLE_OPENING_BRACKET_AFTER.match(text, end)
                                                      or _AGE_IN_BRACKETS_AFTER.match(text, end))) \
        or (end > word_end and low in givens and bool(_SET_OFF_BEFORE.search(prev)) and bool(_SET_OFF_AFTER.match(text, end))
            and _bare(tokens[i + 1].group(0)) not in _PLACE_BODY_OR_ROLE_NOUNS) \
        or (_sentence_start(prev) and bool(_NAME_VERB.match(text, end))) \
        or (low in families and i + 1 < len(tokens) and _bare(tokens[i + 1].group(0)) in _VIET_MIDDLE) \
        or (end > word_end and (low in givens or low in gazetteer.diminutives())
            and _an_everyday_family_name(text, prev, low, tokens[i + 1]))  # "Kyle Brain, 20", not "Mario Kart" (a brand)
    if not person_around and i + 1 < len(tokens):
        n = tokens[i + 1]
        if end > word_end:  # the next word was taken with it
            if _ordinary_word(_bare(n.group(0)), givens, families):
                return "first word only" if low in givens else "thing"
        elif text[word_end:n.start()] == " " and not possessive and _ordinary_word(_bare(n.group(0)), givens, families):
            return "thing"
    if not possessive and _THING_NOUN_AFTER.match(text, end):
        return "thing"
    if _ARTICLE_BEFORE.search(prev) and not person_verb_after:
        return "thing"  # but "the Kowalczyks were there"
    verb = _PRODUCT_VERB_BEFORE.search(prev)
    if verb and verb.group(0).lower().startswith(("us", "order")) and (source != "rare" or _USED_AS_AFTER.match(text, end)):
        verb = None  # "used Jordan to carry drugs", "using Zbigniew as a runner", "ordered Zbigniew to leave": people
    if verb:
        return "thing"  # "uses Zorbly", and a given name too: "plays Mario Kart", "streams Alexa"
    if _BUY_BEFORE.search(prev) and _BOUGHT_THING_AFTER.match(text, end):
        return "thing"  # "bought Zorbly from the shop"; but "bought Kasia a phone", "bought Kasia cigarettes" are people
    if _OPERATION_BEFORE.search(prev):
        return "thing"  # a police or public operation's name: "Operation Encompass", "Operation Sentinel"
    if source != "rare":
        return None
    if end == word_end and not possessive and _OWNER_BEFORE.search(prev) and _LOWER_NOUN_AFTER.match(text, end):
        return "thing"  # a word no list holds before a noun, after "her", "his pet": "her Herdwick tup", "his Zorbly hoodie"
    if _POSSESSION_BEFORE.search(prev):
        return "thing"
    on = _PLATFORM_BEFORE.search(prev)
    if on and not possessive and (on.group("verb") or "").lower() not in _ON_A_PERSON:
        return "thing"
    at = _AT_BEFORE.search(prev)
    if at and not possessive and (at.group("verb") or "").lower() not in _AT_A_PERSON:
        return "thing"
    return None


# Someone's own words typed in lower case (a text message, a child's letter, a quote written as said): "me and jordan",
# "its ellie", "deano gives us lifts". Read only in a document with lower-case writing (a lower-case "i", "im", "dont").
_LOWER_CASE_WRITING = re.compile(r"(?<![\w'’])(?:i|im|ive|dont|didnt|cant|wont|hes|shes|u|ur|tmrw|idk|lol|tbh|omg|wiv|innit|gonna"
                                 r"|wanna|cos|coz|dunno|aint|yh|wot|thx|pls|plz|ngl|lmao)(?![\w'’])")
# Words of texting and speech written without their apostrophes or spelt as said: never a name in lower case ("my nan
# aint gonna know", "me n jase", "wiv my bruv").
_TEXTING_WORDS = frozenset(
    "aint isnt wasnt doesnt didnt wont cant dont couldnt wouldnt shouldnt havent hasnt hadnt werent arent youre theyre "
    "thats whats lets gonna wanna gotta gimme lemme dunno innit init yeah yea nah naw yh lol lmao lmfao ngl tbh omg idk "
    "smh rn cus cos coz cuz wiv wot bruv bare peng peak allow wagwan mandem gyal ting dem dat dis wid nuff proper mans "
    "fone fones pls plz thx ty tho tmrw tmr 2moro bec becos bcos bcoz".split())
# ... or a sentence begun in lower case: the text's first letter, or after a full stop that ends a word of three letters
# or more that is not an abbreviation ("e.g. the", "approx. two" are not)
_LOWER_SENTENCE = re.compile(r"\b(?!(?:etc|approx|incl|inc|nos|cont|dept|tel|ref|vs)[.!?])[A-Za-z]{3,}[.!?][ \t]+[a-z]")


@lru_cache(maxsize=8)  # asked several times for the same text in one find()
@lru_cache(maxsize=4)  # (asked several times of each document)
def _own_lower_case_words(text: str) -> bool:
    """Someone's own words typed in lower case somewhere in the text: where the lower-case name rules are read."""
    first = text.lstrip()[:1]
    return bool(first.islower() or _LOWER_CASE_WRITING.search(text) or _LOWER_SENTENCE.search(text)
                or len(_DICTATED_STOP.findall(text)) >= 2)


# a dictation typed by speech-to-text, which writes its punctuation as words and its names in lower case ("session with ellie
# full stop met at the usual bench comma")
_DICTATED_STOP = re.compile(r"\b(?:full stop|new paragraph)\b")


_LOWER_WORD = re.compile(r"(?<![\w'’\-])[a-z][a-z]+(?:-[a-z]{2,})?(?:['’]s)?(?![\w\-])")
# Where only a person stands: "me and X", "X and me", "my mate X".
# words in s that are no one's possessive ("says mum was", "thanks mam"), unlike "kayleighs boyfriend deano"
_VERBS_IN_S = "(?:says|thanks|goes|gets|tells|asks|wants|needs|likes|loves|hates|sees|keeps|thinks|knows|does|this|miss|plus|unless)"
_LOWER_STRONG_BEFORE = re.compile(
    r"(?<![\w'’])(?:me\s+(?:and|n|&)|(?:my|his|her|their|ur|your|mums|mum's|dads|dad's|[a-z]{3,}['’]s"
    r"|(?!" + _VERBS_IN_S + r"\s)[a-z]{3,}s)\s+(?:new\s+|old\s+|ex\s+)?"
    r"(?:friend|mate|bestie|best\s+friend|bf|gf|boyfriend|fella|bloke|feller|man|missus|partner"
    r"|girlfriend|cousin|pal|ex|sister|brother|sis|bro|dad|mum|mam|stepdad|stepmum|nan|nana|uncle|auntie|aunty|aunt"
    r"|manager|boss|supervisor|teacher|tutor|keyworker|key\s+worker|social\s+worker)"
    r"|(?:nan|nana|nanna|nanny|gran|granny|grandad|grandma|uncle|auntie|aunty|aunt|cousin|cuz|neighbour|neighbor)"
    r"|called)\s+$")
_LOWER_STRONG_AFTER = re.compile(r"\s+(?:(?:and|n|&)\s+(?:me|i)(?![\w'’])|said\b|says\b|sed\b|sez\b)")
# Where a person usually stands: a verb after it, "with X", "told X", "saw X".
_LOWER_WEAK_BEFORE = re.compile(
    r"(?<![\w'’])(?:with|wiv|tell|told|ask|asked|texted|rang|miss|message|messaged|saw|seen|seeing|see|met|meet|blocked|like|love|hate"
    r"|luv|know|round|scared\s+of|afraid\s+of|frightened\s+of|fell\s+out\s+with|(?:him|her|them|us)\s+(?:and|n|&))\s+$")
# ... and before a given name only ("im ringing jo", "next visit w jo", "says hi to jo"; Polish "w" is "in": "w firmie")
_LOWER_WEAK_BEFORE_A_GIVEN_NAME = re.compile(r"(?<![\w'’])(?:ring|ringing|ringin|w/?|says\s+hi\s+to|hi\s+to)\s+$")
_LOWER_AND_AFTER = re.compile(r"\s+(?:and|n|&)\s+([A-Za-z][a-z]+)(?![\w'’])")  # "jayden n ashton", "kaydz and Summer"
_LOWER_AND_BEFORE = re.compile(r"(?<![\w'’])([a-z]+)\s+(?:and|n|&)\s+$", re.IGNORECASE)
_PREVIOUS_WORD = re.compile(r"(?<![\w'’])([A-Za-z]+)[ \t]+$")
_LOWER_PREDICATE_BEFORE = re.compile(r"(?<![\w'’])(?:is|was|are|were|am|im|so|very|really|too|proper|well|bit|feel|feels|felt"
                                     r"|getting|looks|looked|sounds|seems)\s+$", re.IGNORECASE)
_LOWER_GREETING_BEFORE = re.compile(r"(?:^|[\n.!?,\"]|(?<![\w'’]))[ \t]*(?:hi|hiya|hey|hello|morning|evening|dear|thanks|cheers"
                                    r"|thank\s+you|thankyou|ty|night\s+night|kia\s+ora)[ \t]+$|(?:^|\n)[ \t]*to[ \t]+$",
                                    re.IGNORECASE)  # (and a letter's "to jo" on its own line)
_LOWER_FAMILY_AFTER = re.compile(r"[ \t]([a-z]{3,})(?![\w'’\-])")
_CALLER_AFTER = re.compile(r"\s+(?:from|here|again|calling|speaking|ringing)\b")  # "hi becky it's dan from EDT"
_LOWER_ITS = re.compile(r"(?<![\w'’])(?:its|it['’]s)\s+$")  # "its ellie": a given name only ("its minging" is not)
_LOWER_WEAK_AFTER = re.compile(
    r"['’]?s?\s+(?:is|was|were|has|had|got|gets|gave|gives|told|tells|came|comes|went|goes|lets|let|wants|wanted|dad|mum|mam"
    r"|nan|nana|house|sister|brother|cousin|mate|mates|friend|friends|flat|place|keeps|kept|hit|hits|punched|slapped|kicked"
    r"|pushed|threatened"
    r"|messaged|messages|texted|texts|rang|rings|sent|sends|knows|thinks|likes|loves|hates|took|takes|picked|picks|lives|stays"
    r"|stayed|bought|brought|asked|asks|shouted|started|does|did|dont|doesnt|didnt|aint|hes|shes)(?![\w'’])")
# ... and more deeds and denials, after a given name in someone's own lower-case writing ("lee hasnt been round", "lee
# smashed the tv", "lee txtd her")
_LOWER_DEED_AFTER = re.compile(r"[ \t]+(?:hasnt|hadnt|isnt|wasnt|wont|cant|couldnt|wouldnt|smashed|drives|drove|txt|txtd|txted"
                               r"|turned|blocked|rung|phoned|grabbed)(?![\w'’])")
_LOWER_PLACE_BEFORE = re.compile(r"(?<![\w'’])(?:in|to|from|near|round|roundin|at)\s+$")
_LOWER_IN_OR_FROM_BEFORE = re.compile(r"(?<![\w'’])(?:in|from)\s+$")
LOWER_PLACE = 2.0  # Zipf: a lower-case word this rare after "in", "to", "from" in someone's own words is a place
LOWER_GIVEN = 4.5  # Zipf: a given name in lower case is read as one, where a person usually stands, if rarer than this
LOWER_GIVEN_STRONG = 5.0  # ... and where only a person stands ("me and jordan")
# (not the words among those names that a verb follows as often: "max is", "sky has", "grant was")
_WORDS_BEFORE_A_VERB = frozenset("cat don gift grant joy lucky max roman sky".split())
LOWER_GIVEN_BEFORE_A_VERB = 4.8  # ... and before a verb in someone's own lower-case writing ("lee smashed the tv")
ENGLISH_NEIGHBOUR = 3.5  # Zipf: a word of three letters or more this common is an English word beside a lower-case name
LOWER_UNKNOWN = 3.0  # a lower-case word no list holds, this rare in English, is read as a name where a person stands


# The start of a message after its sender's name or handle and a colon, at the start of a line (after a time or date)
_MESSAGE_START = re.compile(r"(?m)^[^\n]{0,50}?(?<![\w.\-])[A-Za-z_][\w.\-]*:[ \t]+$")
_LOWER_FOLLOWS = re.compile(r"[ \t]+[a-z]")  # a lower-case word follows: "jassi wait", not "jassi?" alone


def _z_rare(low: str) -> bool:
    """Rare enough in English to be a name where a message begins (Zipf under 2.5)."""
    return gazetteer.zipf(low) < 2.5 and low not in _TEXTING_WORDS


# a title in lower case, or a police rank before a name in lower case: "mr bell", "dr lloyd", "dc sharpe", "(PC raithby)"
# ("miss" is a verb, "pc" a computer)
# a rank or title in lower case before a given name only ("pc hayley brook", "miss jade"), as a police or a visit's note writes
_LOWER_RANK_BEFORE = re.compile(r"(?<![\w'’])(?:pc|ps|ds|di|sgt|miss|nurse|coach)\.?[ \t]+$")
# a teacher's "miss" before a family name, not the verb after its subject: "miss patel at langley", not "i miss kemp"
_LOWER_MISS_BEFORE = re.compile(r"(?<![\w'’])(?<!\bi )(?<!\bu )(?<!\bwe )(?<!\bthey )(?<!\byou )(?<!\bll )(?<!\bill )(?<!\bso )"
                                r"(?<!\bdo )(?<!\bstill )(?<!\breally )(?<!\bgonna )(?<!\bwill )miss[ \t]+$")
_LOWER_TITLE_BEFORE = re.compile(r"(?<![\w'’])(?:mr|mrs|ms|dr|dc|PC|DC|DS|PS|Sgt|sgt)\.?[ \t]+$")
# words that follow a title only when no name does ("ask mr to ring", "dr said its fine")
_LOWER_FUNCTION_WORDS = frozenset("""a an the and or but so if as at in on to of for from with by about is was are were be been has had have
    said says say told tells asked came come went go goes will would can could did do does not no yes me my your his her their our
    it its this that there here who what when where how why he she they we you him them us""".split())
_LOWER_DETERMINER_BEFORE = re.compile(r"(?<![\w'’])(?:the|a|an|some|this|that|these|those|no|any)[ \t]+$", re.IGNORECASE)
_LOWER_SPEAKER = re.compile(r"^[ \t>]*\[?(?P<date>(?:\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}),?[ \t]+)?"  # ("2026-11-06 19:42  mase:")
                            r"(?:\d{1,2}[:.]\d{2}(?::\d{2})?\]?[ \t,\-]*)?(?P<word>[a-z][a-z'’\-]+)"
                            # (with an emoji: "reece 💸:", "summer 🌸:"; with a family name: "chantelle wix:")
                            rf"(?:[ \t][a-z][a-z'’\-]+)?{_SPEAKER_COLON.pattern}", re.MULTILINE)
# the family name after a sender's given name in lower case, before the colon: "chantelle wix: babe u home yet??"
_FAMILY_NAME_BEFORE_COLON = re.compile(rf"[ \t]([a-z][a-z'’\-]{{2,}})(?={_SPEAKER_COLON.pattern})")


def _lower_speakers(text: str) -> dict[str, int]:
    """How many lines start with each lower-case 'word:' (after a time, as messages are copied: '21:04 kai: ...')."""
    out: dict[str, int] = {}
    givens = gazetteer.given_names()
    for m in _LOWER_SPEAKER.finditer(text):
        word = m.group("word")
        if m.group("date") and word not in givens and not (_z_rare(word) and not _HANDLE_SHAPE.search(word)):
            continue  # after a date, an account's handle ("bluntz", "mayaaa", "snowy"), as exports name senders; "mase" is a name
        out[word] = out.get(word, 0) + 1
    return out


_INITIAL_BEFORE_COLON = re.compile(r"[ \t][A-Za-z](?=\.?[ \t]*:)")
_HANDLE_SHAPE = re.compile(r"(\w)\1\1|[^aeiou]z$")  # a letter thrice, a slang plural in -z


# what is someone's after their name with a bare possessive s ("Tylers nan", "Jordans brother", "Oscars mum")
_OWNED_AFTER = re.compile(r"[ \t]+(?:mum|mam|mom|mummy|mams|dad|daddy|nan|nana|nanny|nans|gran|granny|grandad|grandma|brother|bro"
                          r"|sister|sis|partner|bf|gf|boyfriend|girlfriend|fella|mate|mates|friend|friends|cousin|aunt|aunty"
                          r"|auntie|uncle|house|flat|phone|fone|car|dog|baby|kids|teacher)(?![\w'’])", re.IGNORECASE)


def _bare_possessive(text: str, norm: str, where, start: int, end: int, key: str) -> bool:
    """'brandons' in lower-case writing, or 'Tylers nan': a one-word name with the possessive written without its
    apostrophe (a capitalised one only before what is someone's, as "Roberts" or "Evans" is a family name of its own)."""
    return (norm[end + 1] == "s" and (end + 2 >= len(norm) or not norm[end + 2].isalnum()) and " " not in key
            and (text[where[start]].islower() or bool(_OWNED_AFTER.match(text, where[end] + 2))))


def _apostrophe_optional(word: str) -> str:
    """A place's word as a pattern that reads it with or without its apostrophe ("bishops" in GeoNames is "Bishop's" in a
    letter, "king's" is "Kings" in a text)."""
    bare = word.replace("'", "")
    if bare.endswith("s") and len(bare) > 3:
        return re.escape(bare[:-1]) + "['’]?s"
    return re.escape(word).replace("'", "['’]")


@cache
def _several_word_districts() -> dict[str, re.Pattern]:
    """The listed districts of several words, by their first word (lower case): that word -> a pattern matching the
    whole name from it on, in any case."""
    by_first: dict[str, list[str]] = {}
    several = {w for w in gazetteer.districts() if " " in w} | _several_word_home_places() \
        | {w for w in gazetteer.uk_places() if " " in w and "'" in w.split()[0]}  # "King's Lynn"
    for name in sorted(several, key=len, reverse=True):
        by_first.setdefault(name.split()[0].replace("'", ""), []).append(r"\s+".join(_apostrophe_optional(p) for p in name.split()))
    return {first: re.compile("(?:" + "|".join(names) + r")(?![\w'’-])", re.IGNORECASE) for first, names in by_first.items()}


# GeoNames' places of several words whose last word is a street's or a common noun ("Park Street", "West End", "Cold
# Ash" is kept): as often a street or a phrase as the place, so they are left to the cues.
_GENERIC_LAST = frozenset("street road lane avenue end way village green common side square row hill park gate".split())


@cache
def _several_word_home_places() -> frozenset[str]:
    """GeoNames' towns and villages of the UK and Ireland of several words ("Brierley Hill" is left: see _GENERIC_LAST),
    read only when written with capitals."""
    return frozenset(w for w in gazetteer.home_places() if " " in w
                     and (w.split()[-1] not in _GENERIC_LAST or gazetteer.zipf(w.split()[0]) < RARE))  # "Kensal Green"


_STREET_WORD_AFTER = re.compile(rf"[ \t]+(?:{STREET_WORDS}|{STREET_ABBREVIATIONS})(?:\.|\b)")
_SMALL_WORDS = frozenset({"and", "of", "the", "on", "le", "upon"})
_DISTRICT_FIRST = re.compile(r"(?<![\w'’-])[A-Za-z]+(?:['’]s)?(?=\s)")
_DISTRICT_FIRST_CAPITAL = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?:['’]s)?(?=\s)")


# The town or district written after a street address or before a postcode, each after a comma: "14 Moston St, Shelton,
# ST1 6QE", "Hope Street, Hanley", "Brackenrigg, Shap, Penrith CA10 3LX". A name of up to three words (with "upon",
# "on", "le" ... between), ending the line or followed by a comma, a full stop or a postcode.
# (or in capitals, as a booking system or a form prints it: "14 Longford Rd, CANNOCK;Station Rd, HEDNESFORD")
_LOCALITY = (r"(?:[A-Z][a-z]+(?:[-'’][A-Za-z]+)*(?:[ \t]+(?:(?:upon|on|under|le|in|by)[ \t]+)?[A-Z][a-z]+(?:-[A-Za-z]+)*){0,2}"
             r"|[A-Z]{3,}(?:-[A-Z]+)*(?:[ \t]+(?:(?:UPON|ON|UNDER|LE|IN|BY)[ \t]+)?[A-Z]{3,}(?:-[A-Z]+)*){0,2}(?![a-z]))")
_LOCALITY_AFTER = re.compile(rf"[ \t]*,[ \t]*\n?[ \t]*({_LOCALITY})(?=[ \t]*(?:,|\.|;|\)|\n|$|[ \t]+[A-Z]{{1,2}}\d))")
_LOCALITY_BEFORE = re.compile(rf"(?:^|(?<=[,:\n]))[ \t]*({_LOCALITY})[ \t]*,?[ \t]*$")


def _localities_of_addresses(text: str, found: list[Finding]) -> Iterable[Finding]:
    """Towns and districts written with an address: after a street address found, or before a postcode, each after or
    before a comma. Counties ("Cumbria") are not places to redact; a given name with a verb after it is a person."""
    common, not_names, givens, places = gazetteer.common_words(), gazetteer.not_names(), gazetteer.given_names(), gazetteer.uk_places()
    names = bytearray(len(text) + 1)
    for f in found:
        if f.kind == NAME:
            names[f.start:f.end] = b"\x01" * (f.end - f.start)

    def locality(start: int, end: int) -> Finding | None:
        words = text[start:end]
        low = " ".join(words.lower().split())
        first = words.split()[0].lower()
        if low in not_names or low in common or first in _NEVER_ORDINARY or first in HONORIFIC_WORDS or any(names[start:end]) \
                or (first in givens and low not in places):
            return None  # a county; "Jade Lovelace, Hexham NE46 1AB": the person before the town
        if words.isupper() and low not in places and low not in gazetteer.home_places() \
                and any(gazetteer.zipf(w) >= ORDINARY_WORD for w in low.split()):
            return None  # in capitals, everyday words ("FLAT ROOF") are no town unless a list holds them ("HIGH WYCOMBE")
        return Finding(start, end, words, PLACE, "cue", None, low)

    taken: set[int] = set()
    for f in found:
        if f.kind == ADDRESS:
            pos = f.end
            for _ in range(3):  # "14 Moston St, Shelton, Stoke-on-Trent, ST1 6QE"
                m = _LOCALITY_AFTER.match(text, pos)
                if not m or m.start(1) in taken:
                    break
                loc = locality(m.start(1), m.end(1))
                if loc is None:
                    break
                taken.add(m.start(1))
                yield loc
                pos = m.end(1)
        elif f.kind == POSTCODE:
            end = f.start
            for _ in range(4):  # "Address: Brackenrigg, Shap, Penrith, Cumbria CA10 3LX": back to the label or the line's start
                m = _LOCALITY_BEFORE.search(text, max(0, end - 80), end)
                if not m or m.start(1) in taken:
                    break
                loc = locality(m.start(1), m.end(1))
                taken.add(m.start(1))
                if loc is not None:
                    yield loc
                end = m.start(1)
                while end > 0 and text[end - 1] in " \t,":
                    end -= 1
                if end == 0 or text[end - 1] in ":\n":
                    break


# Between two places of a list or a route: "via Aden and Cairo", "Shiraz - Urmia - Van", "in Van and then Istanbul"
_PLACE_LINK = re.compile(r"(?:[ \t]*,[ \t]*|[ \t]+(?:and|or|then|and then|to)[ \t]+|[ \t]+[-–>][ \t]+|[ \t]*/[ \t]*)(?:\n[ \t]*)?"
                         r"(?P<word>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w'’-])")


def _places_listed_with_places(text: str, found: list[Finding]) -> Iterable[Finding]:
    """A town of the lists (a UK town, a city abroad) just after a place found, in a list or a route ("via Aden and Cairo",
    "Shiraz - Urmia - Van - Athens", "Athens, Greece" is not one: a country is not marked), where it is nobody's given name
    and no everyday word; each found so leads to the next."""
    places, home, abroad = gazetteer.uk_places(), gazetteer.home_places(), gazetteer.places_abroad()
    givens, countries, not_names = gazetteer.given_names(), gazetteer.countries(), gazetteer.not_names()
    covered = _covered(text, found)
    # a rare word found as a name, no one's given name, that stands in the list: the town no list holds ("Spilsby")
    guessed = {f.start: f for f in found if f.kind == NAME and f.party is None and f.source in ("rare", "gazetteer")
               and " " not in f.text and f.text.lower() not in givens}
    queue = [f.end for f in found if f.kind == PLACE]
    streets = {f.end for f in found if f.kind == ADDRESS}
    queue += sorted(streets)
    while queue:
        after = queue.pop()
        link = _PLACE_LINK.match(text, after)
        if not link:
            continue
        start, end, word = link.start("word"), link.end("word"), link.group("word")
        low = _folded(word.lower())
        # (a town of the lists that is a given name too only after a comma, ending there: "Fishergate, Preston",
        # "Blackpool, Preston." and not "Fishergate, Preston Caddick")
        town_named_like_a_person = low in givens and low in places and "," in link.group(0) \
            and not re.match(r"['’]?[ \t]+[A-Z]", text[end:end + 3])
        if after in streets and "," not in link.group(0):
            continue  # after a street, only "Fishergate, Preston": "Mill Lane and Kirkham" may be a person's
        if low in countries or low in not_names or (low in givens and not town_named_like_a_person) \
                or gazetteer.zipf(low) >= ORDINARY_WORD:
            continue
        if town_named_like_a_person and covered[start]:
            named = next((f for f in found if f.start == start and f.end == end and f.kind == NAME and f.party is None
                          and f.source in ("gazetteer", "rare")), None)
            if named is not None:
                named.kind = PLACE  # "Blackburn, Preston and Kendal": the town, not a Preston
                queue.append(end)
            continue
        if (low in places or low in home or low in abroad) and not covered[start] \
                and not _in_organisation_name(text, start, end, ()):
            covered[start:end] = b"\x01" * len(word)
            queue.append(end)
            yield Finding(start, end, word, PLACE, "gazetteer", None, low)
        elif start in guessed and guessed[start].end == end and gazetteer.zipf(low) < RARE and "," not in link.group(0) \
                and not _NEXT_CAPITAL.match(text, end) \
                and not _PERSON_VERB_AFTER.match(text, end) and not _in_organisation_name(text, start, end, ()):
            guessed.pop(start).kind = PLACE  # "Skegness - Burgh le Marsh - Spilsby - Horncastle", "Gorleston and Caister"
            queue.append(end)


_NUMBER_AFTER_A_NAME = re.compile(r"[ \t]+(?:at|from)[ \t]*\n?[ \t]*(\d{1,3})(?=,?[ \t]+(?:said|says|say|is|was|has|had|heard|helped|told"
                                  r"|rang|came|comes|will|can|saw|sees|knows|called|complained|keeps|gave|gives|carried|carries"
                                  r"|wont|won't|brings|brought|knocks|knocked|does|did|looks|looked|texted|phoned|reported|minds|watches"
                                  r"|watched)\b)")  # (and across a line: "Terry Ley at\n43, rang about a smell")


_NUMBER_WORD = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                "|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?")
# a house by its number after a neighbour or someone who lives there, or "no." and a number after "at", "of" or "from":
# "Neighbour at 21 (Mr Pye)", "the lad at 18", "the lady at forty-three", "Mr Stan Buckler of\nno. 43", "I'm at no. 16"
# (not an age or a time: "an old man at 14", "at 10 am", hence no "man", "girl" or "boy"; not a number before its street:
# "at no. 16 Breezehurst Drive")
_HOUSE_BY_NUMBER = re.compile(
    rf"(?i:\b(?:neighbou?rs?|lady|lad|couple|people|bloke|fella|kids)[ \t]+(?:at|from)[ \t]*\n?[ \t]*)"
    rf"(?:(?i:no\.?)[ \t]*)?(\d{{1,3}}[a-z]?|{_NUMBER_WORD})\b(?![ \t]*(?:%|am|pm|years?|yrs?|weeks?|mins?|minutes?|hours?|hrs?"
    r"|days?|months?|o'clock|:|\.\d|/))"
    r"|\b(?:at|of|from)[ \t]*\n?[ \t]*((?i:no)\.[ \t]*\d{1,3}[a-z]?)\b(?![ \t]+[A-Z][a-z]+[ \t]+(?:Road|Rd|Street|St|Drive|Dr"
    r"|Lane|Close|Avenue|Way))")


_HOUSE_BY_NUMBER_WORDS = ("neighbo", "lady", "lad", "couple", "people", "bloke", "fella", "kids", "no.")


def _neighbours_by_number(text: str, found: list[Finding]) -> Iterable[Finding]:
    """A house by its bare number after someone found by name, with a person's verb after it: "sue at 64 said", "Ken at
    18 says", "bev from 31 helped" (not "Kai at 16" alone, an age); and after a neighbour or the like ("Neighbour at 21",
    "the lady at forty-three") or as "no. 16" after "at", "of" or "from"."""
    for f in found:
        if f.kind == NAME:
            m = _NUMBER_AFTER_A_NAME.match(text, f.end)
            if m:
                yield Finding(m.start(1), m.end(1), m.group(1), ADDRESS, "shape", None, m.group(1))
    low = text.lower()
    if not any(word in low for word in _HOUSE_BY_NUMBER_WORDS):
        return  # (most documents: the pattern below need not be tried at every position)
    covered = _covered(text, found)
    for m in _HOUSE_BY_NUMBER.finditer(text):
        group = 1 if m.group(1) else 2
        if not any(covered[m.start(group):m.end(group)]) and not (m.group(1) and m.group(1).lower() == "one"):
            yield Finding(m.start(group), m.end(group), m.group(group), ADDRESS, "shape", None, m.group(group))


def _districts_of_several_words(text: str) -> Iterable[Finding]:
    """A listed district of two words or more ("Mile End", "Lawrence Hill", "Page Hall"): a place, written with
    capitals, or in lower case in someone's own words ("down st pauls")."""
    by_first = _several_word_districts()
    lower_ok = bool(_own_lower_case_words(text))
    pos = 0
    for w in (_DISTRICT_FIRST if lower_ok else _DISTRICT_FIRST_CAPITAL).finditer(text):
        if w.start() < pos:
            continue
        rx = by_first.get(w.group(0).lower().replace("’", "").replace("'", ""))
        if rx is None:
            continue
        m = rx.match(text, w.start())
        if m is None:
            continue
        words = m.group(0).split()
        listed = " ".join(words).lower() in gazetteer.districts()
        if not all(x[0].isupper() for x in words if x.lower() not in _SMALL_WORDS):
            if not m.group(0).islower():
                continue
            if not lower_ok or not listed:
                continue
        if not listed and (_in_organisation_name(text, m.start(), m.end(), ()) or _STREET_WORD_AFTER.match(text, m.end())):
            continue  # "Milton Keynes University Hospital", "Stoney Stanton Road": an organisation, a street
        pos = m.end()
        yield Finding(m.start(), m.end(), m.group(0), PLACE, "gazetteer", None, " ".join(words).lower())


_DOUBLE_GIVEN = re.compile(r"(?<![\w'’\-])[A-Za-z][a-z]+(?:-[A-Za-z][a-z]+)+(?![\w\-])")


def _with_double_givens(text: str, givens, shorts=()):
    """The given names, with two joined by a hyphen in this text ("Ruby-Jo", "lacey-mae": read as one given name)."""
    doubles = {w for w in (m.group(0).lower() for m in _DOUBLE_GIVEN.finditer(text))
               if w not in givens and all(part in givens or part in shorts for part in w.split("-"))}
    return givens | doubles if doubles else givens


_LOWER_KIN_BEFORE = re.compile(r"(?<![\w'’])(?:nan|nana|nanny|nannie|gran|granny|grandma|grandad|grandpa|aunty|auntie|aunt|uncle"
                               r"|cousin)[ \t]+$")
_LOWER_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)\b")
_LOWER_WORD_BEFORE = re.compile(r"\b([A-Za-z]+)[!.,]*\s+$")
# Zipf: a word in lower case rarer than this is no everyday word where a name stands: after "nan" or "granny" ("hy", "nic";
# "forgets" is not), after a year group as a school ("yr 11 charnwood"; "attending" is not)
LOWER_RARE = 3.0


def _lower_kin_name(text: str, start: int, end: int, low: str, givens, shorts, common, community_kin) -> bool:
    """A word in lower case beside a kin word is a name: a given name or a rare word after "nan", "granny", "aunty"
    ("granny hy says", "my nanny nic"); a given name or a rare word before a kin word of a community language or "auntie"
    ("tanvir bhai", "hema auntie"). Not an everyday or function word ("my nan says", "granny forgets")."""
    if len(low) < 2 or low in common or low in _NEVER_ORDINARY or low in _TEXTING_WORDS or low in _LOWER_FUNCTION_WORDS \
            or low in community_kin:
        return False
    given = low in givens or low in shorts
    if _LOWER_KIN_BEFORE.search(text, max(0, start - 10), start):
        return given or gazetteer.zipf(low) < LOWER_RARE
    # before a kin word, in an English sentence: the words either side are English ("married tanvir bhai at", "and mannan
    # chacha on"); in a message in Urdu or Tamil, "nahi baji" is "no, sister" and "vendaam amma" "don't, mum"
    nxt = _LOWER_NEXT_WORD.match(text, end)
    if not (nxt and len(nxt.group(1)) >= 3 and (nxt.group(1) in community_kin or nxt.group(1) in ("auntie", "aunty", "uncle"))
            and (given or gazetteer.zipf(low) < 2.0)):
        return False
    before = _LOWER_WORD_BEFORE.search(text, max(0, start - 20), start)
    after = _LOWER_NEXT_WORD.match(text, nxt.end())
    return all(w and (w.group(1).lower() in _LOWER_FUNCTION_WORDS or gazetteer.zipf(w.group(1).lower()) >= 4.5)
               and w.group(1).lower() not in community_kin for w in (before, after))


# A list of three or more lower-case words, each perhaps with an initial, joined by commas and "and" ("kian, ollie b,
# harvey, jayden-lee and mason"; "aleena, mariam, ellie-mae, bella w")
_LOWER_ITEM = r"[a-z][a-z'’\-]+(?:[ \t][a-z](?![\w'’]))?"
_LOWER_LIST = re.compile(rf"(?<![\w'’\-]){_LOWER_ITEM}(?:,[ \t]*{_LOWER_ITEM}){{1,}}(?:,?[ \t]+(?:and|n|&)[ \t]+{_LOWER_ITEM})?"
                         r"(?![\w'’\-])")
_LOWER_ITEM_SPLIT = re.compile(rf"{_LOWER_ITEM}")


def _lower_case_lists_of_names(text: str, already: list[Finding]) -> Iterable[Finding]:
    """A list of people in someone's own lower-case words: where every item but one at most is a given name (or found as a
    name already), the given names are people's names, with their initials ("ollie b")."""
    if "," not in text:
        return
    names = bytearray(len(text) + 1)
    for f in already:
        if f.kind == NAME:
            names[f.start:f.end] = b"\x01" * (f.end - f.start)
    givens, shorts, common = gazetteer.given_names(), gazetteer.diminutives(), gazetteer.common_words()
    for m in _LOWER_LIST.finditer(text):
        items = [i for i in _LOWER_ITEM_SPLIT.finditer(text, m.start(), m.end()) if i.group(0) not in ("and", "n")]
        if len(items) < 3:
            continue
        given = [i for i in items if names[i.start()] or (
            (w := i.group(0).split()[0]) in givens or w in shorts) and gazetteer.zipf(w) < LOWER_GIVEN_STRONG
            and w not in common and w not in _NEVER_ORDINARY and w not in _TEXTING_WORDS]
        if len(given) >= len(items) - 1 and len(given) >= 3:
            for i in given:
                if not names[i.start()]:
                    yield Finding(i.start(), i.end(), i.group(0), NAME, "rare", None, i.group(0))


# someone's home in lower case, by its owner's given name and a possessive: "im at maisie's", "staying at deans in
# kirton", "hes at lees in netherton", "going to mads for a sleepover"
_AT_SOMEONES = re.compile(r"\b(?:at|to|from|round)[ \t]+([a-z]+)(?:'s|’s|s)(?=[ \t]*(?:[,.;:!?)\n]|$|[ \t]+(?:in|on|for|last"
                          r"|tonight|again|till|until|and|after|with|for|house|flat|place|now|tho|x+)\b))")


# someone pointed at with "that", as people talk of a person they do not like: "that deano off the Barley mow", "that
# kez lass", "with that Dom.", "that whittle fella", "that chloe from hellaby"
_THAT_PERSON = re.compile(r"\b(?:that|dat)[ \t]+([A-Za-z][a-z]+)(?=[ \t]*(?:[.,!?]|$|\n|[ \t]+(?:lass|lad|girl|boy|bloke|man|woman"
                          r"|fella|kid|off|from|again|is|was|has|had|will|said|says|wants|keeps|lot)\b))")


def _people_pointed_at(text: str, already: list[Finding]) -> Iterable[Finding]:
    """A given name, a short form or a word rare in English after "that", closing the clause or before "lass", "fella",
    "from", "is" and the like: a person ("that deano is NOT to come round"). Not an everyday word ("that pram")."""
    if "that" not in text and "dat" not in text:
        return
    covered = _covered(text, already)
    givens, shorts, common, not_names = gazetteer.given_names(), gazetteer.diminutives(), gazetteer.common_words(), gazetteer.not_names()
    brand_words, _names = gazetteer.brands()
    for m in _THAT_PERSON.finditer(text):
        low = m.group(1).lower()
        if any(covered[m.start(1):m.end(1)]) or low in common or low in not_names or low in brand_words or low in _NEVER_ORDINARY \
                or not (low in givens or low in shorts or gazetteer.zipf(low) < 3.0):
            continue
        yield Finding(m.start(1), m.end(1), m.group(1), NAME, "cue", None, low)


def _lower_case_homes(text: str, already: list[Finding]) -> Iterable[Finding]:
    """A given name or short form in lower case with a possessive after "at", "to", "from" or "round": the person
    whose home it is ("at maisie's", "at deans", "going to mads"). Not a kin word ("at nannas") and not a word that is
    common with its "s" ("at marks")."""
    covered = _covered(text, already)
    givens, shorts, kin = gazetteer.given_names(), gazetteer.diminutives(), gazetteer.community_kin()
    not_names, common = gazetteer.not_names(), gazetteer.common_words()
    for m in _AT_SOMEONES.finditer(text):
        stem, word = m.group(1), text[m.start(1):m.end()].lower().replace("’", "'")
        if any(covered[m.start(1):m.end(1)]) or stem in kin or stem in not_names or stem in common or len(stem) < 3 \
                or not (stem in givens or stem in shorts) or stem in _NEVER_ORDINARY or gazetteer.zipf(word) >= ORDINARY_WORD:
            continue
        yield Finding(m.start(1), m.end(1), stem, NAME, "cue", None, stem)


# a given name in lower case, and perhaps a family name, before "next door" ("gill next door says", "bob from next door
# came", "josie kirkham next door will have tyler")
_LOWER_NEXT_DOOR = re.compile(r"(?<![\w'’])([a-z]{3,})(?:[ \t]+(?!from\b)([a-z]{3,}))?[ \t]+(?:from[ \t]+)?next[ \t]+door\b")


@cache
def _given_names_of_every_list() -> frozenset[str]:
    """Given names, short forms and the world's given names, in one set."""
    return gazetteer.given_names() | frozenset(gazetteer.diminutives()) | gazetteer.world_given_names()


def _neighbours_next_door_in_lower_case(text: str, found: list[Finding]) -> Iterable[Finding]:
    """In lower-case writing, a neighbour named by their given name before "next door" (a word no name list holds as a
    given name or short form, "the lady next door", is no one's name)."""
    if "next door" not in text:
        return
    covered = _covered(text, found)
    givens, families, kin = _given_names_of_every_list(), gazetteer.family_names(), _kin_before_names()
    for m in _LOWER_NEXT_DOOR.finditer(text):
        first, second = m.group(1), m.group(2)
        if second and second in givens and second not in gazetteer.common_words() and second not in kin:
            start, end, low = m.start(2), m.end(2), second  # "the lady gill next door"
        elif first in givens and first not in kin and first not in _NEVER_ORDINARY and first not in gazetteer.not_names() \
                and (first in gazetteer.listed_given_names() or gazetteer.zipf(first) < ORDINARY_WORD) \
                and gazetteer.zipf(first) < COMMON_AT_START \
                and (second is None or second in families or gazetteer.zipf(second) < RARE):
            start, end, low = m.start(1), m.end(second and 2 or 1), first
        else:
            continue
        if not any(covered[start:end]) and low not in gazetteer.CALENDAR:
            yield Finding(start, end, text[start:end], NAME, "cue", None, " ".join(text[start:end].split()))


def _lower_case_names(text: str, already: list[Finding], recorded_givens=frozenset()) -> Iterable[Finding]:
    """Names written in lower case in someone's own words, where the words around them say a person stands there."""
    covered = _covered(text, already)
    shorts = gazetteer.diminutives()
    givens = _with_double_givens(text, gazetteer.given_names(), shorts)
    families, common = gazetteer.family_names(), gazetteer.common_words()
    brand_words, brand_names = gazetteer.brands()
    not_names, places = gazetteer.not_names(), gazetteer.uk_places()
    home, abroad, community_kin = gazetteer.home_places(), gazetteer.places_abroad(), gazetteer.community_kin()
    speakers = _lower_speakers(text)
    never_lower = gazetteer.names_never_lower()
    marked = bool(_LOWER_CASE_WRITING.search(text))
    named: set[str] = {f.text.lower() for f in already if f.kind == NAME}  # names so far, for "kels n liv"
    # (a name found capitalised, "Lee Barker", is the later pass's to find in lower case, where a person stands)
    capitalised = {w.lower() for f in already if f.kind == NAME for w in f.text.split() if w[:1].isupper()}
    for m in _LOWER_WORD.finditer(text):
        if covered[m.start()]:
            continue
        end = _word_end(m)
        low = text[m.start():end]
        if "-" in low and low not in givens:
            continue  # "well-being", "x-ray": a word ("alfie-jay", "ruby-mae", two given names joined, are in givens)
        if len(low) >= 2 and (_LOWER_TITLE_BEFORE.search(text, max(0, m.start() - 6), m.start()) or (
                _LOWER_RANK_BEFORE.search(text, max(0, m.start() - 8), m.start()) and (low in givens or low in shorts))) \
                and low not in _NEVER_ORDINARY and low not in _TEXTING_WORDS and low not in gazetteer.CALENDAR \
                and low not in _LOWER_FUNCTION_WORDS:
            if low in givens or low in shorts:  # "mr alf coles", "pc hayley brook": the family name after the given name
                end = _lower_family_name_end(text, end, givens, families, common, not_names)
            yield Finding(m.start(), end, text[m.start():end], NAME, "honorific", None, low)  # "tell mr bell", "mrs okafor said"
            continue
        if _LOWER_MISS_BEFORE.search(text, max(0, m.start() - 20), m.start()) and low not in common and low not in givens \
                and low not in _TEXTING_WORDS and low not in gazetteer.CALENDAR and low not in _LOWER_FUNCTION_WORDS \
                and (gazetteer.zipf(low) < RARE or (low in families and gazetteer.zipf(low) < ORDINARY_WORD)):
            yield Finding(m.start(), end, text[m.start():end], NAME, "honorific", None, low)  # "miss patel helped me"
            continue
        if _lower_kin_name(text, m.start(), end, low, givens, shorts, common, community_kin):
            yield Finding(m.start(), end, low, NAME, "cue", None, low)  # "granny hy says", "tanvir bhai", "hema auntie"
            continue
        family = _FAMILY_NAME_BEFORE_COLON.match(text, end) if speakers.get(low, 0) >= 2 and low in givens else None
        if family and (family.group(1) in common or family.group(1) in not_names or gazetteer.zipf(family.group(1)) >= RARE):
            family = None  # "amy says: ...", "mum update:": not a family name
        if speakers.get(low, 0) >= 2 and low in givens and low not in _NEVER_ORDINARY \
                and (_SPEAKER_COLON.match(text, end) or family) \
                and not _HANDLE_AFTER.match(text, end):  # (not an account's handle: "alfie_t17: im at nannys")
            initial = _INITIAL_BEFORE_COLON.match(text, end)  # "kai b: u still comin": the family name's initial too
            end = family.end(1) if family else initial.end() if initial else end
            yield Finding(m.start(), end, text[m.start():end], NAME, "rare", None, low)  # "summer 🌸: u comin", twice or more
            continue
        # (a name of two letters only where it is both a given name and a British short form: "hiya jo", "w jo")
        if (len(low) < 3 and not (len(low) == 2 and low in givens and low in shorts)) or low in common or low in _NEVER_ORDINARY \
                or low.rstrip("s") in _NEVER_ORDINARY or low in not_names \
                or low in _TEXTING_WORDS:
            continue
        kin_end = _kin_phrase_end(text, m.start())
        if kin_end:
            covered[m.start():kin_end] = b"\x01" * (kin_end - m.start())
            continue  # "poh poh": a kin word of two words
        prev = text[max(0, m.start() - 30):m.start()]
        if low in places and (gazetteer.zipf(low) < ORDINARY_WORD or _PLACE_CUE.search(prev)) \
                and not _LOWER_STRONG_BEFORE.search(prev) and not _HANDLE_AFTER.match(text, end):  # (not "kendal.dx_13")
            yield Finding(m.start(), end, low, PLACE, "cue", None, low)  # "got picked up in dumfries", "dunno worcester"
            continue
        if _LOWER_PLACE_BEFORE.search(prev) and low not in givens and low not in shorts and low not in families \
                and (low in home or low in abroad) and gazetteer.zipf(low) < ORDINARY_WORD \
                and (not _LOWER_WEAK_AFTER.match(text, end) or (_LOWER_IN_OR_FROM_BEFORE.search(prev) and text[end:end + 1].isspace())):
            # (a town no name list holds after "in" or "from" is the town before a verb too: "brenda from coggeshall is
            # coming", "nan val in halstead rang"; not "at kais house")
            yield Finding(m.start(), end, low, PLACE, "cue", None, low)  # "to woodchurch", "in benidorm": a town by name
            continue
        if _LOWER_PLACE_BEFORE.search(prev) and gazetteer.zipf(low) < LOWER_PLACE and len(low) >= 5 and low not in givens \
                and low not in shorts and low not in brand_words and not _LOWER_WEAK_AFTER.match(text, end):
            stem = low[:-1] if low.endswith("s") else ""
            # "at millies", "at kais": someone's home, so a person (a place is not written with the possessive)
            kind = NAME if stem and (stem in givens or stem in shorts or prev.rstrip().endswith("at")) else PLACE
            yield Finding(m.start(), end if kind == PLACE else end - 1, low if kind == PLACE else stem, kind, "cue", None, low)
            continue  # "not in botcherby": a word no one uses but as a name
        if _MESSAGE_START.search(text, max(0, m.start() - 60), m.start()) and not text.startswith(":", end) \
                and _LOWER_FOLLOWS.match(text, end) and (
                    (_z_rare(low) and low not in givens) or (low in givens and gazetteer.zipf(low) < LOWER_GIVEN_STRONG)):
            if low in givens:
                end = _lower_family_name_end(text, end, givens, families, common, not_names)  # "ANSWER: brooke dawson lol"
            yield Finding(m.start(), end, text[m.start():end], NAME, "rare", None, low)  # "bluntz: jassi wait", "- Janet: sherwan owes"
            continue
        if speakers.get(low, 0) >= 2 and _SPEAKER_COLON.match(text, end) and (gazetteer.zipf(low) < ORDINARY_WORD or low in givens):
            yield Finding(m.start(), end, low, NAME, "rare", None, low)  # "21:04 kai: u coming" on two lines or more
            continue
        z = gazetteer.zipf(low)
        if z >= LOWER_GIVEN_STRONG or low in brand_words or low in brand_names:
            continue  # an everyday word, or an app or shop written in lower case ("tiktok", "childline")
        if low.endswith("s") and gazetteer.zipf(low[:-1]) >= LOWER_UNKNOWN and low[:-1] not in givens \
                and low[:-1] not in families and low[:-1] not in shorts:
            continue  # the plural of a word ("vapes", "randoms"), not a name ("tylers mum" is Tyler's)
        if _LOWER_DETERMINER_BEFORE.search(prev):
            continue  # "the duvet", "a bong", "some vape": a thing, not a person
        kin_before = _PREVIOUS_WORD.search(prev)
        strong = bool(_LOWER_STRONG_BEFORE.search(prev) or _LOWER_STRONG_AFTER.match(text, end)
                      or (kin_before and kin_before.group(1).lower() in community_kin and (low in givens or low in shorts)))
        # ("tito gareth", "khala noor": a given name after a kin word of a community language)
        listed = _LOWER_AND_BEFORE.search(prev)
        strong = strong or bool(listed and listed.group(1) in named)  # "seeing kels n liv": a name beside a name
        if strong and len(low) >= 3 and any(g.startswith(low) and len(g) > len(low) for g in recorded_givens):
            named.add(low)
            yield Finding(m.start(), end, low, NAME, "rare", None, low)  # "nanny sand" where Sandra is in the record
            continue
        weak_after = bool(_LOWER_WEAK_AFTER.match(text, end))
        pair = _LOWER_AND_AFTER.match(text, end)
        pair_low = pair.group(1).lower() if pair else ""
        weak = weak_after or bool(_LOWER_WEAK_BEFORE.search(prev)) or bool(pair and (pair_low in givens or pair_low in shorts))
        given = low if low in givens or low in shorts else \
            low[:-1] if low.endswith("s") and (low[:-1] in givens or low[:-1] in shorts) else None  # "tylers mum"
        if given:
            zg = gazetteer.zipf(given)
            ok = (strong and zg < LOWER_GIVEN_STRONG) or ((weak or bool(_LOWER_ITS.search(prev))) and zg < LOWER_GIVEN) \
                or ((weak_after or bool(_LOWER_DEED_AFTER.match(text, end))) and marked and zg < LOWER_GIVEN_BEFORE_A_VERB
                    and given not in _WORDS_BEFORE_A_VERB and given not in capitalised and not _POSSESSIVE_BEFORE.search(prev)) \
                or (bool(_LOWER_WEAK_BEFORE_A_GIVEN_NAME.search(prev)) and zg < LOWER_GIVEN
                    and given not in _KIN_TITLES_THAT_ARE_NAMES) \
                or (bool(_LOWER_ITS.search(prev)) and _CALLER_AFTER.match(text, end) and zg < LOWER_GIVEN_STRONG) \
                or (bool(_LOWER_GREETING_BEFORE.search(prev)) and zg < LOWER_GIVEN_STRONG) \
                or (given in never_lower and not _HANDLE_AFTER.match(text, end)
                    and (not _LOWER_OWNER_BEFORE.search(prev) or _LOWER_WEAK_AFTER.match(text, end) or _MODAL_AFTER.match(text, end))
                    and _between_english_words(text, m.start(), _lower_family_name_end(text, end, givens, families, common, not_names)))
            # ("hi becky", "morning rebecca", "told liam to", "said lewis carr came")
        elif _LOWER_PREDICATE_BEFORE.search(prev):
            ok = False  # "is rubbish and i", "so peak n me": a word said of something, not someone's name
        else:
            # a commoner word only where only a person stands, and only in writing marked as someone's own ("i", "dont")
            ok = (z < LOWER_UNKNOWN and (strong or weak)) or (strong and z < ORDINARY_WORD and marked)
        if ok and not _HANDLE_AFTER.match(text, end):  # (an account's handle, "shan.eke.x", is the handle rules' to read)
            named.add(low)
            if given and not _LOWER_DEED_AFTER.match(text, end):  # (not "lee txt stacey")
                end = _lower_family_name_end(text, end, givens, families, common, not_names)  # "marie oakley"
            yield Finding(m.start(), end, text[m.start():end], NAME, "rare", None, low)


# English words that are short or common: a lower-case word standing beside one is written in English, where a given
# name English never writes in lower case is a person ("with liam and", "tell gavin"); beside other words it may be a
# word of another language that is spelt as a name ("laga diya", "meri jaan", "Siva anna kitta").
_SHORT_ENGLISH = _LOWER_FUNCTION_WORDS | frozenset("i u n & up ok oh".split())
_ENGLISH_WORD = re.compile(r"[A-Za-z\u00c0-\u024f'’]+")
_LAST_WORD = re.compile(r"([A-Za-z\u00c0-\u024f'’]+)[^A-Za-z\u00c0-\u024f'’]*$")
_HANDLE_AFTER = re.compile(r"[._@]\w")  # "marcus.el.14": an account's handle, which the handle rules read
_MODAL_AFTER = re.compile(r"[ \t]+(?:will|would|can|could|should|might|must|drove|drives|said|says)\b")  # "my gary will drive me"
_POSSESSIVE_BEFORE = re.compile(r"\w['’]s[ \t]+$")  # "nan's cat is called": a thing someone has
_LOWER_OWNER_BEFORE = re.compile(r"(?<![\w'’])(?:my|his|her|their|your|our|ur)[ \t]+$")  # "her teddy": a thing she has


def _english_word(word: str) -> bool:
    low = word.lower().replace("’", "'")
    stem = low[:-2] if low.endswith("'s") else low[:-1] if low.endswith("s") and len(low) > 3 else low  # "mums", "dad's"
    stem = low if stem in gazetteer.given_names() else stem  # ("saras" in Gujarati is not Sara's)
    return any(w in _SHORT_ENGLISH or (len(w) >= 3 and gazetteer.zipf(w) >= ENGLISH_NEIGHBOUR) for w in {low, stem})


# a place of two words in someone's own lower-case words, after a place word: "his mates in burnley wood", "at craigs in
# orchard park", "she lives in new haw", "the flat in st johns"; not a place anyone goes ("the skate park", "a car park")
_LOWER_TWO_WORD_PLACE = re.compile(
    r"(?<![\w'’])(?:in|at|from|to|near|round)[ \t]+((?:" + "|".join(sorted(_PLACE_PREFIXES | {"st"})) + r")[ \t]+([a-z]{3,})"
    r"|([a-z]{3,})[ \t]+(?:" + "|".join(sorted(_PLACE_KIND_WORDS | {"field", "fields"})) + r"))(?![\w'’\-])")
_GENERIC_PLACE_FIRST = frozenset("skate car trampoline theme water play retail business industrial country safari holiday caravan "
                                 "football cricket golf bowling leisure nature wildlife dog science town village city".split())


def _lower_case_places_of_two_words(text: str) -> Iterable[Finding]:
    for m in _LOWER_TWO_WORD_PLACE.finditer(text):
        word = m.group(2) or m.group(3)
        if word in _LOWER_FUNCTION_WORDS or word in _GENERIC_PLACE_FIRST or word in _TEXTING_WORDS \
                or (gazetteer.zipf(word) >= ENGLISH_NEIGHBOUR and word not in gazetteer.home_places()):
            continue
        yield Finding(m.start(1), m.end(1), m.group(1), PLACE, "cue", None, m.group(1))


def _between_english_words(text: str, start: int, end: int) -> bool:
    """Of the words just before and after text[start:end] on its line, with nothing but a space or a comma between, one
    at least stands there and each that does is an English word."""
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = _LAST_WORD.search(text, max(line_start, start - 40), start)
    after = _ENGLISH_WORD.search(text, end, min(line_end, end + 40))
    beside = [word for word, gap in ((before and before.group(1), text[before.end(1):start] if before else ""),
                                      (after and after.group(0), text[end:after.start()] if after else ""))
              if word and gap.strip() in ("", ",", "(", ")", "-")]  # (a bracket or dash sets a name off: "(michelle marris,")
    return bool(beside) and all(_english_word(w) for w in beside)


_LOWER_SEASON_BEFORE = re.compile(r"(?<![\w'’])(?:in|over|during|this|last|next|all|since|till|until|by|of|for|the|a|an|that)[ \t]+$")


def _ordinary_names_in_lower_case(text: str, names: set[str]) -> Iterable[Finding]:
    """`names` (found capitalised in this text, each also an everyday word: "lee", "summer", "hope") in someone's own
    lower-case words, where a person's verb follows ("lee told him", "summer has a temp") or a person's verb stands before
    ("rang lee", "tell summer") or it is a speaker's name before a colon; not after a word that takes a thing or a season
    ("in the summer was hard")."""
    names = {n for n in names if n not in _NEVER_ORDINARY and n not in _TEXTING_WORDS and n not in gazetteer.CALENDAR}
    if not names:
        return
    rx = re.compile(r"(?<![\w'’\-.])(" + "|".join(re.escape(w) for w in sorted(names)) + r")(?![\w\-]|\.\w)")
    for m in rx.finditer(text):
        if _only_a_person_in_lower_case(text, m.start(), m.end()):
            yield Finding(m.start(), m.end(), m.group(1), NAME, "rare", None, m.group(1))


def _only_a_person_in_lower_case(text: str, start: int, end: int) -> bool:
    """A person's verb follows text[start:end] ("lee told him", "summer has a temp") or stands before it ("rang lee",
    "tell summer"), or it is a speaker's name before a colon; and no word that takes a thing or a season stands before it
    ("in the summer was hard", "so hope is")."""
    prev = text[max(0, start - 30):start]
    if _LOWER_SEASON_BEFORE.search(prev) or _LOWER_PREDICATE_BEFORE.search(prev):
        return False
    return bool(_LOWER_WEAK_AFTER.match(text, end) or _LOWER_DEED_AFTER.match(text, end) or _LOWER_STRONG_AFTER.match(text, end)
                or _SPEAKER_COLON.match(text, end)
                or _LOWER_WEAK_BEFORE.search(prev) or _LOWER_STRONG_BEFORE.search(prev) or _LOWER_WITH_BEFORE.search(prev))


_LOWER_WITH_BEFORE = re.compile(r"(?<![\w'’/])w[ \t]+$")  # "book 1:1 w summer": a note's "w" for "with", before a known name


def _lower_family_name_end(text: str, end: int, givens, families, common, not_names) -> int:
    """Where a lower-case given name ending at `end` ends with its family name after it ("marie oakley", "alf coles"):
    a family name of the lists commoner than a rare word but no everyday word, or a rare word; else `end`."""
    family = _LOWER_FAMILY_AFTER.match(text, end)
    fam = family.group(1) if family else ""
    if family and fam not in common and fam not in givens and fam not in not_names and fam not in _TEXTING_WORDS \
            and not _LOWER_WEAK_AFTER.match(text, end) and not _LOWER_STRONG_AFTER.match(text, end) \
            and (fam in families and gazetteer.zipf(fam) < ORDINARY_WORD or gazetteer.zipf(fam) < RARE):
        return family.end()
    return end


# one letter after a lower-case given name, as a note shortens a family name: not a word written as a letter (a, i, u, n,
# b, c, r, v, w, x, y: "be", "see", "are", "very", "with", a kiss, "why"), and no full stop and word after it ("e.g.")
_LOWER_INITIAL_AFTER = re.compile(r"[ \t]([d-hj-mo-qstz])(?=[ \t]+(?:[a-z&+(]|$)|[ \t]*[,;:)]|$)(?!\.\w)", re.MULTILINE)


def _closest(word: str, known: dict[str, str]) -> str | None:
    limit = 1 if len(word) <= 6 else 2
    best, best_d = None, limit + 1
    for k in known:
        if abs(len(k) - len(word)) > limit or k[0] != word[0] and len(word) <= 6:
            continue
        d = OSA.distance(word, k, score_cutoff=limit)
        if d < best_d:
            best, best_d = k, d
    return best if best_d <= limit and best_d > 0 else None


_INITIAL_BEFORE = re.compile(r"(?<![\w.])(?:[A-HJ-Z]\.?|[AI]\.)[ \t]*$")
# "I" directly before a capitalised name, itself after a capitalised word or at a line's start: an initial ("Dad I Rehman")
_I_INITIAL_BEFORE = re.compile(r"(?:^|\n|[:(]|\b[A-Z][A-Za-z]*)[ \t]+I[ \t]$|(?:^|\n)I[ \t]$")
# as a form or a police system writes it: at a line's start, after a label's colon, or after a bracket or a gap of spaces
_FIELD_FAMILY_FIRST_BEFORE = re.compile(r"(?:^|\n|:|\(|\t|  )[ \t]*([A-Z][A-Z'’\-]{2,})[ \t]+$")
_LISTED_FAMILY_FIRST_BEFORE = re.compile(r"(?<![\w'’\-])([A-Z][A-Z'’\-]{2,})[ \t]+$")
_NICKNAME_ADJECTIVE_BEFORE = re.compile(r"\b(?:Big|Little|Lil|Young|Old|Wee)[ \t]$")
# (or after a list's number or bullet: "1. BRENNAN-HUGHES, Kyle", "- TULL, Reece")
# (or the next in a list after a bracket or a semicolon: "(14), HINDLE, Kaci", "Lacey-Mae; HAIGH, Bobby")
_FAMILY_FIRST_BEFORE = re.compile(r"(?:^|\n|[:(\t]|  |(?:^|\n)[ \t]*(?:\d{1,3}[.)]|[-•*])|\),|;)[ \t]*"
                                  r"([A-Z][A-Z'’\-]{2,}),[ \t]*$")
# ... or after a word, where the given name ends a field: "believed MCKENZIE, Tyrell, Slough", "named as TULL, Reece - DOB"
# (not after an article or a possessive: "the SENCO, Mrs Akhtar", "our ELSA, Dawn Pullen" are a role and the person in it)
_FAMILY_FIRST_IN_A_LINE = re.compile(r"(?<=[a-z] )(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bour )(?<!\bher )(?<!\bhis )(?<!\btheir )"
                                     r"([A-Z][A-Z'’\-]{2,}),[ \t]*$")
_FIELD_END_AFTER = re.compile(r"[ \t]*(?:,|;|\n|$|[ \t]-[ \t]|  |\()")


def _family_in_capitals(word: str) -> bool:
    """A word in capitals that is a family name in the lists or rare in English (not an acronym such as CAMHS)."""
    low = word.lower()
    if low in gazetteer.not_names():
        return False  # a role or label in capitals ("IDVA, Solace"), not a family name
    if "-" in low.strip("-"):  # a double-barrelled name: "BRENNAN-HUGHES"
        return all(_family_in_capitals(part) or part in gazetteer.given_names() for part in low.split("-"))
    return low in gazetteer.family_names() or (len(low) >= 4 and gazetteer.zipf(low) < RARE and low not in gazetteer.common_words())


_INITIAL_AFTER = re.compile(r"[ \t][A-HJ-Z]\.?(?![\w])")  # one space: after a gap, "K. Okafor    J. Boateng", the next person's


def _take_initials(text: str, f: Finding) -> None:
    """'G. Storey', 'R Atkinson', 'Lee W': an initial next to a name is part of it."""
    before = _INITIAL_BEFORE.search(text, max(0, f.start - 4), f.start)
    if before and not f.text[:1].islower() and f.text.split()[0].rstrip(".") not in HONORIFICS:  # not "... A. Mrs Reid"
        f.start = before.start()
    elif not f.text[:1].islower() and _I_INITIAL_BEFORE.search(text, max(0, f.start - 30), f.start):
        f.start = f.start - 2  # "Dad I Rehman", "Signed: I Rehman": an initial, not "I"
    nick = _NICKNAME_ADJECTIVE_BEFORE.search(text, max(0, f.start - 8), f.start)
    if nick and f.kind == NAME and f.text[:1].isupper():
        f.start = nick.start()  # "Big Tom", "Little Jay", "Young Dan": a nickname
    family_first = _FAMILY_FIRST_BEFORE.search(text, max(0, f.start - 30), f.start) or (
        _FIELD_END_AFTER.match(text, f.end) and _FAMILY_FIRST_IN_A_LINE.search(text, max(0, f.start - 30), f.start))
    listed_first = _LISTED_FAMILY_FIRST_BEFORE.search(text, max(0, f.start - 30), f.start)
    if family_first and f.kind == NAME and _family_in_capitals(family_first.group(1)):
        f.start = family_first.start(1)  # "DUMITRU, Florin": a family name in capitals before the given name
    elif listed_first and f.kind == NAME and f.text[:1].isupper() and not f.text.isupper() \
            and listed_first.group(1).lower() in gazetteer.family_names():
        f.start = listed_first.start(1)  # "Suspect OKONKWO Chinedu": a listed family name in capitals, no comma
    elif (field_first := _FIELD_FAMILY_FIRST_BEFORE.search(text, max(0, f.start - 30), f.start)) and f.kind == NAME \
            and f.text[:1].isupper() and not f.text.isupper() and f.text.split()[0].lower() in gazetteer.given_names() \
            and _family_in_capitals(field_first.group(1)):
        f.start = field_first.start(1)  # "Witness: GAMBELL Tracey": a field's family name in capitals, then a given name
    after = _INITIAL_AFTER.match(text, f.end)
    if after and f.text.split()[-1][:1].isupper() and len(f.text.split()) == 1:
        f.end = after.end()
    elif f.kind == NAME and " " not in f.text and f.text.islower() and (after := _LOWER_INITIAL_AFTER.match(text, f.end)):
        f.end = after.end(1)  # "saw kai p by the gates", "owen t & priya": a family name's initial, in lower case
    f.text = text[f.start:f.end]


# A day of the week as a given name, as in Nigeria and Ghana ("Pastor Friday Nwibani", "Elder Sunday Kpalap"): before a
# family name no list holds as a word, or after a title
_DAY_TITLES = ("Pastor", "Elder", "Brother", "Bro", "Deacon", "Uncle", "Aunty", "Auntie")  # (a title that opens a sentence)
_DAY_NAME = re.compile(rf"(?:\b(?P<title>{'|'.join(_DAY_TITLES)}|Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+)?"
                       r"\b(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:[ \t]+(?P<family>[A-Z][a-z]{2,}))?\b")
_DAY_THEN_CAPITAL = re.compile(r"day[ \t]+[A-Z]")  # (cheap checks first: most documents have neither)
_MONTH_ABBREVIATION = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)", re.IGNORECASE)  # ("Monday Nov 3")


def _day_names_of_people(text: str) -> Iterable[Finding]:
    """A weekday as a given name: before a family name no list holds, or after a title ("Elder Sunday")."""
    if not _DAY_THEN_CAPITAL.search(text) and not any(t + " " in text for t in _DAY_TITLES):
        return  # (most documents: no weekday before a capitalised word or after a title)
    common, places, not_names = gazetteer.common_words(), gazetteer.uk_places(), gazetteer.not_names()
    givens, world = gazetteer.given_names(), gazetteer.world_given_names()
    for m in _DAY_NAME.finditer(text):
        family = m.group("family")
        low = family.lower() if family else ""
        rare_family = bool(family) and gazetteer.zipf(low) < RARE and low not in common and low not in places \
            and low not in not_names and low not in gazetteer.CALENDAR and not _MONTH_ABBREVIATION.match(family) \
            and low not in givens and low not in world  # (not another person: "on Sunday Kwame came")
        if rare_family:
            yield Finding(m.start("day"), m.end("family"), text[m.start("day"):m.end("family")], NAME, "cue", None,
                          " ".join(text[m.start("day"):m.end("family")].lower().split()))
        elif m.group("title"):
            yield Finding(m.start("day"), m.end("day"), m.group("day"), NAME, "cue", None, m.group("day").lower())


# After a person's full name, where they live in brackets, perhaps after their role: "Jean Tomlinson (Langley Mill)",
# "Sheila Hopkinson (Jacksdale)", "Lorraine Beardsley (paternal grandmother,\nPinxton)"
# (on the next line too, and a saint's village: "Carol Pengelly\n(Carkeel)", "Lorna Bautista (maternal relative, St Budeaux)")
_PLACE_IN_BRACKETS = re.compile(r"[ \t]*\n?[ \t]*\((?:[a-z]+(?:['’]s)?(?:\s+[a-z]+){0,2},\s*)?"
                                r"((?:St\.?[ \t]*\n?[ \t]*)?[A-Z][a-z]{2,}(?:[ \t]+[A-Z][a-z]{2,})?)\)")


def _places_in_brackets_after_a_name(text: str, found: list[Finding]) -> Iterable[Finding]:
    """Where someone lives, in brackets after their full name (`_PLACE_IN_BRACKETS`). The older bracket rule,
    `_BRACKET_TAIL_BEFORE` in `_UnknownNames._person_or_town`, reads a rare word after a role or an age inside the
    brackets; the two should become one "is this a town here" decision."""
    givens, world, shorts = gazetteer.given_names(), gazetteer.world_given_names(), gazetteer.diminutives()
    families, common, not_names = gazetteer.family_names(), gazetteer.common_words(), gazetteer.not_names()
    home, places, kin = gazetteer.home_places(), gazetteer.uk_places(), gazetteer.community_kin()
    covered = None
    name_starts = {f.end: f.start for f in found if f.kind == NAME}  # (a full name found as two: "Carol" and "Pengelly")
    for f in found:
        if f.kind != NAME or not text.startswith((" (", "(", "\n("), f.end) or not f.text[:1].isupper() \
                or (len(f.text.split()) < 2 and f.start - 1 not in name_starts):
            continue
        m = _PLACE_IN_BRACKETS.match(text, f.end)
        if not m:
            continue
        covered = covered if covered is not None else _covered(text, found)
        if any(covered[m.start(1):m.end(1)]):
            continue
        words = m.group(1).lower().split()
        # what stands before the name on its line, or at the end of the line before if the name opens a line ("Paediatrician
        # Dr\nSarah Ferris (Derriford)"): a professional's title or role there makes the brackets their service, not a home
        start = name_starts.get(f.start - 1, f.start) if len(f.text.split()) < 2 else f.start
        line_start = text.rfind("\n", 0, start)
        before = text[line_start + 1:start][-60:] if text[line_start + 1:start].strip() else text[max(0, line_start - 25):start]
        before += " " + text[start:f.end].split()[0]
        if words[0] in ("st", "st.") and len(words) == 2:  # a saint's village, not a saint's church or hospital ("St Mary's")
            if gazetteer.zipf(words[1]) < ORDINARY_WORD and words[1] not in givens and words[1] not in shorts \
                    and not _PROFESSIONAL_BEFORE.search(before):
                yield Finding(m.start(1), m.end(1), m.group(1), PLACE, "cue", None, " ".join(words))
            continue
        listed = (" ".join(words) in home or " ".join(words) in places) and gazetteer.zipf(" ".join(words)) < ORDINARY_WORD
        # (not a town that is an everyday word: "Leo T (Ash)" is a class named for a tree)
        first = words[0]
        unknown = gazetteer.zipf(first) < RARE and first not in givens and first not in world and first not in shorts \
            and first not in families and first not in common and first not in not_names and first not in kin \
            and first not in _KIN and first not in gazetteer.CALENDAR
        if (listed or (unknown and all(w in _PLACE_KIND_WORDS | {"mill", "bank", "top", "bottom", "row"} for w in words[1:]))) \
                and not _PROFESSIONAL_BEFORE.search(before):
            yield Finding(m.start(1), m.end(1), m.group(1), PLACE, "cue", None, " ".join(words))


# a professional's role or title before the name: the word in brackets after it is their service, not their home
_PROFESSIONAL_BEFORE = re.compile(r"(?i)\b(?:guardian|worker|nurse|officer|solicitor|insp|pc|dc|ds|sgt|capt|dr|mr|mrs|ms|miss|teacher"
                                  r"|manager|chair|lead|adviser|advisor|coordinator|interpreter|midwife|hv|gp|ed|reviewing)\b")


_MIDDLE_INITIAL = re.compile(r" [A-Z]\.? ")


def _joined_over_a_middle_initial(text: str, found: list[Finding]) -> list[Finding]:
    """A given name, a middle initial and a family name, each found: one name ("Jennifer M. Okafor", "Marcus A. Delgado"),
    not two that each take the initial."""
    out: list[Finding] = []
    for f in found:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == NAME and f.kind == NAME and prev.text[:1].isupper() and f.text[:1].isupper() \
                and " " not in prev.text.strip() and _MIDDLE_INITIAL.fullmatch(text, prev.end, f.start):
            out[-1] = Finding(prev.start, f.end, text[prev.start:f.end], NAME, prev.source, prev.party or f.party,
                              " ".join(text[prev.start:f.end].lower().split()))
            continue
        out.append(f)
    return out


_ONE_CAPITALISED_WORD = re.compile(r"[ \t]+[A-Z][a-z'’\-]+[ \t]+")


def _one_person(a: Finding, b: Finding) -> bool:
    """Two findings of names the record gives one person (a family name shared by several counts for each)."""
    return a.kind == NAME and b.kind == NAME and bool(a.party) and bool(b.party) and (a.party, b.party) != (SHARED, SHARED) \
        and (a.party == b.party or SHARED in (a.party, b.party))


# a family name after a particle, as Portuguese, Spanish, Italian, Dutch, German, Arabic and Amazigh names write it:
# "Filomena da Costa", "Ivo\ndos Santos", "Pieter van der Berg", "Ahmad bin Ismail", "Fadma El Ouahabi", "Driss Ait Lahcen"
_PARTICLE_THEN_FAMILY = re.compile(r"[ \t]*\n?[ \t]*(?:da|de|do|dos|das|di|du|del|della|van|von|der|den|ter|bin|binti|ibn|El|Al|Abu|Ait)"
                                   r"(?:[ \t]+(?:der|den|la|los|las))?[ \t]+([A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?)")
# ... and with the particle capitalised, as forms and English records often write it: "Enrico Da Silva", "Maria Dos Santos"
_CAPITAL_PARTICLE_THEN_FAMILY = re.compile(r"[ \t]+(?:Da|De|Dos|Das|Della|Van|Von)(?:[ \t]+(?:Der|Den|La|Los|Las))?[ \t]+"
                                          r"([A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?)")
_ENDS_IN_A_CAPITAL_PARTICLE = re.compile(r"[ \t](?:Da|De|Dos|Das|Della|Van|Von)$")
_FAMILY_AFTER_A_PARTICLE = re.compile(r"[ \t]+([A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?)")
_SHORT_FORM_IN_BRACKETS = re.compile(r"[ \t]*\(([A-Z][a-z]+)\)")
_NICKNAME_THEN_FAMILY = re.compile(r"[ \t]*\(([A-Z][a-z]+)\)[ \t]+([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)")


# an initial and a family name in capitals, either way round, as a bank's or a shop's records print a name: "in the name M
# JACKSON", '"JACKSON M"' (not "I" or "A" first, which are words; not a common word first: "WARD B")
_INITIAL_THEN_CAPITALS = re.compile(r"(?<![\w.'’])(?![AI][ \t])[A-Z]\.?[ \t]+([A-Z]{3,}(?:-[A-Z]{3,})?)(?![\w'’])(?![ \t]+[A-Z]{2,})")
_CAPITALS_THEN_INITIAL = re.compile(r"(?<![\w.'’])(?<![A-Z][ \t])([A-Z]{3,}(?:-[A-Z]{3,})?)[ \t]+[A-Z](?![\w'’.])")


# a postcode abroad after its street, then its town: "12 rue Voltaire, 93100 Montreuil", "ul. Jaśkowa Dolina 14/3, 80-252
# Gdańsk", "Ronnvägen 12,\n151 38 Södertälje", "Hraunbrún 14, 220 Hafnarfjörður"
_POSTCODE_ABROAD_AFTER = re.compile(r"[ \t]*(?:,[ \t]*\n?|\n)[ \t]*(\d{2}-\d{3}|\d{3}[ \t]\d{2}|\d{3,5})"
                                    r"(?=[ \t]*\n?[ \t]*[A-ZÀ-Þ][a-zà-ÿ])")


# ... or after its street or its town, closing the address: "14 rue Gabriel Péri, 93200.", "Guwahati 781003 (tel",
# "Daugavpils, LV-5401", "Narva 20303" (not a year: "moved to Leeds, 2019.")
_POSTCODE_ABROAD_CLOSING = re.compile(r"(?:[ \t]*,[ \t]*|[ \t]+)((?:[A-Z]{2}-)?\d{4,7})"
                                      r"(?=[ \t]*(?:[,.;)(\n]|$|[ \t]+tel\b))")
_A_YEAR = re.compile(r"(?:19|20)\d\d")


def _postcodes_abroad(text: str, found: list[Finding]) -> Iterable[Finding]:
    starts = {f.start for f in found}
    for f in found:
        if f.kind == ADDRESS and (m := _POSTCODE_ABROAD_AFTER.match(text, f.end)):
            yield Finding(m.start(1), m.end(1), m.group(1), POSTCODE, "pattern", None, m.group(1))
        elif (f.kind == ADDRESS or (f.kind == PLACE and f.text[:1].isupper())) \
                and (m := _POSTCODE_ABROAD_CLOSING.match(text, f.end)) and not _A_YEAR.fullmatch(m.group(1)) \
                and not any(m.start(1) <= s < m.end(1) for s in starts):
            yield Finding(m.start(1), m.end(1), m.group(1), POSTCODE, "pattern", None, m.group(1))


# The postcode areas of the UK, the Channel Islands and the Isle of Man (Royal Mail's list of 124): a district of one
# ("L24", "N13", "RM3") is a postcode's first half, written alone after a street or a town
_POSTCODE_AREAS = (
    "AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX FK FY G GL "
    "GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX "
    "PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR "
    "WS WV YO ZE").split()
_AREA = "|".join(sorted(_POSTCODE_AREAS, key=len, reverse=True))
# a postcode district alone after an address or a town, closing the line or the clause: "27 Western Ave L24. Mob",
# "London N13", "27 albemarle rd lordswood me5" (in lower case only with an area of two letters: "m6" is a motorway)
_POSTCODE_DISTRICT_AFTER = re.compile(
    rf"[ \t]*,?[ \t]*((?:{_AREA})\d[\dA-Z]?|(?:{_AREA.lower()})(?<=[a-z]{{2}})\d[\da-z]?)(?![\w'’])"
    r"(?=[ \t]*(?:$|\n|[,.;:)\]|\-–]))", re.MULTILINE)
# a doctor's grade, not a postcode district, unless a street address with its number stands before it: "Dr Priya
# Walkden, ST6", "FY2", "CT1" (but "14 Leek Rd, ST1")
_DOCTORS_GRADE = re.compile(r"(?:ST|CT|FY)\d")


def _postcode_districts_alone(text: str, found: list[Finding]) -> Iterable[Finding]:
    """A postcode district with no second half, just after a street address or a town: a postcode to redact."""
    starts = {f.start for f in found}
    for f in found:
        if f.kind in (ADDRESS, PLACE) and (m := _POSTCODE_DISTRICT_AFTER.match(text, f.end)) \
                and not (_DOCTORS_GRADE.fullmatch(m.group(1)) and not any(c.isdigit() for c in f.text)) \
                and not any(m.start(1) <= s < m.end(1) for s in starts):
            yield Finding(m.start(1), m.end(1), m.group(1), POSTCODE, "pattern", None, m.group(1).upper())


_RANGE_JOIN = re.compile(r"[ \t]*(?:-|–|&|and|to)[ \t]*\n?[ \t]*")


def _date_ranges_as_one(text: str, found: list[Finding]) -> list[Finding]:
    """Two dates joined as a range are one date to redact: "10 and 11 October", "19/11-3/12", "21 & 22/09/2026". Its value
    is the later date's, which holds the month and year ("20" of "20-22/11/2026" has none)."""
    out: list[Finding] = []
    for f in found:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == DATE and f.kind == DATE and _RANGE_JOIN.fullmatch(text, prev.end, f.start):
            out[-1] = Finding(prev.start, f.end, text[prev.start:f.end], DATE, prev.source, None, f.value)
        else:
            out.append(f)
    return out


# a compass point that ends a street's name: "Wellington Road North, Heaton Norris", "Wellington Rd N, Stockport"
_COMPASS_AFTER_A_STREET = re.compile(r"[ \t]+(?:North|South|East|West|N|S|E|W)\b(?=[ \t]*(?:[,;)\n]|\.[ \t]*(?:\n|$)|$))")
_ENDS_IN_A_STREET_WORD = re.compile(r"\b(?:Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Way|Drive|Dr|Parade|Terrace|Crescent)\.?$")


def _streets_with_their_compass_point(text: str, found: list[Finding]) -> list[Finding]:
    """A street found without the compass point that ends its name takes it: "Wellington Road North", "Bury New Rd S"."""
    starts = {f.start for f in found}
    for f in found:
        m = _COMPASS_AFTER_A_STREET.match(text, f.end) if f.kind == ADDRESS and _ENDS_IN_A_STREET_WORD.search(f.text) else None
        if m and not any(f.end <= s < m.end() for s in starts):
            f.end, f.text = m.end(), text[f.start:m.end()]
    return found


_TOWN_BEFORE_A_POSTCODE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?),?[ \t]*\n?[ \t]*$")


def _towns_before_their_postcode(text: str, found: list[Finding]) -> list[Finding]:
    """A listed town just before a postcode is the address's town, not a person of that family name ("8 Back Lane,
    Dalton,\nYO7 3HR", "Furge Lane, Henstridge, BA8 0RN")."""
    by_span = {(f.start, f.end): f for f in found if f.kind == NAME and f.party is None}
    if not by_span:
        return found
    places, home = gazetteer.uk_places(), gazetteer.home_places()
    for f in found:
        if f.kind == POSTCODE and (m := _TOWN_BEFORE_A_POSTCODE.search(text, max(0, f.start - 40), f.start)):
            town = by_span.get((m.start(1), m.end(1)))
            if town is not None and (m.group(1).lower() in places or m.group(1).lower() in home):
                town.kind, town.value = PLACE, m.group(1).lower()
    return found


def _initial_and_family_name_in_capitals(text: str) -> Iterable[Finding]:
    families, common = gazetteer.family_names(), gazetteer.common_words()
    for rx in (_INITIAL_THEN_CAPITALS, _CAPITALS_THEN_INITIAL):
        for m in rx.finditer(text):
            low = m.group(1).lower()
            # "D. FAIRCLOUGH": a rare word will do after an initial and its full stop (not an acronym: "A&E. BWV")
            dotted = rx is _INITIAL_THEN_CAPITALS and m.group(0)[1:2] == "." and text[m.start() - 1:m.start()] != "&"
            if all((p in families or (dotted and gazetteer.zipf(p) < RARE and p not in gazetteer.uk_places() and re.search("[aeiouy]", p)))
                   and p not in common and p not in gazetteer.not_names() for p in low.split("-")):
                yield Finding(m.start(), m.end(), m.group(0), NAME, "rare", None, " ".join(m.group(0).lower().split()))


# An initial and a capitalised word where a worker signs or is named in a log: at a line's start or after a dash, colon,
# bracket, bar, comma, slash or semicolon, or after "by", "signed" or "cc" ("typed by H. Crewe", "phone notes - R Tilling
# 16/10", "Signed A. Plant / S. Kaur", "C. Easton (nurse)"). Without its full stop the initial is not A or I (an article,
# a pronoun); in someone's own lower-case notes it has its full stop ("all ok. a.hulme").
_INITIAL_THEN_WORD = re.compile(r"(?<![\w.&/'’-])(?:[A-Z]\.[ \t]?|[B-HJ-Z][ \t])([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)(?![\w'’&-])"
                                r"|(?<![\w.&/'’-])[a-z]\.[ \t]?([a-z]{3,})(?![\w'’&.-])")
_BEFORE_A_SIGNED_INITIAL = re.compile(r"(?:^|[-–:(|,/;][ \t]*|(?<!\w)(?:by|signed|cc)[ \t]+)$", re.IGNORECASE | re.MULTILINE)
# after an everyday word (Quick, Bird, Price) that stands for a family name: the end of its line, a bracket, a comma, a
# semicolon, a bar or slash, a dash, a wide gap or a date
_AFTER_A_SIGNED_NAME = re.compile(r"[ \t]*(?:$|[(,;|/]|[ \t]{2}|-|\d)", re.MULTILINE)


def _family_names_after_an_initial(text: str, found: list[Finding]) -> Iterable[Finding]:
    """A worker's initial and family name where notes are signed or a log names who acted: "Note typed by H. Crewe",
    "phone notes - R Tilling 16/10", "Alerted: A. Lord", "NRM referral by M. Belgrave". A town's name after the initial is
    the person's ("B. Stroud (DSL)", not Stroud); an everyday word only where the name ends ("EWO: J. Quick   Date").
    Not a compass point before a region ("N. Yorkshire"), a month, a title or a word that names no one."""
    covered = _covered(text, found)
    not_names, countries, common = gazetteer.not_names(), gazetteer.countries(), gazetteer.common_words()
    lower_ok = None
    for m in _INITIAL_THEN_WORD.finditer(text):
        word = m.group(1) or m.group(2)
        low = word.lower()
        if m.group(2) is not None:
            lower_ok = _own_lower_case_words(text) if lower_ok is None else lower_ok
            if not lower_ok or low not in gazetteer.family_names() and low not in gazetteer.uk_places():
                continue
        if any(f.kind == NAME and f.start <= m.start(1 if m.group(1) else 2) < f.end for f in found) \
                or low in not_names or low in countries or low in gazetteer.CALENDAR or low in HONORIFIC_WORDS \
                or low in _ROLE_NOUNS or low in _ORGANISATION_NOUNS or low in _STREET_WORD_SET \
                or not _BEFORE_A_SIGNED_INITIAL.search(text, max(0, m.start() - 12), m.start()):
            continue
        if (low in common or gazetteer.zipf(low) >= ORDINARY_WORD) and not _AFTER_A_SIGNED_NAME.match(text, m.end()):
            continue
        if (m.start() == 0 or text[m.start() - 1] == "\n") and low not in gazetteer.family_names() and low not in gazetteer.uk_places():
            continue  # a lettered heading or row at a line's start ("A. Background", "E. Exploiters", "B Safety")
        if any(covered[m.start():m.end()]) and not any(f.kind in (PLACE, ADDRESS) and f.start < m.end() and m.start() < f.end
                                                        for f in found):
            continue  # a date, a phone, a school: not a person's
        yield Finding(m.start(), m.end(), m.group(0), NAME, "rare", None, " ".join(m.group(0).lower().split()))


_BRACKETED_WORDS = re.compile(r"[ \t]*\(([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)\)")


def _district_in_brackets(text: str, found: list[Finding]) -> Iterable[Finding]:
    """A district in brackets after its town: "his house in Coventry (Canley)", "Bristol (Hartcliffe)"."""
    home = gazetteer.home_places()
    for f in found:
        if f.kind == PLACE and (m := _BRACKETED_WORDS.match(text, f.end)):
            low = m.group(1).lower()
            if low not in gazetteer.not_names() and low not in gazetteer.CALENDAR and low.split()[0] not in gazetteer.given_names() \
                    and (low in home or all(gazetteer.zipf(w) < RARE for w in low.split())):
                yield Finding(m.start(1), m.end(1), m.group(1), PLACE, "cue", None, low)


def _names_made_whole(text: str, found: list[Finding]) -> list[Finding]:
    """A given name, its short form in brackets, then the family name: one name ("Bernadette (Bernie) Gorman"); a name, a
    particle and a family name: one name ("Filomena da Costa"); and a short form in brackets after a name is a name
    ("Darren (Daz)")."""
    givens, shorts, families = gazetteer.given_names(), gazetteer.diminutives(), gazetteer.family_names()
    changed = False
    extra = []
    for f in found:
        short = _SHORT_FORM_IN_BRACKETS.match(text, f.end) if f.kind == NAME else None
        if short and short.group(1).lower() in shorts and short.group(1).lower() not in _NEVER_ORDINARY:
            extra.append(Finding(short.start(1), short.end(1), short.group(1), NAME, "cue", f.party, short.group(1).lower()))
        particle = (_PARTICLE_THEN_FAMILY.match(text, f.end) or _CAPITAL_PARTICLE_THEN_FAMILY.match(text, f.end)
                    or (_FAMILY_AFTER_A_PARTICLE.match(text, f.end) if _ENDS_IN_A_CAPITAL_PARTICLE.search(f.text) else None)) \
            if f.kind == NAME and f.text[:1].isupper() else None
        if particle and _bare(particle.group(1)) not in gazetteer.common_words() and _bare(particle.group(1)) not in _NEVER_ORDINARY \
                and _bare(particle.group(1)) not in gazetteer.not_names() and _bare(particle.group(1)) not in _VENUE_NOUNS \
                and _bare(particle.group(1)) not in _ORGANISATION_NOUNS:
            f.end = particle.end(1) - (2 if particle.group(1).endswith(("'s", "’s")) else 0)
            f.text = text[f.start:f.end]
            changed = True
            continue
        m = _NICKNAME_THEN_FAMILY.match(text, f.end) if f.kind == NAME and " " not in f.text.strip() else None
        if m and (m.group(1).lower() in givens or m.group(1).lower() in shorts) and _bare(m.group(2)) not in gazetteer.common_words() \
                and (_bare(m.group(2)) in families or gazetteer.zipf(_bare(m.group(2))) < RARE) \
                and _bare(m.group(2)) not in _NEVER_ORDINARY and _bare(m.group(2)) not in gazetteer.not_names():
            f.end = m.end(2) - (2 if m.group(2).endswith(("'s", "’s")) else 0)
            f.text = text[f.start:f.end]
            changed = True
    return merge(found + extra) if changed or extra else found


# kin words of families' languages that the name lists also hold as given names: "Tía Yuli", "Lola Erlinda" (grandmother)
_MONTHS_THAT_ARE_NAMES = frozenset(("april", "may", "june", "august"))  # "Auntie May", "Nan June"
_KIN_TITLES_THAT_ARE_NAMES = frozenset(("tia", "tía", "tio", "tío", "lola", "lolo", "tito", "tita"))
# where a name opens a field or a line: "From: Zubair", "\nZubair Mahmood" (a signature), "| Chani Halpern |"
_NAME_OPENS_AFTER = re.compile(r"(?:^|\n|[:|][ \t]*)$")
# a capitalised word just before a name on the same line, after one space: "crew: Nick Lobb", "volunteer Jan Nicholls"
_CAPITALISED_WORD_BEFORE = re.compile(r"(?<![\w'’\-])([A-Z][a-z]+)[ \t]$")


@cache
def _kin_before_names() -> frozenset[str]:
    return gazetteer.community_kin() | _KIN_TITLES | _KIN_TITLES_THAT_ARE_NAMES


@cache
def _towns_at_home() -> frozenset[str]:
    return gazetteer.uk_places() | gazetteer.home_places()


def _given_names_before_family_names(text: str, found: list[Finding]) -> list[Finding]:
    """A given name or a British short form just before a family name found on its own is part of that name ("Nick
    Lobb", "Jan Nicholls"), though the word is also an everyday word or a month, which kept it out alone."""
    givens, shorts, not_names = gazetteer.given_names(), gazetteer.diminutives(), gazetteer.not_names()
    kin, places = _kin_before_names(), _towns_at_home()
    common = gazetteer.common_words()
    brand_words = gazetteer.brands()[0]
    covered = _covered(text, found)
    changed = False
    for f in found:
        if f.kind != NAME or not f.text[:1].isupper() or " " in f.text.strip() or f.start < 2:
            continue
        if f.source == "record" and f.text[-1:] in "sS" and f.text.lower() == f.value + "s":
            continue  # a recorded name with a bare possessive s ("Brenda Tylers nan") is no one's family name
        before = _CAPITALISED_WORD_BEFORE.search(text, max(0, f.start - 20), f.start)
        if before is None or covered[before.start()]:
            continue
        low = before.group(1).lower()
        # a rare word before a family name the record holds: "From: Zubair Mahmood" where the record has the Mahmoods
        rare = f.source == "record" and low.isascii() and gazetteer.zipf(low) < RARE and low not in places and low not in common \
            and low not in brand_words and bool(_NAME_OPENS_AFTER.search(text, max(0, before.start() - 10), before.start()))
        if (low in givens or low in shorts or low == "jan" or rare) and len(low) >= 3 and low not in not_names \
                and low not in _NEVER_ORDINARY and low not in kin \
                and not (gazetteer.zipf(low) >= COMMON_AT_START and _sentence_start(text[max(0, before.start() - 40):before.start()])):
            # (not a verb opening a sentence: "Said Kobi was screaming"; nor a kin word: "Tia Lourdes")
            f.start, f.text = before.start(), text[before.start():f.end]
            f.value = " ".join(f.text.lower().split())
            changed = True
    return merge(found) if changed else found


def _join_middle_names(text: str, found: list[Finding]) -> list[Finding]:
    """A person's given name in the record, one capitalised word, then their family name (or a family name they share),
    or the family name first: the word is a middle name the record lacks ("Jade Louise Lovelace", "Tran Van Hung"), and
    the three are one name."""
    out: list[Finding] = []
    i = 0
    while i < len(found):
        f = found[i]
        # the family name may come first ("Tran Van Hung", as Vietnamese names are written) and may be shared
        if f.kind == NAME and f.party and i + 1 < len(found):
            middle = found[i + 1]
            if middle.kind == NAME and middle.party is None and " " not in middle.text and text[f.end:middle.start] == " " \
                    and i + 2 < len(found) and _one_person(f, found[i + 2]) and text[middle.end:found[i + 2].start] == " ":
                last, n = found[i + 2], 3  # the middle name found on its own by the rules
            else:
                last, n = middle, 2
            if _one_person(f, last) and (n == 3 or _ONE_CAPITALISED_WORD.fullmatch(text, f.end, last.start)):
                party = last.party if f.party == SHARED else f.party
                out.append(Finding(f.start, last.end, text[f.start:last.end], NAME, f.source, party, f.value))
                i += n
                continue
        out.append(f)
        i += 1
    return out


# After a name: a family name in capitals, perhaps with a particle ("Manjit Singh BAINS", "Mohammad AL KHATIB",
# "Pieter VAN DER BERG"), as forms and police systems write it
_CAPITALS_AFTER = re.compile(r"[ \t]+((?:(?:AL|EL|BIN|BINT|ABU|ABOU|VAN|VON|DER|DEN|DE|DA|DI|DU|LE|LA|DEL|DELLA|DOS|DAS)[ \t\-]+)*"
                             r"[A-Z][A-Z'’\-]{2,})(?![\w'’])")


def _family_name_in_capitals_after(text: str, found: list[Finding]) -> list[Finding]:
    """A name followed by a family name in capitals (with its particles) is one name; a name found after the particle
    alone ("Mohammad" ... "KHATIB") is joined over it."""
    out: list[Finding] = []
    i = 0
    while i < len(found):
        f = found[i]
        m = _CAPITALS_AFTER.match(text, f.end) if f.kind == NAME and not f.text.isupper() else None
        if m and _family_in_capitals(m.group(1).split()[-1].replace("-", "")) or (
                m and " " in m.group(1).strip() and m.group(1).split()[-1].isupper()):
            end = m.end(1)
            j = i + 1
            while j < len(found) and found[j].start < end:  # the family name found on its own is taken in
                end = max(end, found[j].end)
                j += 1
            out.append(Finding(f.start, end, text[f.start:end], NAME, f.source, f.party, f.value))
            i = j
            continue
        out.append(f)
        i += 1
    return out


# A message in a chat copied with its time: "19:52 Андрій ❤️: ...", "22:41 jayden 🔥: ...", "[21/05/2026, 08:31] Наталя 🇵🇱
# (+48 601 247 893): ...". The sender's display name before the colon, after any emoji, is whoever saved it.
_CHAT_LINE = re.compile(
    # (after the date, a locale's abbreviation: "29.09.2026 г., 19:50 - Деси Иванова:", as a Bulgarian phone exports)
    r"(?m)^[ \t>]*\[?(?:(?:\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2})(?:[ \t]*[^\W\d_]{1,3}\.)?,?[ \t]+)?"
    r"\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]*"  # (the date may come year first: "2026/10/11 21:03 志偉:", as phones in Taiwan write it)
    r"(?:-[ \t]*)?"
    r"(?P<who>[^\W\d_][\w'’\-]*(?:[ \t]+[^\W\d_][\w'’\-]*){0,2})[^\w\n:]{0,12}?(?:\(\+?[\d ()\-]{6,}\))?[ \t]*:[ \t]")
# ... or its sender first, then the time in brackets, as some exports print it: "Kay 💕 (13 Nov 21:14): mum can u"
_CHAT_LINE_TIME_AFTER = re.compile(r"(?m)^[ \t>]*(?P<who>[A-Z][a-z][\w'’\-]*(?:[ \t]+[A-Z][a-z][\w'’\-]*){0,2})[^\w\n:()]{0,12}?"
                                   r"\([^()\n]{0,16}\d{1,2}:\d{2}\)[ \t]*:[ \t]")
# ... or its sender alone at a line's start, perhaps with an emoji, then a gap of spaces and the message, as a chat is
# copied from screenshots ("MORGAN 🌸   u still at ur aunties?"): read only where the same sender opens two lines or more
_CHAT_LINE_GAP = re.compile(r"(?m)^[ \t]*(?P<who>[A-Z][A-Za-z'’\-]+(?:[ \t][A-Z][A-Za-z'’\-]+)?)(?:[ \t]*[^\w\s:]{1,4})?[ \t]{2,}(?=\S)")
# a sender, an emoji perhaps, then the time and the message: "vula 🌙 23:14  ellz r u awake", "Ellz 23:15  ye wats up"
# (and with the day before the time, or an initial after the name: "Tee 🌺  Sat 22:58   r u up", "shaniya c  23:01   ye")
_CHAT_LINE_TIME_GAP = re.compile(r"(?m)^[ \t]*(?P<who>[A-Za-z][A-Za-z'’\-]+(?:[ \t][A-Za-z][A-Za-z'’\-]*)?)(?:[ \t]*[^\w\s:]{1,4})?"
                                 r"[ \t]+(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*[ \t]+)?\d{1,2}:\d{2}[ \t]{2,}(?=\S)")
# ... or an account's handle, then the display name in brackets and a colon: "kendal.dx_13 (Kenny): u up"
_CHAT_HANDLE_THEN_NAME = re.compile(r"(?m)^[ \t]*(?:\d{1,2}:\d{2}[ \t]+)?[\w.\-]*[._\d][\w.\-]*[ \t]+"
                                    r"\((?P<who>[^\W\d_][\w'’\-]*(?:[ \t]+[^\W\d_][\w'’\-]*)?)\)"
                                    r"[ \t]*:[ \t]")
# ... or a sender, an emoji perhaps, a gap, then the day and the time closing the line, the message on the lines below,
# as messages are typed up from a phone ("Chan 💕  21 Oct 22:48", "Shelby  Sun 10:20", "Demi  12:17")
_CHAT_HEADER_LINE = re.compile(r"(?m)^[ \t]*(?P<who>[A-Za-z][A-Za-z'’\-]+(?:[ \t][A-Za-z][A-Za-z'’\-]+)?)(?:[ \t]*[^\w\s:]{1,4})?"
                               r"[ \t]{2,}(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*[ \t]+)?(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+"
                               r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*[ \t]+)?\d{1,2}:\d{2}[ \t]*$")
_CHAT_NOT_A_NAME = frozenset("me you unknown group admin system automod bot".split())


# a speaker in a transcript by a role title and a family name ("PC ORGAN: Who's gone, love?"), on two lines or more
_TITLED_SPEAKER = re.compile(rf"(?m)^[ \t]*(?:{'|'.join(ROLE_TITLES)})\.?[ \t]+(?P<who>[A-Z][A-Za-z'’\-]+):[ \t]")


def _titled_speakers(text: str) -> Iterable[Finding]:
    """A transcript's speaker written as a role title and a family name, though the name is an everyday word ("PC
    ORGAN:", "DC Wood:"), where the same speaker opens two lines or more."""
    speakers = list(_TITLED_SPEAKER.finditer(text))
    times = Counter(m.group("who") for m in speakers)
    for m in speakers:
        if times[m.group("who")] >= 2:
            yield Finding(m.start("who"), m.end("who"), m.group("who"), NAME, "cue", None, m.group("who").lower())


def _chat_speakers(text: str, found: list[Finding]) -> Iterable[Finding]:
    """The senders of a copied chat, where their display names are names: capitalised words that are no ordinary word,
    kin word or title ("Наталя", "Tonton Patrick": Patrick), and in lower case given names only ("jayden", "bella w";
    a handle such as "bluntz" is not a person's name)."""
    timed = list(_CHAT_LINE_TIME_GAP.finditer(text)) + list(_CHAT_HEADER_LINE.finditer(text)) \
        + list(_CHAT_HANDLE_THEN_NAME.finditer(text))  # (a display name after a handle is a name, like a timed sender's)
    gapped = list(_CHAT_LINE_GAP.finditer(text)) + timed
    senders = Counter(m.group("who") for m in gapped)
    gapped = [m for m in gapped if senders[m.group("who")] >= 2]
    timed_starts = {m.start("who") for m in timed}
    if ":" not in text and not gapped:
        return
    covered = bytearray(len(text) + 1)  # 1: found as something else; 2: found as a name
    for f in found:
        covered[f.start:f.end] = (b"\x02" if f.kind == NAME else b"\x01") * (f.end - f.start)
    givens, shorts, common = gazetteer.given_names(), gazetteer.diminutives(), gazetteer.common_words()
    not_names, kin = gazetteer.not_names(), gazetteer.community_kin()
    for m in [*_CHAT_LINE.finditer(text), *_CHAT_LINE_TIME_AFTER.finditer(text), *gapped]:
        start = m.start("who")
        words = [(w.start() + start, w.end() + start, w.group(0)) for w in re.finditer(r"\S+", m.group("who"))]
        if any(w.islower() and w in common for _s, _e, w in words):
            continue  # a label, not a sender: "08:55 Added by: ..."
        keep = []
        for s, e, w in words:
            plain = anyascii(w).lower() if not w.isascii() else w.lower()
            if any(ch.isdigit() for ch in w):
                continue  # a transcript's code for a speaker, not a name: "PC1:", "C1:", "M1:"
            if covered[s] == 2 or (len(plain) == 1 and keep and keep[-1][1] < s):
                keep.append((s, e))  # a name found already, and an initial after a name ("leah w")
                continue
            if covered[s] or plain in _CHAT_NOT_A_NAME or plain in common or plain in _NEVER_ORDINARY or plain in kin \
                    or plain in not_names or (plain in _TEXTING_WORDS and not w[:1].isupper()) \
                    or (plain not in givens and plain not in shorts
                        and gazetteer.zipf(plain) >= (ORDINARY_WORD if w[:1].isupper() and start in timed_starts else RARE)):
                continue  # an ordinary word ("Update", "Reminder"), not a name
            if w[:1].islower() and not (plain.split("-")[0] in givens or plain.split("-")[0] in shorts
                                        or (len(plain) == 1 and keep)
                                        or (start in timed_starts and gazetteer.zipf(plain) < LOWER_UNKNOWN)):
                continue  # in lower case, a given name ("jayden", "ellie-mae") or an initial after one ("bella w")
            keep.append((s, e))
        if keep:  # joined where they stand together ("bella w", "Tonton Patrick": Patrick)
            s0, e0 = keep[0]
            for s, e in keep[1:]:
                if text[e0:s].strip(" \t"):
                    yield Finding(s0, e0, text[s0:e0], NAME, "cue", None, text[s0:e0].lower())
                    s0 = s
                e0 = e
            yield Finding(s0, e0, text[s0:e0], NAME, "cue", None, text[s0:e0].lower())


# An email or letter signed off: a valediction on its own line ("Cheers", "Kind regards", "Thanks,") and then one or two
# capitalised words alone on the next line are the writer's name ("Dec", "Jo", "Sam Hughes"), whatever else they mean.
_SIGN_OFF = re.compile(
    # (a bilingual sign-off first: "Diolch / Thanks,"; a blank line before the name; an initial: "J. Senior")
    r"(?im)^[ \t]*(?:[a-z]+(?:[ \t]+[a-z]+)?[ \t]*/[ \t]*)?(?:cheers|thanks|thank you|many thanks|kind regards|best regards"
    r"|warm regards|regards|best wishes|best|all the best|love|with love|speak soon|take care|yours sincerely|yours faithfully"
    r"|sincerely|ta)[ \t]*[,!.]?[ \t]*\n(?:[ \t]*\n)?"
    r"[ \t]*((?-i:[A-Z]\.[ \t]*)?(?-i:[A-Z][a-z]+)(?:[ \t]+(?-i:[A-Z][a-z'’\-]+))?)[ \t]*(?:\n|$)")
# A name alone on its line in capitals, as a statement or letter is signed ("ELENI GEORGIOU"): two or three words, each a
# listed name or rare in English
_CAPITALS_NAME_LINE = re.compile(r"(?m)^[ \t]*([A-Z][A-Z'’\-]{1,}(?:[ \t]+[A-Z][A-Z'’\-]{1,}){1,2})[ \t]*$")


# A form's name field: "Name: DOMINIK KOWALSKI", "Surname: RIAZ    First name(s): HAMZA", "Mother's name: Nasreen Bibi".
# The words after the label, up to the line's end, a gap of spaces or a bracket, in capitals or capitalised.
_NAME_FIELD = re.compile(
    r"(?im)(?:^|[ \t]{2,}|\|)[ \t]*(?:(?:full|first|last|sur|fore|given|family|middle|maiden|previous|other|preferred|known"
    r"|child['’]?s|mother['’]?s|father['’]?s|carer['’]?s|parent['’]?s|young\s+person['’]?s)[ \t]*)?"
    r"(?:name|names|name\(s\)|surname|forename|forenames|forename\(s\)|known\s+as|also\s+known\s+as|aka|alias"
    r"|served\s+on|recipient|patient|victim|suspect|subject|signed|countersigned|approved|authorised|authorized"
    r"|(?:recorded|completed|written|added|exported|entered|logged|created|updated|seen|reviewed|typed|prepared|checked)\s+by"
    r"|author)[ \t]*:[ \t]*"
    r"((?-i:(?:[A-Z](?:\.[ \t]?|[ \t]))?[A-Z][A-Za-z'’\-]+)(?:[ \t](?-i:[A-Z][A-Za-z'’\-]+)){0,3}"
    r"|(?-i:[A-Z](?:[ \t]{1,2}(?:-[ \t]{1,2})?[A-Z]){2,}))"  # or in spaced capitals, as a form is filled in: "M A Y H E W"
    r"(?=[ \t]*(?:$|[ \t]{2}|\(|,|\||;))")


def _field_names(text: str) -> Iterable[Finding]:
    """The words of a form's name field, each a name, a family name or no everyday word ("Name: Not known" is not)."""
    givens, families, common, not_names = gazetteer.given_names(), gazetteer.family_names(), gazetteer.common_words(), \
        gazetteer.not_names()
    for m in _NAME_FIELD.finditer(text):
        words = m.group(1)
        if re.fullmatch(r"[A-Z](?:\s{1,2}(?:-\s{1,2})?[A-Z])+", words):
            lows = ["".join(words.split()).lower()]  # spaced capitals: one word
        else:
            lows = [w.lower().strip("'’-") for w in words.split() if not re.fullmatch(r"[A-Z]\.?", w)]
        # a given name or an initial, then one word: a person whatever the word ("Added by: Karen Hook", "G Pink")
        first_and_family = (len(words.split()) == 2 and (words.split()[0].lower() in givens or re.fullmatch(r"[A-Z]\.?", words.split()[0]))
                            and lows[-1] not in not_names and lows[-1] not in _NEVER_ORDINARY and lows[-1] not in _ORGANISATION_NOUNS
                            and lows[-1] not in _VENUE_NOUNS and lows[-1] not in _STREET_WORD_SET)
        if first_and_family or all(w in givens or w in families or (gazetteer.zipf(w) < ORDINARY_WORD and w not in common
                                                                    and w not in not_names and w not in _NEVER_ORDINARY)
                                   or all(p in givens for p in w.split("-")) for w in lows):
            yield Finding(m.start(1), m.end(1), m.group(1), NAME, "cue", None, " ".join(lows))


# A form's "Known as:" field, which may list several names: "Known as: Tee / TeeTee / \"Ti\"", "Known as: J, Jay-Jay".
_KNOWN_AS_LABEL = re.compile(r"(?im)(?:^|[ \t]{2,}|\|)[ \t]*(?:also[ \t]+)?(?:known[ \t]+as|aka|alias|nicknames?)[ \t]*:[ \t]*")
_KNOWN_AS_ITEM = re.compile(r"([\"“‘']?)([A-Z][A-Za-z'’\-]*(?:[ \t][A-Z][A-Za-z'’\-]*){0,2})[\"”’']?"
                            r"(?=[ \t]*(?:$|\n|[ \t]{2}|[,/;|(]|or[ \t]))")
_KNOWN_AS_SEPARATOR = re.compile(r"[ \t]*(?:,|/|or(?=[ \t]))[ \t]*")
_KNOWN_AS_NONE = frozenset(("not known", "none", "unknown", "n", "na", "same", "tbc", "no", "nil", "as above"))


def _known_as_fields(text: str) -> Iterable[Finding]:
    """Every name a "Known as:" field lists, one finding each; the first is also read by `_field_names`."""
    not_names = gazetteer.not_names()
    for m in _KNOWN_AS_LABEL.finditer(text):
        pos = m.end()
        while item := _KNOWN_AS_ITEM.match(text, pos):
            low = item.group(2).lower()
            if low in _KNOWN_AS_NONE or low in not_names:
                break
            yield Finding(item.start(2), item.end(2), item.group(2), NAME, "cue", None, low)
            sep = _KNOWN_AS_SEPARATOR.match(text, item.end())
            if sep is None:
                break
            pos = sep.end()


# A firm named after people, before "Solicitors", "LLP" or "& Co": "Whittaker & Hoyle Solicitors", "Forbes Pilling
# LLP", "QUAYLE KINNEAR SOLICITORS": the names in it are people's names (the firm's word is not)
_FIRM_WORDS = frozenset(("solicitors", "llp"))
# words for a parent or grandparent, never a family name after another word ("Sorts Mam's tablets"); Lord, Little, Young
# and Cousin are family names too
_PARENT_WORDS = frozenset("mum mam mummy mammy mom dad daddy nan nana nanna nanny gran granny grandma grandad grandpa".split())
_KIN_TITLES = _PARENT_WORDS | frozenset("uncle aunt auntie aunty cousin sis bro".split())  # '"Uncle Dawit" (Dawit Haile)'
_FIRM = re.compile(r"\b([A-Z][A-Za-z'’\-]+)(?:[ \t]*(?:&|and)[ \t]*|[ \t]+)([A-Z][A-Za-z'’\-]+)\s+"
                   r"(?:Solicitors|SOLICITORS|LLP|&[ \t]*Co)\b")


def _firm_names(text: str) -> Iterable[Finding]:
    givens, families, common = gazetteer.given_names(), gazetteer.family_names(), gazetteer.common_words()
    streets = {w.lower() for w in STREET_WORDS.split("|")}
    for m in _FIRM.finditer(text):
        if m.group(2).lower() in streets:
            continue  # "Harbour Lane Solicitors": named after its street
        for g in (1, 2):
            low = m.group(g).lower()
            if low.endswith(("'s", "’s")):
                continue
            if (low in families or low in givens or gazetteer.zipf(low) < ORDINARY_WORD) and low not in common \
                    and low not in gazetteer.not_names() and low not in _NEVER_ORDINARY and low not in _ORGANISATION_NOUNS:
                yield Finding(m.start(g), m.end(g), m.group(g), NAME, "cue", None, low)


# A house number and a street of one word with no street word, then a comma and a town or district: "13 Longway,
# Ormsgill", "27 Bembridge, Brookside" (new estates name streets so)
_BARE_STREET = re.compile(r"\b\d{1,4}[A-Za-z]?[ \t]+([A-Z][a-z]{3,})(?=[ \t]*,[ \t]*\n?[ \t]*([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?))")


# a street written in capitals, as in a police notebook: "WINSOVER RD J/W ALBION ST", "TO FLAT 2, 9 ALBION ST"
_STREET_IN_CAPITALS = re.compile(r"(?=\d|[A-Z]{3})(?<![\w'’\-])(?P<number>\d{1,4}[A-Z]?,?[ \t]+)?"
                                 r"(?P<name>[A-Z]{3,}(?:['’]S)?(?:[ \t]+[A-Z]{3,})?)[ \t]+"
                                 r"(?:ROAD|RD|STREET|ST|AVENUE|AVE|LANE|CLOSE|DRIVE|CRESCENT|TERRACE|GROVE|GARDENS)\b(?![a-z])"
                                 r"(?![ \t]+(?:SOLICITORS|LLP|LTD|CHAMBERS|PRACTICE|SURGERY|MEDICAL|HEALTH|CENTRE|CLINIC|SCHOOL|ACADEMY"
                                 r"|PRIMARY|NURSERY|POLICE|STATION|COMMUNITY|CHURCH|MOSQUE|PHARMACY|DENTAL|FAMILY|CHILDREN)\b)")
_GENERIC_STREET_WORDS = frozenset(w.lower() for w in _GENERIC_STREET_FIRST)


def _streets_in_capitals(text: str) -> Iterable[Finding]:
    """A street in capitals: its name words rarer than everyday English, or a town's name ("LONDON RD"), not a generic street
    ("HIGH ST", "THE ROAD"), a phrase ("CALLED ROAD", "TEST DRIVE") nor a firm named after its street ("HARBOUR LANE
    SOLICITORS")."""
    places, common = gazetteer.uk_places(), gazetteer.common_words()
    for m in _STREET_IN_CAPITALS.finditer(text):
        words = [w.rstrip("'’S").lower() if w.endswith(("'S", "’S")) else w.lower() for w in m.group("name").split()]
        if words[0] in _GENERIC_STREET_WORDS or any(w in common for w in words):
            continue
        if all(gazetteer.zipf(w) < ORDINARY_WORD for w in words) or " ".join(words) in places:
            yield Finding(m.start(), m.end(), m.group(0), ADDRESS, "shape", None, " ".join(m.group(0).lower().split()))


# A street of one word with no street word, where only a street stands: after "lives on", "a flat on", "the shops on"
# ("she lives\non Kingsway", "the shops on Langdale", "we live on\ndawlish"), or a street named "-way" or "-gate" after
# "on", "down" or "along" ("the chicken shop on Heathway", "a flat on Fishergate", "down Heathway").
_ON_A_STREET = re.compile(r"\b(?:(?:lives?|living|lived|flat|house|home|shops?|stays?|staying|stayed|bedsit|maisonette|bungalow)"
                          r"[ \t]*\n?[ \t]*on[ \t]*\n?[ \t]*(?P<street>[A-Z][a-z]{3,}|[a-z]{4,})"
                          r"|(?:[Oo]n|[Dd]own|[Aa]long)[ \t]*\n?[ \t]*(?P<gate>[A-Z]?[a-z]{2,}(?:way|gate)))\b(?![ \t]*\n?[ \t]*[A-Z])")

_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z]{2,6})\b")
_STREET_ABBREVIATION = re.compile(STREET_ABBREVIATIONS)


def _streets_named_alone(text: str, found: list[Finding]) -> Iterable[Finding]:
    """A street of one word where only a street stands (`_ON_A_STREET`), not found already, no day ("stays on Sundays"),
    country or everyday word ("living on benefits"), with a street word after it if one follows ("on Tunnard st")."""
    covered = _covered(text, found)
    for m in _ON_A_STREET.finditer(text):
        group = "street" if m.group("street") else "gate"
        start, end, word = m.start(group), m.end(group), m.group(group)
        low = word.lower()
        if covered[start] or low in gazetteer.CALENDAR or low.removesuffix("s") in gazetteer.CALENDAR or low in gazetteer.countries() \
                or text.startswith(("'s", "’s"), end) or gazetteer.zipf(low) >= (3.0 if word.islower() else 4.2):
            continue
        if (tail := _WORD_AFTER.match(text, end)) and (tail.group(1).lower() in _STREET_WORD_SET
                                                        or _STREET_ABBREVIATION.fullmatch(tail.group(1).title())):
            end = tail.end()  # "lives on Tunnard st", "the shops on lings way"
        yield Finding(start, end, text[start:end], ADDRESS, "cue", None, " ".join(text[start:end].lower().split()))


_ABBREVIATION_AFTER = re.compile(r"[ \t]*\([ \t]*([A-Z][A-Z0-9]{1,5})[ \t]*\)")  # "North Cambridge Academy (NCA)"


def _schools_again(text: str, found: list[Finding]) -> Iterable[Finding]:
    """A school found by its short name after a cue ("the DSL at Outwood"), or found with its abbreviation in brackets
    ("North Cambridge Academy (NCA)"): that name or abbreviation names the school wherever else it stands in the document
    ("Outwood (Mr Frost): attendance 38%", "moved to NCA in September"). An abbreviation starts with the school's letter
    (not "Harris Academy (DSL)")."""
    short = {}
    for f in found:
        if f.kind != SCHOOL:
            continue
        m = _ABBREVIATION_AFTER.match(text, f.end)
        if m and m.group(1)[0] == f.text[:1].upper():
            short[m.group(1)] = f.value
        if f.source == "cue" and f.text not in short:
            short[f.text] = f.value
    common = gazetteer.common_words()
    for name, value in short.items():
        # (in lower case too where someone writes it so, "at waterhead", if it is no everyday word)
        flags = re.IGNORECASE if len(name) >= 4 and name.lower() not in common and gazetteer.zipf(name.lower()) < ORDINARY_WORD else 0
        for m in re.finditer(rf"(?<![\w'’\-@.]){re.escape(name)}(?![\w\-@]|\.\w)", text, flags):
            yield Finding(m.start(), m.end(), m.group(0), SCHOOL, "cue", None, value)


# a school's own name after what only a school has: "the DSL at Outwood", "(DSL, Freehold)", "his attendance at
# Boundary", "class teacher at Brambles", "head of year at Trinity" (a school's word at most, not "the school")
_SCHOOL_CUE = re.compile(r"\b(?=[DSHhCcFfAaPpLl])(?:DSL|SENCo|SENCO|[Hh]ead ?teacher|[Dd]eputy [Hh]ead|[Cc]lass [Tt]eacher|[Ff]orm [Tt]utor"
                         r"|[Hh]ead of [Yy]ear(?: \d{1,2})?|[Aa]ssistant [Hh]ead|[Dd]esignated [Ss]afeguarding [Ll]ead"
                         r"|[Ll]earning [Mm]entor"
                         r"|[Aa]ttendance|[Pp]astoral [Ll]ead)(?:[ \t]+and[ \t]+DSL)?(?:[ \t]+at[ \t]*\n?[ \t]*(?P<at>)|,[ \t]*\n?[ \t]*)"
                         r"(?P<school>(?:St\.?[ \t]+)?[A-Z][a-z]+(?:['’]s)?(?:[ \t]+[A-Z][a-z]+(?:['’]s)?){0,2})(?![A-Za-z])"
                         r"(?(at)|(?=[ \t]*[);]))")  # after a comma, in brackets or a list: "(DSL, Oriel);", not "DSL, Barnardo's."


# a school by its name in a form's school field ("School: Bowesfield (Year 2)", "School (if known):  high tunstall (kai)"),
# in brackets after "School" ("School (Loatland):"), after a year group ("(Year 10, Horizon)", "yr 11 charnwood"), or before
# "school" in lower case ("his Loatland school jumper", "the Shahid Beheshti school in Mehrshahr")
_SCHOOL_FIELD = re.compile(r"(?im)(?:^|[ \t]{2}|\t|\|)[ \t]*(?:previous[ \t]+)?(?:school|school[ \t]*/[ \t]*college|college|nursery)"
                           r"(?:[ \t]*\(if known\))?"
                           r"[ \t]*:[ \t]*(?P<school>[A-Za-z][A-Za-z'’.\-]*(?:[ \t][A-Za-z][A-Za-z'’.\-]*){0,3}?)"
                           r"(?=[ \t]*(?:$|\(|,|;|\||\+|[ \t]{2}))")
_SCHOOL_IN_BRACKETS = re.compile(r"\bSchool[ \t]+\((?P<school>[A-Z][A-Za-z]+(?:[ \t]+[A-Z][A-Za-z]+){0,2})(?=[,)])")
_SCHOOL_AFTER_YEAR = re.compile(r"\b(?:Year|year|Yr|yr)[ \t]?\d{1,2},?[ \t]+(?:at[ \t]+)?"
                                r"(?P<school>[A-Za-z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})(?![A-Za-z])(?![ \t]*\()")
_SCHOOL_BEFORE_SCHOOL = re.compile(r"(?=[A-Z])(?P<school>(?:[A-Z][a-z]+[ \t]+)?[A-Z][a-z]+)[ \t]+school\b")
_NO_SCHOOL = frozenset("none n/a na not known unknown tbc home educated elective not in awaiting".split())


def _schools_after_a_cue(text: str) -> Iterable[Finding]:
    givens, families, common = gazetteer.given_names(), gazetteer.family_names(), gazetteer.common_words()
    not_names = gazetteer.not_names()

    def ordinary(w: str) -> bool:
        low = w.lower()
        return low in common or low in _VENUE_NOUNS or low in _ORGANISATION_NOUNS or low in gazetteer.CALENDAR \
            or low in _LOWER_FUNCTION_WORDS or low in not_names

    for m in _SCHOOL_CUE.finditer(text):
        words = m.group("school").split()
        if words[0].lower() in givens and len(words) > 1 and words[1].lower() in families:
            continue  # "the DSL, Amanda Price": a person
        if any(ordinary(w) for w in words if w not in ("St", "St.")):
            continue  # "attendance at Court", "the DSL at Church Lane", "attendance at Cubs on Monday"
        yield Finding(m.start("school"), m.end("school"), m.group("school"), SCHOOL, "cue", None, m.group("school").lower())
    lowered = text.lower()
    for m in (_SCHOOL_FIELD.finditer(text) if ("school" in lowered or "college" in lowered or "nursery" in lowered) else ()):
        words = m.group("school").split()
        if words[0].lower() in _NO_SCHOOL or not any(not ordinary(w) and gazetteer.zipf(w.lower()) < ORDINARY_WORD for w in words):
            continue  # "School: none", "School: not known", "School: Home educated"
        yield Finding(m.start("school"), m.end("school"), m.group("school"), SCHOOL, "cue", None, m.group("school").lower())
    for rx in (_SCHOOL_IN_BRACKETS, _SCHOOL_AFTER_YEAR, _SCHOOL_BEFORE_SCHOOL):
        if rx is not _SCHOOL_AFTER_YEAR and "chool" not in text:
            continue
        for m in rx.finditer(text):
            words = m.group("school").split()
            if any(ordinary(w) or gazetteer.zipf(w.lower()) >= (ORDINARY if rx is _SCHOOL_AFTER_YEAR else ORDINARY_WORD) for w in words) \
                    or (words[0].islower() and gazetteer.zipf(words[0]) >= LOWER_RARE) \
                    or (words[0].lower() in givens and rx is not _SCHOOL_IN_BRACKETS):
                continue  # "Year 10 football team", "his Sunday school", "Year 9 Maisie said", "(Year 2, attending well)"
            yield Finding(m.start("school"), m.end("school"), m.group("school"), SCHOOL, "cue", None, m.group("school").lower())


_CAPITALS_RUN = re.compile(r"(?<![\w'’\-])[A-Z][A-Z'’\-]+(?:[ \t]+[A-Z][A-Z'’\-]+)+(?![\w'’\-])")


def _full_names_in_capitals(text: str) -> Iterable[Finding]:
    """A full name written all in capitals, as court papers and police forms write it ("Applicant: MAUREEN ANN
    HINDMARSH", "(2) NATHAN REAY"): a given name of the lists, then one to three words that are names or rare words, none an
    everyday word or a town ("MARK SCHEME", "GRACE CHURCH", "EVELINA LONDON CHILDREN'S HOSPITAL" are not)."""
    givens, families, common, places = gazetteer.given_names(), gazetteer.family_names(), gazetteer.common_words(), \
        gazetteer.uk_places()
    for run in _CAPITALS_RUN.finditer(text):
        words = list(re.finditer(r"[A-Z][A-Z'’\-]+", run.group(0)))
        i = 0
        while i < len(words) - 1:
            first = words[i].group(0).lower()
            # (a given name of another language's list only before a word rarer still: "METTE KJAERGAARD")
            world = first in gazetteer.world_given_names() and i + 1 < len(words) \
                and gazetteer.zipf(words[i + 1].group(0).lower()) < RARE and words[i + 1].group(0).lower() not in places
            if (first not in givens and not world) or first in common or gazetteer.zipf(first) >= ORDINARY:
                i += 1
                continue
            j = i + 1
            while j < len(words) and j - i <= 3:
                low = words[j].group(0).lower().strip("'’-")
                if low in common or low in _ORGANISATION_NOUNS or low in _VENUE_NOUNS or low in _NEVER_ORDINARY or low in places \
                        or not (low in givens or low in families or gazetteer.zipf(low) < RARE):
                    break
                j += 1
            if j - i >= 2:
                start, end = run.start() + words[i].start(), run.start() + words[j - 1].end()
                yield Finding(start, end, text[start:end], NAME, "rare", None, " ".join(text[start:end].lower().split()))
            i = max(j, i + 1)


def _bare_streets(text: str) -> Iterable[Finding]:
    places, home, districts = gazetteer.uk_places(), gazetteer.home_places(), gazetteer.districts()
    for m in _BARE_STREET.finditer(text):
        word, town = m.group(1).lower(), m.group(2).lower()
        if gazetteer.zipf(word) < RARE and word not in gazetteer.given_names() and word not in gazetteer.common_words() \
                and (town in places or town in home or town in districts
                     or (gazetteer.zipf(word) < 2.5 and word not in gazetteer.family_names())):
            yield Finding(m.start(), m.end(), m.group(0), ADDRESS, "shape", None, " ".join(m.group(0).lower().split()))


# A line of signatures: "Signed: K. Okafor    J. Boateng", "Signed: K Samways (mum)   T. Samways   J. Ricketts (family
# worker)", "Signed: S. L. Redpath    Date: 19/11/2026". Each field, between gaps of spaces, a tab or a slash, up to its role
# in brackets or after a comma, is a name if its words are initials and names.
_SIGNATURE_LINE = re.compile(r"(?im)^[ \t]*(?:signed|countersigned|signature|signatures)[ \t]*(?:\(\w+\))?[ \t]*(?::[ \t]*|[ \t](?=[A-Z]))"
                             r"(?P<rest>.+)$")  # (and "Signed M. Lane   04/12/26", without the colon)
# (a field may follow a label of its own on the line: "Checked: K. Barnes (team leader)", "DSL: G. Kingsnorth")
_SIGNATURE_FIELD = re.compile(r"(?:(?<=^)|(?<=\t)|(?<=  )|(?<=/ )|(?<=[a-zA-Z]: ))[ \t]*"
                              r"(?P<who>(?:[A-Z]\.?[ \t]*){0,3}[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
                              r"(?:[ \t][A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?){0,2}(?:[ \t][A-Z]\.?)?)(?=[ \t]*(?:$|\(|,|\t|  |/))")


def _signature_fields(text: str) -> Iterable[Finding]:
    if "igned" not in text and "ignature" not in text:
        return
    givens, families, common = gazetteer.given_names(), gazetteer.family_names(), gazetteer.common_words()
    for line in _SIGNATURE_LINE.finditer(text):
        base = line.start("rest")
        for m in _SIGNATURE_FIELD.finditer(line.group("rest")):
            who = m.group("who")
            words = [w.lower() for w in re.findall(r"[A-Za-z'’\-]{2,}", who)]
            initials = bool(re.match(r"[A-Z]\b", who))  # "S. Heard": after an initial, a word is a family name
            if words and all((w in givens or w in families or gazetteer.zipf(w) < RARE or initials)
                             and (w not in common or initials) and w not in _NEVER_ORDINARY and w not in gazetteer.not_names()
                             for w in words):
                yield Finding(base + m.start("who"), base + m.end("who"), who, NAME, "cue", None, " ".join(who.lower().split()))


def _signed_names(text: str, found: list[Finding]) -> Iterable[Finding]:
    givens, families = gazetteer.given_names(), gazetteer.family_names()
    for m in _SIGN_OFF.finditer(text):
        words = m.group(1)
        if words.split()[0].lower() not in HONORIFIC_WORDS and words.lower() not in _KIN:
            yield Finding(m.start(1), m.end(1), words, NAME, "cue", None, " ".join(words.lower().split()))
    for m in _CAPITALS_NAME_LINE.finditer(text):
        words = m.group(1).split()
        lows = [w.lower() for w in words]
        if all(len(w) >= 3 and (w in givens or w in families or (gazetteer.zipf(w) < 2.5 and w not in gazetteer.common_words()))
               and w not in gazetteer.not_names() and w not in gazetteer.brands()[0] for w in lows) \
                and (lows[0] in givens or lows[-1] in families or gazetteer.zipf(lows[0]) < 2.5):
            yield Finding(m.start(1), m.end(1), m.group(1), NAME, "rare", None, " ".join(lows))


def _family_names_in_capitals_again(text: str, found: list[Finding]) -> list[Finding]:
    """A family name in capitals taken before a given name ("DUMITRU, Florin") is found wherever else it stands alone
    ("DUMITRU had pushed her")."""
    words = {f.text.split(",")[0] for f in found if f.kind == NAME and "," in f.text and f.text.split(",")[0].isupper()}
    if not words:
        return found
    covered = _covered(text, found)
    extra = []
    for w in words:
        for m in re.finditer(rf"(?<![\w'’\-]){re.escape(w)}(?![\w\-])", text):
            if not covered[m.start()]:
                extra.append(Finding(m.start(), m.end(), m.group(0), NAME, "rare", None, w.lower()))
    return merge(found + extra) if extra else found


def _covered(text: str, found: Iterable[Finding]) -> bytearray:
    """One byte per character of `text` (and one after it): 1 where a finding covers it, else 0."""
    covered = bytearray(len(text) + 1)
    for f in found:
        covered[f.start:f.end] = b"\x01" * (f.end - f.start)
    return covered


def merge(found: list[Finding]) -> list[Finding]:
    """Overlapping findings: keep the longer; on a tie, the better source. The kept one takes the party if it had none."""
    found.sort(key=lambda f: (f.start, -(f.end - f.start), -SOURCE_RANK.get(f.source, 0)))
    out: list[Finding] = []
    for f in found:
        if out and f.start < out[-1].end:
            last = out[-1]
            if f.end > last.end and (f.end - f.start) > (last.end - last.start):
                if last.party and not f.party and f.kind == last.kind:
                    f.party = last.party
                out[-1] = f
            elif last.party is None and f.party and f.kind == last.kind:
                last.party = f.party
            continue
        out.append(f)
    return out


def detect(record: CaseRecord, text: str) -> list[Finding]:
    return Detector(record).find(text)


# ---------------------------------------------------------------------------------------------
# Words to check: what the detector did not propose but a reviewer should look at.

_CAPITALISED_OTHER_SCRIPT = re.compile(r"(?<!\w)[А-ЯЁЄІЇҐЂЈЉЊЋЏΑ-Ω][а-яёєіїґђјљњћџα-ω]+(?!\w)")  # Cyrillic and Greek
WORDS_TO_CHECK = 60  # at most this many words, in the order they first appear


def words_to_check(text: str, found: list[Finding]) -> list[tuple[str, int]]:
    """Capitalised words no finding covers that may still name a person or a place: a given or family name, a town, or
    a word rare in English, standing where the detector had too little evidence to propose it ("Kolyo said", a
    surname at the start of a line). Not an acronym, a title, a month, a job, a kin word or an everyday English word,
    nor a word with an English ending ("Debridement"), a form's label ("Nationality:") or a common word opening a
    sentence ("Chased"). The reviewer reads them beside the proposals and redacts or keeps each with one choice.

    Returns (word, times it stands uncovered), in the order the words first appear, at most WORDS_TO_CHECK."""
    covered = _covered(text, found)
    givens, families, common = gazetteer.given_names(), gazetteer.family_names(), gazetteer.common_words()
    not_names = gazetteer.not_names()
    places = gazetteer.uk_places()
    counts: dict[str, int] = {}
    for m in sorted((*_CAP_TOKEN.finditer(text), *_CAPITALISED_OTHER_SCRIPT.finditer(text)), key=lambda m: m.start()):
        if any(covered[m.start():m.end()]):
            continue
        end = _word_end(m) if m.group(0).isascii() else m.end()
        word = text[m.start():end]
        low = word.lower()
        if word in counts:
            counts[word] += 1
            continue
        if not _worth_checking(text, m.start(), end, word, low, givens, families, common, not_names, places):
            continue
        counts[word] = 1
    return list(counts.items())[:WORDS_TO_CHECK]


def _worth_checking(text: str, start: int, end: int, word: str, low: str, givens, families, common, not_names, places) -> bool:
    known = low in givens or low in families or low in places
    if word.isupper() and word.isascii():
        return False  # an acronym (CAMHS, SNC) or a word in capitals: too many to list
    if low in not_names or low in _NEVER_ORDINARY or low in _ORGANISATION_NOUNS or low in _VENUE_NOUNS \
            or low in _BUILDING_NOUNS or low in gazetteer.brands()[0] or (low in common and low not in givens):
        return False
    if len(low) < 3 and low not in givens:
        return False  # "St", "Wt"
    if not word.isascii():
        return True  # a capitalised word in Cyrillic or Greek script: names and towns are most of them
    zipf = gazetteer.zipf(low)
    if known:
        return zipf < COMMON_AT_START or not _sentence_start(text[max(0, start - 40):start])
    if zipf >= ORDINARY_WORD:
        return False
    if zipf >= 2.0 and (low.endswith(_WORD_ENDINGS) or text.startswith(":", end)):
        return False  # "Overcrowding", "Adolescent", "Nationality:": English words and form labels
    if zipf >= 3.0 and _sentence_start(text[max(0, start - 40):start]) and not _NAME_VERB.match(text, end):
        return False  # "Chased GP.", "Reassured him": a verb opening a note (not "Isa says")
    return True
