"""Checks of the hand-written held-out redaction set 228 (bench/redaction_set228.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set228 as s228
from tests import hand_set_checks as checks

NAMES, TOTAL = 490, 853
HARD = (("HOLDEN, Tyler", "name"), ("MOGA BARRERA, Aleix", "name"), ("SUMNER, Paige", "name"), ("Paige SUMNER", "name"),
        ("DOBSON, Jessica", "name"), ("HUSSAIN, Imran", "name"), ("MAHMOOD, Sana", "name"), ("FAIRCLOUGH, Lewis", "name"),
        ("Zayan HUSSAIN", "name"), ("DARREN FAIRCLOUGH", "name"), ("Sarah\nMcGonagle", "name"), ("0wen Bretherton", "name"),
        ("Pèir", "name"), ("Pèir Moga", "name"), ("aleix", "name"), ("craigs", "name"), ("jk", "name"), ("JK", "name"),
        ("Ty", "name"), ("shell", "name"), ("Shell", "name"), ("kay", "name"), ("Nugget", "name"), ("bilal", "name"),
        ("K. Iddon", "name"), ("MicheIle", "name"), ("Moga Barrera", "name"), ("Stacey-Jo Wilding", "name"),
        ("Garstang", "place"), ("garstang", "place"), ("Catterall", "place"), ("Great\nEccleston", "place"),
        ("Knott\nEnd", "place"), ("knott end", "place"), ("Pilling", "place"), ("Bowgreave", "place"),
        ("St Michael's on Wyre", "place"), ("St MichaeI's", "place"), ("M0recambe", "place"), ("Vielha", "place"),
        ("bossost", "place"), ("Bossòst", "place"), ("Val d'Aran", "place"), ("Les", "place"), ("Out Rawcliffe", "place"),
        ("Poulton-le-Fylde", "place"), ("Mirpur", "place"),
        ("5 HaII Lane", "address"), ("Flat 3, 12 Bridge Street", "address"), ("no. 43", "address"), ("royal oak", "address"),
        ("Carrèr Major 4", "address"), ("6 Fold House Caravan Park", "address"), ("the green", "address"),
        ("PR3 1HE", "postcode"), ("FY1 6DZ", "postcode"), ("St Thomas'", "school"), ("GARSTANG COMMUNITY ACADEMY", "school"),
        ("3O Nov 2O26", "date"), ("Ju1y", "date"), ("20 de deseme", "date"), ("boxing day", "date"), ("9th june", "date"),
        ("28/02/2012", "dob"), ("4 October 2013", "dob"), ("+34 973 640 218", "phone"), ("+34 656 218 437", "phone"),
        ("01995 670 233", "phone"), ("JM 63 14 82 B", "ni"), ("PB 27 48 19 D", "ni"), ("393 379 9724", "nhs"),
        ("4538842982", "nhs"), ("V888201215012", "upn"), ("PE19 KVX", "vehicle"), ("BK66 WNO", "vehicle"),
        ("peir.moga.aran@gmail.com", "email"), ("helen.moorby@lthtr.nhs.uk", "email"))
UNMARKED = ("LANCASHIRE MASH", "LANCASHIRE CONSTABULARY", "Royal Preston Hospital", "Great Eccleston Surgery",
            "Wyre young carers", "Aranese", "Catalan", "france", "A6", "iaia", "padrin", "chacha", "grandad", "vecina",
            "CPOMS", "Urdu")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s228)


def test_the_counts():
    checks.counts(s228, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s228, HARD, UNMARKED)
