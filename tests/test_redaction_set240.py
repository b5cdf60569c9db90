"""Checks of the hand-written held-out redaction set 240 (bench/redaction_set240.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set240 as s240
from tests import hand_set_checks as checks

NAMES, TOTAL = 514, 909
HARD = (
    ("TUSTIN, Alfie", "name"),
    ("KVARATSKHELIA, Nino", "name"),
    ("SHONIA, Levan", "name"),
    ("COOMBES, Maisie", "name"),
    ("BAILEY-MORRIS, Jayden", "name"),
    ("LLOYD, Harper", "name"),
    ("HUSSAIN, Amina", "name"),
    ("Nino KVARATSKHELIA", "name"),
    ("Mark\nBellamy", "name"),
    ("Sunil\nGrewal", "name"),
    ("Coomb\nes", "name"),
    ("ეკა", "name"),
    ("ლუკამ", "name"),
    ("Levani", "name"),
    ("Lukiko", "name"),
    ("lukiko", "name"),
    ("C0ombes", "name"),
    ("Pame1a Ruck", "name"),
    ("Kayliegh", "name"),
    ("ALFIE", "name"),
    ("TY", "name"),
    ("JAYDEN", "name"),
    ("rubes", "name"),
    ("shan", "name"),
    ("harps", "name"),
    ("lils", "name"),
    ("kez", "name"),
    ("mikeys", "name"),
    ("A. Prendergast", "name"),
    ("Long\nCompton", "place"),
    ("Shipston-on-Stour", "place"),
    ("shipston", "place"),
    ("long compton", "place"),
    ("upper brailes", "place"),
    ("Sutton-under-Brailes", "place"),
    ("Stretton-on-Fosse", "place"),
    ("Upper BraiIes", "place"),
    ("Shipst0n", "place"),
    ("Cheringt0n", "place"),
    ("Zugdidi", "place"),
    ("Chkhoria", "place"),
    ("Senaki", "place"),
    ("leam", "place"),
    ("butlers marston", "place"),
    ("Grimsbury", "place"),
    ("Alum Rock", "place"),
    ("14 Tilemans Lane", "address"),
    ("5 GiIlett's Lane", "address"),
    ("no. 16", "address"),
    ("Fosse Way", "address"),
    ("CV36 4HP", "postcode"),
    ("OX15 5AZ", "postcode"),
    ("SHIPSTON PRIMARY", "school"),
    ("Kineton primary", "school"),
    ("Shipston High", "school"),
    ("2O November 2O26", "date"),
    ("l8/ll/2O26", "date"),
    ("l2 0ctober", "date"),
    ("boxing day", "date"),
    ("Christmas Day", "date"),
    ("22nd Nov", "date"),
    ("15 August", "date"),
    ("l5/O3/l976", "dob"),
    ("4 September 1988", "dob"),
    ("+995 591 27 48 36", "phone"),
    ("+995 595 48 21 73", "phone"),
    ("01608 684 307", "phone"),
    ("PK 52 71 38 D", "ni"),
    ("900 529 8502", "nhs"),
    ("5130574893", "nhs"),
    ("U937274618676", "upn"),
    ("KX17 WNB", "vehicle"),
    ("DY19 XKA", "vehicle"),
    ("steph.ranger@nhs.net", "email"),
    ("leanne.bailey90@hotmail.co.uk", "email"),
)
UNMARKED = (
    "Georgia",
    "Warwickshire MASH",
    "Shipston Medical Centre",
    "Warwick Hospital",
    "WARWICKSHIRE POLICE",
    "Ellen Badger",
    "Mariamoba",
    "Tank",
    "jb_kin",
    "ghost.x",
    "in 2019",
    "the summer",
    "at Christmas",
    "dida",
    "bebia",
    "Baji",
    "Ammi-ji",
    "saas",
    "churchkhela",
    "Compass",
    "22:31",
)


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s240)


def test_the_counts():
    checks.counts(s240, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s240, HARD, UNMARKED, split=("name", "place"))
