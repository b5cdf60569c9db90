"""Checks of the hand-written held-out redaction set 44 (bench/redaction_set44.py) that do not use the detector:
its marking passes its own checker, its size, its own hard cases and the words it leaves unmarked (the checks every set
shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set44 as s44
from tests import hand_set_checks as checks

NAMES, TOTAL = 699, 1140
# names that are words; short forms; scripts; OCR; odd formats
HARD = (("COKER, Alfie James", "name"), ("KAMAU, Wairimu", "name"), ("TOMLIN, Scott", "name"), ("DOHERTY, SIOBHAN", "name"),
        ("MACKIE, Jordan Lee", "name"), ("AKINOLA, Tayo", "name"), ("Summer G.", "name"), ("H Bright", "name"), ("C. Munson", "name"),
        ("G. Roe", "name"), ("Abigai1", "name"), ("Danuta Rob Bell", "name"), ("Danuta Wróbel", "name"), ("Galina Nikolaevna", "name"),
        ("Precious", "name"), ("Wai", "name"), ("Shiru", "name"), ("Sum", "name"), ("Row", "name"), ("ty", "name"), ("alf", "name"),
        ("lee", "name"), ("lee brand", "name"), ("kacie", "name"), ("tyoma", "name"), ("Danya", "name"), ("Полину", "name"),
        ("Сергеем", "name"), ("тёмы", "name"), ("Света", "name"), ("Галя", "name"), ("Summer", "name"), ("Grace", "name"),
        ("Faith", "name"), ("Dean", "name"), ("Price", "name"), ("Akande", "name"), ("Reece", "name"), ("D-Man", "name"),
        ("Jordy", "name"), ("Rosie-Mae", "name"), ("Lily-Rose", "name"), ("Ellie-Jo", "name"), ("Darren Cul-\nley", "name"),
        ("Femi\nAkinola", "name"), ("Йыхви", "place"), ("Нарву", "place"), ("thorney bay", "place"), ("tiptree", "place"),
        ("githunguri", "place"), ("canvey", "place"), ("Row hedge", "place"), ("Rock Ford", "place"), ("Rochford", "place"),
        ("Chelms-\nford", "place"), ("South\nBenfleet", "place"), ("Staple Tye", "place"), ("Melbourne", "place"), ("Tallinn", "place"),
        ("Jõhvi", "place"), ("Sillamäe", "place"), ("Kileleshwa", "place"), ("Letterkenny", "place"), ("Harlow", "place"),
        ("Canvey", "place"), ("Narva", "place"), ("no. 18", "address"), ("no. 11", "address"), ("no. 39", "address"),
        ("furtherwick", "address"), ("harwich road", "address"), ("Докской", "address"), ("Tallinna mnt 19-8", "address"),
        ("Tallinna maantee 19, korter 8", "address"), ("Kileleshwa, Othaya Road, House\nNo. 14", "address"),
        ("Melbourne\nAvenue", "address"), ("Flat 7 Magnolia Ct", "address"), ("20303", "postcode"), ("C04 9HW", "postcode"),
        ("leigh beck", "school"), ("Leigh Beck", "school"), ("Gateway", "school"), ("Jerounds", "school"), ("Shoebury High", "school"),
        ("Little Owls Day Nursery", "school"), ("CHELMER VALLEY HIGH SCHOOL", "school"), ("The Gilberd\nSchool", "school"),
        ("YK19", "vehicle"), ("YK19 HBE", "vehicle"), ("EY68 WNP", "vehicle"), ("craigmunson88@gmai1.com", "email"),
        ("+372 5341 7782", "phone"), ("+254 722 418 396", "phone"), ("+353 87 614 2093", "phone"), ("07816 342970", "phone"),
        ("3rd", "date"), ("12th", "date"), ("18/19 October", "date"), ("16-17 Nov", "date"), ("04 / 11 / 2026", "date"),
        ("19th of December", "date"), ("28.09.2026", "date"), ("11th\nOctober", "date"), ("30 . 01 . 2012", "dob"), ("22/05/2017", "dob"),
        ("JT 62 48 19 B", "ni"), ("SK 30 77 41 C", "ni"), ("139 060 9715", "nhs"), ("V881302412337", "upn"))
UNMARKED = ("Canvey and Benfleet Family Support", "Canvey Island Foodbank", "Canvey Health Centre", "Colchester CID", "Emmaus Colchester",
            "Colchester North Team", "Harlow South Team", "Harlow Foodbank", "Harlow Moot Hall", "Tilbury Health Centre",
            "Port of Tilbury", "Basildon Hospital", "Broomfield Hospital", "Springfield Hospital", "Princess Alexandra Hospital",
            "Greenstead Library", "Greenstead Road", "Melbourne Park", "Shoebury Sparks", "Lakeside", "Stansted", "PCEA Mwangaza Church",
            "Essex Police", "Essex Recovery Foundation", "Beauchamp House Surgery", "Sutton Road Dental Practice", "Biscuit", "Tank",
            "tell HB first thing", "Мама", "Cucu", "r.e.e.c.e_x9", "Essex", "Estonia", "Russia", "Ireland", "Kiambu County", "4471",
            "PC 8812", "CCN/26/4418", "PL-2026-118842", "CV/CP/22817", "0345 606 1212")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s44)


def test_the_counts():
    checks.counts(s44, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s44, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s44)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Cyrillic
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(words.islower() for words, k in spans if k == "address")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Cyrillic


def test_the_checks_can_fail():
    bad = ((s44.RECORD_B, [("bad", "Ring [[01375 845 21|phone]] about [[Pastor Sam Kariuki|name]], [[Sis Esther|name]],"
                                    " [[бабушка Галя|name]] and [[Rev. Samuel|name]] on [[Tuesday 3 November|date]] in"
                                    " [[Essex|place]], [[Estonia|place]] and [[Kenya|place]].\nNHS [[965 515 4921|nhs]]."
                                    " Daniil said no. [[Daniil|name]] agreed.")]),)
    found = s44.problems(bad, record_ids=["9655154921"], record_phones=["01375 845 21"])
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 01375 845 21" in p for p in found)
    for word in ("Pastor", "Sis", "бабушка", "Rev."):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Essex", "Estonia", "Kenya"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("'Daniil' is marked as a name elsewhere" in p for p in found)
