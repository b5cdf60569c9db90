"""Checks of the hand-written held-out redaction set 237 (bench/redaction_set237.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set237 as s237
from tests import hand_set_checks as checks

NAMES, TOTAL = 511, 908
HARD = (("MAYALL, Tyler", "name"), ("TERIITEHAU, Hinano", "name"), ("TETUANUI, Moana", "name"), ("Moana TETUANUI", "name"),
        ("COOKE, Rhys", "name"), ("Zane KIELY", "name"), ("WHITLOCK, Isla", "name"), ("PARGETER, Megan", "name"),
        ("LOWE, Archie", "name"), ("FERRIS, Kayleigh", "name"), ("Stacey BISHOP", "name"), ("Owen\nLlewellyn", "name"),
        ("Tom\nSkinner", "name"), ("Hollie\nGrange", "name"), ("Is1a Whit1ock", "name"), ("Kay1eigh Ferris", "name"),
        ("E. 0koro", "name"), ("Sharon Ferr1s", "name"), ("Ma1hotra", "name"), ("RHYS C", "name"), ("S LOWE", "name"),
        ("Nano", "name"), ("Vaite", "name"), ("heimana", "name"), ("ty", "name"), ("mitchs", "name"), ("jans", "name"),
        ("joshs", "name"), ("gav", "name"), ("archies", "name"), ("Sprocket", "name"), ("Bess", "name"), ("Siân Lowe", "name"),
        ("Léa Marchand", "name"), ("Winchcombe", "place"), ("winchcombe", "place"), ("Bourton-on-the-Water", "place"),
        ("Bourton-on-the-\nHill", "place"), ("B0urton-0n-the-Hill", "place"), ("Stow-on-the-Wold", "place"), ("stow", "place"),
        ("Bishop's Cleeve", "place"), ("bishops cleeve", "place"), ("Guiting Power", "place"), ("kineton", "place"),
        ("Faa'a", "place"), ("Papeete", "place"), ("Raiatea", "place"), ("Punaauia", "place"), ("Tahiti", "place"),
        ("cheltnm", "place"), ("hesters", "place"), ("Chipping\nCampden", "place"), ("Tralee", "place"),
        ("F1at 3, l2 Hospita1 Road", "address"), ("2 Man0r Cottages", "address"), ("Hawling Barn Farm", "address"),
        ("no. 43", "address"), ("no 6", "address"), ("the rise", "address"), ("Princess Elizabeth Way", "address"),
        ("GL56 OBP", "postcode"), ("GL54 5EG", "postcode"), ("Little Acorns", "school"), ("Cotswold School", "school"),
        ("St James and Ebrington", "school"), ("2l November 2O26", "date"), ("l9/ll/2O26", "date"), ("19 décembre", "date"),
        ("l9/O5/2O26", "dob"), ("19th May 2026", "dob"), ("+689 87 24 31 58", "phone"), ("+689 89 71 06 42", "phone"),
        ("+61 412 583 907", "phone"), ("+353 87 214 6630", "phone"), ("01386 840 376", "phone"), ("PN 52 71 38 B", "ni"),
        ("JL 60 84 19 D", "ni"), ("550 509 7219", "nhs"), ("655 999 9173", "nhs"), ("Z916081377373", "upn"),
        ("KX17 WNP", "vehicle"), ("LK09 FHD", "vehicle"), ("fraser.mungo@nhs.net", "email"), ("sianlowe90@gmail.com", "email"))
UNMARKED = ("Abbey Medical Practice", "Cheltenham General", "Winchcombe Medical Centre", "Young Gloucestershire", "North Cotswolds",
            "Birdland", "Bourton Rovers", "HMP Leyhill", "Australia", "ireland", "Co. Kerry", "Mamie", "tonton", "papa crie",
            "z33_glos", "rhysc_11", "tesco", "Land Rover", "Miss P")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s237)


def test_the_counts():
    checks.counts(s237, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s237, HARD, UNMARKED, split=('name', 'place'))
