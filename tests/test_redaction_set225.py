"""Checks of the hand-written held-out redaction set 225 (bench/redaction_set225.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set225 as s225
from tests import hand_set_checks as checks

NAMES, TOTAL = 527, 899
HARD = (("THWAITE, Poppy-Mae", "name"), ("TUKUITONGA, Fisa", "name"), ("METCALFE, Jack", "name"), ("HARKER, Tom", "name"),
        ("Kacper NOWAK", "name"), ("Ella-Rose BOWNESS", "name"), ("Dylan RAEBURN", "name"), ("Alison HARKER", "name"),
        ("Moira\nTallentire", "name"), ("Laura\nNicholson", "name"), ("Keeley\nMounsey", "name"), ("Darren\nSlee", "name"),
        ("Jan\nA1derson", "name"), ("0wen Wi1kinson", "name"), ("C1aire Be11as", "name"), ("Natalia Brough", "name"),
        ("brough", "name"), ("Zosi", "name"), ("Kacpra", "name"), ("Agnieszka Zielińska", "name"), ("Ewa Dąbrowska", "name"),
        ("Fiza", "name"), ("Tangaloa", "name"), ("Loa", "name"), ("dazza", "name"), ("dyl", "name"), ("macca", "name"),
        ("leanne bowness", "name"), ("jack metcalfe", "name"), ("Tyson", "name"), ("Dougal", "name"), ("Tiva", "name"),
        ("Bongate", "place"), ("bongate", "place"), ("Battlebarrow", "place"), ("Appleby-in-Westmorland", "place"),
        ("Kirkby\nStephen", "place"), ("kirkby st", "place"), ("Br0ugh", "place"), ("App1eby", "place"), ("Hakupu", "place"),
        ("Alofi", "place"), ("Otara", "place"), ("Māngere", "place"), ("Wrocławia", "place"), ("Opolu", "place"),
        ("Newbiggin-on-Lune", "place"), ("long marton", "place"), ("Sands", "place"), ("pooley bridge", "place"),
        ("Low Greenside Farm", "address"), ("Greenside", "address"), ("ul. Ogrodowa 12/4", "address"),
        ("Flat 6, 18 Brunswick\nRoad", "address"), ("brunswick rd", "address"), ("five Sanderson Croft", "address"),
        ("no 11", "address"), ("50-122", "postcode"), ("CA17 4HA", "postcode"), ("KSGS", "school"), ("Little Acorns", "school"),
        ("O2/l2/2O26", "date"), ("3O Nov 2O26", "date"), ("nineteenth of December", "date"), ("19 grudnia", "date"),
        ("grudniu", "date"), ("boxing day", "date"), ("march", "date"), ("O8/1O/1983", "date"), ("19.08.2013", "dob"),
        ("+683 4012", "phone"), ("+64 21 384 9172", "phone"), ("+48 512 384 907", "phone"), ("017683 51294", "phone"),
        ("JK 63 41 28 B", "ni"), ("SH 51 83 27 A", "ni"), ("208 483 3841", "nhs"), ("R909211826361", "upn"),
        ("PN19 XKT", "vehicle"), ("YJ18 LMU", "vehicle"), ("halina.zielinska@wp.pl", "email"))
UNMARKED = ("Cumbria Constabulary", "Fellside Council", "Eden Fells Medical Group", "Eden Young Carers", "Penrith Community Hospital",
            "Penrith Police Station", "Kendal College", "Vagahau Niue", "Fakaalofa lahi atu", "Magafaoa", "Nena", "babcia",
            "Pani", "the A685", "the Black Swan", "morrisons", "the castle", "Grandad", "21:47")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s225)


def test_the_counts():
    checks.counts(s225, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s225, HARD, UNMARKED, split=('name', 'place', 'address'))
