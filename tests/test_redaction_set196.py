"""Checks of the hand-written held-out redaction set 196 (bench/redaction_set196.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set196 as s196

NAMES, TOTAL = 510, 913
HARD = (("COLES, Lily-Rose", "name"), ("ANTAL, Rozália", "name"), ("BENKE, Gábor", "name"), ("MARDELL, Kieran", "name"),
        ("REILLY, Ruby", "name"), ("Antal Rozália", "name"), ("Antal Mária", "name"), ("Marcus\nBelgrave", "name"),
        ("Rebecca\nHolyoake", "name"), ("Elaine\nCurtis", "name"), ("I1ona", "name"), ("Whiteh ead", "name"),
        ("Ilonka", "name"), ("Peti", "name"), ("Zsolt Laczkó", "name"), ("Anikó", "name"), ("Bálint", "name"),
        ("Trigga", "name"), ("trigga", "name"), ("Bigs", "name"), ("mase", "name"), ("deans", "name"), ("Han", "name"),
        ("chantelle", "name"), ("bernie", "name"), ("Mason C", "name"), ("K Mardell", "name"), ("Freya T", "name"),
        ("Barleythorpe", "place"), ("barleythorpe", "place"), ("Cottesm0re", "place"), ("0akham", "place"),
        ("Pusztinába", "place"), ("Oakhamban", "place"), ("Pusztina", "place"), ("Cleja", "place"), ("Bacău", "place"),
        ("Melton\nMowbray", "place"), ("Melton", "place"), ("Edith Weston", "place"), ("whissendine", "place"),
        ("Uppingham", "place"), ("uppingham", "place"), ("Cottesmore", "place"), ("Ketton", "place"), ("Dublin", "place"),
        ("no. 11", "address"), ("number 3", "address"), ("str. Principală 41", "address"), ("cold overton rd", "address"),
        ("Flat 2, 40 Church Street", "address"), ("607470", "postcode"), ("LE15 7WQ", "postcode"), ("PE9 3RD", "postcode"),
        ("Catmose", "school"), ("Uppingham Community\nCollege", "school"), ("2l st octobr", "date"), ("2S/10", "date"),
        ("3O oct", "date"), ("október 14", "date"), ("Easter Sunday", "date"), ("Halloween", "date"), ("the 3rd of March", "date"),
        ("20th", "date"), ("30th jan", "date"), ("05/11/2022", "dob"), ("30.05.1988", "dob"), ("+40 744 512 389", "phone"),
        ("+36 30 512 4678", "phone"), ("+353 87 214 6690", "phone"), ("01572 756 203", "phone"), ("FN19 KXE", "vehicle"),
        ("KN21 HVP", "vehicle"), ("JT 48 22 61 C", "ni"), ("491 284 9456", "nhs"), ("T857637688563", "upn"),
        ("kata.horvath@safehaven-rutland.org.uk", "email"), ("nicky.mardell83@gmail.com", "email"))
UNMARKED = ("Rutland Water", "Leicester Royal Infirmary", "Welland Vale Surgery", "Rutland Polish and Hungarian Community Group",
            "Romania", "(Hungary)", "ireland", "Spain", "kmardell", "K.B.", "Apu was", "Apa", "nagyi", "biscuit", "Bramble",
            "May 2024", "died in 2019", "in October", "SR/26/4471", "Language Line")


def _spans():
    return [(doc.text[start:end], kind) for doc in s196.sets()[s196.NAME] for start, end, kind in doc.gold]


def test_the_set_is_clean_and_held_out():
    assert "without reading the detector" in s196.NAME
    assert s196.problems() == []


def test_the_counts():
    spans = _spans()
    assert len(s196.sets()[s196.NAME]) == 24
    assert sum(1 for _words, kind in spans if kind == "name") == NAMES
    assert len(spans) == TOTAL
    labels = [style for _record, docs in s196._PAIRS for style, _text in docs]
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
    texts = "\n".join(doc.text for doc in s196.sets()[s196.NAME])
    for unmarked in UNMARKED:
        assert unmarked in texts, unmarked
        assert all(unmarked not in words for words, _kind in spans), unmarked
