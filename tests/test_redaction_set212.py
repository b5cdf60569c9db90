"""Checks of the hand-written held-out redaction set 212 (bench/redaction_set212.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set212 as s212
from tests import hand_set_checks as checks

NAMES, TOTAL = 553, 907
HARD = (("BAYLISS, Tyler", "name"), ("PALOOTS, Anne", "name"), ("PALOOTS Liidia", "name"), ("STACEY Kieran", "name"),
        ("HARDING, Millie", "name"), ("WHEELER, Oscar", "name"), ("Oscar WHEELER", "name"), ("Ruby C0X", "name"),
        ("Gemma\nHursey", "name"), ("Vanka", "name"), ("Ksenja", "name"), ("Liidi", "name"), ("kieran", "name"),
        ("jord", "name"), ("ty", "name"), ("ruby k", "name"), ("Tiiu Kõiv", "name"), ("Anne P", "name"),
        ("Marlow Bottom", "place"), ("marlow bottom", "place"), ("Flackwell\nHeath", "place"), ("High\nWycombe", "place"),
        ("Princes\nRisborough", "place"), ("Värska", "place"), ("värska", "place"), ("BIedlow", "place"), ("wooburn", "place"),
        ("cores end", "place"), ("Loosley Row", "place"), ("saunderton", "place"), ("Tallinn", "place"),
        ("Rose Cottage, Water Lane", "address"), ("no. 24", "address"), ("no 40", "address"), ("Cores End Rd", "address"),
        ("SL7 3EE", "postcode"), ("Spinfield", "school"), ("Stony Dean", "school"), ("3O/1l/2026", "date"),
        ("0l/06/2026", "dob"), ("the 9th", "date"), ("the 14th", "date"), ("23rd", "date"), ("21.10", "date"),
        ("+372 5123 4567", "phone"), ("01494 488 216", "phone"), ("KP20 XLO", "vehicle"), ("RX17 PFO", "vehicle"),
        ("PT 48 19 62 C", "ni"), ("JL 72 40 15 A", "ni"), ("532 416 4585", "nhs"), ("2172795526", "nhs"),
        ("J825212301104", "upn"), ("M825212301407", "upn"), ("evie.r2010@gmail.com", "email"),
        ("Vabaduse 7", "address"), ("64001", "postcode"), ("Tartost", "place"), ("Biscuit", "name"), ("Chanteile C0x", "name"),
        ("22/O3/1998", "dob"), ("30/1l", "date"), ("Bourne\nEnd", "place"), ("NR 63 28 91 D", "ni"))
UNMARKED = ("Estonia", "Setomaa", "Marlow Medical Group", "THAMES VALLEY POLICE", "tiny_w", "Seto and russian", "2024?",
            "monday", "leelo", "mamma", "imä",
            "Wycombe Hospital", "Cross Keys Surgery", "k.stacey_09", "44812", "Setomaa,")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s212)


def test_the_counts():
    checks.counts(s212, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s212, HARD, UNMARKED)
