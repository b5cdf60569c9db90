"""Checks of the hand-written held-out redaction set 192 (bench/redaction_set192.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set192 as s192
from tests import hand_set_checks as checks

NAMES, TOTAL = 522, 914
HARD = (("DUNMORE, Mason", "name"), ("PICKERING, Desmond", "name"), ("ABELLA, Kristine Joy", "name"), ("OSBORNE KAI", "name"),
        ("WHITLOCK, Theo", "name"), ("MARSH, Ellie-Mae", "name"), ("Ollie\nBenson", "name"), ("Jean\nOsborne", "name"),
        ("P0ppy Reeve", "name"), ("Marites Dela Cruz", "name"), ("Rodel Abella", "name"), ("Abella", "name"), ("Sion", "name"),
        ("Tin", "name"), ("jun-jun", "name"), ("Jun-Jun", "name"), ("Daz", "name"), ("kerry", "name"), ("masons", "name"),
        ("sophies", "name"), ("hollings", "name"), ("lou", "name"), ("jan", "name"), ("Edgar", "name"), ("ellie-mae marsh", "name"),
        ("T Marsh", "name"), ("Great\nBurstead", "place"), ("Ramsden\nHeath", "place"), ("Runwe1l", "place"), ("GREAT BURSTEAD", "place"),
        ("shotgate", "place"), ("pilgrims hatch", "place"), ("Kelvedon Hatch", "place"), ("Lapu-Lapu", "place"),
        ("Lapu-Lapu City", "place"), ("Mandaue", "place"), ("Southend", "place"), ("Chipping Ongar", "place"),
        ("Mill Hill\nRoad", "address"), ("no. 25", "address"), ("no 25", "address"), ("flat 4 radford court", "address"),
        ("doddinghurst close", "address"), ("Flat 2, 19 Kilworth Avenue", "address"), ("SS0 7BZ", "postcode"),
        ("CM11 2TQ", "postcode"), ("HILLHOUSE PRIMARY SCHOOL", "school"), ("Kelvedon Hatch Primary", "school"),
        ("kelvedon hatch primary", "school"), ("Shotgate Infants", "school"), ("Little Acorns Nursery", "school"), ("BCHS", "school"),
        ("03/12/2O26", "date"), ("1O Dec", "date"), ("Disyembre 3", "date"), ("14th of August", "date"), ("the 6th", "date"),
        ("19th & 20th Dec", "date"), ("25th", "date"), ("2O/12/2023", "dob"), ("06-04-2011", "dob"), ("+63 32 255 4187", "phone"),
        ("+63 917 845 2316", "phone"), ("01277 634 218", "phone"), ("EY19 KHD", "vehicle"), ("LB68 XRT", "vehicle"),
        ("JK 42 81 06 C", "ni"), ("NP 61 37 24 A", "ni"), ("352 262 2472", "nhs"), ("8265048327", "nhs"), ("D881968753468", "upn"),
        ("funmi.whitlock@outlook.com", "email"), ("k.yardley@homelets-essex.co.uk", "email"))
UNMARKED = ("Wickford Health Centre", "Basildon Hospital", "Brentwood CID", "Brentwood Cathedral", "Runwell Village Surgery",
            "Essex Children and Families Hub", "Mid Essex", "Cebu)", "Pamilya", "Lola", "Tito", "Tita", "Mama:", "bugsy_bmx", "mf_x.06",
            "Biscuit", "2214", "the A12", "March 2024", "in 2019", "ill come sat", "Open Road", "Safer Places", "Operation Encompass",
            "Action for Family Carers", "San Isidro")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s192)


def test_the_counts():
    checks.counts(s192, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s192, HARD, UNMARKED)
