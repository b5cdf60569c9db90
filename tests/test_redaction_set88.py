"""Checks of the hand-written held-out redaction set 88 (bench/redaction_set88.py) that do not use the detector:
its size, its own hard cases and the organisations and words left unmarked."""

from bench import redaction_set88 as s88

NAMES, TOTAL = 237, 473  # name spans and all gold spans


def test_the_set_is_clean_and_its_size_is_as_stated():
    assert s88.problems() == []
    documents, per_kind = s88.counts()
    assert documents == 24
    assert per_kind["name"] == NAMES
    assert sum(per_kind.values()) == TOTAL
    assert "without reading the detector" in s88.NAME


def test_the_hard_cases_are_there():
    spans = [(doc.text[start:end], kind) for doc in s88.sets()[s88.NAME] for start, end, kind in doc.gold]
    names = [words for words, kind in spans if kind == "name"]
    assert any("\n" in name for name in names)  # a name split across a line break
    assert any(name.islower() for name in names)  # lower-case names in messages
    assert any("," in name and name.split(",")[0].isupper() for name in names)  # SURNAME, First
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Arabic script
    assert any(words.startswith("+") and not words.startswith("+44") for words, kind in spans if kind == "phone")
    assert any(words.islower() for words, k in spans if k == "place")
    for kind in ("name", "address"):
        assert any("\n" in words for words, k in spans if k == kind), kind
    for words, kind in (("KAABI, Maryam", "name"), ("HANS, Simran", "name"), ("CHAPMAN, Poppy", "name"),
                        ("CAMPBELL Jayden", "name"), ("REID, Marlon", "name"), ("Hans", "name"), ("Smokey", "name"),
                        ("SMOKEY", "name"), ("Ty", "name"), ("ty", "name"), ("pooja", "name"), ("gary", "name"),
                        ("Grace Osei", "name"), ("Dawn Perry", "name"), ("Paul Greenford", "name"), ("Kate Osterley", "name"),
                        ("Rob Lampton", "name"), ("Jo Reading", "name"), ("مريم", "name"), ("حميد الساري", "name"),
                        ("زهرا", "name"), ("Bev\nMarsh", "name"), ("Layla\nHaddad", "name"), ("اهواز", "place"),
                        ("Ahvaz", "place"), ("perivale", "place"), ("hanwell", "place"), ("Kingston", "place"),
                        ("Enugu", "place"), ("Jalandhar", "place"), ("no. 16", "address"), ("no. 52", "address"),
                        ("Flat 9", "address"), ("8 GREEN DRAGON LANE", "address"), ("Gunnersbury", "school"),
                        ("Fielding", "school"), ("+98 916 314 2287", "phone"), ("+91 98140 52377", "phone"),
                        ("+1 876 926 4418", "phone"), ("+234 803 412 6690", "phone"), ("30 09 2011", "dob"),
                        ("02.04.2019", "dob"), ("Thurs 6th", "date"), ("1 nov", "date"), ("27th", "date"), ("18th", "date"),
                        ("11/10", "date"), ("12/10", "date"), ("2026-10-13", "date"), ("03/11 14:02", "date"),
                        ("LB19 XKE", "vehicle"), ("KX68 PLU", "vehicle")):
        assert (words, kind) in spans, (words, kind)
    texts = "\n".join(doc.text for doc in s88.sets()[s88.NAME])
    for unmarked in ("Valmiki Sabha", "Met CAIT", "Fountain Leisure Centre", "Ealing CS", "Khuzestan", "Iran", "Baba",
                     "Biji", "Masi", "CPOMS", "Brentford Fountain Leisure Centre"):
        assert unmarked in texts, unmarked
        assert all(unmarked not in words for words, _kind in spans), unmarked
