"""Checks of the hand-written held-out redaction set 210 (bench/redaction_set210.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set210 as s210

NAMES, TOTAL = 514, 901
HARD = (("ALCOCK, Tyler", "name"), ("MUBITA, Mwangala", "name"), ("McCALL, Liam", "name"), ("PLANT, Gemma", "name"),
        ("Amy\nFernyhough", "name"), ("kerry alcock", "name"), ("Namakau Lubasi", "name"), ("Akapelwa Mwiya", "name"),
        ("Bita", "name"), ("jord", "name"), ("Hlne", "name"), ("0scar Hine", "name"), ("Rache1 Hine", "name"),
        ("A Fernyhough", "name"), ("a.hulme", "name"), ("Alfie-Jay GOODWIN", "name"), ("alfie-jay", "name"),
        ("brendas", "name"), ("Ball Haye Green", "place"), ("Ball Haye Grn", "place"), ("haregate", "place"),
        ("Knypersley", "place"), ("biddulph moor", "place"), ("CheddIeton", "place"), ("CHEDDLETON", "place"),
        ("Mongu", "place"), ("Lusaka", "place"), ("Senanga", "place"), ("upper tean", "place"), ("Mow Cop", "place"),
        ("22 Novi Lane", "address"), ("3l Cheadle Rd", "address"), ("no. 24", "address"), ("no 9", "address"),
        ("Flat 4, 18 Queen Street", "address"), ("ST13 6LH", "postcode"), ("ST8 7AB", "postcode"),
        ("BERESFORD MEMORIAL", "school"), ("Westwood", "school"), ("Horton Lodge", "school"), ("l9/11/2O26", "date"),
        ("7 Decernber", "date"), ("7/l2", "date"), ("the 20th", "date"), ("21st", "date"), ("5th september", "dob"),
        ("11.04.2018", "dob"), ("+260 97 714 5238", "phone"), ("+260 96 628 4410", "phone"), ("01538 395 627", "phone"),
        ("FN21 KXE", "vehicle"), ("BF17 XYG", "vehicle"), ("JT 48 27 61 C", "ni"), ("PN 63 18 27 D", "ni"),
        ("606 204 3027", "nhs"), ("0033478627", "nhs"), ("C860446896970", "upn"), ("kirsty.wain@nhs.net", "email"))
UNMARKED = ("Leek Health Centre", "Biddulph Valley Surgery", "Cheadle Young Carers", "Biddulph Town Council", "Royal Stoke",
            "Crossroads Care", "Douglas Macmillan", "The Donna Louise", "Catch22", "Biscuit", "Thomas", "since 2022",
            "the summer", "Biddulph Grange", "G.B.", '"J"', "Staffordshire", "saturday", "HB:", "INT (for MM)")


def _spans():
    return [(doc.text[start:end], kind) for doc in s210.sets()[s210.NAME] for start, end, kind in doc.gold]


def test_the_set_is_clean_and_held_out():
    assert "without reading the detector" in s210.NAME
    assert s210.problems() == []


def test_the_counts():
    spans = _spans()
    assert len(s210.sets()[s210.NAME]) == 24
    assert sum(1 for _words, kind in spans if kind == "name") == NAMES
    assert len(spans) == TOTAL
    labels = [style for _record, docs in s210._PAIRS for style, _text in docs]
    assert len(labels) == len(set(labels)) == 24  # each document has a style label of its own


def test_the_hard_cases_are_there():
    spans = _spans()
    names = [words for words, kind in spans if kind == "name"]
    assert any("\n" in name for name in names)  # a name split across a line break
    assert any(name.islower() for name in names)  # lower-case names in texts and chats
    assert any("," in name and name.split(",")[0].isupper() for name in names)  # SURNAME, First
    assert any(words.startswith("+") and not words.startswith("+44") for words, kind in spans if kind == "phone")  # foreign
    assert any(words.islower() for words, k in spans if k == "place")  # lower case in messages
    for words, kind in HARD:
        assert (words, kind) in spans, (words, kind)
    texts = "\n".join(doc.text for doc in s210.sets()[s210.NAME])
    for unmarked in UNMARKED:
        assert unmarked in texts, unmarked
        assert all(unmarked not in words for words, _kind in spans), unmarked
