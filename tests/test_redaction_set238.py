"""Checks of the hand-written held-out redaction set 238 (bench/redaction_set238.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set238 as s238
from tests import hand_set_checks as checks

NAMES, TOTAL = 136, 283
HARD = (("DAWSON, Tyler", "name"), ("KAKAIRE, Waiswa", "name"), ("ABBOTT, Jayden", "name"), ("WHITMORE, Skye", "name"),
        ("CAMPBELL-HART, Tyrese", "name"), ("BOWERS, Amelia", "name"), ("NUNN, Gary", "name"), ("Helen\nMarsh", "name"),
        ("Tyrese Campbe1l-Hart", "name"), ("0. Adeyemi", "name"), ("naigaga", "name"), ("gaz", "name"), ("ty", "name"),
        ("mads", "name"), ("daz", "name"), ("Higham\nFerrers", "place"), ("Stoke\nDoyle", "place"), ("0undle", "place"),
        ("iganga", "place"), ("Kampala", "place"), ("raunds", "place"), ("l2 St Peters R0ad", "address"),
        ("no. 43", "address"), ("NN9 6HX", "postcode"), ("Manor", "school"), ("2O/1O/2Ol5", "dob"),
        ("l9/ll/2O26", "date"), ("New Year's Day", "date"), ("boxing day", "date"), ("3rd", "date"), ("+256 772 418 365", "phone"),
        ("+256 701 554 219", "phone"), ("01832 273 541", "phone"), ("JR 41 72 90 B", "ni"), ("516 112 2188", "nhs"),
        ("V928064423613", "upn"), ("FN71 UXR", "vehicle"), ("dr.a.mistry@nhs.net", "email"))
UNMARKED = ("NORTHAMPTONSHIRE POLICE", "Rolo", "Maama", "jaaja", "Taata", "Senga", "23:10", "Lusoga")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s238)


def test_the_counts():
    checks.counts(s238, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s238, HARD, UNMARKED)
