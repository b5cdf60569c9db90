"""Checks of the hand-written held-out redaction set 8 (bench/redaction_set8.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set8 as s8
from tests import hand_set_checks as checks

HARD = ()
UNMARKED = ()


def test_the_hard_cases_are_there():
    checks.hard_cases(s8, HARD, UNMARKED, split=("name", "date"))


def test_its_own_hard_cases():
    spans = checks.spans(s8)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not name.isascii() for name in names)  # diacritics the record spells plainly


def test_the_checks_can_fail():
    bad = ((s8.RECORD_A, [("bad", "Ring [[01782 0000|phone]] about [[Grandad Jim|name]] on [[Sat 2 March|date]] in [[Cumbria|place]].\n"
                                  "NHS [[999 356 2301|nhs]], NI [[QQ 12 34 56 E|ni]]. Jim said no.")]),)
    found = s8.problems(bad, record_ids=["9993562301"], record_phones=["01782 00"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("phone is not a valid number: 01782 0000" in p for p in found)
    assert any("title or kinship word" in p and "Grandad" in p for p in found)
    assert any("weekday inside a date span" in p for p in found)
    assert any("country or county" in p and "Cumbria" in p for p in found)
    assert any("NHS number fails its check digit: 999 356 2301" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Jim' is marked as a name elsewhere" in p for p in found)
