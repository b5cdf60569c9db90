"""Checks of the hand-written held-out redaction set 63 (bench/redaction_set63.py) that do not use the detector:
its size, its own hard cases, the strings it leaves unmarked, and its failing checks."""

from bench import redaction_set63 as s63
from tests import hand_set_checks as checks

NAMES, TOTAL = 493, 913
# names that are words; inflected names and towns; odd formats
HARD = (("MARSH, Callum", "name"), ("DARBY, Reece", "name"), ("UWASE, Gloria", "name"), ("REED, Willow", "name"),
        ("Lowe, Bethan", "name"), ("Lucija KOVAČIĆ", "name"), ("Mateo BABIĆ", "name"), ("Ružica Kovačić", "name"),
        ("Piotr Zieliński", "name"), ("Kaiden\nMoss", "name"), ("Matea", "name"), ("Mai", "name"), ("Ruža", "name"), ("luci", "name"),
        ("Hope", "name"), ("Innocent", "name"), ("Wren", "name"), ("Willow Reed", "name"), ("Rowan", "name"), ("Poppy", "name"),
        ("Pop", "name"), ("Pat Winter", "name"), ("Mark Gotobed", "name"), ("Jean de Dieu", "name"), ("Jean-Paul Habimana", "name"),
        ("Ivana K.", "name"), ("Abena B", "name"), ("Mikey T", "name"), ("michael tanner", "name"), ("gaz", "name"), ("Dazza", "name"),
        ("denise", "name"), ("akinola", "name"), ("piotr", "name"), ("sharon", "name"), ("Sanja", "name"), ("Speciose", "name"),
        ("gmc", "place"), ("hartford", "place"), ("Marcha", "place"), ("Białymstoku", "place"), ("białystok", "place"),
        ("March", "place"), ("march", "place"), ("Ramsey", "place"), ("Huye", "place"), ("Kimironko", "place"), ("Osijek", "place"),
        ("Queen Adelaide", "place"), ("Hemingford Grey", "place"), ("Kingfisher Blue", "address"), ("Blue", "address"),
        ("Dragonfly", "address"), ("pontoon C", "address"), ("Ouse Bend Moorings", "address"), ("Ulica Ivana Gundulića 12", "address"),
        ("ul. Lipowa 8 m. 3", "address"), ("KN 5 Rd 14", "address"), ("no. 16", "address"), ("16", "address"), ("Sallowbush", "address"),
        ("slepe hall", "address"), ("32000", "postcode"), ("15-424", "postcode"), ("hemingford meadow", "school"),
        ("OXM0OR BR00K PRIMARY SCH00L", "school"), ("OBP", "school"), ("HMA", "school"), ("hma", "school"), ("CRA", "school"),
        ("l4/11/2026", "date"), ("ll Nov", "date"), ("1.11.2026.", "date"), ("18 grudnia", "date"), ("Oct 14, 2026", "date"),
        ("6th", "date"), ("26th", "date"), ("19.01.12", "dob"), ("2.8.2020", "dob"), ("+385 91 473 2816", "phone"),
        ("+250 788 412 905", "phone"), ("+48 512 604 773", "phone"), ("07512773908", "phone"), ("433 729 1938", "nhs"),
        ("G873166099229", "upn"), ("JT 48 21 65 B", "ni"), ("FN68 WKD", "vehicle"), ("pete@ousebendmoorings.co.uk", "email"))
UNMARKED = ("Acorn Surgery", "Addenbrooke's", "Centre 33", "Littleport Library", "Cherry Hinton Library", "Cherry Hinton Medical Centre",
            "St Mary's Surgery", "Environment Agency", "Great Ouse", "Tesco", "Bruno", "52614", "teta", "baka", "babcia", "wujek",
            "nyogokuru", "Nyogokuru", "Umuryango", "Cambridgeshire MASH", "Cambridgeshire Constabulary", "Home Office", "Ormiston",
            "Moncler", "Co-op", "CPOMS", "police station", "Croatian", "Kinyarwanda", "St Andrew's", "Waterways Ely",
            "Cherry Hinton Medical", "Grandad", "Dad:", "Mama:", "Papa:", "come in December", "since 2024")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s63)


def test_the_counts():
    checks.counts(s63, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s63, HARD, UNMARKED, split=("name",))


def test_its_own_hard_cases():
    spans = checks.spans(s63)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not name.isascii() for name in names)  # Croatian and Polish letters
    assert any(words.islower() for words, k in spans if k == "school")


def test_the_checks_can_fail():
    bad = ((s63.RECORD_C, [("bad", "Ring [[0173 320 391|phone]] about [[baka Ružica|name]], [[teta Sanja|name]], [[babcia Halina|name]],"
                                    " [[nyogokuru Speciose|name]] on [[Monday 2 November|date]] in [[Croatia|place]]"
                                    " and [[Rwanda|place]].\n"
                                    "NHS [[517 578 2496|nhs]]. Lucija said no.")]),)
    found = s63.problems(bad)
    assert any("phone is not a valid number" in p for p in found)
    for word in ("baka", "teta", "babcia", "nyogokuru"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Croatia", "Rwanda"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit" in p for p in found)
