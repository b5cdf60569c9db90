"""Checks of the hand-written held-out redaction set 220 (bench/redaction_set220.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set220 as s220
from tests import hand_set_checks as checks

NAMES, TOTAL = 521, 904
HARD = (("DODD, Skye", "name"), ("HOOKER, Dilcia", "name"), ("KINGSMAN, Rony", "name"), ("Yáder KINGSMAN", "name"),
        ("COULTHARD, Daisy", "name"), ("Coulthard, Daisy", "name"), ("BAINBRIDGE, Kian", "name"), ("DENT, Harriet", "name"),
        ("LOWES, Mia", "name"), ("Jake SPEDDING", "name"), ("Lee BOUSFIELD", "name"), ("Nat\nRobson", "name"),
        ("Jo\nWinter", "name"), ("Becky\nFairless", "name"), ("George\nDent", "name"), ("R. 0liver", "name"),
        ("Kath1een Dobson", "name"), ("R0SE 0LIVER", "name"), ("A. Wa1ton", "name"), ("kayleigh dodd", "name"),
        ("jordz", "name"), ("kizzy", "name"), ("Yad", "name"), ("Daze", "name"), ("Spider", "name"), ("Tomasa", "name"),
        ("Marisol Téllez", "name"), ("Gowland", "name"), ("Sultan", "name"), ("karen bainbridge", "name"),
        ("Crawleyside", "place"), ("crawleyside", "place"), ("St John's Chapel", "place"), ("st johns chapel", "place"),
        ("Middleton-in-Teesdale", "place"), ("Midd1eton-in-Teesda1e", "place"), ("C0therstone", "place"),
        ("Barnard\nCast1e", "place"), ("Barnard\nCastle", "place"), ("Tow\nLaw", "place"), ("barney", "place"),
        ("Bilwi", "place"), ("Puerto Cabezas", "place"), ("Waspam", "place"), ("Ireshopeburn", "place"), ("white kirkley", "place"),
        ("Weardale", "place"), ("Hury", "place"), ("L0w Hury Farm", "address"), ("3 front st", "address"), ("leekworth", "address"),
        ("Calle Mayor 12", "address"), ("no. 18", "address"), ("Flat 3, 41 Front Street", "address"), ("DLl2 9PY", "postcode"),
        ("DL13 2YB", "postcode"), ("Stanhope Barrington Primary", "school"), ("l4/O5/2Ol7", "dob"), ("22.4.13", "dob"),
        ("O9/ll/2O26", "date"), ("Summer 2025", "date"), ("tenth", "date"), ("June\n2004", "date"), ("+505 8436 2175", "phone"),
        ("+505 2792 1148", "phone"), ("01388 730 254", "phone"), ("JP 47 19 83 D", "ni"), ("SK 28 91 64 A", "ni"),
        ("671 749 1035", "nhs"), ("913 084 4053", "nhs"), ("J840998943394", "upn"), ("NL14 OPY", "vehicle"),
        ("jo.winter3@nhs.net", "email"), ("gracedent98@hotmail.co.uk", "email"))
UNMARKED = ("DURHAM CONSTABULARY", "University Hospital of North Durham", "Darlington Memorial Hospita1", "Weardale Practice",
            "Durham Young Carers", "Language Line", "HMP Durham", "Spain", "Miskitu", "Wangki", "spid3r_22",
            "teg.x", "Naksa", "Sister", "mamá", "abuela", "PC 1187")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s220)


def test_the_counts():
    checks.counts(s220, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s220, HARD, UNMARKED, split=('name', 'place'))
