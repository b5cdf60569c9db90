"""Checks of the hand-written held-out redaction set 92 (bench/redaction_set92.py) that do not use the detector:
its marking, its size, its own hard cases and the organisations and landmarks left unmarked."""

from bench import redaction_set92 as s92


def _spans():
    return [(doc.text[start:end], kind) for doc in s92.sets()[s92.NAME] for start, end, kind in doc.gold]


def test_the_set_is_clean_and_its_size():
    assert "without reading the detector" in s92.NAME
    assert s92.problems() == []
    docs = s92.sets()[s92.NAME]
    assert len(docs) == 24
    spans = _spans()
    assert len(spans) == 925
    assert sum(1 for _words, kind in spans if kind == "name") == 518


def test_the_hard_cases_are_there():
    spans = _spans()
    names = [words for words, kind in spans if kind == "name"]
    assert any("\n" in name for name in names)  # a name split across a line break
    assert any(name.islower() for name in names)  # lower-case names in messages and notes
    assert any("," in name and name.split(",")[0].isupper() for name in names)  # SURNAME, First
    assert any(not name.isascii() for name in names)  # a Finnish name with letters outside ASCII
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.startswith("+") and not words.startswith("+44") for words, kind in spans if kind == "phone")  # foreign
    assert any(words.islower() for words, k in spans if k == "place")  # lower case in messages
    assert any(words.islower() for words, k in spans if k == "school")
    for kind in ("name", "address", "place", "date"):
        assert any("\n" in words for words, k in spans if k == kind), kind  # split across a line break
    for words, kind in (("PETTMAN, Kayden", "name"), ("OVENDEN, Lacey-Mae", "name"), ("GLASS, Conrad", "name"),
                        ("TRITTON, Darren", "name"), ("NOVAK, Luka", "name"), ("N0VAK, Luka", "name"),
                        ("SHEPHERD, Kyle Anth0ny", "name"), ("CHEESEMAN Jade", "name"), ("Aino WADE", "name"),
                        ("Mojca KRANJC", "name"), ("H Gale", "name"), ("L Repetto", "name"), ("J Cheeseman", "name"),
                        ("Summer", "name"), ("Terry Summer", "name"), ("ash", "name"), ("Dean", "name"), ("Tristan", "name"),
                        ("Tristan Glass", "name"), ("Harriet Gale", "name"), ("Joe Brook", "name"), ("Dot", "name"),
                        ("Gaz", "name"), ("Sheps", "name"), ("SHEPS", "name"), ("Brun0", "name"), ("Sanna Heikkilä", "name"),
                        ("Hanna Väisänen", "name"), ("reece", "name"), ("kayden", "name"), ("paulin", "name"),
                        ("acott", "name"), ("wildish", "name"), ("Nokia", "place"), ("Tristan", "place"),
                        ("Tristan da Cunha", "place"), ("Edinburgh of the Seven Seas", "place"), ("Settlement", "place"),
                        ("Hottentot Gulch", "place"), ("Milt0n Regis", "place"), ("Queenb0rough", "place"),
                        ("Sitting-\nbourne", "place"), ("Minster", "place"), ("minster", "place"), ("kemsley", "place"),
                        ("Leysdown", "place"), ("Halfway", "place"), ("Iwade", "place"), ("Tampere", "place"),
                        ("Maribor", "place"), ("Ptuj", "place"), ("Graz", "place"), ("Sheppey", "place"),
                        ("Chalet 118", "address"), ("chalet 118", "address"), ("118", "address"), ("van 119", "address"),
                        ("Harty Ferry", "address"), ("HARTY FERRY CHALET PARK", "address"), ("Flat 6", "address"),
                        ("Hämeenkatu 14 B 22", "address"), ("Gosposka ulica 9", "address"), ("Avenue of\nRemembrance", "address"),
                        ("church rd", "address"), ("33100", "postcode"), ("2000", "postcode"), ("TDCU 1ZZ", "postcode"),
                        ("Murston Brook", "school"), ("eastchurch", "school"), ("Milton Court", "school"),
                        ("Little Acorns", "school"), ("12/ll/2026", "date"), ("11th N0v", "date"), ("15th of\nDecember", "date"),
                        ("5th of may", "dob"), ("30-Jan-2012", "dob"), ("+358 40 718 2265", "phone"), ("+386 41 618 273", "phone"),
                        ("+290 8712", "phone"), ("+27 82 614 3390", "phone"), ("JT 44 81 20 B", "ni"), ("LR20 0XH", "vehicle"),
                        ("689 889 4196", "nhs"), ("W886958354459", "upn"), ("matej.novak.trans@gmail.com", "email")):
        assert (words, kind) in spans, (words, kind)  # names that are words or towns; OCR; short forms; odd formats


def test_organisations_and_landmarks_stay_unmarked():
    spans = _spans()
    texts = "\n".join(doc.text for doc in s92.sets()[s92.NAME])
    for unmarked in ("Kingsferry County Council", "Swale Borough Council", "Swale House", "Medway Maritime Hospital",
                     "Sheppey Community Hospital", "Sheppey Healthy Living Centre", "Sheppey Leisure Complex",
                     "Faversham Health Centre", "Milton Regis Surgery", "HMP Swaleside", "HMP Elmley", "Kent Police",
                     "Milton Creek Country Park", "Sheppey Crossing", "SA Agulhas II", "Nightingale Island", "Gatwick",
                     "Language Bridge", "Gillingham Anchorians", "Sun Inn", "Biscuit", "Patch", "C.P.", "laceymae.x",
                     "jojo_2k14", "mummo", "äiti", "Suomi", "Slovenia", "Austria", "A7712KH", "5C/26/118734"):
        assert unmarked in texts, unmarked
        assert all(unmarked not in words for words, _kind in spans), unmarked
