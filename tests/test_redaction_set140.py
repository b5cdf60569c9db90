"""Checks of the hand-written held-out redaction set 140 (bench/redaction_set140.py) that do not use the detector:
its size, its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set140 as s140
from tests import hand_set_checks as checks

NAMES, TOTAL = 578, 1010
# names that are words or towns; short forms; odd formats
HARD = (("FORD, Riley", "name"), ("TUCKER, Poppy", "name"), ("VOWLES, Kacie", "name"), ("HOOPER, Kai Jordan", "name"),
        ("Elle\nMárjá", "name"), ("Dean\n  DEACON", "name"), ("Elle Márjá Oskal", "name"), ("Ánte", "name"), ("ánte", "name"),
        ("Sunná", "name"), ("sunna", "name"), ("Niillas", "name"), ("Nadine Kewstoke", "name"), ("Kewstoke", "name"),
        ("Hollie Marsh", "name"), ("Churchill", "name"), ("Uphill", "name"), ("Tom Uphill", "name"), ("Rhian Backwell", "name"),
        ("Hannah Nailsea", "name"), ("Tasha Worle", "name"), ("Sam Clevedon", "name"), ("Claire Easton", "name"), ("Ruby Weston", "name"),
        ("Weston", "name"), ("Ben Wick", "name"), ("Grace Milton", "name"), ("Summer", "name"), ("summer", "name"),
        ("Owen Price-Jones", "name"), ("Ellie-Mae", "name"), ("Pops", "name"), ("Jase", "name"), ("kace", "name"), ("Ty", "name"),
        ("Alf", "name"), ("Con", "name"), ("Teti", "name"), ("Tere", "name"), ("trace", "name"), ("Ria", "name"), ("KJ", "name"),
        ("ash", "name"), ("kacie", "name"), ("lacey", "name"), ("deeks", "name"), ("Deeks", "name"), ("Tekarei", "name"),
        ("Tekarei Kaitabo", "name"), ("KAITABO", "name"), ("Bwena", "name"), ("Pi11", "name"), ("Rotarla", "name"), ("Teret1a", "name"),
        ("Gibbs", "name"), ("HARRIS", "name"), ("Fry", "name"), ("Lush", "name"), ("J. Deacon", "name"), ("Oskal", "name"),
        ("Hardwick", "name"), ("Weston", "place"), ("Weston-super-Mare", "place"), ("Oldmixon", "place"), ("oldmixon", "place"),
        ("Bournville", "place"), ("Bournvill", "place"), ("Worle", "place"), ("worle", "place"), ("Uphill", "place"), ("uphill", "place"),
        ("Banwell", "place"), ("Backwell", "place"), ("Nailsea", "place"), ("Clevedon", "place"), ("clevedon", "place"),
        ("Milton", "place"), ("Locking Castle", "place"), ("Hutton", "place"), ("Flax\nBourton", "place"), ("wraxall", "place"),
        ("Portishead", "place"), ("PORTISHEAD", "place"), ("Portishcad", "place"), ("portishead", "place"), ("BRISTOL", "place"),
        ("Hartcliffe", "place"), ("Knowle West", "place"), ("knowle", "place"), ("Lawrence Weston", "place"), ("Burnham-on-Sea", "place"),
        ("aberdeen", "place"), ("Guovdageaidnu", "place"), ("guovdageaidnu", "place"), ("Guovdageainnus", "place"),
        ("Kautokeino", "place"), ("Kárášjohka", "place"), ("Kárášjogas", "place"), ("Karasjok", "place"), ("Hammerfest", "place"),
        ("Betio", "place"), ("Bikenibeu", "place"), ("Tarawa", "place"), ("South Tarawa", "place"), ("Bair1ki", "place"),
        ("Báhčaveaijohgeaidnu 4", "address"), ("9520", "postcode"), ("22 Lynton\n  Close", "address"), ("no. 29", "address"),
        ("no 3", "address"), ("number 3", "address"), ("Flat 2", "address"), ("Flat 7", "address"), ("the Oval", "address"),
        ("27 Tamar rd", "address"), ("5 lonsdale ave", "address"), ("6 ashton street", "address"), ("harbour rd", "address"),
        ("Queensway", "address"), ("Queensway", "school"), ("HUTTON MOOR PRIMARY SCHOOL", "school"), ("Hutton Moor", "school"),
        ("Broadoak", "school"), ("Priory", "school"), ("Weston College", "school"), ("Locking Castle\nPrimary", "school"),
        ("14\nDecember", "date"), ("14th", "date"), ("4th", "date"), ("14 nov", "date"), ("20.12.2026", "date"), ("6th Nov 2026", "date"),
        ("16th November 2026", "date"), ("2.6.15", "dob"), ("28.05.2012", "dob"), ("+47 78 48 61 20", "phone"),
        ("+47 915 62 408", "phone"), ("+686 7301 2248", "phone"), ("+686 6302 5517", "phone"), ("07812 440193", "phone"),
        ("01934 833462", "phone"), ("JT 48 21 93 C", "ni"), ("KH 20 57 31 B", "ni"), ("WU19 KPE", "vehicle"), ("KX70 HBN", "vehicle"),
        ("674 088 6636", "nhs"), ("B802231720693", "upn"), ("ellemarja.oskal@gmail.com", "email"))
UNMARKED = ("Weston General Hospital", "the Weston General", "Oldmixon Lane Surgery", "Graham Road practice", "Bristol City Council",
            "Castlewood", "Locking Castle Community Centre", "Bristol Temple Meads", "Weston Milton", "Crown Glass Place", "Boulevard",
            "the Seagulls", "Harbourside Family Practice", "Clarence Park Surgery", "St Peter's", "the pier", "the marina", "Kooth",
            "Specsavers", "NEXT LINK PLUS", "Avon and Somerset", "NORTH SOMERSET", "Amazon", "asda", "ashhh_bs13", "laceyxo.x",
            "laceyy_bris", "Tinau", "Tibu", "Áhkku", "eadni", "Nans", "Norway", "Kiribati", "Englándii", "Kiritimati",
            "K X seven zero, H B N", "Kilo X-ray seven zero Hotel Bravo November", "MISPER 5226-1107", "W2260814", "S47/26/3391", "feb",
            "April 2022", "March 2025", "August 2026")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s140)


def test_the_counts():
    checks.counts(s140, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s140, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s140)
    names = [words for words, kind in spans if kind == "name"]
    assert any(any(c in name for c in "áčđŋšŧž") for name in names)  # North Sámi letters
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "address")


def test_the_checks_can_fail():
    bad = ((s140.RECORD_D, [("bad", "Ring [[0127 888 590|phone]] about [[Nei Tekarei|name]], [[Tibu Tekarei|name]],"
                                    " [[Anti Bwena|name]], [[áhkku Inga|name]], [[Rev. Ioane Tetoa|name]], [[PS Rachel Hutton|name]]"
                                    " on [[Monday 16 November|date]] in [[Kiribati|place]], [[Norway|place]], [[North Somerset|place]]"
                                    " and [[Englándii|place]].\n"
                                    "NHS [[946 554 6357|nhs]], UPN [[A802204120329|upn]], NI [[DQ 12 34 56 E|ni]]. Bwena said no.")]),)
    found = s140.problems(bad, record_ids=["9465546357"], record_phones=["0127 888 590"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 0127 888 590" in p for p in found)
    for word in ("Nei", "Tibu", "Anti", "áhkku", "Rev.", "PS"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Kiribati", "Norway", "North Somerset", "Englándii"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 946 554 6357" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Bwena' is marked as a name elsewhere" in p for p in found)
