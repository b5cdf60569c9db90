"""Checks of the hand-written held-out redaction set 88 (bench/redaction_set88.py) that do not use the detector:
its size, its own hard cases and the organisations and words left unmarked."""

from bench import redaction_set88 as s88
from tests import hand_set_checks as checks

NAMES, TOTAL = 237, 473  # name spans and all gold spans
HARD = (("KAABI, Maryam", "name"), ("HANS, Simran", "name"), ("CHAPMAN, Poppy", "name"), ("CAMPBELL Jayden", "name"),
        ("REID, Marlon", "name"), ("Hans", "name"), ("Smokey", "name"), ("SMOKEY", "name"), ("Ty", "name"), ("ty", "name"),
        ("pooja", "name"), ("gary", "name"), ("Grace Osei", "name"), ("Dawn Perry", "name"), ("Paul Greenford", "name"),
        ("Kate Osterley", "name"), ("Rob Lampton", "name"), ("Jo Reading", "name"), ("مريم", "name"), ("حميد الساري", "name"),
        ("زهرا", "name"), ("Bev\nMarsh", "name"), ("Layla\nHaddad", "name"), ("اهواز", "place"), ("Ahvaz", "place"),
        ("perivale", "place"), ("hanwell", "place"), ("Kingston", "place"), ("Enugu", "place"), ("Jalandhar", "place"),
        ("no. 16", "address"), ("no. 52", "address"), ("Flat 9", "address"), ("8 GREEN DRAGON LANE", "address"),
        ("Gunnersbury", "school"), ("Fielding", "school"), ("+98 916 314 2287", "phone"), ("+91 98140 52377", "phone"),
        ("+1 876 926 4418", "phone"), ("+234 803 412 6690", "phone"), ("30 09 2011", "dob"), ("02.04.2019", "dob"), ("Thurs 6th", "date"),
        ("1 nov", "date"), ("27th", "date"), ("18th", "date"), ("11/10", "date"), ("12/10", "date"), ("2026-10-13", "date"),
        ("03/11 14:02", "date"), ("LB19 XKE", "vehicle"), ("KX68 PLU", "vehicle"))
UNMARKED = ("Valmiki Sabha", "Met CAIT", "Fountain Leisure Centre", "Ealing CS", "Khuzestan", "Iran", "Baba", "Biji", "Masi", "CPOMS",
            "Brentford Fountain Leisure Centre")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s88)


def test_the_counts():
    checks.counts(s88, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s88, HARD, UNMARKED, split=("name", "address"))


def test_its_own_hard_cases():
    spans = checks.spans(s88)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Arabic script
