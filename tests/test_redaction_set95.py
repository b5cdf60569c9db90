"""Checks of the hand-written held-out redaction set 95 (bench/redaction_set95.py) that do not use the detector:
its marking, size and hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set95 as s95
from tests import hand_set_checks as checks

NAMES, TOTAL = 527, 924
# names that are words or towns; scripts; short forms; odd formats
HARD = (("WHITTINGTON, Tyler-Jay", "name"), ("LIN, Yu-hsuan", "name"), ("GAWN, Sandra Margaret", "name"), ("Ellie-\nMae", "name"),
        ("Yu-hsuan (Ethan) LIN", "name"), ("J PITTIS", "name"), ("G. Mew", "name"), ("R. Aylward", "name"),
        ("kayleigh whittington", "name"), ("craig", "name"), ("coombes", "name"), ("Summer", "name"), ("Brooke", "name"),
        ("Mason", "name"), ("Skye", "name"), ("Orchard", "name"), ("Hendy", "name"), ("Marsh", "name"), ("Tyrone", "name"),
        ("Kacpcr", "name"), ("Kacperek", "name"), ("Xuan-xuan", "name"), ("En-en", "name"), ("恩恩", "name"), ("陳雅婷", "name"),
        ("林", "name"), ("美玲", "name"), ("Mari", "name"), ("Jeebs", "name"), ("TJ", "name"), ("Mo", "name"), ("Lexi", "name"),
        ("Pan", "place"), ("Lake", "place"), ("lake", "place"), ("Yarmouth", "place"), ("Liam Yarmouth", "name"), ("apse heath", "place"),
        ("bmth", "place"), ("台中", "place"), ("考斯", "place"), ("南安普敦", "place"), ("Victoria", "place"), ("Anse Aux Pins", "place"),
        ("Tarnów", "place"), ("Niton", "place"), ("La Rosiere Estate", "address"), ("ul. Krakowska 14/3", "address"),
        ("no. 25", "address"), ("Flat 4", "address"), ("27 downside close", "address"), ("33-100", "postcode"), ("west wight", "school"),
        ("Lake Ridge", "school"), ("St Boniface", "school"), ("30 January", "dob"), ("29 February", "dob"), ("12.4.61", "dob"),
        ("31st", "date"), ("14th", "date"), ("2026/10/11", "date"), ("16 Oct 26", "date"), ("+248 2 574 318", "phone"),
        ("+48 512 345 678", "phone"), ("07824 613950", "phone"), ("WB 18 65 40 A", "ni"), ("HW19 KXO", "vehicle"),
        ("GX21 YRM", "vehicle"), ("143 098 9319", "nhs"), ("Z921007764422", "upn"), ("owen.lacey@medinavale.gov.uk", "email"))
UNMARKED = ("Bruno", "Medina Vale Council", "Pan Family Hub", "Carisbrooke Health Centre", "HMP Isle of Wight",
            "Isle of Wight Youth Court", "Isle of Wight Combined Court", "Portsmouth Harbour station",
            "West Wight and Cowes Medical Partnership", "Solent Composites", "Storybook Dads", "Wight Safe", "Kreol Link", "Red Jet",
            "FastCat", "Waterside Pool", "the Esplanade", "townquay", "Busy Bees", "Little Acorns", "Barnardo's", "Mikołaj", "A-ma",
            "媽媽", "阿姨", "Babcia", "Manman", "bff_lexi.h", "Isle of Wight", "the Island", "Hampshire", "West Sussex", "Poland", "Mahé",
            "Taiwan", "KL-0419", "A1234BC", "WL7J2K9", "26-SHK-0782", "AW/26/0871")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s95)


def test_the_counts():
    checks.counts(s95, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s95, HARD, UNMARKED, split=("name",))


def test_its_own_hard_cases():
    spans = checks.spans(s95)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Chinese characters
    assert any("-" in name and name[0].isupper() for name in names)  # hyphenated names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Chinese characters


def test_the_checks_can_fail():
    bad = ((s95.RECORD_C, [("bad", "Ring [[01983 12|phone]] about [[Tonton Wilfred|name]], [[Babcia Halina|name]],"
                                    " [[Revd Sue|name]] on [[Friday 2 October|date]] in [[Taiwan|place]] and [[Isle of Wight|place]].\n"
                                    "NHS [[219 003 6381|nhs]]. Then Wilfred left.")]),)
    found = s95.problems(bad)
    assert any("phone is not a valid number" in p for p in found)
    for word in ("Tonton", "Babcia", "Revd"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Taiwan", "Isle of Wight"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit" in p for p in found)
    assert any("'Wilfred' is marked as a name elsewhere" in p for p in found)
