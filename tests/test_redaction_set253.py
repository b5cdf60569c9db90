"""Checks of the hand-written held-out redaction set 253 (bench/redaction_set253.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set253 as s253
from tests import hand_set_checks as checks

NAMES, TOTAL = 534, 904
HARD = (("BEVAN, Tyler", "name"), ("JENKINS, Ruby", "name"), ("NAVAS, Marcos", "name"), ("POWELL, Sarah", "name"),
        ("MORGAN, Ethan", "name"), ("Ethan MORGAN", "name"), ("Stacey HUGHE5", "name"), ("IBELER NAVAS", "name"),
        ("Helen\nPritchard", "name"), ("Kate\nHiggins", "name"), ("Amy\nStinton", "name"), ("Martin\nJenkins", "name"),
        ("Lee\nBaskerville", "name"), ("Olonadili", "name"), ("Inaiduli Iguaniginape", "name"), ("Ibe", "name"),
        ("Yari", "name"), ("Abisua", "name"), ("5andhu", "name"), ("Jordan Cl1fford", "name"), ("0wen Lloyd", "name"),
        ("Ben Whitta1l", "name"), ("Car0l Hughes", "name"), ("Ty", "name"), ("jadey", "name"), ("shaney", "name"),
        ("tys", "name"), ("rubes", "name"), ("kez", "name"), ("jacko", "name"), ("stace", "name"), ("Jordie", "name"),
        ("Mags", "name"), ("M-Dot", "name"), ("kayleigh price", "name"), ("Alfie G", "name"),
        ("Weobley", "place"), ("We0bley", "place"), ("dilwyn", "place"),
        ("Leintwardine", "place"), ("leintwardine", "place"), ("Wigmore", "place"), ("wigmore", "place"),
        ("Mortimer's Cross", "place"), ("mortimers cross", "place"), ("Brampton\nBryan", "place"), ("Ustupu", "place"),
        ("Ailigandi", "place"), ("Colón", "place"), ("Cartí", "place"), ("Panama City", "place"), ("Lingen", "place"),
        ("Norton Canon", "place"), ("Credenhill", "place"), ("ryelands", "place"), ("aberystwyth", "place"),
        ("14 Whitehill Park", "address"), ("27 bridge st", "address"), ("no. 16", "address"), ("Upper Lye Farm", "address"),
        ("lower lye", "address"), ("6 the greenway", "address"), ("Flat 6, 31 Eign Street", "address"), ("eign st", "address"),
        ("HR4 8QN", "postcode"), ("hr6 8dx", "postcode"), ("SY7 0JR", "postcode"), ("l4 N0vember 2O26", "date"),
        ("l2/ll/2O26", "date"), ("3 0ctober", "date"), ("7th", "date"), ("the 27th", "date"), ("0l/l2/l996", "dob"),
        ("30.04.2011", "dob"), ("+507 6483 2719", "phone"), ("+507 6217 9046", "phone"), ("01544 318 462", "phone"),
        ("07908 227 351", "phone"), ("PW 36 18 94 A", "ni"), ("886 623 1711", "nhs"), ("W884065704882", "upn"),
        ("VE70 HTD", "vehicle"), ("KX19 WPB", "vehicle"), ("gareth.morgan79@btinternet.com", "email"),
        ("office@leintwardine.hereford.sch.uk", "email"))
UNMARKED = ("Wigmore High", "Wigmore Surgery", "West Mercia Police", "Herefordshire Council", "the stonebow", "Tyson", "Bara",
            "Flint", "Guna Yala", "Dulegaya", "nuedi", "muu", "the cross", "Aga", "HEREF0RDSHIRE", "22:31",
            "Leominster Community Centre")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s253)


def test_the_counts():
    checks.counts(s253, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s253, HARD, UNMARKED, split=("name", "place"))
