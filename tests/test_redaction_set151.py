"""Checks of the hand-written held-out redaction set 151 (bench/redaction_set151.py) that do not use the detector:
its own hard cases, counts and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set151 as s151
from tests import hand_set_checks as checks

NAMES, TOTAL = 473, 905
# names that are words or towns; scripts; short forms; odd formats
HARD = (("WARDLE, Lili", "name"), ("SALT, Nicola", "name"), ("ISSOUFOU, Ibrahim", "name"), ("DACRES, Kai", "name"),
        ("WHITMORE, Darren Lee", "name"), ("SALT Tegan", "name"), ("COPE Mason", "name"), ("Kacie-Leigh TWIGG", "name"),
        ("F1nley BEARDMORE", "name"), ("Beverley\nDacres", "name"), ("D. Quinn", "name"), ("K. Bostock", "name"), ("Zoe H", "name"),
        ("Michelle T", "name"), ("Kai D", "name"), ("Dorcas Kila-Manu", "name"), ("Kace", "name"), ("kace", "name"), ("mase", "name"),
        ("daz", "name"), ("Daz", "name"), ("Deano", "name"), ("Skeng", "name"), ("Ibou", "name"), ("Tobi", "name"), ("Bev", "name"),
        ("bev", "name"), ("amber", "name"), ("Lee", "name"), ("Sean", "name"), ("Salt", "name"), ("Jack Salt", "name"), ("Peach", "name"),
        ("Redferns", "name"), ("Fenton", "name"), ("Garrett", "name"), ("ابراهيم", "name"), ("عيساتا", "name"), ("Aïssata Maïga", "name"),
        ("Maïga", "name"), ("Upper\nTean", "place"), ("stapenhill", "place"), ("horninglow", "place"), ("normanton", "place"),
        ("Mosbi", "place"), ("Port Moresby", "place"), ("Hanuabada", "place"), ("Gerehu", "place"), ("Lazaret", "place"),
        ("Niamey", "place"), ("Villeurbanne", "place"), ("Rochester", "place"), ("Rocester", "place"), ("Stretton", "place"),
        ("Burton", "place"), ("Stafford", "place"), ("Uttoxeter", "place"), ("Burton upon Trent", "place"),
        ("Section 52, Lot 14", "address"), ("no. 16", "address"), ("number 14", "address"), ("14 saxon st", "address"),
        ("bearwood hill", "address"), ("Denstone Rd", "address"), ("Flat 2, 31 Carter Street", "address"), ("needwood", "school"),
        ("winshill village", "school"), ("Holly Bank", "school"), ("Burton and South Derbyshire College", "school"),
        ("Thomas Alleyne's High School", "school"), ("3O/11/2O26", "date"), ("2/l2", "date"), ("1Oth", "date"), ("twelfth", "date"),
        ("19 NOV", "date"), ("19th", "date"), ("5", "date"), ("6 Dec", "date"), ("Mar 14 2022", "date"), ("14-06-2019", "dob"),
        ("+675 7382 4415", "phone"), ("+227 96 48 21 37", "phone"), ("+33 6 42 18 75 93", "phone"), ("+1 876 962 4187", "phone"),
        ("+44 7958 303824", "phone"), ("JT 48 21 93 C", "ni"), ("KX63 BLR", "vehicle"), ("FD20 XKM", "vehicle"), ("986 176 3694", "nhs"),
        ("N860397457477", "upn"), ("dquinn58@btinternet.com", "email"))
UNMARKED = ("Queen's Hospital Burton", "Burton Food Bank", "Uttoxeter Library", "Shobnall Leisure Complex", "Trent Needwood Council",
            "Winshill Wanderers", "FAMILY COURT SITTING AT DERBY", "Trent Wharf Surgery", "Trent Valley Medical Practice",
            "Shobnall Medical Centre", "Harplands", "Alton Towers", "Pirelli Stadium", "the Brewhouse", "Manchester parish", "Jamaica",
            "East Staffs", "Tyson", "Bubu", "teeg.x", "Toyota", "JCB", "Maccies", "Tok Pisin", "Zarma", "Staffordshire Police",
            "British Transport Police", "Mears", "EM -", "TG -", "PR", "26*4418871", "DE26P01184", "Catch22", "Humankind")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s151)


def test_the_counts():
    checks.counts(s151, NAMES, TOTAL)


def test_its_own_size_checks():
    docs = s151.sets()[s151.NAME]
    assert len({doc.text for doc in docs}) == 24


def test_the_hard_cases_are_there():
    checks.hard_cases(s151, HARD, UNMARKED)


def test_its_own_hard_cases():
    spans = checks.spans(s151)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Arabic script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")


def test_the_checks_can_fail():
    bad = ((s151.RECORD_C, [("bad", "Ring [[0161 946 221|phone]] about [[Mama Mary|name]], [[Anti Wilma|name]],"
                                     " [[Coach Lee|name]] and [[madame Maïga|name]] on [[Sunday 8 November|date]] in"
                                     " [[Papua New Guinea|place]] and [[Niger|place]]. Lili said no.\n[[Lili|name]] again.")]),)
    found = s151.problems(bad, record_ids=[], record_phones=[])
    assert any("phone is not a valid number: 0161 946 221" in p for p in found)
    for word in ("Mama", "Anti", "Coach", "madame"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Papua New Guinea", "Niger"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("'Lili' is marked as a name elsewhere" in p for p in found)
