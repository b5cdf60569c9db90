"""Checks of the hand-written held-out redaction set 122 (bench/redaction_set122.py) that do not use the detector:
its marking passes its own checker, its counts, its hard cases and its unmarked organisations and landmarks."""

from bench import redaction_set122 as s122
from tests import hand_set_checks as checks

NAMES, TOTAL = 510, 903
HARD = (("HUSSAIN, Zoya", "name"), ("GAGLOEV, Alan", "name"), ("ASHW0RTH, Archie", "name"), ("Nyakuoth GATLUAK", "name"),
        ("Nyakuoth Gatkuoth", "name"), ("Both", "name"), ("Summer", "name"), ("Rose", "name"), ("Lord", "name"), ("Kuoth", "name"),
        ("kuoth", "name"), ("ruach", "name"), ("lily", "name"), ("Фатима Цараева", "name"), ("Алан", "name"), ("Батраз", "name"),
        ("Adam Ha1stead", "name"), ("Barnes", "name"), ("Imran Bux", "name"), ("Ormerod", "name"), ("Gatluak", "name"), ("Kule", "place"),
        ("Nguenyyiel", "place"), ("Владикавказ", "place"), ("ossy", "place"), ("Accy", "place"), ("Gt Harwood", "place"),
        ("Clayton", "place"), ("Church", "place"), ("Clayton-le-Moors", "place"), ("Peel Park", "place"), ("Dill Hall", "place"),
        ("Stanhill", "place"), ("Rhyddings", "school"), ("EccIes, Tyler", "name"), ("O4/O4/2OO7", "dob"), ("Сослан", "name"),
        ("no. 16", "address"), ("ул. Маркуса, 14", "address"), ("avenue parade", "address"), ("9 harwood rd", "address"),
        ("3 Hol1ins Lane", "address"), ("Flat 2", "address"), ("11", "address"), ("21/O8/2011", "dob"), ("30.06.19", "dob"),
        ("2016-03-08", "date"), ("the 25th", "date"), ("14", "date"), ("rishton methodist", "school"), ("the hollins", "school"),
        ("Hillock Vale", "school"), ("+211 912 345 678", "phone"), ("+251 911 234 567", "phone"), ("+7 867 254 3178", "phone"),
        ("+995 555 12 34 56", "phone"), ("+92 300 5418 762", "phone"), ("PK21 HWD", "vehicle"), ("YJ19 KUB", "vehicle"),
        ("673 814 1033", "nhs"), ("F888768835601", "upn"), ("JT 48 19 62 B", "ni"))
UNMARKED = ("Accrington Stanley", "Peel Park Medical Practice", "Hyndburn Children's Centre", "Rishton & Great Harwood Surgery",
            "Bonfire Night", "Zeus", "Lancashire Police", "Forced Marriage Unit", "Hyndburn Missing From Home Service", "Port Alert",
            "Ossetia", "Pakistan", "saturday", "Hyndvale Council", "Child Development Centre", "MERL1N", "Manchester Airport",
            "Family Court at Blackburn", "Aldi")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s122)


def test_the_counts():
    checks.counts(s122, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    spans = checks.spans(s122)
    names = [words for words, kind in spans if kind == "name"]
    assert any(name.islower() for name in names)  # lower-case names in messages and a mother's email
    assert any("," in name and name.split(",")[0].isupper() for name in names)  # SURNAME, First
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Cyrillic
    assert any(words.startswith("+") and not words.startswith("+44") for words, kind in spans if kind == "phone")  # foreign
    assert any(words.islower() for words, k in spans if k == "place")  # lower case in messages
    assert any(words.islower() for words, k in spans if k == "address")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # a place in Cyrillic
    for words, kind in HARD:
        assert (words, kind) in spans, (words, kind)
    texts = "\n".join(doc.text for doc in s122.sets()[s122.NAME])
    for word in UNMARKED:
        assert word in texts, word
        assert all(word not in words for words, _kind in spans), word
