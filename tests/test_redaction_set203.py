"""Checks of the hand-written held-out redaction set 203 (bench/redaction_set203.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set203 as s203

NAMES, TOTAL = 514, 902
HARD = (("PLATTEN, Brooke", "name"), ("COX Dean", "name"), ("PLATTEN Stacey", "name"), ("KUTTETIRA, Kaveri", "name"),
        ("BUNTING, Ellie-May", "name"), ("BRETT, Zofia", "name"), ("Jade SOUTHGATE", "name"), ("Lee MALLETT", "name"),
        ("ಕಾವೇರಿ", "name"), ("ದೇಚಮ್ಮ", "name"), ("ನಾಚು", "name"), ("Poovamma", "name"), ("Nachu", "name"),
        ("Machamada", "name"), ("Fi5her", "name"), ("Claire\nBonham", "name"), ("Karen\nSwann", "name"),
        ("Kayden R1x", "name"), ("Zof1a Brett", "name"),
        ("0scar", "name"), ("Tlna", "name"), ("C. Bonharn", "name"), ("big k", "name"), ("Big K", "name"), ("Jojo", "name"),
        ("stace", "name"), ("lorraine", "name"), ("zosia", "name"), ("Zosia", "name"), ("Ellie-May", "name"), ("shan", "name"),
        ("Old\nHunstanton", "place"), ("Old Hunstanton", "place"), ("Great\nBircham", "place"), ("Hunstanton\nPrimary", "school"),
        ("hunstanton", "place"), ("heacham", "place"), ("snet", "place"), ("borough", "place"), ("lynn", "place"),
        ("Heacharn", "place"), ("Hunstanlon", "place"), ("lngoldisthorpe", "place"), ("Walpoie", "place"), ("March", "place"),
        ("Madikeri", "place"), ("Virajpet", "place"), ("Gonikoppal", "place"), ("Gdynia", "place"), ("South Beach", "place"),
        ("Snettisham Beach", "place"), ("Sandringham", "place"), ("Millfield", "place"), ("Docking", "place"),
        ("Plot 41", "address"), ("Plot 17", "address"), ("no. 11", "address"), ("47", "address"), ("l2 Hill Road", "address"),
        ("south beach rd", "address"), ("common rd", "address"), ("cliff parade", "address"), ("Flat 2, 18 Westgate", "address"),
        ("PE36 6EJ", "postcode"), ("PE31 7BD", "postcode"), ("Smithdon", "school"), ("Churchill Park School", "school"),
        ("Heacham Infant", "school"), ("Springwood", "school"), ("Little Lighthouse", "school"),
        ("20.11.2O26", "date"), ("24/11/2O26", "date"), ("20 grudnia", "date"), ("the 29th", "date"), ("6 Nov", "date"),
        ("2nd", "date"), ("O5/O4/2016", "dob"), ("14/03/2020", "dob"), ("13/02/2007", "dob"),
        ("+91 94481 27365", "phone"), ("+91 8272 228 451", "phone"), ("+48 601 472 839", "phone"), ("01485 571 246", "phone"),
        ("O7930 461 285", "phone"), ("KY19 HPN", "vehicle"), ("KV20 XOF", "vehicle"), ("JT 48 19 62 C", "ni"),
        ("NE 73 28 41 A", "ni"), ("107 930 9497", "nhs"), ("3035121184", "nhs"), ("H926561143321", "upn"),
        ("aga.brett86@gmail.com", "email"), ("karen.swann3@nhs.net", "email"))
UNMARKED = ("Kodagu", "Karnataka", "Norfolk", "Grange & Wells", "Sunflower House", "Leeway", "Change Grow Live",
            "CARERS MATTER NORFOLK", "Chatterton House", "Addenbrooke's", "jojo_kl7", "tyler.r11", "cal_sharpe", "footy_ob13",
            "Biscuit", "Pickle", "Ajji:", "appa says", "amma nange", "Puthari", "the A149", "Sea Life", "ring 111", "August 2025",
            "Kutumba", "QEH", "Trapz", "Kodava takk")


def _spans():
    return [(doc.text[start:end], kind) for doc in s203.sets()[s203.NAME] for start, end, kind in doc.gold]


def test_the_set_is_clean_and_held_out():
    assert "without reading the detector" in s203.NAME
    assert s203.problems() == []


def test_the_counts():
    spans = _spans()
    assert len(s203.sets()[s203.NAME]) == 24
    assert sum(1 for _words, kind in spans if kind == "name") == NAMES
    assert len(spans) == TOTAL
    labels = [style for _record, docs in s203._PAIRS for style, _text in docs]
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
    texts = "\n".join(doc.text for doc in s203.sets()[s203.NAME])
    for unmarked in UNMARKED:
        assert unmarked in texts, unmarked
        assert all(unmarked not in words for words, _kind in spans), unmarked
