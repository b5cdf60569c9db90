"""Checks of the hand-written held-out redaction set 7 (bench/redaction_set7.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set7 as s7


def test_the_hard_cases_are_there():
    spans = [(doc.text[start:end], kind) for doc in s7.sets()[s7.NAME] for start, end, kind in doc.gold]
    names = [words for words, kind in spans if kind == "name"]
    assert any("\n" in name for name in names)  # a name split across a line break
    assert any(name.islower() for name in names)  # lower-case names in messages
    assert any("," in name and name.split(",")[0].isupper() for name in names)  # SURNAME, First
    assert any(ch in name for name in names for ch in "áéíóúžšč")  # diacritics the record spells plainly
    assert any(words.islower() for words, kind in spans if kind == "place")


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
