"""Checks of the hand-written held-out redaction set 239 (bench/redaction_set239.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set239 as s239
from tests import hand_set_checks as checks

NAMES, TOTAL = 439, 776
HARD = (
    ("HALLETT, Tyler", "name"),
    ("LAGBAS, Maricel", "name"),
    ("DACUMA, Rodel", "name"),
    ("Maricel LAGBAS", "name"),
    ("CHUBB, Jess", "name"),
    ("PRITI DHAR", "name"),
    ("Martin\nGollop", "name"),
    ("Sophie\nLarcombe", "name"),
    ("S. 0sborne", "name"),
    ("Fa1lon", "name"),
    ("JR", "name"),
    ("Jhon", "name"),
    ("Pacing", "name"),
    ("Pops", "name"),
    ("ty", "name"),
    ("kayleighs", "name"),
    ("maureens", "name"),
    ("jess chubb", "name"),
    ("chloe hoskins", "name"),
    ("lewis follett", "name"),
    ("Jamie SPURWAY", "name"),
    ("MARK RENDELL", "name"),
    ("Shaun\nLegg", "name"),
    ("Sandy", "name"),
    ("Lyme\nRegis", "place"),
    ("Broadw indsor", "place"),
    ("Beamlnster", "place"),
    ("lyme", "place"),
    ("colway", "place"),
    ("uplyme", "place"),
    ("Charmouth", "place"),
    ("Basey", "place"),
    ("Tacloban", "place"),
    ("Guiuan", "place"),
    ("Samar", "place"),
    ("Heavitree", "place"),
    ("the street", "address"),
    ("anning rd", "address"),
    ("27 Hogshi1l Street", "address"),
    ("no. 16", "address"),
    ("Flat 3, 9 Cowick Street", "address"),
    ("DT7 3DR", "postcode"),
    ("DT6 6QU", "postcode"),
    ("st michaels", "school"),
    ("Woodroffe", "school"),
    ("l2 November 2O26", "date"),
    ("l4/O5/2O27", "date"),
    ("O2/l2/l978", "dob"),
    ("4th", "date"),
    ("22nd January", "date"),
    ("21 nov", "date"),
    ("3rd February 2010", "dob"),
    ("+63 917 482 3156", "phone"),
    ("+63 926 315 8047", "phone"),
    ("01297 443 218", "phone"),
    ("SK 31 72 64 B", "ni"),
    ("132 616 0567", "nhs"),
    ("7715966231", "nhs"),
    ("X835945807302", "upn"),
    ("WK68 TZL", "vehicle"),
    ("WF15 KXN", "vehicle"),
    ("maricel.lagbas88@gmail.com", "email"),
    ("imogen.twells@nhs.net", "email"),
)
UNMARKED = (
    "Bramble",
    "Lyme Regis Medical Centre",
    "Charmouth Medical Practice",
    "Dorset County Hospital",
    "Beaminster Surgery",
    "DORSET POLICE",
    "the Cobb",
    "Marine Parade",
    "Jollibee",
    "t3g.xo",
    "jj_exe99",
    "Manang",
    "Tatay",
    "Nanay",
    "the autumn",
    "St Davids",
    "21:14",
)


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s239)


def test_the_counts():
    checks.counts(s239, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s239, HARD, UNMARKED, split=("name", "place"))
