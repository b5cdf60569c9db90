"""Checks of the hand-written held-out redaction set 259 (bench/redaction_set259.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set259 as s259
from tests import hand_set_checks as checks

NAMES, TOTAL = 535, 881
HARD = (("TYLER, Alfie", "name"), ("MURMU, Sunil", "name"), ("CAMPBELL, Jordan", "name"), ("HARRIS, Oliver", "name"),
        ("Jordan CAMPBELL", "name"), ("Claire\nWestgarth", "name"), ("P0ppy Bright", "name"), ("Hadd ad", "name"),
        ("Kerry Br1ght", "name"), ("T0m Ashdown", "name"), ("Hannah 0rpin", "name"), ("Maisie T", "name"), ("T. Walsh", "name"),
        ("Gaz", "name"), ("T-Bone", "name"), ("tbone", "name"), ("jord", "name"), ("lol", "name"), ("alfies", "name"),
        ("kerrys", "name"), ("ellie-may", "name"), ("Soni", "name"), ("Babulal", "name"), ("Sonamoni", "name"),
        ("Plumpton\nGreen", "place"), ("Barcombe\nCross", "place"), ("plumpton green", "place"), ("barcombe cross", "place"),
        ("Ditchling", "place"), ("ditchling", "place"), ("Ditchl1ng", "place"), ("Hass0cks", "place"), ("Dumka", "place"),
        ("Jamtara", "place"), ("Barcombe Mills", "place"), ("Whitehawk", "place"), ("Cooksbridge", "place"),
        ("l4 East End Lane", "address"), ("lewes rd", "address"), ("no. 16", "address"), ("no 8", "address"),
        ("Flat 12, Swallow Court", "address"), ("Hillside", "address"), ("BN6 8SX", "postcode"), ("BN7 3BQ", "postcode"),
        ("Plumpton", "school"), ("Chailey", "school"), ("l2 N0vember 2O26", "date"), ("2l/O9/2O25", "dob"), ("3rd", "date"),
        ("19th", "date"), ("25/10", "date"), ("23.11.2019", "dob"), ("+91 94311 27856", "phone"), ("+91 98357 40612", "phone"),
        ("01273 843 519", "phone"), ("SR 41 77 20 B", "ni"), ("JP 62 84 19 D", "ni"), ("851 394 2227", "nhs"),
        ("N845628189836", "upn"), ("GX17 TWU", "vehicle"), ("BF68 OKW", "vehicle"), ("helen.quarry@nhs.net", "email"),
        ("leannestevens89@hotmail.co.uk", "email"))
UNMARKED = ("Biscuit", "Princess Royal", "Royal Sussex", "SUSSEX POLICE", "Lewes Downs Council", "in 2022", "Santali", "ayo",
            '"Dai,', "mausi", "bonfire", "the rec", "india yet", "MS")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s259)


def test_the_counts():
    checks.counts(s259, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s259, HARD, UNMARKED, split=("name", "place"))
