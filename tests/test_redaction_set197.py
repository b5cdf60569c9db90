"""Checks of the hand-written held-out redaction set 197 (bench/redaction_set197.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set197 as s197
from tests import hand_set_checks as checks

NAMES, TOTAL = 507, 901
HARD = (("TRANTER, Alfie-Jay", "name"), ("RAMO, Ruthie", "name"), ("CARMODY, Jessica", "name"), ("MERRICK Kian", "name"),
        ("Jo\nFlinders", "name"), ("Mi11ie Stroud", "name"), ("Ha1l", "name"), ("Wh1tlock", "name"), ("Esther Fa'asi", "name"),
        ("F. RAMO", "name"), ("Ramo", "name"), ("Timothy", "name"), ("AJ", "name"), ("Skinz", "name"), ("t-bone", "name"),
        ("kian", "name"), ("osc", "name"), ("anya l", "name"), ("stacey w", "name"), ("hannah penfold", "name"),
        ("Poppy", "name"), ("Lency Houma", "name"),
        ("Harpsden", "place"), ("Henley-on-Thames", "place"), ("Henley", "place"), ("Lea Park", "place"), ("Towersey", "place"),
        ("Pyrton", "place"), ("Watlington", "place"), ("Watlington Hill", "place"), ("Watlington\nHill", "place"),
        ("Sonning\nCommon", "place"), ("sonning common", "place"), ("Walton\nCourt", "place"), ("walton ct", "place"),
        ("Honiara", "place"), ("Christmas Common", "place"), ("christmas common", "place"), ("aylesbury", "place"),
        ("Haddenham", "place"),
        ("Kukum Highway, near Fishing Village", "address"), ("no. 6", "address"), ("27 lashlake", "address"),
        ("5 Knightsbridge\nLane", "address"), ("Greys Road", "address"), ("RG9 4HL", "postcode"), ("OX49 5AD", "postcode"),
        ("Gillotts", "school"), ("GILLOTTS SCHOOL", "school"), ("Lord Williams's", "school"), ("Icknield", "school"),
        ("24/11/2O26", "date"), ("24.ll.26", "date"), ("Wednes day 18th", "date"),
        ("14th", "date"), ("oct 31st", "date"), ("2 Sept", "date"), ("3 Dec 2026", "date"), ("19/2/2018", "dob"),
        ("1 May 2014", "dob"), ("+677 749 2381", "phone"), ("+677 22341", "phone"), ("01844 213 607", "phone"),
        ("977 139 6390", "nhs"), ("4699412580", "nhs"), ("X931151210899", "upn"), ("JT 48 21 93 C", "ni"),
        ("PH 73 09 51 D", "ni"), ("KP19 WXR", "vehicle"), ("WN18 PZC", "vehicle"), ("traceymerrick80@hotmail.co.uk", "email"))
UNMARKED = ("Malaita", "Solomon Islands", "HENLEY HEALTH VISITING TEAM", "Thame Health Centre", "Young Carers Oxfordshire",
            "THAMES VALLEY POLICE", "Thame Utd", "Royal Berks", "Townlands", "Turning Point", "I rang 101", "Granimami",
            "mami hem", "Pastor", "Famili", "South Oxon", '"B"', "43/117/26", "10R", "8LW",
            "died in March")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s197)


def test_the_counts():
    checks.counts(s197, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s197, HARD, UNMARKED)
