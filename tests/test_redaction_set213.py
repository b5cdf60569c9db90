"""Checks of the hand-written held-out redaction set 213 (bench/redaction_set213.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set213 as s213
from tests import hand_set_checks as checks

NAMES, TOTAL = 454, 822
HARD = (("YEATES, Mason", "name"), ("HNAWIA, Marie-Josée", "name"), ("WAHNYAMALLA, Cory", "name"), ("Cory WAHNYAMALLA", "name"),
        ("PIKE, Ellie", "name"), ("ROWE, Summer", "name"), ("GURUNG, Aaron", "name"), ("Jonathan KALE", "name"),
        ("Rachel\nOakes", "name"), ("Danielle\nMabey", "name"), ("Lily\nMorland", "name"), ("Wéjé", "name"),
        ("Wéjième W.", "name"), ("F. 0kafor", "name"), ("Ellie P", "name"), ("sumz", "name"), ("freyaa", "name"),
        ("deano", "name"), ("mase", "name"), ("chantelle hicks", "name"), ("LEE", "name"), ("Wamo", "name"),
        ("Kings Gate", "place"), ("kings gate", "place"), ("Archers Gate", "place"), ("Bulford Camp", "place"),
        ("West Amesbury", "place"), ("west amesbury", "place"), ("Figheldean", "place"), ("figheldean", "place"),
        ("Netheravon", "place"), ("Nether avon", "place"), ("Durrlngton", "place"), ("Lifou", "place"), ("Nouméa", "place"),
        ("Wé", "place"), ("Drueulu", "place"), ("Penhill", "place"), ("Larkhill", "place"), ("Boscombe Down", "place"),
        ("3 ablington ln", "address"), ("l7 Kennet CIose", "address"), ("no. 25", "address"), ("no 9", "address"),
        ("Block 4, Room 12", "address"), ("Ivy Lodge", "address"), ("Countess Roundabout", "address"),
        ("SP4 7XN", "postcode"), ("SP4 9SD", "postcode"), ("archer", "school"), ("avon valley", "school"),
        ("Exeter House", "school"), ("2l November 2O26", "date"), ("l9/ll/2O26", "date"), ("the 3rd of\nJune", "date"),
        ("boxing day", "date"), ("Christmas Eve 2025", "date"), ("14th", "date"), ("9 July", "dob"), ("O5.04.2O18", "dob"),
        ("+687 75 43 21", "phone"), ("+687 27 38 14", "phone"), ("01980 623 417", "phone"), ("JT 48 26 91 C", "ni"),
        ("263 403 6884", "nhs"), ("7739994146", "nhs"), ("C865426128701", "upn"), ("WU19 KPX", "vehicle"),
        ("YR21 BHU", "vehicle"), ("anna.whitlock@nhs.net", "email"), ("lauramarsh89@gmail.com", "email"))
UNMARKED = ("Estonia", "Amesbury Health Centre", "Salisbury District Hospital", "Avon Valley Practice", "Royal Gurkha Rifles",
            "Wessex Plain Council", "Carer Support Wiltshire", "the plain", "WILTSHIRE POLICE", '"Stonehenge"', "s.r11x",
            "fd_0709", "Mamie", "Aaji", "Tonton", "22:55", "Capt")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s213)


def test_the_counts():
    checks.counts(s213, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s213, HARD, UNMARKED, split=('name',))
