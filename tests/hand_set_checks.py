"""The checks that each hand-written redaction set's own test file runs on it (tests/test_redaction_setN.py), written
once: its marking is clean and it is held out, its size, and its hard cases are there. None uses the detector; the
checks every set shares besides are in test_redaction_hand_sets.py."""


def spans(module) -> list[tuple[str, str]]:
    """Every gold span of the set as (its words, its kind)."""
    return [(doc.text[start:end], kind) for doc in module.sets()[module.NAME] for start, end, kind in doc.gold]


def clean_and_held_out(module) -> None:
    assert "without reading the detector" in module.NAME
    assert module.problems() == []


def counts(module, names: int, total: int, docs: int = 24) -> None:
    """`docs` documents (24 unless told), each with a style label of its own, and the number of names and of gold spans
    its note gives."""
    found = spans(module)
    assert len(module.sets()[module.NAME]) == docs
    assert sum(1 for _words, kind in found if kind == "name") == names
    assert len(found) == total
    labels = [style for _record, pairs in module._PAIRS for style, _text in pairs]
    assert len(labels) == len(set(labels)) == docs  # each document has a style label of its own


def hard_cases(module, hard, unmarked, split=("name", "place")) -> None:
    """The hard cases every set has (a name split across a line, lower-case names and places, "SURNAME, First", a phone
    abroad, a span of each kind in `split` split across a line), the set's own `hard` (words, kind) spans, and its
    `unmarked` words, which stand in its text and in no span."""
    found = spans(module)
    names = [words for words, kind in found if kind == "name"]
    assert any("\n" in name for name in names)  # a name split across a line break
    assert any(name.islower() for name in names)  # lower-case names in texts and chats
    assert any("," in name and name.split(",")[0].isupper() for name in names)  # SURNAME, First
    assert any(words.startswith("+") and not words.startswith("+44") for words, kind in found if kind == "phone")  # foreign
    assert any(words.islower() for words, k in found if k == "place")  # lower case in messages
    for kind in split:
        assert any("\n" in words for words, k in found if k == kind), kind  # split across a line break
    for words, kind in hard:
        assert (words, kind) in found, (words, kind)
    texts = "\n".join(doc.text for doc in module.sets()[module.NAME])
    for word in unmarked:
        assert word in texts, word
        assert all(word not in words for words, _kind in found), word
