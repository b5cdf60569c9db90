"""Checks of the hand-written held-out redaction set 47 (bench/redaction_set47.py) that do not use the detector:
its marking, its size and its hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set47 as s47
from tests import hand_set_checks as checks

NAMES, TOTAL = 131, 277
HARD = (("HOLMES, Callum", "name"), ("DIOP, Moussa", "name"), ("PRIESTLEY, Kayla", "name"), ("claudine", "name"), ("B. Holmes", "name"),
        ("Nadia\nBegum", "name"), ("IRAKOZE, Ange", "name"), ("Harper RHODES", "name"), ("Claudine NDAYISHIMIYE", "name"),
        ("Cal", "name"), ("Pat Rose", "name"), ("Liam Green", "name"), ("Tony Lockwood", "name"), ("Amber\nHey", "name"),
        ("Sharon\nMoss", "name"), ("Skinny", "name"), ("tyler", "name"), ("moussa", "name"), ("jo", "name"), ("ruth", "name"),
        ("Béatrice Ndayishimiye", "name"), ("knotty", "place"), ("Swarcliffe", "place"), ("0ak Tree Drive", "address"),
        ("41 Belle Isle\nRoad", "address"), ("ponte", "place"), ("bierley", "place"), ("beeston", "place"), ("Rohero", "place"),
        ("Bujumbura", "place"), ("Dakar", "place"), ("Brussels", "place"), ("no. 16", "address"), ("no. 31", "address"),
        ("Flat 6", "address"), ("broadstone way", "address"), ("Avenue de la Mission 14", "address"), ("Harrogate\nRoad", "address"),
        ("Gipton Brook", "school"), ("Thorpe Edge", "school"), ("8th\nNovember", "date"), ("10/11", "date"), ("02-10-2026", "date"),
        ("9 Nov 2026", "date"), ("11 Feb 2019", "dob"), ("+257 79 45 12 38", "phone"), ("+221 77 645 32 19", "phone"),
        ("+32 2 512 45 67", "phone"), ("YK69 HXD", "vehicle"), ("leesykes85@gmail.com", "email"), ("669 060 1048", "nhs"),
        ("V380051847156", "upn"))
UNMARKED = ("Aire Vale Children's Services", "Bradford Dale Youth", "Calder Wake", "Pinderfields", "Greggs", "PlayStation",
            "dave's kebabs", "Burundi", "Kirundi", "senegal", "Mon ", "Thursday", "reg started", "101", "MASH",
            "Bradford Royal Infirmary", "Audi", "Middleton Park Surgery", "West Yorkshire Police", "NRM", "Teams", "(Mrs)", "Maman",
            "Mme", "madame")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s47)


def test_the_counts():
    checks.counts(s47, NAMES, TOTAL, docs=10)


def test_the_hard_cases_are_there():
    checks.hard_cases(s47, HARD, UNMARKED, split=("name", "address", "date"))
