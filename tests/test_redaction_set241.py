"""Checks of the hand-written held-out redaction set 241 (bench/redaction_set241.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set241 as s241
from tests import hand_set_checks as checks

NAMES, TOTAL = 485, 842
HARD = (
    ("GEDNEY, Tyler", "name"),
    ("KOFAK, Sinino", "name"),
    ("ESIEL, Ritis", "name"),
    ("PETTIT, Kacey", "name"),
    ("MEEK, Taylor-Jay", "name"),
    ("KOWALCZYK, Oliwia", "name"),
    ("Martin\nCrisp", "name"),
    ("Rhian\nDobbs", "name"),
    ("Laura\nBirtwhistle", "name"),
    ("Nadia\nFerreira", "name"),
    ("Poppy Gedn ey", "name"),
    ("P0ppy", "name"),
    ("FenNer", "name"),
    ("Tyler GEDNEY", "name"),
    ("kach", "name"),
    ("Kach", "name"),
    ("gaz", "name"),
    ("Dre", "name"),
    ("kerry gedney", "name"),
    ("kerry", "name"),
    ("Kuba", "name"),
    ("Oli", "name"),
    ("Swaffham\nPrior", "place"),
    ("S0ham", "place"),
    ("Soharn", "place"),
    ("weno", "place"),
    ("Weno", "place"),
    ("Tonoas", "place"),
    ("Fefan", "place"),
    ("burwell", "place"),
    ("Wrocław", "place"),
    ("Poznań", "place"),
    ("Staploe", "place"),
    ("l2 BusheI Lane", "address"),
    ("9 the butts", "address"),
    ("no. 14", "address"),
    ("Flat 6, 22 Lincoln Road", "address"),
    ("Fordham Road", "address"),
    ("CB25 0QT", "postcode"),
    ("PE1 2RL", "postcode"),
    ("St Andrew's", "school"),
    ("Fordham", "school"),
    ("l2/ll/2O26", "date"),
    ("ll/O6/2Ol7", "dob"),
    ("Bonfire Night", "date"),
    ("3O 0ctober", "date"),
    ("5th", "date"),
    ("+691 330 2815", "phone"),
    ("+48 512 347 896", "phone"),
    ("07723 518 604", "phone"),
    ("PW 62 18 47 B", "ni"),
    ("7043574471", "nhs"),
    ("704 357 4471", "nhs"),
    ("J873938108289", "upn"),
    ("AV17 RKN", "vehicle"),
    ("KN70 WFX", "vehicle"),
    ("andreclarke91@gmail.com", "email"),
    ("r.okafor@nhs.net", "email"),
)
UNMARKED = (
    "Guam",
    "Chuuk",
    "Tank",
    "Placek",
    "Addenbrooke's",
    "Ran annim",
    "Kinisou chapur",
    "Semei",
    "Inei",
    "CAMBRIDGESHIRE CONSTABULARY",
    "Little Acorns",
    "kc:",
    "22:41",
)


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s241)


def test_the_counts():
    checks.counts(s241, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s241, HARD, UNMARKED)
