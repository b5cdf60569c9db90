"""Checks of the hand-written held-out redaction set 202 (bench/redaction_set202.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set202 as s202

NAMES, TOTAL = 527, 907
HARD = (("SADLER, Lacey", "name"), ("IORHEMEN, Doosuur", "name"), ("THURSTON, Jack", "name"), ("CUBITT, Freya", "name"),
        ("Doosuur IORHEMEN", "name"), ("Freya Rose CUBITT", "name"), ("Doreen\nLoveday", "name"), ("Sarah\nMack", "name"),
        ("Ollie\nBurton", "name"), ("G. Kernp", "name"), ("EIlie-Mae Kemp", "name"), ("J Cushi0n", "name"), ("Iorhemen", "name"),
        ("Mwuese", "name"), ("mwuese", "name"), ("aondo", "name"), ("Ngodoo", "name"), ("Mbakuuv", "name"), ("Spider", "name"),
        ("Boultons", "name"), ("lacey", "name"), ("mase", "name"), ("josh w", "name"), ("Alfie P", "name"), ("MICK", "name"),
        ("Ellie", "name"), ("Kerry-Ann", "name"), ("Millgate", "place"), ("millgate", "place"), ("Hoveton", "place"),
        ("Horning", "place"), ("Ludham", "place"), ("Catfield", "place"), ("catfield", "place"), ("hickling", "place"),
        ("North\nWalsham", "place"), ("StaIham", "place"), ("Stalharn", "place"), ("Makurdi", "place"), ("gboko", "place"),
        ("Potter Heigham", "place"), ("Mile Cross", "place"), ("sea palling", "place"), ("Dublin", "place"),
        ("Riverbank, 41 Lower Street", "address"), ("Flat 3, The Maltings, Market Lane", "address"), ("no. 11", "address"),
        ("no 24", "address"), ("Flat 4", "address"), ("3 fengate close", "address"), ("ouse lane", "address"),
        ("NRl2 9DG", "postcode"), ("NR11 6HQ", "postcode"), ("John of Gaunt", "school"), ("aylsham high", "school"),
        ("Hoveton St John", "school"), ("stalham academy", "school"), ("l8 November 2O26", "date"), ("6/1O", "date"),
        ("26th November", "date"), ("17th", "date"), ("26th", "date"),
        ("11th march", "dob"), ("18 / 10 / 2019", "dob"), ("9.4.88", "dob"), ("+353 87 214 5638", "phone"),
        ("+234 803 412 6690", "phone"), ("01263 733 418", "phone"), ("EY69 TGO", "vehicle"), ("AO21 BZT", "vehicle"),
        ("JT 48 21 93 C", "ni"), ("SX 61 47 02 D", "ni"), ("676 336 0673", "nhs"), ("520 841 6638", "nhs"),
        ("P926551395018", "upn"), ("H926053813670", "upn"), ("nat.cubitt90@gmail.com", "email"),
        ("mwuese.iorhemen@broadland.norfolk.sch.uk", "email"))
UNMARKED = ("Aylsham Medical Practice", "Ludham & Stalham Green Surgery", "North Norfolk District Council", "Great Yarmouth Borough",
            "Authority ranger", "Broadside Children's Services", "Norfolk Young Carers", "Jenny Lind", "the Swan", "Broads hotel",
            "tl_boi01", "chlo_xx04", "Papa:", "Mama:", "August 2026", "May 2027?", "September 2026", "the river path", "staithe",
            "Benue", "Nigeria", "Thursday", "M sugh u", "Aôndo a wase se")


def _spans():
    return [(doc.text[start:end], kind) for doc in s202.sets()[s202.NAME] for start, end, kind in doc.gold]


def test_the_set_is_clean_and_held_out():
    assert "without reading the detector" in s202.NAME
    assert s202.problems() == []


def test_the_counts():
    spans = _spans()
    assert len(s202.sets()[s202.NAME]) == 24
    assert sum(1 for _words, kind in spans if kind == "name") == NAMES
    assert len(spans) == TOTAL
    labels = [style for _record, docs in s202._PAIRS for style, _text in docs]
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
    texts = "\n".join(doc.text for doc in s202.sets()[s202.NAME])
    for unmarked in UNMARKED:
        assert unmarked in texts, unmarked
        assert all(unmarked not in words for words, _kind in spans), unmarked
