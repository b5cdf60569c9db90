"""Checks of the hand-written held-out redaction set 9 (bench/redaction_set9.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set9 as s9
from tests import hand_set_checks as checks

HARD = ()
UNMARKED = ("Moses basket", "Bruno", "Tyson", "HMP Norwich", "Lincs", "Wellington Pier", "McDonald's")


def test_the_hard_cases_are_there():
    checks.hard_cases(s9, HARD, UNMARKED, split=("name", "date"))


def test_its_own_hard_cases():
    spans = checks.spans(s9)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not name.isascii() and any(c.isascii() for c in name) for name in names)  # diacritics the record spells plainly
    assert any(not any(c.isascii() for c in name) for name in names)  # a name in another script (Gurmukhi, Arabic)
    assert any(words.islower() for words, kind in spans if kind == "address")
    assert ("Mablethorpe", "place") in spans and ("Karen Mablethorpe", "name") in spans  # a surname that is also a town


def test_the_checks_can_fail():
    bad = ((s9.RECORD_A, [("bad", "Ring [[01902 0000|phone]] about [[Auntie Comfort|name]] and [[Fatma Teyze|name]] on "
                                  "[[Sat 2 March|date]] in [[Norfolk|place]] and [[Lincs|place]].\n"
                                  "NHS [[999 049 5140|nhs]], NI [[QQ 12 34 56 E|ni]]. Comfort said no.")]),)
    found = s9.problems(bad, record_ids=["9990495140"], record_phones=["01902 00"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("phone is not a valid number: 01902 0000" in p for p in found)
    assert any("title or kinship word" in p and "Auntie" in p for p in found)
    assert any("kinship word after a name" in p and "Teyze" in p for p in found)
    assert any("weekday inside a date span" in p for p in found)
    assert any("country, county or region" in p and "Norfolk" in p for p in found)
    assert any("country, county or region" in p and "Lincs" in p for p in found)
    assert any("NHS number fails its check digit: 999 049 5140" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Comfort' is marked as a name elsewhere" in p for p in found)
