"""Checks of the hand-written held-out redaction set 201 (bench/redaction_set201.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set201 as s201

NAMES, TOTAL = 502, 924
HARD = (("SAYER, Mason", "name"), ("IOSEFA, Hina", "name"), ("MARSH, Finley", "name"), ("BRETT, Tyler", "name"),
        ("ALDOUS, Rosie", "name"), ("NOLAN, Alfie", "name"), ("SAYER Leanne", "name"), ("KEMP Jordan", "name"),
        ("ALFIE NOLAN", "name"), ("Archie\nLowe", "name"), ("Tom\nBasildon", "name"), ("Jodie\nMills", "name"),
        ("Liam\nFairweather", "name"), ("K. Lamb", "name"), ("Ti1ley", "name"),
        ("Rubn Oakes", "name"), ("Teuila Fa'amoe", "name"), ("Lote", "name"), ("Mika", "name"), ("Losa", "name"),
        ("Hina", "name"), ("Smurf", "name"), ("Dwayne", "name"), ("Amos", "name"), ("mase", "name"), ("jordans", "name"),
        ("stacey wren", "name"), ("cal kemp", "name"), ("pat brett", "name"), ("hussain", "name"), ("Brendas", "name"),
        ("Sadler", "name"), ("Andy Marsh-Peel", "name"), ("Thorley Park", "place"), ("thorley", "place"),
        ("St Michael's\nMead", "place"), ("st michaels mead", "place"), ("Bishop's\nStortford", "place"),
        ("Bishops Stortford", "place"), ("Stortford", "place"), ("Stortf0rd", "place"), ("Spe11brook", "place"),
        ("Spel1brook", "place"), ("sawbrigeworth", "place"), ("Sawbo", "place"), ("Gi1ston", "place"),
        ("Much Hadharn", "place"), ("Great\nDunmow", "place"), ("Stansted\nMountfitchet", "place"),
        ("Hatfield\nHeath", "place"), ("woodlands park", "place"), ("Nukunonu", "place"), ("Porirua", "place"),
        ("Waytemore", "place"), ("Flitch Green", "place"), ("High Wych", "place"), ("14 windhill", "address"),
        ("thorley park rd", "address"), ("no. 29", "address"), ("flat 4", "address"),
        ("Flat 2, 6 High Wych Road", "address"), ("The Bourne, 11 Tower Hill", "address"), ("CM23 3NH", "postcode"),
        ("SG10 6EU", "postcode"), ("THORLEY HILL PRIMARY", "school"), ("Helena\nRomanes", "school"),
        ("Little Acorns", "school"), ("Leventhorpe", "school"), ("29.11.2O26", "date"), ("Tesema 20", "date"),
        ("the 4th", "date"), ("28 nov", "date"), ("Oct 14", "date"), ("September 12th", "date"), ("8th", "date"),
        ("14/03/2018", "dob"), ("9.4.2001", "dob"), ("+64 21 456 7832", "phone"), ("+690 7241", "phone"),
        ("+64 4 237 5619", "phone"), ("01371 872 406", "phone"), ("EN19 KXT", "vehicle"), ("av71 zpl", "vehicle"),
        ("JR 63 04 91 B", "ni"), ("NE 48 21 73 D", "ni"), ("630 413 8423", "nhs"), ("4276949807", "nhs"),
        ("M919588213085", "upn"), ("t.perez.nz@xtra.co.nz", "email"), ("c.obasi@nhs.net", "email"))
UNMARKED = ("Tokelau", "New Zealand", "Uttlesford", "UTTLESFORD", "Sawbridgeworth Medical Services", "Stansted Airport",
            "Church Street Surgery", "Carers in Herts", "Herts Sunflower", "Stort Valley", "Hayleys Manor", "Cherry Tree",
            "Princess Alexandra", "Addenbrooke's", "Heathrow", '"Mama"', "Tamana:", "Faifeau", "March 2026", "May 2021",
            "1984-2023", "Sundays", "fri", "PC 4172", "Aho Sā", "Pacific Islands Congregational", "North Face")


def _spans():
    return [(doc.text[start:end], kind) for doc in s201.sets()[s201.NAME] for start, end, kind in doc.gold]


def test_the_set_is_clean_and_held_out():
    assert "without reading the detector" in s201.NAME
    assert s201.problems() == []


def test_the_counts():
    spans = _spans()
    assert len(s201.sets()[s201.NAME]) == 24
    assert sum(1 for _words, kind in spans if kind == "name") == NAMES
    assert len(spans) == TOTAL
    labels = [style for _record, docs in s201._PAIRS for style, _text in docs]
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
    texts = "\n".join(doc.text for doc in s201.sets()[s201.NAME])
    for unmarked in UNMARKED:
        assert unmarked in texts, unmarked
        assert all(unmarked not in words for words, _kind in spans), unmarked
