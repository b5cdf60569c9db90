"""Checks of the hand-written held-out redaction set 39 (bench/redaction_set39.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set39 as s39
from tests import hand_set_checks as checks

NAMES, TOTAL = 512, 919
# names that are words or towns; scripts; short forms; odd formats
HARD = (("DUNDERDALE, Kaiden", "name"), ("WALMSLEY, Poppy-Mae", "name"), ("BROUGH-CLARKE, Reuben", "name"),
        ("HARDSTAFF, Pauline", "name"), ("HORÁKOVÁ, Tereza", "name"), ("HORÁKOVÁ Lenka", "name"), ("DVOŘÁK Radek", "name"),
        ("Kaiden DUNDERDALE", "name"), ("Chelsea PARR", "name"), ("Kaiden D", "name"), ("Zahra J", "name"), ("Lenka H", "name"),
        ("Poppy W", "name"), ("H. Frow", "name"), ("Grace\nOduya", "name"), ("Sayed\nMohammad Jafari", "name"),
        ("Irene\nRowbotham", "name"), ("Connor Lincoln", "name"), ("Tracey Lincoln", "name"), ("Lincoln", "name"), ("Hope", "name"),
        ("Lorraine Hope", "name"), ("Dawn", "name"), ("Ireland", "name"), ("Sam Ireland", "name"), ("Pops", "name"), ("Big Dale", "name"),
        ("JORD", "name"), ("jord", "name"), ("Tego", "name"), ("TJ", "name"), ("Shaz", "name"), ("Chels", "name"), ("chels", "name"),
        ("bren", "name"), ("stace", "name"), ("reubz", "name"), ("Abigail Sparrow", "name"), ("Keith Sherwood", "name"),
        ("Matyho", "name"), ("Petra", "name"), ("Leni", "name"), ("Matty", "name"), ("Matyas", "name"), ("Radek Dvorak", "name"),
        ("Lenka Horakova", "name"), ("Monika Šťastná", "name"), ("Kateřina Bártová", "name"), ("زهرا", "name"), ("زهرا جعفری", "name"),
        ("مرتضی", "name"), ("فاطمه", "name"), ("رزی", "name"), ("Ali Reza", "name"), ("Brackenburys", "name"), ("Lincoln", "place"),
        ("lincoln", "place"), ("Boston", "place"), ("boston", "place"), ("Skeg", "place"), ("bully", "place"), ("Sandsfield", "place"),
        ("Morton", "place"), ("Lea", "place"), ("Kirkby", "place"), ("Kirkby-in-Ashfield", "place"), ("Sutton-in-Ashfield", "place"),
        ("Top Valley", "place"), ("St Ann's", "place"), ("Hazara Town", "place"), ("Quetta", "place"), ("کویته", "place"),
        ("مشهد", "place"), ("ناتینگهام", "place"), ("Jaghori", "place"), ("Olomouc", "place"), ("Olomouce", "place"),
        ("Long Suttonu", "place"), ("Wisbeche", "place"), ("Prostějov", "place"), ("Fleet Hargate", "place"),
        ("22 Piccadilly", "address"), ("highbury rd", "address"), ("no. 16", "address"), ("18", "address"), ("number 11", "address"),
        ("Flat 2", "address"), ("Dolní náměstí 12", "address"), ("نمبر ۹ پورت آرتر رود", "address"), ("11 Hucknall\nRoad", "address"),
        ("Kingsway", "address"), ("Kingsway", "school"), ("Castle Hills", "school"), ("castle hills", "school"),
        ("Castle Hills Community\nAcademy", "school"), ("rufford", "school"), ("St Stephen's", "school"), ("Little Acorns", "school"),
        ("12.", "date"), ("14. 11. 2026", "date"), ("12.11.", "date"), ("11-Nov-2026", "date"), ("28th", "date"), ("9th", "date"),
        ("2 Nov 26", "date"), ("20th November 2026", "date"), ("22-06-1964", "dob"), ("+92 331 824 6617", "phone"),
        ("+420 604 218 773", "phone"), ("+420 731 552 906", "phone"), ("NH 81 42 66 D", "ni"), ("NA19 KXO", "vehicle"),
        ("FD18 LLN", "vehicle"), ("346 033 6900", "nhs"), ("M925222819948", "upn"), ("N892276414389", "upn"),
        ("b.ellis@nottinghamacademy.org", "email"))
UNMARKED = ("Sneinton Health Centre", "Lincoln County Hospital", "Sleaford Medical Group", "Kirkby Community Primary Care Centre",
            "Trent Valley Surgery", "HMP Ranby", "Sills & Betteridge", "Fenland Staffing", "ASHFIELD FOOD BANK",
            "Kingsway Methodist centre", "John Coupland Hospital", "Change Grow Live", "Citizens Advice", "Kingdom Hall", "Base 51",
            "Language\nLine", "McDonald's", "Bruno", "Tia", "Saratan", "Pakistan", "Iran", "Helmand", "LINCOLNSHIRE POLICE", "Baba",
            "Mamar", "reubz.ng6", "کاکا", "خاله", "HF", "AW", "IW", "SS/26/118804", "AFB-26-4471", "0093", "Op Encompass", "Nanna", "jan")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s39)


def test_the_counts():
    checks.counts(s39, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s39, HARD, UNMARKED, split=("name", "address", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s39)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Dari (Perso-Arabic script)
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Dari script


def test_the_checks_can_fail():
    bad = ((s39.RECORD_C, [("bad", "Ring [[0115 927 441|phone]] about [[Zahra|name]], [[Nanna Pauline|name]], [[Mrs Sultani|name]]"
                                    " and [[DC Perrins|name]] on [[Thursday 12 November|date]] in [[Afghanistan|place]],"
                                    " [[Lincolnshire|place]] and [[Helmand|place]].\n"
                                    "NHS [[399 796 5464|nhs]], UPN [[A892261218511|upn]]. Zahra said no.")]),)
    found = s39.problems(bad, record_ids=["3997965464"], record_phones=["0115 927 441"])
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 0115 927 441" in p for p in found)
    for word in ("Nanna", "Mrs", "DC"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Afghanistan", "Lincolnshire", "Helmand"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 399 796 5464" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("'Zahra' is marked as a name elsewhere" in p for p in found)
