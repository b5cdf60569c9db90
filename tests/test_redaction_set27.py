"""Checks of the hand-written held-out redaction set 27 (bench/redaction_set27.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set27 as s27
from tests import hand_set_checks as checks

NAMES, TOTAL = 341, 610
# names that are words or towns; short forms; odd formats
HARD = (("MANNERING, Kaden", "name"), ("ORTIZ, Luz Marina", "name"), ("QUISHPE GUAMÁN, Mishel", "name"), ("Tyrese BAILEY-THORNE", "name"),
        ("Valentina Cardona Ortiz", "name"), ("Mishel Q G", "name"), ("liam f", "name"), ("Reading", "name"), ("Hope", "name"),
        ("Joy", "name"), ("Precious", "name"), ("Marcus Eden", "name"), ("Smokey", "name"), ("lvy", "name"), ("Hernán", "name"),
        ("Gloria", "name"), ("Vale", "name"), ("vale", "name"), ("santi", "name"), ("kaden", "name"), ("daz", "name"),
        ("rhiannon", "name"), ("reece", "name"), ("Yusuf\nDemir", "name"), ("Kings Farm", "place"), ("Aylesbury Estate", "place"),
        ("Andover estate", "place"), ("walderslade", "place"), ("madrid", "place"), ("croydon", "place"), ("tufnell pk", "place"),
        ("seven sisters", "place"), ("Elephant and Castle", "place"), ("Medellín", "place"), ("Riobamba", "place"), ("Laureles", "place"),
        ("Strood", "place"), ("Calle 45 # 70-21", "address"), ("no. 29", "address"), ("cliffe rd", "address"),
        ("Robin Hood\nLane", "address"), ("62 Perry St", "address"), ("Flat 31, Wendover", "address"),
        ("Bellingham Ravens\nAcademy", "school"), ("Walworth Gate", "school"), ("Lordswood Vale", "school"), ("19-20\nSeptember", "date"),
        ("5 de diciembre", "date"), ("14th", "date"), ("7th", "date"), ("the 10th", "date"), ("10th Nov 2026", "date"),
        ("25 Nov 2026", "date"), ("14/2/1989", "dob"), ("+57 314 770 2258", "phone"), ("+593 99 284 1736", "phone"),
        ("JK 30 71 25 B", "ni"), ("505 443 1160", "nhs"), ("M209273165061", "upn"), ("h.marchetti@bellinghamravens.sch.uk", "email"),
        ("BAILEY-THORNE, Tyrese", "name"), ("COXALL, Kayla", "name"), ("STRUDWICK", "name"), ("T-Bone", "name"), ("Kaz", "name"),
        ("sharon pye", "name"), ("siobhan k", "name"), ("Rosa Guamán", "name"), ("Kyle Mensah-Reid", "name"), ("Reyes-Whitfield", "name"),
        ("bluewater", "place"), ("Finsbury Park", "place"), ("La Politécnica", "place"), ("margate", "place"), ("Istead Rise", "place"),
        ("me5", "postcode"), ("29", "address"), ("number 12", "address"), ("no 60", "address"), ("Flat\n31", "address"),
        ("Av. Canónigo\nRamos 24-18", "address"), ("Little Acorns Nursery", "school"), ("Lordswood Vale Primary\nSchool", "school"),
        ("6 de diciembre de 2026", "date"), ("9", "date"), ("11 November", "date"), ("10 Dec", "date"), ("Twelfth of Feb, 2004", "dob"),
        ("+593 2 260 4415", "phone"), ("GJ19 XTW", "vehicle"))
UNMARKED = ("Darent Valley Hospital", "Homerton Hospital", "Capstone Country Park", "Tesco", "Kent Police", "Met Police", "LinguaSouth",
            "Latin American Women's Rights Service", "Lewisham Young Carers", "One Stop Shop", "Biscuit", "kayla.c.x", "Familia",
            "Abuela", "Ecuador", "Suffolk", "Wednesday", "Saturdays", "Medway Reach", "THAMES GATE", "RAVENSBOURNE VALE", "Burgess Park",
            "Gun Wharf", "Lordswood Surgery", "sainsburys", "Medway CSU", "#justiceforkayla", "MALE 1", "FEMALE 1", "14471", "Colombia",
            "mami", "tía", "London", "August", "Sundays")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s27)


def test_the_counts():
    checks.counts(s27, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s27, HARD, UNMARKED, split=("name", "address", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s27)
    names = [words for words, kind in spans if kind == "name"]
    assert any("-" in name and name[0].isupper() for name in names)  # hyphenated names


def test_the_checks_can_fail():
    bad = (
        (
            s27.RECORD_C,
            [
                (
                    "bad",
                    "Ring [[020 7703 441|phone]] about [[Don Hernán|name]], [[Abuela Gloria|name]] and"
                    " [[tía Yuliana|name]] on [[Wed 25 Nov|date]] in [[Ecuador|place]] and [[Kent|place]].",
                )
            ],
        ),
    )
    found = s27.problems(bad, record_ids=[], record_phones=[])
    assert any("phone is not a valid number: 020 7703 441" in p for p in found)
    for word in ("Don", "Abuela", "tía"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Ecuador", "Kent"):
        assert any("country, county or region" in p and region in p for p in found), region
