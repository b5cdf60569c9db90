"""Checks of the hand-written held-out redaction set 181 (bench/redaction_set181.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set181 as s181

NAMES, TOTAL = 486, 907
HARD = (("BUDD, Harley", "name"), ("KHAWBUNG, Lalrinpuii", "name"), ("STENKA, Dawid", "name"), ("GĄSIENICA Marta", "name"),
        ("MALIK, Ayaan Imran", "name"), ("Kacper B", "name"), ("Mark\nWheeler", "name"), ("Nasreen\nMalik", "name"),
        ("نسرین ملک", "name"), ("Tomasz Chowaniec", "name"), ("Łukasz", "name"), ("Puii", "name"), ("puii", "name"),
        ("Khawbung", "name"), ("Mawia", "name"), ("Biaki", "name"), ("Zuzia", "name"), ("Dazza", "name"), ("Teg", "name"),
        ("tegan k", "name"), ("harley", "name"), ("kayleigh", "name"), ("june", "name"), ("hollis", "name"),
        ("Connor", "name"), ("Rose Baker", "name"), ("Rose", "name"), ("Reading", "place"), ("reading", "place"),
        ("Lindfield", "place"), ("Franklands Village", "place"), ("franklands", "place"), ("Bolnore Village", "place"),
        ("Brookleigh", "place"), ("Scaynes\nHill", "place"), ("Haywards\nHeath", "place"), ("burgess hill", "place"),
        ("Burgess HilI", "place"), ("Aizawl", "place"), ("Nowy Targ", "place"), ("Kraków", "place"), ("Ansty", "place"),
        ("Three Bridges", "place"), ("three bridges", "place"), ("12 Sunnywood\nDrive", "address"),
        ("House No. 41, Chanmari West", "address"), ("ul. Kolejowa 12", "address"), ("no. 25", "address"),
        ("no 8", "address"), ("Plot 9", "address"), ("glebe rd", "address"), ("Appledore Gardens", "address"),
        ("796007", "postcode"), ("34-400", "postcode"), ("Sheddingdean", "school"), ("warden park", "school"),
        ("Chailey Heritage", "school"), ("London Meed", "school"), ("l2.11.2O26", "date"), ("1st\nNovember", "date"),
        ("Christmas Day\n2024", "date"), ("the 12th", "date"), ("18", "date"), ("22 May", "date"), ("7th", "date"),
        ("02.06.2019", "dob"), ("30.01.2011", "dob"), ("+91 98201 45367", "phone"), ("+48 601 234 567", "phone"),
        ("+48 18 264 23 45", "phone"), ("KX19 FWD", "vehicle"), ("GK68 ZTU", "vehicle"), ("SP 27 61 04 B", "ni"),
        ("619 482 7319", "nhs"), ("5731049289", "nhs"), ("B938201304117", "upn"), ("K938206651339", "upn"),
        ("hannah.gorringe@nhs.net", "email"))
UNMARKED = ("Mizoram", "Hmar Christian Fellowship", "Brookleigh Surgery", "Bolnore Village Pharmacy", "Cuckfield Medical Practice",
            "Newtons Practice", "Safe Space Sussex", "MID SUSSEX DISTRICT COUNCIL", "Health Visiting Team", "Princess Royal",
            "Gatwick", "roccoboy_44", "poppzz.x", "P.V.", "A.M.", "T.K.", '("T")', "Pa:", "Nu:", "babcia", "tata",
            "Chhungkaw", "the A23", "racecourse", "Sundays", "June 2023", "2020-2021", "TK/Y8/ATT", "Oaklands", "Pathian")


def _spans():
    return [(doc.text[start:end], kind) for doc in s181.sets()[s181.NAME] for start, end, kind in doc.gold]


def test_the_set_is_clean_and_held_out():
    assert "without reading the detector" in s181.NAME
    assert s181.problems() == []


def test_the_counts():
    spans = _spans()
    assert len(s181.sets()[s181.NAME]) == 24
    assert sum(1 for _words, kind in spans if kind == "name") == NAMES
    assert len(spans) == TOTAL
    labels = [style for _record, docs in s181._PAIRS for style, _text in docs]
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
    texts = "\n".join(doc.text for doc in s181.sets()[s181.NAME])
    for unmarked in UNMARKED:
        assert unmarked in texts, unmarked
        assert all(unmarked not in words for words, _kind in spans), unmarked
