"""Checks of the hand-written held-out redaction set 182 (bench/redaction_set182.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set182 as s182
from tests import hand_set_checks as checks

NAMES, TOTAL = 504, 914
HARD = (("SCRIVENER, Tyler-James", "name"), ("FROST Stacey", "name"), ("EDAFE Ufuoma", "name"), ("MULLEY, Kai", "name"),
        ("POINTER, Jake", "name"), ("Ava UDDIN", "name"), ("DEAN PETTlT", "name"), ("STACEY FR0ST", "name"),
        ("Dale\nScrivener", "name"), ("Shahed\nUddin", "name"),
        ("রোকেয়া বেগম", "name"), ("আভা", "name"), ("Oghenekevwe", "name"), ("Kevwe", "name"), ("Tejiri", "name"),
        ("TJ", "name"), ("tj", "name"), ("Seun", "name"), ("Smokey", "name"), ("Tyrese", "name"), ("jakey", "name"),
        ("josh\nruffle", "name"), ("Kelly-Ann Goody", "name"), ("Bernadette O'Dowd", "name"), ("Jordan Akande-Reeves", "name"),
        ("Bocking", "place"), ("bocking", "place"), ("notley", "place"), ("Great Notley", "place"), ("Marks Farm", "place"),
        ("marks farm", "place"), ("Ughelli", "place"), ("Warri", "place"), ("HALSTEAD", "place"), ("HaIstead", "place"),
        ("castle hedingham", "place"), ("Castle\nHedingham", "place"), ("Sible Hedingham", "place"), ("earls colne", "place"),
        ("white colne", "place"), ("Clacton-on-Sea", "place"), ("Benidorm", "place"), ("Sylhet", "place"),
        ("লুটন", "place"), ("Coggeshall", "place"), ("Kelvedon", "place"), ("14 TIDINGS HILL", "address"),
        ("l4 Tidings HilI", "address"), ("12 Okere Road", "address"), ("no. 29", "address"), ("no 35", "address"),
        ("robinsbridge", "address"), ("88 Coggeshall\nRd", "address"), ("41\nRavens Avenue", "address"), ("333101", "postcode"),
        ("C09 1BL", "postcode"), ("CM77 7WD", "postcode"), ("BOCKING CHURCH STREET PRIMARY", "school"),
        ("Richard de CIare Primary School", "school"), ("St Andrew's Infant\nSchool", "school"), ("ramsey", "school"),
        ("Little\nBluebells", "school"), ("l2.11.1988", "dob"), ("O9/11/2O26", "date"), ("9 May 2O27", "date"),
        ("l3 November 2026", "date"), ("the 30th", "date"), ("26th oct", "date"), ("3 October\n2026", "date"),
        ("the 26th", "date"), ("3 August\n2021", "dob"), ("+234 803 412 7765", "phone"), ("+353 87 214 6630", "phone"),
        ("+34 612 384 905", "phone"), ("+880 1711 482 390", "phone"), ("EO18 KFN", "vehicle"), ("KP22 XMU", "vehicle"),
        ("JT 48 27 91 C", "ni"), ("753 355 4140", "nhs"), ("690 604 2424", "nhs"), ("Y881948363600", "upn"),
        ("P881874838300", "upn"), ("staceyfrost91@gmail.com", "email"), ("p.lakhani@alechunter.essex.sch.uk", "email"))
UNMARKED = ("Essex", "Delta State", "Nigeria", "Braintree Family Hub", "Braintree District Council", "Colne Medical Centre",
            "Hedingham surgery", "FAMILY COURT AT CHELMSFORD", "Stansted", "Broomfield", "Open Road", "Next Chapter", "St Giles",
            "Greenfields", "Longview", "Mount Chambers", "N.S.", "n.s", "Saturday night", "friday", "March this year",
            "From August", "since 2020", "Daddy:", "Mummy:", "Nani", "Migwo", "Frame & Tuck", "CH26F0O417", "42/118207/26")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s182)


def test_the_counts():
    checks.counts(s182, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s182, HARD, UNMARKED)
