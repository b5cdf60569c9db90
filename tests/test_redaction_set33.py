"""Checks of the hand-written held-out redaction set 33 (bench/redaction_set33.py) that do not use the detector:
its marking has no problems, its size, and its own hard cases."""

from bench import redaction_set33 as s33
from tests import hand_set_checks as checks

NAMES, TOTAL = 260, 496
HARD = (("GALE, Reece", "name"), ("ORCHARD, Poppy", "name"), ("KRASNIQI, Ardit", "name"), ("Isatou JALLOW", "name"),
        ("Kayla RENDELL", "name"), ("Isatou J", "name"), ("J Legg", "name"), ("C. Weeks", "name"), ("P. Ventnor", "name"),
        ("Kayla Rendel1", "name"), ("Kels", "name"), ("shan", "name"), ("reece", "name"), ("chloe", "name"), ("Joanne Orchard", "name"),
        ("Callum\nHext", "name"), ("Kerry-Ann Shide", "name"), ("SYMES, Alfie", "name"), ("BERISHA, Drita", "name"),
        ("ISATOU JALLOW", "name"), ("poppy", "name"), ("pat", "name"), ("Flat 6, 3 Hinkler\nRoad", "address"), ("number 14", "address"),
        ("binstead", "place"), ("Sandra Loveless", "name"), ("Wayne Chave", "name"), ("Arditi", "name"), ("Besniku", "name"),
        ("Fatou", "name"), ("Hollis", "name"), ("Ryde", "place"), ("Stamshaw", "place"), ("Westexe", "place"), ("Halcon", "place"),
        ("cosham", "place"), ("beaminster", "place"), ("Serekunda", "place"), ("Banjul", "place"), ("Prishtina", "place"),
        ("Gjilani", "place"), ("Weston", "place"), ("West Bay", "place"), ("no. 22", "address"), ("Highlands End", "address"),
        ("20 Wel1brook St", "address"), ("Stapleton Road nr 14", "address"), ("Locking Road", "address"), ("2l/11/2026", "date"),
        ("15 dhjetor", "date"), ("23rd", "date"), ("22.10.26", "date"), ("6.2.2011", "dob"), ("27-01-2013", "dob"),
        ("+220 776 4512", "phone"), ("+383 44 218 637", "phone"), ("Stamshaw Junior", "school"), ("Thornhill Park", "school"),
        ("WK66 TZD", "vehicle"), ("U852285918467", "upn"), ("706 192 7437", "nhs"), ("grace.osei@nhs.net", "email"))
UNMARKED = ("Fratton Park", "Ryde Pier", "Pompey", "QA", "the mecca", "Tyson", "Kingston Crescent Surgery", "Society of St James",
            "Princess Anne Hospital", "the Mayflower", "St Mary's Hospital", "ISLE OF WIGHT YOUNG CARERS", "Dorset County Hospital",
            "Dorset Police", "Bridport Medical Centre", "Avon and Somerset Police", "Tiverton Health Centre", "Royal Devon",
            "Phoenix House", "The Gambia", "Teze", "Daja", "Gjyshi", "Yaay", "Nanny", "MP/26/11/0734", "44260188412")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s33)


def test_the_counts():
    checks.counts(s33, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s33, HARD, UNMARKED, split=("name",))
