"""Checks of the hand-written held-out redaction set (bench/redaction_heldout.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_heldout as h


def test_the_checks_can_fail():
    bad = ((h.RECORD_A, [("bad", "Ring [[ 07700 900111|phone]] about [[Zuza|name]] (NHS [[999 000 0000|nhs]]). Zuza said no.\n"
                                 "UPN [[A801200005001|upn]], NI [[QQ 12 34 56 E|ni]], [[Tom|nome]].")]),)
    found = h.problems(bad, record_ids=["9990000001", "B801200005002"])
    assert any("record NHS number" in p for p in found)
    assert any("record UPN" in p for p in found)
    assert any("wrapped in spaces" in p for p in found)
    assert any("NHS number fails" in p for p in found)
    assert any("UPN fails" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("unknown kind" in p for p in found)
    assert any("'Zuza' is marked as a name elsewhere" in p for p in found)
