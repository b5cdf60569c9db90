"""Checks of the hand-written held-out redaction set 133 (bench/redaction_set133.py) that do not use the detector:
its size, its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set133 as s133
from tests import hand_set_checks as checks

NAMES, TOTAL = 555, 1017
# names that are words or towns; scripts; short forms; odd formats
HARD = (("BEN-DAVID, Yarden", "name"), ("GOUGH, Donna", "name"), ("MORRISON, Ruairidh", "name"), ("KEOGH, Alfie-James", "name"),
        ("MARRIOTT, Kai", "name"), ("WARD, Reece", "name"), ("OSEI-BONSU, Jamal", "name"), ("Poppy-Mae T", "name"), ("Skye H", "name"),
        ("Alfie-James K.", "name"), ("Frank-\nie", "name"), ("kayleigh tolley", "name"), ("jord", "name"), ("bernie", "name"),
        ("bernadette", "name"), ("tyler", "name"), ("lacey", "name"), ("eilidh", "name"), ("gilad", "name"), ("Hope", "name"),
        ("Skye", "name"), ("Chelsea", "name"), ("Paris", "name"), ("Bernie Glasgow", "name"), ("Bethany Cheshire", "name"),
        ("Jade Marston", "name"), ("Marston", "name"), ("Catriona Nicolson", "name"), ("Gary", "name"), ("Gaz", "name"), ("Dee", "name"),
        ("D-Man", "name"), ("Jean", "name"), ("Yardenush", "name"), ("ירדנוש", "name"), ("רינה", "name"), ("איתי", "name"),
        ("נועה", "name"), ("רינה לוי", "name"), ("Murdo", "name"), ("Murdie", "name"), ("Murchadh", "name"), ("Dòmhnall MacLeod", "name"),
        ("Rory", "name"), ("Parmar", "name"), ("Birnbaum", "name"), ("Marston Jabbett", "place"), ("Lewis", "place"),
        ("Isle of\nLewis", "place"), ("Skeg-\nness", "place"), ("bed\nworth", "place"), ("walsgrave", "place"), ("ash green", "place"),
        ("hillfields", "place"), ("bedworth", "place"), ("stockingford", "place"), ("Cov", "place"), ("Bermuda", "place"),
        ("Keresley End", "place"), ("Chilvers Coton", "place"), ("Tel Aviv", "place"), ("תל אביב", "place"), ("חיפה", "place"),
        ("Be'er Sheva", "place"), ("Kfar Saba", "place"), ("Steòrnabhagh", "place"), ("Siabost", "place"), ("Tong", "place"),
        ("Glasgow", "place"), ("17 Greenm00r R0ad", "address"), ("blackberry lane", "address"), ("14 church rd", "address"),
        ("no. 24", "address"), ("number 19", "address"), ("Flat 9", "address"), ("Rehov Weizmann 112", "address"),
        ("4424512", "postcode"), ("Little Acorns", "school"), ("Little Acorns Day Nursery", "school"), ("Whitestone\nInfants", "school"),
        ("Nicolson", "school"), ("Sowe Valley", "school"), ("North Warwickshire and South Leicestershire College", "school"),
        ("HIGHAM LANE SCHOOL", "school"), ("19mh", "date"), ("21", "date"), ("10/10/26", "date"), ("27th", "date"),
        ("02-Jun-2026", "dob"), ("+972 52-418-3307", "phone"), ("+972 3-641-2285", "phone"), ("01851 702 418", "phone"),
        ("KP66", "vehicle"), ("KP66 WZT", "vehicle"), ("FN19 KXR", "vehicle"), ("SN 41 06 72 A", "ni"), ("245 417 8613", "nhs"),
        ("A937035395196", "upn"), ("kirsty.macaulay@cne-siar.gov.uk", "email"))
UNMARKED = ("George Eliot Hospital", "Bulkington Village Centre", "Bedworth Health Centre", "Bedworth\nFamily Hub", "Manor Court Surgery",
            "Hill Top Surgery", "Lewis Camanachd", "Comhairle nan Eilean Siar", "Anker and Sowe Borough Council",
            "University Hospital Coventry", "the Caludon", "Western Isles Hospital", "Prologis Park", "the Ropewalk", "miners welfare",
            "the Pingles", "Police Scotland", "LanguageLine", "Coram Voice", "Bane", "kaim_0719", "dmoney_cv6", "Seanair 🐟", "Seanair's",
            "Pesach", "Chanukah", "Rosh Hashanah", "England", "Israel", "Abba", "Savta's", "a ghràidh", "MP/26/0922/WK", "PHQ-9")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s133)


def test_the_counts():
    checks.counts(s133, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s133, HARD, UNMARKED, split=("name", "address", "place", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s133)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Hebrew script
    assert any("-" in name and name[0].isupper() for name in names)  # hyphenated names
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Hebrew script


def test_the_checks_can_fail():
    bad = ((s133.RECORD_E, [("bad", "Ring [[0161 946 221|phone]] about [[Savta Rina|name]], [[סבתא רינה|name]],"
                                    " [[Seanair Donald|name]] and [[Mrs Hope|name]] on [[Friday 9 October|date]] in"
                                    " [[Israel|place]], [[Warwickshire|place]] and [[the Western Isles|place]].\n"
                                    "NHS [[245 417 8614|nhs]]. Yarden said no.")]),)
    found = s133.problems(bad, record_ids=["2454178614"], record_phones=["0161 946 221"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("phone is not a valid number: 0161 946 221" in p for p in found)
    for word in ("Savta", "סבתא", "Seanair", "Mrs"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Israel", "Warwickshire", "the Western Isles"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 245 417 8614" in p for p in found)
