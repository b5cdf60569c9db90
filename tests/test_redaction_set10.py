"""Checks of the hand-written held-out redaction set 10 (bench/redaction_set10.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set10 as s10
from tests import hand_set_checks as checks

# names that are words, towns that are words, short forms
HARD = (("Joy Kitchen", "name"), ("Hannah Bird", "name"), ("Kathryn Senior", "name"), ("Big Al", "name"), ("Cove", "place"),
        ("Cove School", "school"), ("Fleet", "place"), ("Reading", "place"), ("bpool", "place"), ("Ivy Cottage", "address"),
        ("सबिना", "name"))
UNMARKED = ("Willow House", "Progress House", "Diesel", "Biscuit", "Notts", "Blackpool Tower", "Haslam Park", "HMP Chelmsford",
            "Barnsley Foodbank", "Gurkha Welfare Trust", "Virtual School", "Operation Encompass")


def test_the_hard_cases_are_there():
    checks.hard_cases(s10, HARD, UNMARKED, split=("name", "date", "address"))


def test_its_own_hard_cases():
    spans = checks.spans(s10)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not name.isascii() and any(c.isascii() for c in name) for name in names)  # diacritics the record spells plainly
    assert any(not any(c.isascii() for c in name) for name in names)  # a name in another script (Devanagari)
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, kind in spans if kind == "address")


def test_the_checks_can_fail():
    bad = ((s10.RECORD_A, [("bad", "Ring [[01226 0000|phone]] about [[Nain Gwen|name]] and [[Prakash Dai|name]] on "
                                   "[[Tue 6 October|date]] in [[Notts|place]] and [[Hampshire|place]].\n"
                                   "NHS [[999 574 4081|nhs]], NI [[QQ 12 34 56 E|ni]]. Gwen said no.")]),)
    found = s10.problems(bad, record_ids=["9995744081"], record_phones=["01226 00"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("phone is not a valid number: 01226 0000" in p for p in found)
    assert any("title or kinship word" in p and "Nain" in p for p in found)
    assert any("kinship word after a name" in p and "Dai" in p for p in found)
    assert any("weekday inside a date span" in p for p in found)
    assert any("country, county or region" in p and "Notts" in p for p in found)
    assert any("country, county or region" in p and "Hampshire" in p for p in found)
    assert any("NHS number fails its check digit: 999 574 4081" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Gwen' is marked as a name elsewhere" in p for p in found)
