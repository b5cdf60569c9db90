"""Checks of the hand-written held-out redaction set 199 (bench/redaction_set199.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set199 as s199
from tests import hand_set_checks as checks

NAMES, TOTAL = 518, 908
HARD = (("JEWELL, Mason", "name"), ("MARAK, Silchi", "name"), ("MARAK Bidanchi", "name"), ("SANGMA Jengchang", "name"),
        ("HEYWOOD, Archie", "name"), ("Bonnie HOOPER", "name"), ("Jordan SLEEMAN", "name"), ("Wilson Ch. Sangma", "name"),
        ("Poppy\nRowe", "name"), ("Sandra\nHicks", "name"), ("Bonnie\nHooper", "name"), ("Marak", "name"),
        ("Sangma", "name"), ("Silchi", "name"), ("Chi", "name"), ("Nokme", "name"), ("Rikseng", "name"), ("Chels", "name"),
        ("chels", "name"), ("tiny", "name"), ("Tiny", "name"), ("kez", "name"), ("little t", "name"), ("Deano", "name"),
        ("ollie", "name"), ("silchi m", "name"), ("Mason J", "name"), ("G. Shute", "name"),
        ("Hannah Friend", "name"), ("Bude", "place"), ("bude", "place"),
        ("Flexbury", "place"), ("flexbury", "place"), ("Holsworthy", "place"), ("Okehampton", "place"),
        ("okehampton", "place"), ("Sticklepath", "place"), ("Stick1epath", "place"), ("Exeler", "place"),
        ("Credlton", "place"), ("North\nTawton", "place"), ("Tura", "place"), ("tura", "place"), ("Shillong", "place"),
        ("Tavi", "place"), ("whiddon down", "place"), ("south zeal", "place"), ("lynstone", "place"),
        ("Kilkhampton", "place"), ("Hatherleigh", "place"), ("22 Killerton Road", "address"),
        ("5 lynstone cl", "address"), ("Flat 4, 18 Raglan\nRoad", "address"), ("no. 24", "address"), ("no 7", "address"),
        ("Flat 2, 30 Fore Street", "address"), ("EX23 8EN", "postcode"), ("PL1 4NG", "postcode"),
        ("BUDE JUNIOR SCHOOL", "school"), ("Little Stars", "school"), ("Hatherleigh primary", "school"),
        ("O9/03/l979", "dob"), ("2l June 2O26", "date"), ("the 3rd", "date"),
        ("the 14th", "date"), ("xmas", "date"), ("october half term", "date"), ("Christmas Day", "date"),
        ("11/04/2018", "dob"), ("+91 94361 28457", "phone"), ("+880 1712 345678", "phone"), ("01837 529184", "phone"),
        ("WK17 RFO", "vehicle"), ("WF66 KZX", "vehicle"), ("JT 48 19 62 C", "ni"), ("NH 20 73 41 A", "ni"),
        ("799 582 7199", "nhs"), ("4062888904", "nhs"), ("Y908341021502", "upn"), ("Q878313320829", "upn"),
        ("kirsty.heywood90@gmail.com", "email"))
UNMARKED = ("Meghalaya", "West Garo Hills", "Ambi", "Ama", "Apa", "Garo Baptist fellowship", "Neetside Surgery",
            "Fountain Surgery", "Cornwall MARU", "DEVON YOUNG CARERS", "Little Bridge House",
            "Cedars ward", "Bramble", "the moor", "Dartmoor", "christmas", "sundays", "West Devon homes", "Spar", "BTP",
            "PCSO")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s199)


def test_the_counts():
    checks.counts(s199, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s199, HARD, UNMARKED)
