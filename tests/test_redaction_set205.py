"""Checks of the hand-written held-out redaction set 205 (bench/redaction_set205.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set205 as s205
from tests import hand_set_checks as checks

NAMES, TOTAL = 519, 915
HARD = (("DIXON, Kian", "name"), ("TALAGI, Mele", "name"), ("PULEHETOA, Tomasi", "name"), ("METCALFE, Anaya", "name"),
        ("BROGDEN, Freya", "name"), ("WILKINSON Ellis", "name"), ("Ann\nHarrison", "name"), ("Debbie\nProcter", "name"),
        ("Evie\nSowerby", "name"), ("Kath\nWilson", "name"), ("Jake\nProcter", "name"),
        ("Talagi", "name"), ("Iki", "name"), ("iki", "name"), ("Losa", "name"), ("Lagimaina Talagi", "name"),
        ("Margaret Dent", "name"), ("Freya Brogdon", "name"), ("Nei1", "name"), ("Hanah", "name"), ("FREYA", "name"),
        ("Big G", "name"), ("Deano", "name"), ("deano", "name"), ("kians", "name"), ("ryans", "name"), ("b parkin", "name"),
        ("shannons", "name"), ("Freya B", "name"), ("bobbi", "name"), ("capstick", "name"), ("Kirkby\nLonsdale", "place"),
        ("Kirkby Lonsdale", "place"), ("kirkby", "place"), ("Millthrop", "place"), ("millthrop", "place"),
        ("Cowgill", "place"), ("Gawthrop", "place"), ("gawthrop", "place"), ("Casterton", "place"), ("Castert0n", "place"),
        ("Burnes1de", "place"), ("Barbon", "place"), ("Biggins", "place"), ("Dentdale", "place"), ("Dent", "place"),
        ("dent", "place"), ("Lea Yeat", "place"), ("Hakupu", "place"), ("Otara", "place"), ("otara", "place"),
        ("Auckland", "place"), ("Cowan Bridge", "place"), ("Burton-in-Kendal", "place"), ("4 Frostrow Lane", "address"),
        ("3 hawes rd", "address"), ("no. 6", "address"), ("no 4", "address"), ("Low Fold Cottage", "address"),
        ("Flat 2, 17 Stricklandgate", "address"), ("Flat 1, Sun Inn Yard", "address"), ("LA10 5SJ", "postcode"),
        ("LA6 2DY", "postcode"), ("Settlebeck", "school"), ("QES", "school"), ("Sandgate", "school"),
        ("Queen Elizabeth School", "school"), ("26.1l.2026", "date"), ("2lst", "date"), ("2 Febuary", "date"),
        ("19th", "date"), ("25 Nov 2026", "date"), ("20 November", "date"),
        ("14/03/2018", "dob"), ("18 Sept 2013", "dob"), ("+64 21 458 9073", "phone"), ("+683 4127", "phone"),
        ("+683 7203", "phone"), ("015396 20418", "phone"), ("PN19 KVW", "vehicle"), ("PK16 WXE", "vehicle"),
        ("JT 48 22 71 C", "ni"), ("NX 62 14 38 A", "ni"), ("671 877 3824", "nhs"), ("1332395082", "nhs"),
        ("A909401221001", "upn"), ("Q909401924055", "upn"), ("corinne.towers@safeinthedales.org.uk", "email"),
        ("staceyd93@hotmail.co.uk", "email"))
UNMARKED = ("Niue", "New Zealand", "Cumbria", "lancs", "Ekalesia Kerisiano Niue", "Sedbergh Medical Practice",
            "Kirkby Lonsdale Youth Club", "Kirkby Lonsdale Surgery", "George and Dragon", "Sportsman's Inn", "Devil's Bridge",
            "Westmorland General", "g.money_lanc", "ellz_w11", "H.C.", "E.L.", "Magafaoa", "Tupuna", "Matua", "Vagahau Niue",
            "Review June 2027?", "Fakaalofa lahi atu", "Xbox")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s205)


def test_the_counts():
    checks.counts(s205, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s205, HARD, UNMARKED)
