"""Checks of the hand-written held-out redaction set (bench/redaction_heldout.py) that do not use the detector."""

from bench import redaction_heldout as h


def test_marking_has_no_problems():
    assert h.problems() == []


def test_size_of_the_set():
    n_docs, per_kind = h.counts()
    assert 20 <= n_docs <= 24
    assert per_kind["name"] >= 350
    assert sum(n for kind, n in per_kind.items() if kind != "name") >= 150
    assert all(per_kind[kind] > 0 for kind in h.KINDS)


def test_every_document_parses_to_clean_text_with_gold_spans():
    docs = [doc for docs in h.sets().values() for doc in docs]
    for doc in docs:
        assert "[[" not in doc.text and "]]" not in doc.text
        assert doc.gold, doc.style
        assert all(0 <= start < end <= len(doc.text) for start, end, _kind in doc.gold)


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
