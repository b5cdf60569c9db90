"""Checks of the hand-written held-out redaction set 31 (bench/redaction_set31.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set31 as s31
from tests import hand_set_checks as checks

NAMES, TOTAL = 566, 969
# names that are words or towns; scripts; short forms; odd formats
HARD = (("DAWSON, Lacey", "name"), ("ASHRAF, Asher Mahmood", "name"), ("SWINDELLS, Gary", "name"), ("WORSLEY, Alfie-Ray", "name"),
        ("Poppy S", "name"), ("Gurpreet\nKaur", "name"), ("Reece\nOkonjo-Platt", "name"), ("Ebou\nCeesay", "name"), ("فاتو", "name"),
        ("Ceesay", "name"), ("Pendlebury", "name"), ("Pendlebury", "place"), ("Liam Worsley", "name"), ("Worsley", "place"),
        ("Dom Irlam", "name"), ("Irlam", "place"), ("Ruth Sale", "name"), ("sale", "name"), ("sale", "place"), ("Sale", "place"),
        ("Lauren Swinton", "name"), ("swinton", "place"), ("Priya Walkden", "name"), ("Walkden", "place"), ("Rachel Ordsall", "name"),
        ("Aisha Stalybridge", "name"), ("Hope", "name"), ("Carys Lane", "name"), ("Hannah Brook", "name"), ("Mark Heywood", "name"),
        ("Sam Hindley", "name"), ("Chelsea Smith", "name"), ("Bugsy", "name"), ("bugsy", "name"), ("kenny", "name"), ("Ty", "name"),
        ("TY MOSS", "name"), ("Okafor", "name"), ("jo", "name"), ("reece", "name"), ("Kaddy", "name"), ("Macc", "place"),
        ("Bolly", "place"), ("Manny", "place"), ("Reddish", "place"), ("SALFORD", "place"), ("Salford", "place"), ("Oldham", "place"),
        ("banjul", "place"), ("Serekunda", "place"), ("Douala", "place"), ("Bamenda", "place"), ("Yaoundé", "place"),
        ("Gee Cross", "place"), ("Tame Bank", "school"), ("Weavers'", "school"), ("Bollinbrook", "school"), ("Hathershaw", "school"),
        ("Little Acorns Nursery", "school"), ("St Mary's", "school"), ("Gorton Road", "address"), ("Hattersley Rd West", "address"),
        ("7 Hawthorn Rd", "address"), ("+220 770 4418", "phone"), ("+237 6 77 41 82 19", "phone"), ("07539614882", "phone"),
        ("YX19OHR", "vehicle"), ("YX19 OHR", "vehicle"), ("MA68 KZT", "vehicle"), ("F356263718759", "upn"), ("698 002 5236", "nhs"),
        ("14.06.2011", "dob"), ("22-10-2026", "date"), ("2.11.26", "date"), ("10th", "date"), ("11th", "date"), ("9th", "date"),
        ("23rd October 2026", "date"), ("August 15th", "date"), ("kayleigh.moss96@gmail.com", "email"), ("409", "address"),
        ("no. 16", "address"), ("Flat 6, Mossley House, West Road", "address"), ("PL 47 09 31 C", "ni"), ("MF21 XKB", "vehicle"),
        ("Walkden", "name"), ("Kev\nSwindells", "name"), ("old trafford", "place"), ("Chan", "name"))
UNMARKED = ("Brinnington Family Hub", "Hurdsfield Community Centre", "Little Hulton Medical Centre", "Royal Oldham", "Salford Royal",
            "Stockport Homes", "Salix Homes", "Macc Cabs", "Gambia Link Travel", "Grace Citadel Church", "Hattersley Hub",
            "St Paul's church hall", "Royal Manchester Children's Hospital", "Strangeways", "Cheadle Heath", "Grand Central",
            "Werneth Low", "Cheshire East", "The Gambia", "Cameroon", "b&m", "GM Language Link", "Mba", "Pastor", "Deaconess", "Mami",
            "Mama", "Aunty", "Rev.", "ref 88213", "26/TR/00418", "Sale Waterside", "Stretford Mall", "Oldham Civic Centre",
            "bonfire nite", "Walkden\nGateway", "Childline")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s31)


def test_the_counts():
    checks.counts(s31, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s31, HARD, UNMARKED, split=("name",))


def test_its_own_hard_cases():
    spans = checks.spans(s31)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # a name in Arabic script (Ajami)
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names


def test_the_checks_can_fail():
    bad = (
        (
            s31.RECORD_E,
            [
                (
                    "bad",
                    "Ring [[0161 946 221|phone]] about [[Binta|name]], [[Mba Kaddy|name]], [[Pastor Nfor|name]],"
                    " [[Mami Comfort|name]] and [[Deaconess Ruth Achu|name]] on [[Friday 13th November|date]]"
                    " in [[The Gambia|place]], [[Cameroon|place]] and [[Cheshire East|place]].\n"
                    "NHS [[541 162 7967|nhs]], UPN [[A353438623207|upn]], NI [[DQ 12 34 56 E|ni]]. Binta said no.",
                )
            ],
        ),
    )
    found = s31.problems(bad, record_ids=["5411627967"], record_phones=["0161 946 221"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("phone is not a valid number: 0161 946 221" in p for p in found)
    for word in ("Mba", "Pastor", "Mami", "Deaconess"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("The Gambia", "Cameroon", "Cheshire East"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 541 162 7967" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Binta' is marked as a name elsewhere" in p for p in found)
