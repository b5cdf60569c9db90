"""Checks of the hand-written held-out redaction set 11 (bench/redaction_set11.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set11 as s11
from tests import hand_set_checks as checks

# names that are words, towns that are words, short forms
HARD = (("Skye", "name"), ("Poppy", "name"), ("Ruby", "name"), ("Paul\nFrost", "name"), ("Gotobed", "name"), ("Kettering", "name"),
        ("Kettering", "place"), ("Street", "place"), ("March", "place"), ("Hamp", "place"), ("Hamp", "school"), ("Burnham", "place"),
        ("Outwood", "school"), ("Devonshire Road", "school"), ("St Catherine's", "school"), ("Thomas Becket Catholic School", "school"),
        ("Orchard View", "address"), ("BC 14 FLR", "vehicle"), ("Grâce", "name"), ("Mădălina", "name"), ("Espérance Mbuyi", "name"),
        ("J-C", "name"))
UNMARKED = ("Clare's Law", "Mongolian blue spots", "Bridgwater Carnival", "Wisbech Community Noticeboard", "HMP Holme House",
            "Thirteen Group", "Teesside Park", "Frenchgate", "James Cook", "Queen Elizabeth", "Bolton Wanderers",
            "Great Lever Family Hub", "Middlesbrough House", "Taunton Road Medical Centre")


def test_the_hard_cases_are_there():
    checks.hard_cases(s11, HARD, UNMARKED, split=("name", "date", "address", "postcode"))


def test_its_own_hard_cases():
    spans = checks.spans(s11)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not name.isascii() and any(c.isascii() for c in name) for name in names)  # diacritics the record spells plainly
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, kind in spans if kind == "address")


def test_the_checks_can_fail():
    bad = ((s11.RECORD_F, [("bad", "Ring [[01204 0000|phone]] about [[Tonton Patrick|name]] and [[Rudo Tete|name]] on "
                                    "[[Wed 7 October|date]] in [[Northants|place]] and [[Cambs|place]].\n"
                                    "NHS [[472 504 0224|nhs]], NI [[QQ 12 34 56 E|ni]]. Patrick said no.")]),)
    found = s11.problems(bad, record_ids=["4725040224"], record_phones=["01204 00"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("phone is not a valid number: 01204 0000" in p for p in found)
    assert any("title or kinship word" in p and "Tonton" in p for p in found)
    assert any("kinship word after a name" in p and "Tete" in p for p in found)
    assert any("weekday inside a date span" in p for p in found)
    assert any("country, county or region" in p and "Northants" in p for p in found)
    assert any("country, county or region" in p and "Cambs" in p for p in found)
    assert any("NHS number fails its check digit: 472 504 0224" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Patrick' is marked as a name elsewhere" in p for p in found)
