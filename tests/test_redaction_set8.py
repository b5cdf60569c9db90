"""Checks of the hand-written held-out redaction set 8 (bench/redaction_set8.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set8 as s8


def test_the_hard_cases_are_there():
    spans = [(doc.text[start:end], kind) for doc in s8.sets()[s8.NAME] for start, end, kind in doc.gold]
    names = [words for words, kind in spans if kind == "name"]
    assert any("\n" in name for name in names)  # a name split across a line break
    assert any(name.islower() for name in names)  # lower-case names in messages
    assert any("," in name and name.split(",")[0].isupper() for name in names)  # SURNAME, First
    assert any(not name.isascii() for name in names)  # diacritics the record spells plainly
    assert any(words.startswith("+") and not words.startswith("+44") for words, kind in spans if kind == "phone")  # foreign phones
    assert any(words.islower() for words, kind in spans if kind == "place")
    assert any("\n" in words for words, kind in spans if kind == "date")  # a date split across a line break


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
