"""Checks of the hand-written held-out redaction set 206 (bench/redaction_set206.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set206 as s206
from tests import hand_set_checks as checks

NAMES, TOTAL = 517, 903
HARD = (("KACHALLA, Yakaka", "name"), ("LEWIS-PRICE, Kian", "name"), ("JAUNCEY, Kerry", "name"), ("Yakaka KACHALLA", "name"),
        ("Tilly\nBishop", "name"), ("Susan\nJauncey", "name"), ("Yaks", "name"), ("Kaltumi", "name"), ("Jordy", "name"),
        ("Ozzy", "name"), ("ozzy", "name"), ("el", "name"), ("deano", "name"), ("isla t", "name"), ("ellie b", "name"),
        ("Morrls", "name"), ("Popy", "name"), ("Mustafa", "name"), ("Tank", "name"), ("Alfie VAUGHAN", "name"),
        ("Bromyard", "place"), ("bromyard", "place"), ("Whitbourne", "place"), ("Wellington Heath", "place"),
        ("Lyonshall", "place"), ("Maiduguri", "place"), ("Maidugurl", "place"), ("Gwange", "place"), ("Small\nHeath", "place"),
        ("Much\nMarcle", "place"), ("much marcle", "place"), ("Kiddy", "place"), ("llandod", "place"), ("Pembrldge", "place"),
        ("Kingt0n", "place"), ("Hergest", "place"), ("hergest", "place"), ("Kano", "place"),
        ("9 Sherford Street", "address"), ("Flat 2, 31 Cruxwell Street", "address"), ("no. 24", "address"), ("no. 1", "address"),
        ("bye st", "address"), ("duke st", "address"), ("4 Heol y Bryn", "address"), ("Orchard End", "address"),
        ("HR7 4DL", "postcode"), ("B10 0RX", "postcode"), ("LD1 5EU", "postcode"), ("QEHS", "school"), ("QE", "school"),
        ("Lady Hawkins'", "school"), ("Little Acorns", "school"), ("Blackmarston", "school"),
        ("23/1l/26", "date"), ("23rd Novernber", "date"), ("31st\nOctober", "date"), ("14th", "date"),
        ("1st november", "date"), ("10.11", "date"), ("2 oct", "dob"), ("19/04/2012", "dob"), ("20.02.1995", "dob"),
        ("+234 803 412 7765", "phone"), ("+234 706 218 3390", "phone"), ("01544 388 117", "phone"),
        ("KV14 HXR", "vehicle"), ("YX66 BNU", "vehicle"), ("CU68 RFL", "vehicle"), ("JH 48 26 91 C", "ni"),
        ("PX 71 53 08 A", "ni"), ("482 832 3465", "nhs"), ("5632989550", "nhs"), ("G884272879832", "upn"),
        ("hannah.tranter82@gmail.com", "email"), ("ffion.morris@herefordshire.gov.uk", "email"))
UNMARKED = ("Nigeria", "Borno State", "Herefordshire Council", "Bromyard Medical Practice", "Bluebell Care", "Fortis Living",
            "Turning Point", "Kington and Rural West team", "the Arrow", "Kanuri", "nyiya", "yakka", "- JT", "Thursday night",
            "Do cake sat", "Brewery Inn", "West Mercia Police", "Powys", "MP/2611/0448", "INT-55172")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s206)


def test_the_counts():
    checks.counts(s206, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s206, HARD, UNMARKED)
