"""Checks of the hand-written held-out redaction set 219 (bench/redaction_set219.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set219 as s219
from tests import hand_set_checks as checks

NAMES, TOTAL = 499, 917
HARD = (("DRURY, Kacey", "name"), ("BORICÓ, Bisila", "name"), ("BOLEKIA, Rosalía", "name"), ("BORICÓ, Justino", "name"),
        ("TAIT, Harvey", "name"), ("SOWERBY, Jessica", "name"), ("KENDRICK, Ryan Lee", "name"), ("Ekuku BORICÓ", "name"),
        ("Joanne\nPickering", "name"), ("Tasha\nBristow", "name"), ("Pears0n", "name"), ("CaIlum", "name"), ("P0ppy", "name"),
        ("D. 0ldroyd", "name"), ("Sian M0wforth", "name"), ("Hiqqins", "name"), ("Bisila B.", "name"), ("Big Si", "name"),
        ("harveys", "name"), ("sandras", "name"), ("pauline jubb", "name"), ("Rosi", "name"), ("Pili", "name"),
        ("Teodora Boricó", "name"), ("Kenzo", "name"), ("Smudge", "name"),
        ("Hollym", "place"), ("Baney", "place"), ("Leganés", "place"), ("Getafe", "place"), ("Rebola", "place"),
        ("Malabo", "place"), ("HED0N", "place"), ("ALDBROUGH", "place"), ("Out\nNewton", "place"), ("brid", "place"),
        ("mappleton", "place"), ("thorngumbald", "place"), ("Saltend", "place"), ("Southgate", "place"),
        ("Mount Pleasant", "place"), ("Bransholme", "place"),
        ("Calle de Toledo 41", "address"), ("Flat 3, 22 Queen Street", "address"), ("l2 Ivy Lane", "address"),
        ("Flat 12, Humber View", "address"), ("number 11", "address"), ("no. 5", "address"), ("atwick road", "address"),
        ("HU19 2RY", "postcode"), ("YO16 7AE", "postcode"), ("HORNSEA SCHOOL", "school"), ("lNMANS PRIMARY SCHOOL", "school"),
        ("Little Acorns", "school"), ("l2 November 2O26", "date"), ("3O/l0/2O26", "date"), ("29/04/2019", "dob"),
        ("18.12.1958", "dob"), ("09/2026", "date"),
        ("+34 612 458 903", "phone"), ("+240 222 485 319", "phone"), ("+61 412 385 906", "phone"), ("07948562031", "phone"),
        ("JK 61 48 27 B", "ni"), ("NE 27 64 18 A", "ni"), ("148 608 1053", "nhs"), ("Z811483543320", "upn"),
        ("PK19 UPR", "vehicle"), ("YK17 HDU", "vehicle"), ("daniel.okafor-reid@eastriding.gov.uk", "email"))
UNMARKED = ("Humberside Police", "HUMBERSIDE POLICE", "Hull Royal Infirmary", "Castle HiIl Hospital", "Hull Crown Court",
            "HMP New Hall", "East Riding of Yorkshire Council", "Church View Surgery", "Equatorial", "Bioko", "Australia",
            "princes quay", "the Mere", "Navidad", "Easter", "abuela", "Tía", "Doña", "Hermano", "kc_x_x")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s219)


def test_the_counts():
    checks.counts(s219, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s219, HARD, UNMARKED, split=("name", "place"))
