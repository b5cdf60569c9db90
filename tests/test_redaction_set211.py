"""Checks of the hand-written held-out redaction set 211 (bench/redaction_set211.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set211 as s211
from tests import hand_set_checks as checks

NAMES, TOTAL = 513, 906
HARD = (("SLACK, Kaiden", "name"), ("NAMCHU, Dawa", "name"), ("LEPCHA, Sonam", "name"), ("BUNTING, Martin", "name"),
        ("OKAFOR, Amara", "name"), ("TWIGG Kelly", "name"), ("Macy WIBBERLEY", "name"), ("Ruth\nFearn", "name"),
        ("Ang Doma\nSherpa", "name"), ("Lepcha", "name"), ("Pemzang", "name"), ("K-Man", "name"), ("Big T", "name"),
        ("J0", "name"), ("GreatOrex", "name"), ("kaidens", "name"), ("ang doma", "name"), ("lisa hind", "name"),
        ("Gemma B", "name"), ("S. Kaur", "name"), ("Hartington", "place"), ("hartington", "place"), ("Cromford", "place"),
        ("matlock bath", "place"), ("Kirk lreton", "place"), ("BeIper", "place"), ("ldridgehay", "place"),
        ("Wirkswortn", "place"), ("Kalimpong", "place"), ("Gangtok", "place"), ("hulme end", "place"),
        ("fenny bentley", "place"), ("Charles Cotton", "address"), ("no. 5", "address"), ("Flat 2,\nBank Road", "address"),
        ("belle vue rd", "address"), ("SK17 0AQ", "postcode"), ("QEGS", "school"), ("Anthony GeIl", "school"),
        ("l7 Nov", "date"), ("3rd", "date"), ("30th", "date"), ("2/12", "date"),
        ("14/03/2018", "dob"), ("3rd September 2014", "dob"), ("+91 94340 52718", "phone"), ("+91 3552 255 418", "phone"),
        ("01298 84 3107", "phone"), ("YD17 KPX", "vehicle"), ("AP19 RZT", "vehicle"), ("SX 41 72 86 C", "ni"),
        ("926 699 2526", "nhs"), ("D830784515400", "upn"), ("naomi.sheldon@nhs.net", "email"))
UNMARKED = ("Dove River Practice", "Derbyshire Dales", "Derbyshire Young Carers", "Change Grow Live", "Derbyshire Healthcare",
            "kman_dby", "macyy.w", "Bhote", "Rongring", "Parivar", "Gurkhas", "Royal Derby",
            "Starting Point", "Amo:", "Ajyo:", "Daju", "rongkup")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s211)


def test_the_counts():
    checks.counts(s211, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s211, HARD, UNMARKED, split=())
