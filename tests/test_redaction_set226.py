"""Checks of the hand-written held-out redaction set 226 (bench/redaction_set226.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set226 as s226
from tests import hand_set_checks as checks

NAMES, TOTAL = 536, 904
HARD = (("DUGDALE, Tyler", "name"), ("RASHEEDA, Fathimath", "name"), ("SHAREEF, Ahmed", "name"), ("Mariyam SHAHEEMA", "name"),
        ("COWPERTHWAITE, Jodie", "name"), ("HOLDEN, Kian", "name"), ("TOWNSON, Oscar", "name"), ("SHUTTLEWORTH, Leo", "name"),
        ("JODIE COWPERTHWAITE", "name"), ("Stephen\nCowgill", "name"), ("Tom\nBirtwistle", "name"), ("L. C0wperthwaite", "name"),
        ("J0die", "name"), ("Louise Flshwick", "name"), ("Mlstry", "name"), ("PAULINE", "name"), ("tylers", "name"),
        ("ty", "name"), ("han", "name"), ("smiffy", "name"), ("jase", "name"), ("Rico", "name"), ("Gaz", "name"),
        ("Bonnie", "name"), ("Pip", "name"), ("Seed", "name"),
        ("Slaidburn", "place"), ("slaidburn", "place"), ("Dunsop\nBridge", "place"), ("Dunsop Brldge", "place"),
        ("DUNSOP BRIDGE", "place"), ("dunsop", "place"), ("Bolton-by-\nBowland", "place"), ("Newton-in-Bowland", "place"),
        ("waddo", "place"), ("tosside", "place"), ("Whitewell", "place"), ("Forest Becks", "place"), ("Clither0e", "place"),
        ("Malé", "place"), ("Hulhumalé", "place"), ("Addu", "place"), ("Fuvahmulah", "place"), ("mill hill", "place"),
        ("6 H0dder Cottages", "address"), ("Sykes Farrn", "address"), ("Coppy Barn", "address"), ("Holden Lane Farm", "address"),
        ("whalley range", "address"), ("chapel st", "address"), ("Flat 3, 21 Woone Lane", "address"), ("no. 6", "address"),
        ("BB7 3B8", "postcode"), ("PR3 2GD", "postcode"), ("Brennand's", "school"), ("bowland high", "school"),
        ("O8/l2/2O26", "date"), ("the 2nd of\nDecember", "date"), ("Christmas Eve", "date"), ("29th", "date"), ("8.3.11", "dob"),
        ("+960 778 4512", "phone"), ("+960 332 4719", "phone"), ("01200 446 218", "phone"), ("01200 414 562", "phone"),
        ("NW 48 22 16 C", "ni"), ("294 643 7647", "nhs"), ("9327475542", "nhs"), ("H888771639235", "upn"),
        ("PK67 ZRW", "vehicle"), ("PO16 LZK", "vehicle"), ("pauline.wilcock@btinternet.com", "email"),
        ("k.whiteside@ribblesdale.lancs.sch.uk", "email"))
UNMARKED = ("Lancashire Constabulary", "LANCASHIRE CONSTABULARY", "Royal Blackburn", "Royal Preston", "Bowland Medical Practice",
            "Home-Start", "Inspire", "Ribble Valley Young Carers", "Lancashire County Council", "Hark to Bounty", "Mamma", "Bappa",
            "Dhatha", "Dhivehi", "Step-nan", "rico_bbx", "kianh_11", "Qashqai")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s226)


def test_the_counts():
    checks.counts(s226, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s226, HARD, UNMARKED)
