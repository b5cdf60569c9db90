"""Checks of the hand-written held-out redaction set 208 (bench/redaction_set208.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set208 as s208

NAMES, TOTAL = 513, 915
HARD = (("PUGH, Alfie", "name"), ("DOĞAN, Rojda", "name"), ("WHITLOCK, Oscar James", "name"),
        ("Ellie-Mae BOWEN", "name"), ("Hıdır Doğan", "name"), ("Fadime Aydın", "name"), ("Songül Kaya", "name"),
        ("Dean\nLloyd", "name"), ("Jean\nJervis", "name"), ("Jone5", "name"), ("jacko", "name"), ("Jacko", "name"),
        ("Tizz", "name"), ("tizz", "name"), ("Robbo", "name"), ("shaz", "name"), ("danielle", "name"), ("Gaz", "name"),
        ("Clun", "place"), ("clun", "place"), ("Clunton", "place"), ("clunton", "place"), ("Bishop's Castle", "place"),
        ("bishops castle", "place"), ("Bishops Castel", "place"), ("Chaple Lawn", "place"), ("Chapel Lawn", "place"),
        ("Newcastle-on-Clun", "place"), ("newcastle", "place"), ("Lydbury\nNorth", "place"), ("Knightom", "place"),
        ("Knlghton", "place"), ("Stenbol", "place"), ("Pülümür", "place"), ("Tunceli", "place"), ("Brampton Bryan", "place"),
        ("4 Union Street", "address"), ("Pentre Cottage", "address"), ("no.5", "address"), ("no 2", "address"),
        ("4 hospital ln", "address"), ("Dunsheath", "address"), ("SY9 5AJ", "postcode"), ("LD7 1BT", "postcode"),
        ("CLUN PRIMARY SCHOOL", "school"), ("Severndale", "school"), ("l8th 0ctober", "date"), ("3l Oct", "date"),
        ("2Oth", "date"), ("23rd", "date"), ("21st April", "dob"), ("22/05/2011", "dob"), ("+90 428 213 45 67", "phone"),
        ("+90 532 418 27 63", "phone"), ("01547 528 164", "phone"), ("FE21 WKN", "vehicle"), ("KN09 XTA", "vehicle"),
        ("JT 48 21 67 C", "ni"), ("826 464 9335", "nhs"), ("9828630974", "nhs"), ("W893361253094", "upn"),
        ("t.whitlock.farm@gmail.com", "email"))
UNMARKED = ("SHROPSHIRE", "Dersim", "Turkey", "Powys", "Clun Surgery", "Knighton Surgery", "Bishop's Castle Medical Practice",
            "SpArC", "HMP Stoke Heath", "West Mercia Police", "Dyfed-Powys", "Redwoods", "Marches Council", "Hillcrest",
            "tizz_0121", "moto_jp10", "kd_2009", "O.W.", "J.P.", "EMB", "Biscuit", "Bonnie", "the A488", "the B4385",
            "I0.30", "March 2027", "pîrike", "Zazaki")


def _spans():
    return [(doc.text[start:end], kind) for doc in s208.sets()[s208.NAME] for start, end, kind in doc.gold]


def test_the_set_is_clean_and_held_out():
    assert "without reading the detector" in s208.NAME
    assert s208.problems() == []


def test_the_counts():
    spans = _spans()
    assert len(s208.sets()[s208.NAME]) == 24
    assert sum(1 for _words, kind in spans if kind == "name") == NAMES
    assert len(spans) == TOTAL
    labels = [style for _record, docs in s208._PAIRS for style, _text in docs]
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
    texts = "\n".join(doc.text for doc in s208.sets()[s208.NAME])
    for unmarked in UNMARKED:
        assert unmarked in texts, unmarked
        assert all(unmarked not in words for words, _kind in spans), unmarked
