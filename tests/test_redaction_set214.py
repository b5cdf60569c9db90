"""Checks of the hand-written held-out redaction set 214 (bench/redaction_set214.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set214 as s214
from tests import hand_set_checks as checks

NAMES, TOTAL = 451, 808
HARD = (("KAVEZERI, Uaundja", "name"), ("Uaundja KAVEZERI", "name"), ("HARLAND, Callum", "name"), ("RIDSDALE, Holly", "name"),
        ("NOWICKA, Agnieszka", "name"), ("Tomasz NOWICKI", "name"), ("Megan COVERDALE", "name"), ("Shona\nBirkett", "name"),
        ("Darren\nHarland", "name"), ("Fiona\nMetcalfe", "name"), ("Undi", "name"), ("Tjina", "name"), ("uaundja", "name"),
        ("H0lly Ridsdale", "name"), ("Ho11y", "name"), ("Gary RidsdaIe", "name"), ("F. Metca1fe", "name"), ("R. 0wusu", "name"),
        ("Maisie LumIey", "name"), ("Feathers", "name"), ("jordz", "name"), ("Reecey", "name"), ("kirsty", "name"),
        ("Paweł Nowicki", "name"), ("Bramble", "name"), ("Katjiuongua Tjiramba", "name"), ("Kambazembi", "name"),
        ("Norton", "place"), ("Old Malton", "place"), ("Okahandja", "place"), ("Katutura", "place"), ("Otjinene", "place"),
        ("SIingsby", "place"), ("Mait0n", "place"), ("Hovingharn", "place"), ("scarbs", "place"), ("kirkby", "place"),
        ("Thornton-le-Dale", "place"), ("Gdańsk", "place"), ("Eastfield", "place"), ("Norton Grove", "place"),
        ("L0w Ings Farm C0ttage", "address"), ("Low Ings Farm", "address"), ("Flat 6", "address"), ("no. 14", "address"),
        ("Commercial\nStreet", "address"), ("Foundation House", "address"), ("YO17 9HG", "postcode"), ("ryedale", "school"),
        ("l December 2O26", "date"), ("27/0l/2Ol2", "dob"), ("l5/l2/2O26", "date"), ("Easter 2025", "date"), ("6 week", "date"),
        ("+264 81 273 4419", "phone"), ("+48 512 684 230", "phone"), ("07824516309", "phone"), ("JK 48 27 91 B", "ni"),
        ("PZ 71 45 20 A", "ni"), ("623 869 1050", "nhs"), ("R815454817594", "upn"), ("YO20 KMB", "vehicle"),
        ("YK19 OPV", "vehicle"), ("j0.ashby@n0rthyorks.gov.uk", "email"), ("kirstydowson03@hotmail.co.uk", "email"))
UNMARKED = ("Namibia", "North Yorkshire Police", "Derwent Practice", "derwent practice", "Otjiherero", "Castle Howard?", "BIacksmiths",
            "Compass", "IDAS", "meme", "kuku", "Babcia", "NY-20261128-0412", "Monster", "Pastor")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s214)


def test_the_counts():
    checks.counts(s214, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s214, HARD, UNMARKED, split=('name',))
