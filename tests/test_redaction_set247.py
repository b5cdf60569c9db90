"""Checks of the hand-written held-out redaction set 247 (bench/redaction_set247.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set247 as s247
from tests import hand_set_checks as checks

NAMES, TOTAL = 514, 931
HARD = (("PULLIN, Riley", "name"), ("RAWAT, Anjali", "name"), ("HOBBS, Tegan", "name"), ("MABBETT, Kieran", "name"),
        ("WATTS, Shannon", "name"), ("CAMPBELL, Marcus", "name"), ("Anjali RAWAT", "name"), ("Ava-Mae DANDO", "name"),
        ("Mark\nTovey", "name"), ("Callum\nDurn", "name"), ("Gemma\nRudge", "name"), ("Laura\nPhipps", "name"),
        ("Kacper N0WAK", "name"), ("0wen", "name"), ("Piotr Zaj4c", "name"), ("A. N0wak", "name"), ("NOWAK", "name"),
        ("rylie", "name"), ("gaz", "name"), ("kez", "name"), ("shaz", "name"), ("teg", "name"), ("nev", "name"),
        ("Kacperek", "name"), ("Madziu", "name"), ("Joanna Wiśniewska", "name"), ("Sharon \"Shaz\" Pike", "name"),
        ("tegan hobbs", "name"), ("ava mae", "name"), ("Pearl", "name"), ("Mohan", "name"), ("Tinks", "name"),
        ("North\nNibley", "place"), ("north nibley", "place"), ("Wotton-under-Edge", "place"), ("wotton", "place"),
        ("Thornbury", "place"), ("thornbury", "place"), ("Berkeley", "place"), ("berkeley", "place"), ("Morton", "place"),
        ("Synwell", "place"), ("Newtown", "place"), ("Sharpness", "place"), ("sharpness", "place"), ("The Park", "place"),
        ("Crossways", "place"), ("Alveston", "place"), ("alveston", "place"), ("Pauri Garhwal", "place"), ("Pauri", "place"),
        ("Kotdwar", "place"), ("Srinagar", "place"), ("Char fie1d", "place"), ("Charfie1d", "place"), ("Wroc1aw", "place"),
        ("Wrocław", "place"), ("Opole", "place"), ("Glosta", "place"), ("glosta", "place"), ("St Pauls", "place"),
        ("l7 Little Bristo1 Lane", "address"), ("l7 Litt1e Bristol Lane", "address"), ("Flat 3, 41 Castle Street", "address"),
        ("castle st", "address"), ("grovesend", "address"), ("no. 16", "address"), ("no 24", "address"), ("Flat 4", "address"),
        ("GLl2 8LJ", "postcode"), ("BS35 1LP", "postcode"), ("Gillingstool", "school"), ("British School", "school"),
        ("british school", "school"), ("Charfie1d Primary", "school"), ("l9/ll/2O26", "date"), ("l2 Novem ber", "date"),
        ("25th", "date"), ("8 May", "date"), ("28.0l.2Ol6", "dob"), ("+91 98971 24683", "phone"), ("+91 1368 222 415", "phone"),
        ("+48 601 234 567", "phone"), ("01453 811 064", "phone"), ("JK 41 73 58 D", "ni"), ("679 032 2922", "nhs"),
        ("Z803342418514", "upn"), ("WF18 ZKE", "vehicle"), ("BX17 HRO", "vehicle"), ("aga.nowak88@gmail.com", "email"))
UNMARKED = ("Tyson", "India", "Uttarakhand", "Jamaica", "Garhwali", "Southmead Hospital", "Wotton Vale Surgery", "KLB",
            "Carers Support Centre", "GLOUCESTERSHIRE CONSTABULARY", "Nor th Bristol NHS Trust", "Christmas", "in December",
            "buba", "dadi", "bhaiji", "tata", "Granny", "\"T\"", "22:55", "2015")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s247)


def test_the_counts():
    checks.counts(s247, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s247, HARD, UNMARKED)
