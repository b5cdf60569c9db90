"""Checks of the hand-written held-out redaction set 197 (bench/redaction_set197.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set197 as s197

NAMES, TOTAL = 507, 901
HARD = (("TRANTER, Alfie-Jay", "name"), ("RAMO, Ruthie", "name"), ("CARMODY, Jessica", "name"), ("MERRICK Kian", "name"),
        ("Jo\nFlinders", "name"), ("Mi11ie Stroud", "name"), ("Ha1l", "name"), ("Wh1tlock", "name"), ("Esther Fa'asi", "name"),
        ("F. RAMO", "name"), ("Ramo", "name"), ("Timothy", "name"), ("AJ", "name"), ("Skinz", "name"), ("t-bone", "name"),
        ("kian", "name"), ("osc", "name"), ("anya l", "name"), ("stacey w", "name"), ("hannah penfold", "name"),
        ("Poppy", "name"), ("Lency Houma", "name"),
        ("Harpsden", "place"), ("Henley-on-Thames", "place"), ("Henley", "place"), ("Lea Park", "place"), ("Towersey", "place"),
        ("Pyrton", "place"), ("Watlington", "place"), ("Watlington Hill", "place"), ("Watlington\nHill", "place"),
        ("Sonning\nCommon", "place"), ("sonning common", "place"), ("Walton\nCourt", "place"), ("walton ct", "place"),
        ("Honiara", "place"), ("Christmas Common", "place"), ("christmas common", "place"), ("aylesbury", "place"),
        ("Haddenham", "place"),
        ("Kukum Highway, near Fishing Village", "address"), ("no. 6", "address"), ("27 lashlake", "address"),
        ("5 Knightsbridge\nLane", "address"), ("Greys Road", "address"), ("RG9 4HL", "postcode"), ("OX49 5AD", "postcode"),
        ("Gillotts", "school"), ("GILLOTTS SCHOOL", "school"), ("Lord Williams's", "school"), ("Icknield", "school"),
        ("24/11/2O26", "date"), ("24.ll.26", "date"), ("Wednes day 18th", "date"),
        ("14th", "date"), ("oct 31st", "date"), ("2 Sept", "date"), ("3 Dec 2026", "date"), ("19/2/2018", "dob"),
        ("1 May 2014", "dob"), ("+677 749 2381", "phone"), ("+677 22341", "phone"), ("01844 213 607", "phone"),
        ("977 139 6390", "nhs"), ("4699412580", "nhs"), ("X931151210899", "upn"), ("JT 48 21 93 C", "ni"),
        ("PH 73 09 51 D", "ni"), ("KP19 WXR", "vehicle"), ("WN18 PZC", "vehicle"), ("traceymerrick80@hotmail.co.uk", "email"))
UNMARKED = ("Malaita", "Solomon Islands", "HENLEY HEALTH VISITING TEAM", "Thame Health Centre", "Young Carers Oxfordshire",
            "THAMES VALLEY POLICE", "Thame Utd", "Royal Berks", "Townlands", "Turning Point", "I rang 101", "Granimami",
            "mami hem", "Pastor", "Famili", "South Oxon", '"B"', "43/117/26", "10R", "8LW",
            "died in March")


def _spans():
    return [(doc.text[start:end], kind) for doc in s197.sets()[s197.NAME] for start, end, kind in doc.gold]


def test_the_set_is_clean_and_held_out():
    assert "without reading the detector" in s197.NAME
    assert s197.problems() == []


def test_the_counts():
    spans = _spans()
    assert len(s197.sets()[s197.NAME]) == 24
    assert sum(1 for _words, kind in spans if kind == "name") == NAMES
    assert len(spans) == TOTAL
    labels = [style for _record, docs in s197._PAIRS for style, _text in docs]
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
    texts = "\n".join(doc.text for doc in s197.sets()[s197.NAME])
    for unmarked in UNMARKED:
        assert unmarked in texts, unmarked
        assert all(unmarked not in words for words, _kind in spans), unmarked
