"""Checks of the hand-written held-out redaction set 106 (bench/redaction_set106.py) that do not use the detector:
its marking checks, its size, its own hard cases and the strings it leaves unmarked."""

from bench import redaction_set106 as s106


def _spans():
    return [(doc.text[start:end], kind) for doc in s106.sets()[s106.NAME] for start, end, kind in doc.gold]


def test_the_set_is_clean_and_named():
    assert "without reading the detector" in s106.NAME
    assert s106.problems() == []


def test_the_counts():
    docs, per_kind = s106.counts()
    assert docs == 24
    assert per_kind["name"] == 546
    assert sum(per_kind.values()) == 986
    labels = [doc_label for doc_label, _text in
              [pair for _record, pairs in s106._PAIRS for pair in pairs]]
    assert len(labels) == len(set(labels)) == 24  # every document has its own style label


def test_the_hard_cases_are_there():
    spans = _spans()
    names = [words for words, kind in spans if kind == "name"]
    assert any("\n" in name for name in names)  # a name split across a line break
    assert any(name.islower() for name in names)  # lower-case names in texts, chats, notes and an email
    assert any("," in name and name.split(",")[0].isupper() for name in names)  # SURNAME, First
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Bengali script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.startswith("+") and not words.startswith("+44") for words, kind in spans if kind == "phone")  # foreign
    assert any(words.islower() for words, k in spans if k == "place")
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Bengali script
    for kind in ("name", "address", "place", "date", "school"):
        assert any("\n" in words for words, k in spans if k == kind), kind  # split across a line break
    for words, kind in (("TANNER, Kayden", "name"), ("GOULD, Stephanie", "name"), ("HEXT, Darren", "name"),
                        ("KNAPP, Barry", "name"), ("WALSH, Cillian", "name"), ("PINAS, Jaylano", "name"),
                        ("Mia COLE", "name"), ("Rumana BEGUM", "name"), ("S Gumbs", "name"), ("K O'Neill", "name"),
                        ("H. Okafor", "name"), ("Tilly\nBrennan", "name"), ("Aoife\nO'Driscoll", "name"),
                        ("KATE\nO'NEILL", "name"), ("Aoife O Driscoll", "name"), ("Dawn", "name"), ("Devon", "name"),
                        ("Dre", "name"), ("Baz", "name"), ("Sha", "name"), ("Bernie", "name"), ("Clem", "name"),
                        ("Ellie-Mae", "name"), ("ellie-mae", "name"), ("kerry", "name"), ("mia", "name"), ("kai", "name"),
                        ("patel", "name"), ("liam walsh", "name"), ("cillian", "name"),
                        ("রুমানা", "name"), ("আয়ান", "name"), ("শিরিন", "name"), ("সিলেট", "place"),
                        ("অক্সফোর্ড", "place"), ("Lawn", "place"), ("Stratton", "place"), ("stratton", "place"),
                        ("Stratton St\nMargaret", "place"), ("GORSE\n  HILL", "place"), ("gorse hill", "place"),
                        ("swindon village", "place"), ("eldene", "place"), ("Latour", "place"), ("Zindabazar", "place"),
                        ("Amsterdam Zuidoost", "place"), ("Bijlmer", "place"), ("Rotterdam", "place"),
                        ("Rotterdam-Zuid", "place"), ("The Valley", "place"), ("The\nValley", "place"),
                        ("Stoney Ground", "place"), ("Island Harbour", "place"), ("Bishopstown", "place"), ("cork", "place"),
                        ("Walcot", "place"), ("Swindon", "place"), ("Paramaribo", "place"),
                        ("no. 29", "address"), ("no. 48", "address"), ("no. 7", "address"), ("Flat 2", "address"),
                        ("cheney manor", "address"), ("darnley cl", "address"), ("cheltenham st", "address"),
                        ("Shrivenham Road", "address"), ("Euclid Street", "address"), ("Bijlmerdreef 1083", "address"),
                        ("Kwattaweg 212", "address"), ("Rey Hill", "address"), ("6 Ermin\nStreet", "address"),
                        ("Flat 31, Lordship Lane\nEstate", "address"), ("1103 TV", "postcode"), ("AI-2640", "postcode"),
                        ("T12 X9K2", "postcode"), ("Pinehurst Brook Sch00l", "school"), ("Pinehurst Brook Primary\nSchool", "school"),
                        ("walcot green", "school"), ("kingsdown", "school"), ("Ridgeway", "school"), ("Nova Hreod", "school"),
                        ("14\nMarch 2025", "date"), ("October 12 2026", "date"), ("20 Oct 2026", "date"), ("dec 10", "date"),
                        ("24", "date"), ("25 December", "date"), ("21st", "date"), ("2nd", "date"), ("14/11/26", "date"),
                        ("11.02.2013", "dob"), ("30-01-2012", "dob"), ("14.07.26", "dob"), ("3/6/2003", "dob"),
                        ("+597 812 4471", "phone"), ("+31 6 2841 7730", "phone"), ("+1 264 497 2286", "phone"),
                        ("+353 87 614 2095", "phone"), ("+880 1712-448903", "phone"), ("JT 28 51 74 B", "ni"),
                        ("WK 62 38 15 A", "ni"), ("WU19 KXT", "vehicle"), ("WR68 PZE", "vehicle"), ("FY67 HBN", "vehicle"),
                        ("557 514 5522", "nhs"), ("T866226428764", "upn"), ("liamwalsh97@hotmail.co.uk", "email")):
        assert (words, kind) in spans, (words, kind)


def test_organisations_landmarks_and_others_stay_unmarked():
    spans = _spans()
    texts = "\n".join(doc.text for doc in s106.sets()[s106.NAME])
    for unmarked in ("Pinehurst People's Centre", "Eldene Surgery", "Freshbrook Surgery", "Nythe Community Centre",
                     "Walcot Community Centre", "Great Western Hospital", "Abbey Meads Medical Practice", "Gablecross",
                     "Wat Tyler House", "Sandalwood Court", "Salvation Army", "Mulberry Home Care", "New Life Church",
                     "Lydiard Park", "Orbital Shopping Park", "Brunel Centre", "Wyvern Theatre", "Meads Bay", "Shoal Bay",
                     "Delta", "rodbourne arms", "Haringey", "Anguilla", "Suriname", "Wiltshire", "Sranan", '"WR6"',
                     "Bolt", "demixox_11", "bazz_sn2", "miacole", "PPN/26/044719", "GWH 8814402",
                     "Barnardo's", "Operation Fortitude", "Mongolian blue spot", "Honda", "Panattoni", "Veilig Thuis",
                     "খালা", "নানু", "Oma", "Tante", "JP"):
        assert unmarked in texts, unmarked
        assert all(unmarked not in words for words, _kind in spans), unmarked
