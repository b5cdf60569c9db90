"""Checks of the hand-written held-out redaction set 99 (bench/redaction_set99.py) that do not use the detector:
its own hard cases, its counts and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set99 as s99
from tests import hand_set_checks as checks

NAMES, TOTAL = 554, 987
# names that are words or towns; scripts; short forms; odd formats
HARD = (("HATHERLEY, Kai", "name"), ("KEAR, Harley", "name"), ("AMUTENYA, Tangeni", "name"), ("PIKE, Malee", "name"),
        ("Kai HATHERLEY", "name"), ("Ndapewa SHIKONGO", "name"), ("Tiana Hale-\nTeague", "name"), ("Jordan\nSterry", "name"),
        ("Dawn", "name"), ("Mason Bream", "name"), ("Gemma Tuffley", "name"), ("Jenkins", "name"), ("reece", "name"), ("rowan", "name"),
        ("chels", "name"), ("roy", "name"), ("ezra", "name"), ("stuart", "name"), ("Ka1ie Jones", "name"), ("Kibbie", "name"),
        ("Lorraine Brearn", "name"), ("masonnn", "name"), ("Maisie J", "name"), ("M. Wintle", "name"), ("B. Jaques", "name"),
        ("T Brobyn", "name"), ("Kaur", "name"), ("Pulham", "name"), ("ສົມພອນ", "name"), ("ບົວສອນ", "name"), ("NOY", "name"),
        ("Noy", "name"), ("Ndapewa", "name"), ("Tangi", "name"), ("Eighth of January 93", "dob"), ("30th September 96", "dob"),
        ("2nd of June 2017", "dob"), ("Bream", "place"), ("bream", "place"), ("Tuffley", "place"), ("Lydnev", "place"),
        ("Oshakati\nEast", "place"), ("Katutura", "place"), ("Windhoek", "place"), ("Ban Phonxay", "place"), ("Xaysetha", "place"),
        ("Vientiane", "place"), ("Half Way Tree", "place"), ("Kingston", "place"), ("HUCCLECOTE", "place"), ("steam mills", "place"),
        ("Sling", "place"), ("naas couit", "address"), ("naas ct", "address"), ("flat 2", "address"), ("no. 18", "address"),
        ("number 20", "address"), ("112", "address"), ("Erf 1123", "address"), ("Erf 56, Otjomuise Road", "address"),
        ("Flat 6, Ashley Road", "address"), ("Sneedhams\nGreen", "address"), ("Westgate Street", "address"), ("Podsmead", "school"),
        ("TJS", "school"), ("Crypt", "school"), ("Five Acres", "school"), ("Ribston", "school"), ("Little Acorns", "school"),
        ("+264 81 234 5678", "phone"), ("+264 61 224 310", "phone"), ("+856 20 5561 2234", "phone"), ("+856 21 215 467", "phone"),
        ("+44 7723 408 115", "phone"), ("JR 48 20 61 B", "ni"), ("CU19 WZK", "vehicle"), ("WU70 HPN", "vehicle"), ("KV68 RZA", "vehicle"),
        ("663 923 3215", "nhs"), ("L916526018159", "upn"), ("E916186091390", "upn"), ("3 aug", "date"), ("21", "date"), ("2nd", "date"),
        ("15th", "date"), ("1ST NOV", "date"), ("21.11.26", "date"), ("02-10-2026", "date"))
UNMARKED = ("Gloucester Rugby", "Tuffley Rovers", "Coleford Family Centre", "Gloucestershire Royal Hospital", "Dockham Road Surgery",
            "Rikenel Health Centre", "Mahosot hospital", "ELCIN", "Two Rivers Housing", "Young Gloucestershire", "Women's Aid",
            "Robinswood Hill", "Cabot Circus", "the Quays", "Biscuit", "Peppa", "Glevum Council", "Gloucestershire Constabulary",
            "Citizens Advice", "ST CATHERINE'S SURGERY", "pastoral@fiveacres.example.sch.uk", "ແມ່ຮັກລູກ", "Namibia", "Laos", "Jamaica",
            "Meme", "Tate", "MAE", "Granny", "Pastor", "IMM/SHI/2291", "7719-44", "September 2027", "2019-2022")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s99)


def test_the_counts():
    checks.counts(s99, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s99, HARD, UNMARKED)


def test_its_own_hard_cases():
    spans = checks.spans(s99)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Lao script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "address")


def test_the_checks_can_fail():
    bad = ((s99.RECORD_C, [("bad", "Ring [[0145 252 036|phone]] about [[Tangi|name]], [[Meme Ndapewa|name]], [[Tate Johannes|name]],"
                                    " [[Mae Noy|name]] and [[Granny Merle|name]] on [[Monday 16 November|date]] in [[Namibia|place]],"
                                    " [[Laos|place]] and [[Gloucestershire|place]]. Tangi said no.")]),)
    found = s99.problems(bad, record_ids=[], record_phones=[])
    assert any("phone is not a valid number: 0145 252 036" in p for p in found)
    for word in ("Meme", "Tate", "Mae", "Granny"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Namibia", "Laos", "Gloucestershire"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("'Tangi' is marked as a name elsewhere" in p for p in found)
