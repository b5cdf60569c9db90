"""Checks of the hand-written held-out redaction set 93 (bench/redaction_set93.py) that do not use the detector:
its marking is clean, its counts, its own hard cases and the strings it leaves unmarked."""

from bench import redaction_set93 as s93
from tests import hand_set_checks as checks

NAMES, TOTAL = 499, 913
HARD = (("CATCHPOLE, Shannon", "name"), ("Lewis GARROD", "name"), ("FLOWERS, Jaheim", "name"), ("SPARROW, Theo", "name"), ("Lew", "name"),
        ("Jay-Jay", "name"), ("Dawn", "name"), ("dawn", "name"), ("kerry", "name"), ("sharon", "name"), ("Rose", "name"),
        ("Leanne Rose", "name"), ("Green", "name"), ("Sparrow", "name"), ("Jordan\nSparrow", "name"), ("Lorna Flowers", "name"),
        ("Айна", "name"), ("Гульшат Нурмурадова", "name"), ("Jeren\nOrazova", "name"), ("Mick\nHales", "name"), ("Mary", "place"),
        ("Ашхабад", "place"), ("saxmundham", "place"), ("Trimley St Mary", "place"), ("Needham Market", "place"), ("Dangriga", "place"),
        ("Belize City", "place"), ("Ravenswood", "place"), ("16", "address"), ("Flat 8", "address"), ("14 Cemetery Road", "address"),
        ("Alde\nValley", "school"), ("+501 622-4815", "phone"), ("+993 65 41 27 93", "phone"), ("5th", "date"), ("14th", "date"),
        ("17.05.2020", "dob"), ("30-07-2026", "dob"), ("493 618 2753", "nhs"), ("W935211408317", "upn"), ("RX19 KTE", "vehicle"),
        ("Магтымгулы 112", "address"), ("744000", "postcode"), ("lpswich", "place"), ("O5/1O/199O", "dob"), ("18/ll/2026", "date"),
        ("Esenyurt", "place"), ("Мары", "place"), ("Grange\nFarm", "place"), ("Poppy G", "name"), ("+90 532 418 27 65", "phone"),
        ("Big T", "name"), ("Spud", "name"), ("Pat Friend", "name"), ("Pipe", "name"), ("jord", "name"), ("shan", "name"),
        ("Gainsborough", "place"), ("Sudbury", "place"), ("Whitehouse", "place"), ("trimley st mary", "school"),
        ("Thomas Mills", "school"), ("jordsparra04@hotmail.co.uk", "email"), ("Bägül Atayeva", "name"), ("Бягуль", "name"))
UNMARKED = ("Suffolk Constabulary", "Martlesham PIC", "Ipswich Hospital", "Stoke Park Medical Centre", "Suffolk New College",
            "Orwell Vale Youth Justice Service", "Ribena", "Bwai", "Belizean Kriol", "the Co-op", "A14", "BTP", "1184", "nan",
            "Ravenswood Medical Practice", "Hadleigh Health Centre", "Bergholt ward", "Mariners", "Turning Point", "Wellbeing Suffolk",
            "Rusty", "Bonnie", "dog Pip", "M.T.", "Essex", "Ipswich Community Hub", "West Suffolk Hospital")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s93)


def test_the_counts():
    checks.counts(s93, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s93, HARD, UNMARKED, split=("name", "address", "school", "place", "postcode"))


def test_its_own_hard_cases():
    spans = checks.spans(s93)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Cyrillic
    assert any("-" in name and name[0].isupper() for name in names)  # hyphenated nicknames
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # a place in Cyrillic
