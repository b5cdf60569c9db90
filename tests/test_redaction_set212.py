"""Checks of the hand-written held-out redaction set 212 (bench/redaction_set212.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set212 as s212

NAMES, TOTAL = 553, 907
HARD = (("BAYLISS, Tyler", "name"), ("PALOOTS, Anne", "name"), ("PALOOTS Liidia", "name"), ("STACEY Kieran", "name"),
        ("HARDING, Millie", "name"), ("WHEELER, Oscar", "name"), ("Oscar WHEELER", "name"), ("Ruby C0X", "name"),
        ("Gemma\nHursey", "name"), ("Vanka", "name"), ("Ksenja", "name"), ("Liidi", "name"), ("kieran", "name"),
        ("jord", "name"), ("ty", "name"), ("ruby k", "name"), ("Tiiu Kõiv", "name"), ("Anne P", "name"),
        ("Marlow Bottom", "place"), ("marlow bottom", "place"), ("Flackwell\nHeath", "place"), ("High\nWycombe", "place"),
        ("Princes\nRisborough", "place"), ("Värska", "place"), ("värska", "place"), ("BIedlow", "place"), ("wooburn", "place"),
        ("cores end", "place"), ("Loosley Row", "place"), ("saunderton", "place"), ("Tallinn", "place"),
        ("Rose Cottage, Water Lane", "address"), ("no. 24", "address"), ("no 40", "address"), ("Cores End Rd", "address"),
        ("SL7 3EE", "postcode"), ("Spinfield", "school"), ("Stony Dean", "school"), ("3O/1l/2026", "date"),
        ("0l/06/2026", "dob"), ("the 9th", "date"), ("the 14th", "date"), ("23rd", "date"), ("21.10", "date"),
        ("+372 5123 4567", "phone"), ("01494 488 216", "phone"), ("KP20 XLO", "vehicle"), ("RX17 PFO", "vehicle"),
        ("PT 48 19 62 C", "ni"), ("JL 72 40 15 A", "ni"), ("532 416 4585", "nhs"), ("2172795526", "nhs"),
        ("J825212301104", "upn"), ("M825212301407", "upn"), ("evie.r2010@gmail.com", "email"),
        ("Vabaduse 7", "address"), ("64001", "postcode"), ("Tartost", "place"), ("Biscuit", "name"), ("Chanteile C0x", "name"),
        ("22/O3/1998", "dob"), ("30/1l", "date"), ("Bourne\nEnd", "place"), ("NR 63 28 91 D", "ni"))
UNMARKED = ("Estonia", "Setomaa", "Marlow Medical Group", "THAMES VALLEY POLICE", "tiny_w", "Seto and russian", "2024?",
            "monday", "leelo", "mamma", "imä",
            "Wycombe Hospital", "Cross Keys Surgery", "k.stacey_09", "44812", "Setomaa,")


def _spans():
    return [(doc.text[start:end], kind) for doc in s212.sets()[s212.NAME] for start, end, kind in doc.gold]


def test_the_set_is_clean_and_held_out():
    assert "without reading the detector" in s212.NAME
    assert s212.problems() == []


def test_the_counts():
    spans = _spans()
    assert len(s212.sets()[s212.NAME]) == 24
    assert sum(1 for _words, kind in spans if kind == "name") == NAMES
    assert len(spans) == TOTAL
    labels = [style for _record, docs in s212._PAIRS for style, _text in docs]
    assert len(labels) == len(set(labels)) == 24  # each document has a style label of its own


def test_the_hard_cases_are_there():
    spans = _spans()
    names = [words for words, kind in spans if kind == "name"]
    assert any("\n" in name for name in names)  # a name split across a line break
    assert any(name.islower() for name in names)  # lower-case names in texts and chats
    assert any("," in name and name.split(",")[0].isupper() for name in names)  # SURNAME, First
    assert any(words.startswith("+") and not words.startswith("+44") for words, kind in spans if kind == "phone")  # foreign
    assert any(words.islower() for words, k in spans if k == "place")  # lower case in messages
    for kind in ("name", "place"):
        assert any("\n" in words for words, k in spans if k == kind), kind  # split across a line break
    for words, kind in HARD:
        assert (words, kind) in spans, (words, kind)
    texts = "\n".join(doc.text for doc in s212.sets()[s212.NAME])
    for unmarked in UNMARKED:
        assert unmarked in texts, unmarked
        assert all(unmarked not in words for words, _kind in spans), unmarked
