"""Checks of the hand-written held-out redaction set 234 (bench/redaction_set234.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set234 as s234
from tests import hand_set_checks as checks

NAMES, TOTAL = 496, 854
HARD = (("PRYKE, Jayden", "name"), ("GUNSALAM, Juliana", "name"), ("TILBROOK, Craig", "name"), ("CHILVERS, Kieran", "name"),
        ("ROWNTREE, Lily-Mae", "name"), ("MAJINBON, Rosalind", "name"), ("KEMP, Riley", "name"), ("Freya MAYHEW", "name"),
        ("NICOLA KEMP", "name"), ("Martin\nHarbottle", "name"), ("Sophie\nBalls", "name"), ("Amy\nCattermole", "name"),
        ("Juliana G.", "name"), ("Joanne R0wntree", "name"), ("LiIy-Mae", "name"), ("lily-mae rowntree", "name"),
        ("jaydens", "name"), ("staceys", "name"), ("kez", "name"), ("ros", "name"), ("vero", "name"), ("Pickle", "name"),
        ("Zee", "name"), ("C. Mott", "name"), ("A. Bhattacharyya", "name"), ("Lavenham", "place"), ("lavenham", "place"),
        ("Long Melford", "place"), ("melford", "place"), ("Great Cornard", "place"), ("great cornard", "place"),
        ("Glems\nford", "place"), ("Kota\nKinabalu", "place"), ("Penampang", "place"), ("kk", "place"), ("colly", "place"),
        ("Highpoint", "place"), ("Chilton", "place"), ("Borley", "place"), ("Polstead", "place"), ("tye green", "address"),
        ("9 Br0ok Street", "address"), ("Flat 3, 22 Crouch Street", "address"), ("no. 16", "address"), ("no 11", "address"),
        ("3 Swan St", "address"), ("CO10 9RG", "postcode"), ("CO10 0JG", "postcode"), ("Ormiston Sudbury", "school"),
        ("Wells Hall", "school"), ("l2 November 2O26", "date"), ("l2/l2/l982", "dob"), ("7th December", "date"),
        ("22nd", "date"), ("Sept 2022", "date"), ("+60 88-712 345", "phone"), ("+60 12-834 5127", "phone"),
        ("01787 247 391", "phone"), ("JK 48 61 27 B", "ni"), ("467 062 0398", "nhs"), ("6159379860", "nhs"),
        ("V935306915468", "upn"), ("AE17 KWB", "vehicle"), ("KN70 XTR", "vehicle"), ("nikkikemp90@hotmail.co.uk", "email"))
UNMARKED = ("Sabah", "Kadazan-Dusun", "Suffolk MASH", "Essex Police", "SUFFOLK CONSTABULARY", "West Suffolk Neurology",
            "West Suffolk Hospital", "Suffolk Family Carers", "the river", "village hall", "co op", "mama", "Fr ", "CPOMS",
            "Glemsford Surgery", "22:40")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s234)


def test_the_counts():
    checks.counts(s234, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s234, HARD, UNMARKED, split=("name", "place"))
