"""Checks of the hand-written held-out redaction set 186 (bench/redaction_set186.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set186 as s186

NAMES, TOTAL = 513, 910
HARD = (("CHINCHEN, Kerry", "name"), ("BASCOMBE Dean", "name"), ("ROTICH, Kiprono", "name"), ("HARDY, Mollie", "name"),
        ("SELBY, Joanne", "name"), ("Mason\nBASCOMBE", "name"), ("Naz\nHussain", "name"), ("Lacey-Jo", "name"),
        ("Kiprono Rotlch", "name"), ("Ba1dock", "name"), ("Kipkemoi", "name"), ("Chepngeno", "name"), ("Chebet", "name"),
        ("Jace", "name"), ("moll", "name"), ("tiana b", "name"), ("kez", "name"), ("ellie mae", "name"), ("zak p", "name"),
        ("harvey", "name"), ("Wareham", "name"), ("Gavin F", "name"), ("Amber D", "name"), ("Kiki", "name"),
        ("Herston", "place"), ("herston", "place"), ("Langton Matravers", "place"), ("langton", "place"),
        ("Bovington", "place"), ("Bovlngton", "place"), ("Kerlcho", "place"), ("Kericho", "place"), ("Bomet", "place"),
        ("Northport", "place"), ("northport", "place"), ("wareham", "place"), ("holton", "place"), ("Sandford", "place"),
        ("stoborough", "place"), ("East\nBurton", "place"), ("Corfe Castle", "place"), ("corfe", "place"),
        ("Harman's Cross", "place"), ("Winfrith", "place"), ("Kingston", "place"), ("Boscombe", "place"),
        ("17 Priestway Close", "address"), ("7 Bestwall Crescent", "address"), ("no. 19", "address"), ("no 12", "address"),
        ("Sandford Road", "address"), ("Christchurch Road", "address"), ("BH19 2RT", "postcode"), ("BH1 4LG", "postcode"),
        ("Castle View\nPrimary", "school"), ("Northmoor", "school"), ("Heath Ridge", "school"),
        ("O9/11/2O26", "date"), ("3lst", "date"), ("lO/ll", "date"), ("1 Novemba", "date"), ("Desemba 18", "date"),
        ("Bonfire Night", "date"), ("the 20th", "date"), ("12 november", "date"), ("14 dec", "date"),
        ("18th of June", "dob"), ("17 Sept 2018", "dob"), ("11.05.2012", "dob"),
        ("+254 722 418 396", "phone"), ("+254 712 305 841", "phone"), ("01929 421 658", "phone"),
        ("HF19 KWO", "vehicle"), ("WU68 FZB", "vehicle"), ("HF21 VZP", "vehicle"), ("JT 48 21 93 C", "ni"),
        ("NP 62 75 18 A", "ni"), ("620 204 4160", "nhs"), ("3276602636", "nhs"), ("H835241384313", "upn"),
        ("U835255850124", "upn"), ("jo.selby86@gmail.com", "email"))
UNMARKED = ("Kenya", "Estonia", "Wiltshire", "Purbeck Wellbeing", "Swanage Foodbank", "Poole Hospital", "Dorset County Hospital",
            "Lulworth Estate", "Carers Support Dorset", "Heathland Surgery", "Forston Clinic", "Little Acorns", "A351",
            '"J🔥"', "Mondays", "till Sunday", "55260291842", "2611-0447", "Africa Inland Church", "Kipsigis", "Mama",
            "Kogo", "Padre", "lidl", "Pine View")


def _spans():
    return [(doc.text[start:end], kind) for doc in s186.sets()[s186.NAME] for start, end, kind in doc.gold]


def test_the_set_is_clean_and_held_out():
    assert "without reading the detector" in s186.NAME
    assert s186.problems() == []


def test_the_counts():
    spans = _spans()
    assert len(s186.sets()[s186.NAME]) == 24
    assert sum(1 for _words, kind in spans if kind == "name") == NAMES
    assert len(spans) == TOTAL
    labels = [style for _record, docs in s186._PAIRS for style, _text in docs]
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
    texts = "\n".join(doc.text for doc in s186.sets()[s186.NAME])
    for unmarked in UNMARKED:
        assert unmarked in texts, unmarked
        assert all(unmarked not in words for words, _kind in spans), unmarked
