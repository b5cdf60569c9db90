"""Checks of the hand-written held-out redaction set 231 (bench/redaction_set231.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set231 as s231
from tests import hand_set_checks as checks

NAMES, TOTAL = 499, 911
HARD = (("PRATLEY, Tyler", "name"), ("PASANDA, Yosua", "name"), ("BEALE, Jessica", "name"), ("KEMBREY, Ruby", "name"),
        ("DYER, Lisa", "name"), ("COLES, Amy", "name"), ("STANTON, Jordan", "name"), ("TANNER, Harley", "name"),
        ("Yosua PASANDA", "name"), ("Martin BEALE", "name"), ("NADIA BRACKSTONE", "name"), ("Eve\nLambourne", "name"),
        ("VaIerie\nL0ckwood", "name"), ("HarIey Tanner", "name"), ("Brackst0ne", "name"), ("0wen Gillard", "name"),
        ("Ti11y Marsh", "name"), ("Lai'", "name"), ("Lai' Tandiarrang", "name"), ("Yos", "name"), ("yosua", "name"),
        ("rubes", "name"), ("jess beale", "name"), ("gemma lockwood", "name"), ("Zane Okoro-Hills", "name"), ("Deej", "name"),
        ("Bruno", "name"), ("M. Ashworth-Kemp", "name"), ("Pasanda", "name"),
        ("Chipping Norton", "place"), ("chippy", "place"), ("hooky", "place"), ("shriv", "place"), ("brize", "place"),
        ("Rantepao", "place"), ("rantepao", "place"), ("Makale", "place"), ("Sa'dan", "place"), ("BuckIand", "place"),
        ("Faringd0n", "place"), ("Ascott-under-Wychwood", "place"), ("Stanford in the Vale", "place"), ("Penhill", "place"),
        ("Flat 9, Sedgebrook House", "address"), ("Rose Cottage, Summertown", "address"), ("F0lly View R0ad", "address"),
        ("11 folly view rd", "address"), ("sn7 7dh", "postcode"), ("OX15 5PH", "postcode"),
        ("St Mary's CE Primary", "school"), ("St Marys", "school"), ("2O November 2O26", "date"), ("l9/ll/2O26", "date"),
        ("O8/O2/2Ol7", "dob"), ("spring 2025", "date"), ("1st dec", "date"), ("+62 812 4531 7790", "phone"),
        ("+62 423 21456", "phone"), ("07853917246", "phone"), ("JR 61 47 28 A", "ni"), ("NE 73 20 95 C", "ni"),
        ("026 593 3943", "nhs"), ("6070081250", "nhs"), ("L931728251859", "upn"), ("OU19 XKB", "vehicle"), ("YD68", "vehicle"),
        ("gemlockwood91@hotmail.co.uk", "email"), ("fiona.rook@nhs.net", "email"))
UNMARKED = ("Hook Norton Surgery", "FARlNGDON JUNlOR SCH0OL", "Coxwell Court", "John Radcliffe", "Tana Toraja", "Bahasa Indonesia",
            "Corner House", "turning point", "McDonald's", "Tesco", "bapak", "Nene'", "Tante", "Om", "Youth Shield", "BTP",
            "THAMES VALLEY POLICE")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s231)


def test_the_counts():
    checks.counts(s231, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s231, HARD, UNMARKED, split=('name',))
