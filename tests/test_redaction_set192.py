"""Checks of the hand-written held-out redaction set 192 (bench/redaction_set192.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set192 as s192

NAMES, TOTAL = 522, 914
HARD = (("DUNMORE, Mason", "name"), ("PICKERING, Desmond", "name"), ("ABELLA, Kristine Joy", "name"), ("OSBORNE KAI", "name"),
        ("WHITLOCK, Theo", "name"), ("MARSH, Ellie-Mae", "name"), ("Ollie\nBenson", "name"), ("Jean\nOsborne", "name"),
        ("P0ppy Reeve", "name"), ("Marites Dela Cruz", "name"), ("Rodel Abella", "name"), ("Abella", "name"), ("Sion", "name"),
        ("Tin", "name"), ("jun-jun", "name"), ("Jun-Jun", "name"), ("Daz", "name"), ("kerry", "name"), ("masons", "name"),
        ("sophies", "name"), ("hollings", "name"), ("lou", "name"), ("jan", "name"), ("Edgar", "name"), ("ellie-mae marsh", "name"),
        ("T Marsh", "name"), ("Great\nBurstead", "place"), ("Ramsden\nHeath", "place"), ("Runwe1l", "place"), ("GREAT BURSTEAD", "place"),
        ("shotgate", "place"), ("pilgrims hatch", "place"), ("Kelvedon Hatch", "place"), ("Lapu-Lapu", "place"),
        ("Lapu-Lapu City", "place"), ("Mandaue", "place"), ("Southend", "place"), ("Chipping Ongar", "place"),
        ("Mill Hill\nRoad", "address"), ("no. 25", "address"), ("no 25", "address"), ("flat 4 radford court", "address"),
        ("doddinghurst close", "address"), ("Flat 2, 19 Kilworth Avenue", "address"), ("SS0 7BZ", "postcode"),
        ("CM11 2TQ", "postcode"), ("HILLHOUSE PRIMARY SCHOOL", "school"), ("Kelvedon Hatch Primary", "school"),
        ("kelvedon hatch primary", "school"), ("Shotgate Infants", "school"), ("Little Acorns Nursery", "school"), ("BCHS", "school"),
        ("03/12/2O26", "date"), ("1O Dec", "date"), ("Disyembre 3", "date"), ("14th of August", "date"), ("the 6th", "date"),
        ("19th & 20th Dec", "date"), ("25th", "date"), ("2O/12/2023", "dob"), ("06-04-2011", "dob"), ("+63 32 255 4187", "phone"),
        ("+63 917 845 2316", "phone"), ("01277 634 218", "phone"), ("EY19 KHD", "vehicle"), ("LB68 XRT", "vehicle"),
        ("JK 42 81 06 C", "ni"), ("NP 61 37 24 A", "ni"), ("352 262 2472", "nhs"), ("8265048327", "nhs"), ("D881968753468", "upn"),
        ("funmi.whitlock@outlook.com", "email"), ("k.yardley@homelets-essex.co.uk", "email"))
UNMARKED = ("Wickford Health Centre", "Basildon Hospital", "Brentwood CID", "Brentwood Cathedral", "Runwell Village Surgery",
            "Essex Children and Families Hub", "Mid Essex", "Cebu)", "Pamilya", "Lola", "Tito", "Tita", "Mama:", "bugsy_bmx", "mf_x.06",
            "Biscuit", "2214", "the A12", "March 2024", "in 2019", "ill come sat", "Open Road", "Safer Places", "Operation Encompass",
            "Action for Family Carers", "San Isidro")


def _spans():
    return [(doc.text[start:end], kind) for doc in s192.sets()[s192.NAME] for start, end, kind in doc.gold]


def test_the_set_is_clean_and_held_out():
    assert "without reading the detector" in s192.NAME
    assert s192.problems() == []


def test_the_counts():
    spans = _spans()
    assert len(s192.sets()[s192.NAME]) == 24
    assert sum(1 for _words, kind in spans if kind == "name") == NAMES
    assert len(spans) == TOTAL
    labels = [style for _record, docs in s192._PAIRS for style, _text in docs]
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
    texts = "\n".join(doc.text for doc in s192.sets()[s192.NAME])
    for unmarked in UNMARKED:
        assert unmarked in texts, unmarked
        assert all(unmarked not in words for words, _kind in spans), unmarked
