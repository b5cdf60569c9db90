"""Checks of the hand-written held-out redaction set 7 (bench/redaction_set7.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set7 as s7
from tests import hand_set_checks as checks

HARD = ()
UNMARKED = ()


def test_the_hard_cases_are_there():
    checks.hard_cases(s7, HARD, UNMARKED, split=("name",))


def test_its_own_hard_cases():
    spans = checks.spans(s7)
    names = [words for words, kind in spans if kind == "name"]
    assert any(ch in name for name in names for ch in "áéíóúžšč")  # diacritics the record spells plainly


def test_the_checks_can_fail():
    bad = ((s7.RECORD_F, [("bad", "Ring [[01472 0000|phone]] about [[Mr Kai|name]] on [[Monday 2 March|date]] in [[Kent|place]].\n"
                                  "NHS [[488 726 9979|nhs]], NI [[QQ 12 34 56 E|ni]]. Kai said no.")]),)
    found = s7.problems(bad, record_ids=["4887269979"], record_phones=["01472 00"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("phone is not a valid number: 01472 0000" in p for p in found)
    assert any("title or kinship word" in p for p in found)
    assert any("weekday inside a date span" in p for p in found)
    assert any("country or county" in p for p in found)
    # set 6's checker, reused: check digits, NI format, a marked name left unmarked elsewhere
    assert any("record NHS number fails" in p for p in found)
    assert any("NHS number fails its check digit: 488 726 9979" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Kai' is marked as a name elsewhere" in p for p in found)
