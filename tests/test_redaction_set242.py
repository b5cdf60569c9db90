"""Checks of the hand-written held-out redaction set 242 (bench/redaction_set242.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set242 as s242
from tests import hand_set_checks as checks

NAMES, TOTAL = 539, 878
HARD = (("BALDWIN, Tyler", "name"), ("WAFULA, Ethan", "name"), ("PARFITT, Hayley", "name"), ("TANNER, Craig", "name"),
        ("MATTOCK, Kian", "name"), ("THORNE, Leo", "name"), ("J0die PEGLER", "name"), ("Peg1er", "name"), ("Is1a", "name"),
        ("Shane Ma1pass", "name"), ("Dan 0'Keefe", "name"), ("Sandra Peg1er", "name"), ("Helen\nMarchant", "name"),
        ("Owen\nPritchard", "name"), ("Aaron\nLegg", "name"), ("Phil\nNewman", "name"), ("Rose Nanjala", "name"),
        ("Simiyu", "name"), ("Nasimiyu", "name"), ("Wafula", "name"), ("San", "name"), ("Leo T", "name"), ("Jordz", "name"),
        ("stace", "name"), ("rubes", "name"), ("jackjack", "name"), ("brandz", "name"), ("gill bessant", "name"),
        ("poppys", "name"), ("Hobbs", "name"), ("Leon", "name"),
        ("Tetbury\nUpt0n", "place"), ("Sherston\nMagna", "place"), ("tetbury upton", "place"), ("easton grey", "place"),
        ("Cirenc ester", "place"), ("Str0ud", "place"), ("Bungoma", "place"), ("Kakamega", "place"), ("Webuye", "place"),
        ("Kimilili", "place"), ("Mumias", "place"), ("Filands", "place"), ("Westport", "place"), ("cowbridge", "place"),
        ("Luckington", "place"), ("Shipton Moyne", "place"), ("Sopworth", "place"),
        ("Flat 3, 8 Ch1lkwell Close", "address"), ("Flat 6, 40 Station Hill", "address"), ("31 Burnivale", "address"),
        ("no. 21", "address"), ("no 6", "address"), ("Oakfield House", "address"), ("Querns Lane", "address"),
        ("GL7 lQS", "postcode"), ("SN16 9NS", "postcode"), ("St\nJoseph's", "school"), ("Malmesbury\nSchool", "school"),
        ("Malmesbury\nC of E", "school"), ("2l November 2O26", "date"), ("l4/ll/2O26", "date"), ("l9.ll.26", "date"),
        ("O8/l2/2O26", "date"), ("boxing day", "date"), ("bonfire night", "date"), ("24th", "date"), ("12th", "date"),
        ("2l/O6/l997", "dob"), ("11th of june", "dob"), ("+254 712 438 906", "phone"), ("+254 722 615 384", "phone"),
        ("01666 840 562", "phone"), ("JK 52 71 38 B", "ni"), ("418 999 5320", "nhs"), ("7720093569", "nhs"),
        ("D916206021964", "upn"), ("J865280616695", "upn"), ("WP68 XRT", "vehicle"), ("KN19 WZP", "vehicle"),
        ("priya.anand3@nhs.net", "email"), ("marcus.thorne86@outlook.com", "email"))
UNMARKED = ("Kenya", "Gloucestershire", "Tetbury Family Hub", "Great Western Hospital", "Malmesbury Town", "Little Acorns",
            "Turning P0int", "Kukhu", "Khotsa", "Senge", "Mulembe", "Smudge", "ted lol", "bobby", "Christmas 2026", "(2021)",
            "since 2024", "4417", "mdogo", "Cllr", "Boots")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s242)


def test_the_counts():
    checks.counts(s242, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s242, HARD, UNMARKED)
