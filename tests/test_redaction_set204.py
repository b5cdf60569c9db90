"""Checks of the hand-written held-out redaction set 204 (bench/redaction_set204.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set204 as s204

NAMES, TOTAL = 524, 908
HARD = (("SLACK, Mason", "name"), ("LOBANOS, Rimma", "name"), ("LOBANOS, Tomas", "name"), ("MARSDEN, Kai", "name"),
        ("GRATTON, Oliver", "name"), ("Ruby EYRE", "name"), ("Lacey SLACK", "name"), ("Shona\nTwigg", "name"),
        ("Bev\nMarsh", "name"), ("Sofija Firkovič", "name"), ("Galina Zajončkovska", "name"), ("Vytautas Žukas", "name"),
        ("Ananijus", "name"), ("Eyam", "name"), ("Hallam", "name"), ("Kevin Buxton", "name"), ("Slack", "name"),
        ("masons", "name"), ("Fins", "name"), ("kirsty", "name"), ("soph", "name"), ("ruby e", "name"), ("Jadey", "name"),
        ("Olly", "name"), ("Big Mo", "name"), ("dawn siddall", "name"), ("niamhs", "name"),
        ("Burton Edge", "place"), ("burton edge", "place"), ("Yokecliffe", "place"), ("Over Haddon", "place"),
        ("Bolehill", "place"), ("Grindleford", "place"), ("Grindlef0rd", "place"), ("Dronfie1d", "place"),
        ("Ashford in the\nWater", "place"), ("Trakai", "place"), ("Trakuose", "place"), ("Derbyje", "place"),
        ("Kromforde", "place"), ("Virksvortas", "place"), ("Hope", "place"), ("hope", "place"), ("sheff", "place"),
        ("youlgreave", "place"), ("nether padley", "place"), ("Page Hall", "place"),
        ("The Dale", "address"), ("no. 25", "address"), ("no 4", "address"), ("monyash rd", "address"),
        ("Flat 2, 14 Normanton Road", "address"), ("DE45 1BJ", "postcode"), ("S32 2JN", "postcode"),
        ("Gell", "school"), ("Hope VaIley College", "school"), ("hope valley college", "school"), ("Little Acorns", "school"),
        ("3rd March 2O24", "date"), ("l7/ll/2026", "date"), ("l2 June", "date"), ("2026-11-02", "date"),
        ("gruodžio 20", "date"), ("the 19th", "date"), ("21st", "date"), ("10th", "date"),
        ("14/03/2017", "dob"), ("30.08.26", "dob"), ("+370 612 48391", "phone"), ("+370 5 285 1173", "phone"),
        ("01433 650 218", "phone"), ("YD15 KXR", "vehicle"), ("FD19 XBN", "vehicle"), ("ST 48 22 61 C", "ni"),
        ("JT 62 93 05 A", "ni"), ("925 617 1783", "nhs"), ("8278 665 605", "nhs"), ("Z830079985546", "upn"),
        ("J830367734549", "upn"), ("o.pickford@hvc.derbyshire.sch.uk", "email"))
UNMARKED = ("Lithuania,", "Derbyshire Constabulary", "Bakewell Medical Centre", "The Wirksworth Surgery",
            "Hathersage Medical Centre", "Hathersage Pharmacy", "Bakewell midwives hub", "Chesterfield College",
            "Chesterfield Magistrates", "Sheffield Children's", "South Yorkshire Police", "t_boy0114", "kai.mars10",
            "emi_lob14", '"T"', "kenesa", "August 2026", "November 2027", "July 2023", "Kingfisher", "Bramble",
            "Spring Lodge", "Memorial Hall")


def _spans():
    return [(doc.text[start:end], kind) for doc in s204.sets()[s204.NAME] for start, end, kind in doc.gold]


def test_the_set_is_clean_and_held_out():
    assert "without reading the detector" in s204.NAME
    assert s204.problems() == []


def test_the_counts():
    spans = _spans()
    assert len(s204.sets()[s204.NAME]) == 24
    assert sum(1 for _words, kind in spans if kind == "name") == NAMES
    assert len(spans) == TOTAL
    labels = [style for _record, docs in s204._PAIRS for style, _text in docs]
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
    texts = "\n".join(doc.text for doc in s204.sets()[s204.NAME])
    for unmarked in UNMARKED:
        assert unmarked in texts, unmarked
        assert all(unmarked not in words for words, _kind in spans), unmarked
