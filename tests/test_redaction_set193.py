"""Checks of the hand-written held-out redaction set 193 (bench/redaction_set193.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set193 as s193
from tests import hand_set_checks as checks

NAMES, TOTAL = 506, 907
HARD = (("RUTTER, Tyler", "name"), ("GAIR, Liam", "name"), ("DOUGLAS, Kirsty", "name"), ("HINDMARSH, Chloe", "name"),
        ("DAULETOVA Aruzhan", "name"), ("Dave\nHume", "name"), ("Pat\nHindmarsh", "name"), ("Аружан", "name"),
        ("Зульфие", "name"), ("Джамиля", "name"), ("lsla", "name"), ("lsla Tvveddle", "name"), ("Sevvell", "name"),
        ("ellie mae", "name"), ("scotty gair", "name"), ("des hope", "name"), ("kieran b", "name"), ("pats", "name"),
        ("Aru", "name"), ("Deano", "name"), ("deano", "name"), ("Mo", "name"), ("Gaz", "name"), ("B. Pringle", "name"),
        ("Becky", "name"), ("Ellie-Mae", "name"), ("Нукусе", "place"), ("Эмбла", "place"), ("Nukus", "place"),
        ("Tashkent", "place"), ("High\nHauxley", "place"), ("High Hauxley", "place"), ("Togston", "place"),
        ("togston", "place"), ("amble", "place"), ("Thropton", "place"), ("Milfield", "place"), ("chatton", "place"),
        ("Akeld", "place"), ("Pauperhaugh", "place"), ("haugh", "place"), ("Byker", "place"), ("22 percy st", "address"),
        ("queen st", "address"), ("no. 6", "address"), ("no 4", "address"), ("Dosnazarov 44", "address"),
        ("Flat 9, Ridley Court", "address"), ("NE65 0HR", "postcode"), ("NE1 1SE", "postcode"), ("Glendale", "school"),
        ("thomlinson", "school"), ("rothbury first", "school"), ("Duchess's", "school"), ("2O/11/2O26", "date"),
        ("27 Apri1", "date"), ("5th Desember", "date"), ("1st", "date"), ("10th", "date"), ("29th november", "date"),
        ("14/03/2018", "dob"), ("13/02/1984", "dob"), ("+998 61 222 47 18", "phone"), ("+998 90 724 15 63", "phone"),
        ("07723418531", "phone"), ("NK17 WXA", "vehicle"), ("ND21 KZO", "vehicle"), ("JT 48 62 17 C", "ni"),
        ("SZ 21 84 63 A", "ni"), ("647 939 9935", "nhs"), ("5594271449", "nhs"), ("E929332612404", "upn"),
        ("ruth.oliver@nhs.net", "email"), ("beckypringle88@gmail.com", "email"))
UNMARKED = ("Karakalpakstan", "Coquetdale practice", "Little Puffins", "A1068", "deano_nd21", "chloe.h.x", "Ájapa", "Mama:",
            "Bramble", "Rocky", "Biscuit", "L.P.", "R.O.", "KD/CHT/5", "Harbour", "Barnardo's", "MACE", "ul. ")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s193)


def test_the_counts():
    checks.counts(s193, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s193, HARD, UNMARKED)
