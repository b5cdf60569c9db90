"""Checks of the hand-written held-out redaction set 261 (bench/redaction_set261.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set261 as s261
from tests import hand_set_checks as checks

NAMES, TOTAL = 524, 880
HARD = (("TONKS, Kacey-Leigh", "name"), ("CAMPBELL, Tyrese", "name"), ("HUSSAIN, Imran", "name"), ("Martin\nHale", "name"),
        ("Fiona\nGreatrex", "name"), ("Yunuen Tzintzun", "name"), ("Tsïtsïki", "name"), ("tsitsiki", "name"),
        ("Juan Carlos Huacuz", "name"), ("juan carlos", "name"), ("Itzi", "name"), ("Itzel H", "name"), ("8aker", "name"),
        ("Kacey-Leigh T0nks", "name"), ("Gi11ian Rudge", "name"), ("Far00qi", "name"), ("TOM EVASON", "name"),
        ("BARRY COX", "name"), ("RUBY", "name"), ("shan", "name"), ("kace", "name"), ("harls", "name"), ("Kez", "name"),
        ("Oko", "name"), ("ruby price", "name"), ("shannon baker", "name"), ("Lily-Mae Cartwright", "name"),
        ("Potters\nCross", "place"), ("potters cross", "place"), ("P0tters Cross", "place"), ("Kinvcr", "place"),
        ("W0mbourne", "place"), ("kiddy", "place"), ("wolves", "place"), ("brum", "place"), ("kinvers", "place"),
        ("Cherán", "place"), ("cheran", "place"), ("Nahuatzen", "place"), ("paracho", "place"), ("Uruapan", "place"),
        ("Daddlebrook", "place"), ("daddlebrook", "place"), ("Enville", "place"), ("ALVELEY", "place"), ("Alveley", "place"),
        ("l4 Hyde Lane", "address"), ("no. 16", "address"), ("NO 13", "address"), ("Flat 4, 52 High Street", "address"),
        ("Daddlebrook Road", "address"), ("DY7 6DU", "postcode"), ("WV15 6PT", "postcode"), ("F0ley", "school"),
        ("Brindley Heath", "school"), ("2l/1O/2O26", "date"), ("l2 N0vember 2O26", "date"), ("l4 0ctober", "date"),
        ("3rd", "date"), ("19 November", "date"), ("ll/O6/2Ol9", "dob"), ("29.03.2010", "dob"), ("+52 423 594 1876", "phone"),
        ("+52 452 318 7704", "phone"), ("01746 781 395", "phone"), ("PN 73 41 08 B", "ni"), ("JN 62 18 47 D", "ni"),
        ("676 332 4618", "nhs"), ("G893264519349", "upn"), ("FN68 WZO", "vehicle"), ("GX17 TYN", "vehicle"),
        ("gillian.rudge@nhs.net", "email"), ("paz.ortega@outlook.com", "email"))
UNMARKED = ("Mexico", "Michoacán", "Shropshire Council", "STAFFORDSHIRE POLICE", "Russells Hall Hospital", "Stour Valley Practice",
            "STOUR B0RDER C0UNCIL", "Bonnie", "Tyson", "Bonfire Night", "Christmas 2026", "in 2025", "August 2026", "nana k'eri",
            "smokey_k", "ty_10x", "the severn", "Jamaica", "Abbu", "Ammi", "P'urhépecha")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s261)


def test_the_counts():
    checks.counts(s261, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s261, HARD, UNMARKED)
