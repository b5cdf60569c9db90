"""Checks of the hand-written held-out redaction set 200 (bench/redaction_set200.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set200 as s200
from tests import hand_set_checks as checks

NAMES, TOTAL = 520, 903
HARD = (("ARMSTRONG, Lacey", "name"), ("AKGÜNDÜZ, Sevim", "name"), ("AKGÜNDÜZ, Yusuf", "name"), ("CHARLTON, Courtney", "name"),
        ("Sevim KOCABAŞ", "name"), ("Kocabaş", "name"), ("Hatice Kocabaş", "name"), ("Gülay Kocabaş", "name"),
        ("Ayşe Demir", "name"), ("Liam\nArmstrong", "name"), ("Ian\nRoutledge", "name"), ("Sian\nWilkinson", "name"),
        ("chantelle robson", "name"), ("chan", "name"), ("mase", "name"), ("kace", "name"), ("ellie r", "name"),
        ("maddies", "name"), ("Deano", "name"), ("Tommo", "name"), ("Gaz", "name"), ("Mags", "name"), ("Gem", "name"),
        ("R DODD", "name"), ("N. Ridley", "name"), ("Murat", "name"), ("Mustafa", "name"), ("Nurcan", "name"),
        ("Bardon\nMill", "place"), ("West Wylam", "place"), ("Prudhoe", "place"), ("Haltwhistle", "place"),
        ("haltwhistle", "place"), ("greenhead", "place"), ("Nenthead", "place"), ("Garrigill", "place"), ("Mickley", "place"),
        ("Ovingham", "place"), ("Melkridge", "place"), ("Hopa", "place"), ("Trabzon", "place"), ("Byker", "place"),
        ("Wylarn", "place"), ("Prudh0e", "place"), ("Stocksfie1d", "place"), ("no. 9", "address"), ("no. 21", "address"),
        ("Burnfoot", "address"), ("Townfoot", "address"), ("Edens Lawn", "address"), ("flat 9", "address"),
        ("shields rd", "address"), ("Flat 4, 61 Shibdon Road", "address"), ("NE42 5PW", "postcode"), ("CA9 3PD", "postcode"),
        ("Samuel King's", "school"), ("Highfield Middle", "school"), ("Haltwhistle First", "school"),
        ("2l/10/2O26", "date"), ("l9th", "date"), ("1 Kasım", "date"), ("July\nthe 30th", "date"), ("Bonfire Night", "date"),
        ("the 23rd", "date"), ("2026-11-02", "date"), ("15 October 2026", "date"), ("29/01/2025", "dob"),
        ("14/06/93", "dob"), ("+90 464 651 23 40", "phone"), ("+90 505 318 44 19", "phone"), ("01434 344 581", "phone"),
        ("NK19 WFO", "vehicle"), ("PO70 YKD", "vehicle"), ("JT 48 26 15 C", "ni"), ("NR 71 36 04 A", "ni"),
        ("858 844 2574", "nhs"), ("9452186259", "nhs"), ("C929437989832", "upn"), ("Q929816701383", "upn"),
        ("gemmabell89@hotmail.co.uk", "email"), ("laura.tweddle@northumberland.gov.uk", "email"))
UNMARKED = ("Haltwhistle Medical Group", "Alston Medical Practice", "Cumberland Infirmary", "Cumberland Council",
            "NORTHUMBRIA POLICE", "NORTHUMBERLAND", "Northumberland Recovery Partnership", "YOUNG CARERS NORTHUMBERLAND",
            "St George's", "Language Line", "Hoca", "amca", "anneanne", "abla", "Hemşince", "Turkish", "2024", "Makaton",
            "DA/", "PECS", "Boots")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s200)


def test_the_counts():
    checks.counts(s200, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s200, HARD, UNMARKED)
