"""Checks of the hand-written held-out redaction set 193 (bench/redaction_set193.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set193 as s193

NAMES, TOTAL = 506, 907
HARD = (("RUTTER, Tyler", "name"), ("GAIR, Liam", "name"), ("DOUGLAS, Kirsty", "name"), ("HINDMARSH, Chloe", "name"),
        ("DAULETOVA Aruzhan", "name"), ("Dave\nHume", "name"), ("Pat\nHindmarsh", "name"), ("Аружан", "name"),
        ("Зульфие", "name"), ("Джамиля", "name"), ("lsla", "name"), ("lsla Tvveddle", "name"), ("Sevvell", "name"),
        ("ellie mae", "name"), ("scotty gair", "name"), ("des hope", "name"), ("kieran b", "name"), ("pats", "name"),
        ("Aru", "name"), ("Deano", "name"), ("deano", "name"), ("Mo", "name"), ("Gaz", "name"), ("B. Pringle", "name"),
        ("Becky", "name"), ("Ellie-Mae", "name"), ("Нукусе", "place"), ("Эмбла", "place"), ("Nukus", "place"),
        ("Tashkent", "place"), ("High\nHauxley", "place"), ("High Hauxley", "place"), ("Togston", "place"),
        ("togston", "place"), ("amble", "place"), ("Thropton", "place"), ("Milfield", "place"), ("chatton", "place"),
        ("Akeld", "place"), ("Pauperhaugh", "place"), ("haugh", "place"), ("Byker", "place"), ("22 percy st", "address"),
        ("queen st", "address"), ("no. 6", "address"), ("no 4", "address"), ("Dosnazarov 44", "address"),
        ("Flat 9, Ridley Court", "address"), ("NE65 0HR", "postcode"), ("NE1 1SE", "postcode"), ("Glendale", "school"),
        ("thomlinson", "school"), ("rothbury first", "school"), ("Duchess's", "school"), ("2O/11/2O26", "date"),
        ("27 Apri1", "date"), ("5th Desember", "date"), ("1st", "date"), ("10th", "date"), ("29th november", "date"),
        ("14/03/2018", "dob"), ("13/02/1984", "dob"), ("+998 61 222 47 18", "phone"), ("+998 90 724 15 63", "phone"),
        ("07723418531", "phone"), ("NK17 WXA", "vehicle"), ("ND21 KZO", "vehicle"), ("JT 48 62 17 C", "ni"),
        ("SZ 21 84 63 A", "ni"), ("647 939 9935", "nhs"), ("5594271449", "nhs"), ("E929332612404", "upn"),
        ("ruth.oliver@nhs.net", "email"), ("beckypringle88@gmail.com", "email"))
UNMARKED = ("Karakalpakstan", "Coquetdale practice", "Little Puffins", "A1068", "deano_nd21", "chloe.h.x", "Ájapa", "Mama:",
            "Bramble", "Rocky", "Biscuit", "L.P.", "R.O.", "KD/CHT/5", "Harbour", "Barnardo's", "MACE", "ul. ")


def _spans():
    return [(doc.text[start:end], kind) for doc in s193.sets()[s193.NAME] for start, end, kind in doc.gold]


def test_the_set_is_clean_and_held_out():
    assert "without reading the detector" in s193.NAME
    assert s193.problems() == []


def test_the_counts():
    spans = _spans()
    assert len(s193.sets()[s193.NAME]) == 24
    assert sum(1 for _words, kind in spans if kind == "name") == NAMES
    assert len(spans) == TOTAL
    labels = [style for _record, docs in s193._PAIRS for style, _text in docs]
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
    texts = "\n".join(doc.text for doc in s193.sets()[s193.NAME])
    for unmarked in UNMARKED:
        assert unmarked in texts, unmarked
        assert all(unmarked not in words for words, _kind in spans), unmarked
