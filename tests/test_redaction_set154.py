"""Checks of the hand-written held-out redaction set 154 (bench/redaction_set154.py) that do not use the detector:
its size, its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set154 as s154


def _spans():
    return [(doc.text[start:end], kind) for doc in s154.sets()[s154.NAME] for start, end, kind in doc.gold]


def test_the_set_is_clean_and_its_size():
    assert "without reading the detector" in s154.NAME
    assert s154.problems() == []
    docs = s154.sets()[s154.NAME]
    assert len(docs) == 24
    assert len({doc.style for doc in docs}) == 24
    spans = _spans()
    assert len(spans) == 901
    assert sum(kind == "name" for _words, kind in spans) == 483


def test_the_hard_cases_are_there():
    spans = _spans()
    names = [words for words, kind in spans if kind == "name"]
    assert any("\n" in name for name in names)  # a name split across a line break (OCR'd notebook, letters)
    assert any(name.islower() for name in names)  # lower-case names in messages and a phone note
    assert any("," in name and name.split(",")[0].isupper() for name in names)  # SURNAME, First
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Persian script
    assert any("-" in name and name[0].isupper() for name in names)  # hyphenated first names
    assert any(words.startswith("+98") for words, kind in spans if kind == "phone")  # a foreign phone
    assert any(words.islower() for words, k in spans if k == "place")
    assert any(words.islower() for words, k in spans if k == "address")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # a place in Persian script
    for kind in ("name", "address"):
        assert any("\n" in words for words, k in spans if k == kind), kind
    for words, kind in (("WRAY, Kenzie", "name"), ("HARLAND, Tyler", "name"), ("THEAKER, Alfie-Jay", "name"),
                        ("ISBISTER Magnus", "name"), ("JAM\nIESON Kirsty", "name"), ("R0NAN", "name"), ("J Wray", "name"),
                        ("M Isbister", "name"), ("Summer-Rae", "name"), ("summer", "name"), ("bethany", "name"),
                        ("kenzie", "name"), ("jodie", "name"), ("dale", "name"), ("ricky", "name"), ("kyle", "name"),
                        ("shannon", "name"), ("sandra boyes", "name"), ("Pops", "name"), ("Deeno", "name"), ("Jonno", "name"),
                        ("Macy Storm", "name"), ("Bell", "name"), ("Lund", "name"), ("Hebden", "name"), ("Peart", "name"),
                        ("Gaskin", "name"), ("Chloe Raw", "name"), ("Carly", "name"), ("Isla Rose Dunning", "name"),
                        ("نیکا", "name"), ("شیرین", "name"), ("ثابتی", "name"), ("آرمان", "name"), ("مهین روحانی", "name"),
                        ("sabeti", "name"), ("Boro", "place"), ("boro", "place"), ("whitby", "place"), ("glaisdale", "place"),
                        ("york", "place"), ("شیراز", "place"), ("Burra", "place"), ("Trondra", "place"), ("Hamnavoe", "place"),
                        ("Scalloway", "place"), ("Harwood\nDale", "place"), ("Saltburn-by-the-Sea", "place"),
                        ("Gallows Close", "place"), ("Boulby", "place"), ("Nortoun", "address"), ("Port Arthur", "address"),
                        ("no 11", "address"), ("no. 9", "address"), ("No 9", "address"), ("no 7", "address"),
                        ("esk terrace", "address"), ("scalby road", "address"), ("spital bridge", "address"),
                        ("Kucheh 12, Khiaban-e\nEram", "address"), ("Flat 3, 41 Waterloo Road", "address"),
                        ("Scarborough Sixth Form", "school"), ("Scalby", "school"), ("Burniston", "school"),
                        ("Gladstone Road", "school"), ("Caedmon", "school"), ("2", "date"), ("9", "date"), ("21st", "date"),
                        ("3rd", "date"), ("28th", "date"), ("16/11", "date"), ("2026-11-30", "date"), ("24.11.26", "date"),
                        ("9-Apr-2017", "dob"), ("28 Jul 2015", "dob"), ("+98 71 3623 4415", "phone"),
                        ("01595 412083", "phone"), ("NX19 KHU", "vehicle"), ("YX16 RBO", "vehicle"), ("YB63 OXT", "vehicle"),
                        ("687 818 9446", "nhs"), ("F815480134163", "upn"), ("sandraboyes65@btinternet.com", "email")):
        assert (words, kind) in spans, (words, kind)
    texts = "\n".join(doc.text for doc in s154.sets()[s154.NAME])
    for unmarked in ("Esk Lane Children's Services", "SCARBOROUGH HOSPITAL", "Falsgrave Surgery", "Whitby Group Practice",
                     "Whitby Library", "Cleveland Police", "Police Scotland", "Filey Surgery",
                     "Scarborough Town Hall", "Friarage", "James Cook University Hospital",
                     "Fisherman's Arms", "Cod and Lobster", "Rainbow Centre", "Peasholm Park", "the Spa", "Flamingo Land",
                     "Riverside", "Scalby Surgery", "Staithes Surgery", "Ayton and Snainton Medical Practice", "Horizons",
                     "BookLingo", "Family Court at Teesside", "Shetland", "Iran", "Spain", "North Yorkshire", "Bruno", "Nala",
                     "Biscuit", "Dolly", "Mam", "Bampy", "مامان‌بزرگ", "maman bozorg", "joon", "@deeno.x7", "@nicolaH84",
                     "@macy.stormzz", "T H", "NYP-2026-1205-0733", "30918", "Nowruz", "Baha'i"):
        assert unmarked in texts, unmarked
        assert all(unmarked not in words for words, _kind in spans), unmarked


def test_the_checks_can_fail():
    bad = ((s154.RECORD_D, [("bad", "Ring [[0161 946 221|phone]] about [[Nika|name]], [[Mam Jodie|name]], [[خانم ثابتی|name]],"
                                     " [[Bampy Brian|name]] and [[Arman joon|name]] on [[Sunday 8 November|date]] in [[Iran|place]],"
                                     " [[Shetland|place]] and [[North Yorkshire|place]].\nNHS [[541 162 7967|nhs]]. Nika said no.")]),)
    found = s154.problems(bad, record_ids=["5411627967"], record_phones=["0161 946 221"])
    assert any("phone is not a valid number: 0161 946 221" in p for p in found)
    for word in ("Mam", "خانم", "Bampy"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("kinship word after a name" in p and "joon" in p for p in found)
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Iran", "Shetland", "North Yorkshire"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 541 162 7967" in p for p in found)
    assert any("'Nika' is marked as a name elsewhere" in p for p in found)
