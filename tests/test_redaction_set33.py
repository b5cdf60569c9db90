"""Checks of the hand-written held-out redaction set 33 (bench/redaction_set33.py) that do not use the detector:
its marking has no problems, its size, and its own hard cases."""

from bench import redaction_set33 as s33


def _spans():
    return [(doc.text[start:end], kind) for doc in s33.sets()[s33.NAME] for start, end, kind in doc.gold]


def test_the_set_is_clean_and_named():
    assert "without reading the detector" in s33.NAME
    assert s33.problems() == []


def test_the_counts():
    docs = s33.sets()[s33.NAME]
    spans = _spans()
    assert len(docs) == 24
    assert sum(1 for _words, kind in spans if kind == "name") == 260
    assert len(spans) == 496


def test_the_hard_cases_are_there():
    spans = _spans()
    names = [words for words, kind in spans if kind == "name"]
    assert any("\n" in name for name in names)  # a name split across a line break
    assert any(name.islower() for name in names)  # lower-case names in texts and fast notes
    assert any("," in name and name.split(",")[0].isupper() for name in names)  # SURNAME, First
    assert any(words.startswith("+") and not words.startswith("+44") for words, kind in spans if kind == "phone")  # foreign
    assert any(words.islower() for words, k in spans if k == "place")  # lower case in messages
    for words, kind in (
        ("GALE, Reece", "name"),
        ("ORCHARD, Poppy", "name"),
        ("KRASNIQI, Ardit", "name"),
        ("Isatou JALLOW", "name"),
        ("Kayla RENDELL", "name"),
        ("Isatou J", "name"),
        ("J Legg", "name"),
        ("C. Weeks", "name"),
        ("P. Ventnor", "name"),
        ("Kayla Rendel1", "name"),
        ("Kels", "name"),
        ("shan", "name"),
        ("reece", "name"),
        ("chloe", "name"),
        ("Joanne Orchard", "name"),
        ("Callum\nHext", "name"),
        ("Kerry-Ann Shide", "name"),
        ("SYMES, Alfie", "name"),
        ("BERISHA, Drita", "name"),
        ("ISATOU JALLOW", "name"),
        ("poppy", "name"),
        ("pat", "name"),
        ("Flat 6, 3 Hinkler\nRoad", "address"),
        ("number 14", "address"),
        ("binstead", "place"),
        ("Sandra Loveless", "name"),
        ("Wayne Chave", "name"),
        ("Arditi", "name"),
        ("Besniku", "name"),
        ("Fatou", "name"),
        ("Hollis", "name"),
        ("Ryde", "place"),
        ("Stamshaw", "place"),
        ("Westexe", "place"),
        ("Halcon", "place"),
        ("cosham", "place"),
        ("beaminster", "place"),
        ("Serekunda", "place"),
        ("Banjul", "place"),
        ("Prishtina", "place"),
        ("Gjilani", "place"),
        ("Weston", "place"),
        ("West Bay", "place"),
        ("no. 22", "address"),
        ("Highlands End", "address"),
        ("20 Wel1brook St", "address"),
        ("Stapleton Road nr 14", "address"),
        ("Locking Road", "address"),
        ("2l/11/2026", "date"),
        ("15 dhjetor", "date"),
        ("23rd", "date"),
        ("22.10.26", "date"),
        ("6.2.2011", "dob"),
        ("27-01-2013", "dob"),
        ("+220 776 4512", "phone"),
        ("+383 44 218 637", "phone"),
        ("Stamshaw Junior", "school"),
        ("Thornhill Park", "school"),
        ("WK66 TZD", "vehicle"),
        ("U852285918467", "upn"),
        ("706 192 7437", "nhs"),
        ("grace.osei@nhs.net", "email"),
    ):
        assert (words, kind) in spans, (words, kind)
    texts = "\n".join(doc.text for doc in s33.sets()[s33.NAME])
    for unmarked in (
        "Fratton Park",
        "Ryde Pier",
        "Pompey",
        "QA",
        "the mecca",
        "Tyson",
        "Kingston Crescent Surgery",
        "Society of St James",
        "Princess Anne Hospital",
        "the Mayflower",
        "St Mary's Hospital",
        "ISLE OF WIGHT YOUNG CARERS",
        "Dorset County Hospital",
        "Dorset Police",
        "Bridport Medical Centre",
        "Avon and Somerset Police",
        "Tiverton Health Centre",
        "Royal Devon",
        "Phoenix House",
        "The Gambia",
        "Teze",
        "Daja",
        "Gjyshi",
        "Yaay",
        "Nanny",
        "MP/26/11/0734",
        "44260188412",
    ):
        assert unmarked in texts, unmarked
        assert all(unmarked not in words for words, _kind in spans), unmarked
