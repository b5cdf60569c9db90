"""Checks of the hand-written held-out redaction set 91 (bench/redaction_set91.py) that do not use the detector:
its own hard cases, its counts and the strings it leaves unmarked (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set91 as s91
from tests import hand_set_checks as checks

NAMES, TOTAL = 468, 904
HARD = (("FRODSHAM, Mason", "name"), ("KALONJI, Exaucé", "name"), ("AL-HADDAD, Yusra", "name"), ("NORTON, Ellis", "name"),
        ("WARD, Maureen Patricia", "name"), ("HOLDEN, Sophie", "name"), ("Asha\nPatel", "name"), ("Jordan HALE", "name"),
        ("Hale", "name"), ("Sankey", "name"), ("Rose", "name"), ("Keith Norton", "name"), ("Weston", "name"), ("Frodsham", "name"),
        ("Daz", "name"), ("Ty", "name"), ("Exo", "name"), ("Mo", "name"), ("Kuba", "name"), ("Kuby", "name"), ("Kubuś", "name"),
        ("Kubus", "name"), ("Aga", "name"), ("jordz", "name"), ("kayls", "name"), ("stacey bates", "name"), ("whittle", "name"),
        ("Dagna11", "name"), ("Michael Doyle", "name"), ("يسرى", "name"), ("حمزة", "name"), ("يسرى الحداد", "name"), ("هدى", "name"),
        ("Jean-Pierre Ilunga Mwamba", "name"), ("Marta Zielińska", "name"), ("K. Norton", "name"), ("Weston", "place"),
        ("Hale Bank", "place"), ("Westy", "place"), ("Windmill HiII", "place"), ("Windmill\nHill", "place"), ("stockton heath", "place"),
        ("halton lea", "place"), ("wroclaw", "place"), ("Wrocławiu", "place"), ("Kinshasa", "place"), ("Kalamu", "place"),
        ("Al-Mualla", "place"), ("Aden", "place"), ("Schaerbeek", "place"), ("Tenerife", "place"), ("Sankey", "place"),
        ("12 Avenue Kasa-Vubu", "address"), ("ul. Legnicka 48/12", "address"), ("Rue de Brabant 87", "address"), ("no. 24", "address"),
        ("number 8", "address"), ("64", "address"), ("Flat 7,\nCronton House", "address"), ("Lodge Ln", "address"), ("1030", "postcode"),
        ("54-203", "postcode"), ("Palace Fie1ds", "school"), ("Padgate", "school"), ("Padgate", "place"), ("Barrow Hall", "school"),
        ("Our Lady's Catholic\nPrimary School", "school"), ("3 novembre 2026", "date"), ("18 octobre", "date"),
        ("4 December\n2026", "date"), ("1 Dec", "date"), ("12th", "date"), ("7th", "date"), ("30-11-2026", "date"), ("14.11.26", "date"),
        ("23.06.2015", "dob"), ("+243 81 523 4471", "phone"), ("+967 777 412 385", "phone"), ("+48 601 482 937", "phone"),
        ("+48 71 342 18 60", "phone"), ("+34 622 418 907", "phone"), ("+32 488 61 27 90", "phone"), ("0151 424 8300", "phone"),
        ("JT 41 86 20 C", "ni"), ("NH 62 19 44 B", "ni"), ("KX19 WTE", "vehicle"), ("YJ17 HNB", "vehicle"), ("DL66 KXW", "vehicle"),
        ("192 267 7779", "nhs"), ("W877169010914", "upn"), ("pasteur.ilunga@nouvellejerusalem.org.uk", "email"))
UNMARKED = ("Église Évangélique La Nouvelle Jérusalem", "NorthWest Language Link", "Bridgewater Community Healthcare",
            "Warrington Hospital", "Whiston Hospital", "Upton Rocks Medical Centre", "Children's Centre", "Cheshire Constabulary",
            "Merseyside Police", "Liverpool Crown Court", "HMP Altcourse", "Sankey Brook", "Mersey Vale", "Catch22", "Youth Zone",
            "Warrington Women's Aid", "Halton Women's Centre", "Runcorn Hill", "Bank Park", "the bridge", "kingsway leisure centre",
            "Crosfield's", "Citizens Advice", "Great Sankey mosque", "St Bede's", "Castlefields practice", "Windmill Street", "Premier",
            "greggs", "maccies", "asda", "tiktok", "m4son_wa5", "ابو", "Baba", "Jiddah", "Mama", "Maman", "Madame", "Pastor", "Pasteur",
            "khalto", "Babcia", "Sheikh", "Poland", "DRC", ", 2023;", "26/91/0442", "LI-22914", "BL", "SP nr 12")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s91)


def test_the_counts():
    checks.counts(s91, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s91, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s91)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Arabic script
