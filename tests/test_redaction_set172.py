"""Checks of the hand-written held-out redaction set 172 (bench/redaction_set172.py) that do not use the detector:
its size, its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set172 as s172
from tests import hand_set_checks as checks

NAMES, TOTAL = 548, 935
# names that are words or towns; scripts; short forms; odd formats
HARD = (("PRINGLE, Darren", "name"), ("SWINBURNE, Nicole", "name"), ("SWINBURNE, Gary", "name"), ("Kaydon DODD", "name"),
        ("H. Robson", "name"), ("Tayla P", "name"), ("Hannah R", "name"), ("jodie dodd", "name"), ("ellie mae", "name"),
        ("kay kay", "name"), ("jode", "name"), ("kirsty", "name"), ("kyle", "name"), ("gary", "name"), ("dyl", "name"), ("Con", "name"),
        ("Tay", "name"), ("Chan", "name"), ("Lewy", "name"), ("Arsa", "name"), ("Аюна", "name"), ("Арсланг", "name"),
        ("Арслангу", "name"), ("Байра", "name"), ("Цаган Бадмаевна", "name"), ("Рэйчел", "name"), ("Arslang 0chirov", "name"),
        ("Lacey M ilburn", "name"), ("Lee Th ew", "name"), ("HaIl", "name"), ("K. Hal1", "name"), ("Dawn", "name"),
        ("Amber Hope", "name"), ("Keith Bell", "name"), ("Rob Heron", "name"), ("Irene Summers", "name"), ("Paris", "name"),
        ("Scott", "name"), ("Craig Widdrington", "name"), ("Isabella", "name"), ("Bella", "name"), ("Townsley", "name"),
        ("Stuart\nMilburn", "name"), ("Widdrington Station", "place"), ("peggy", "place"), ("pegswood", "place"), ("Элиста", "place"),
        ("Elista", "place"), ("Rostov-on-Don", "place"), ("Bed lington", "place"), ("Netherton\n   Colliery", "place"),
        ("Guide Post", "place"), ("Stobhill", "place"), ("Kirkhill", "place"), ("Beaconhill", "place"), ("Shankhouse", "place"),
        ("Westlea", "place"), ("Bedlington Station", "place"), ("cowpen", "place"), ("Shankhouse Lane Site", "address"),
        ("Pitch 6, Shankhouse Lane Site", "address"), ("6", "address"), ("four", "address"), ("no. 27", "address"),
        ("number 7", "address"), ("Station Road", "address"), ("plessey rd", "address"), ("ул. Ленина, д. 241, кв. 12", "address"),
        ("31 Schalksmuhle\nRoad", "address"), ("358000", "postcode"), ("PH1 3JJ", "postcode"), ("stobhillgate", "school"),
        ("ABBEYFIELDS FIRST SCH00L", "school"), ("Letham\nPrimary", "school"), ("Little Beacons", "school"), ("21/O9/26", "date"),
        ("8th January\n2027", "date"), ("2nd July 1991", "dob"), ("Second of July ninety-one", "dob"), ("villas", "address"),
        ("АЮНА", "name"), ("17 / 01 / 2011", "dob"), ("the 4th", "date"), ("4th", "date"), ("28th Oct 2026", "date"), ("3rd Dec", "date"),
        ("+7 961 842 53 17", "phone"), ("+7 84722 4 15 39", "phone"), ("01738 627 415", "phone"), ("NK19 FZR", "vehicle"),
        ("November Delta six six Kilo X-ray Oscar", "vehicle"), ("U929228021668", "upn"), ("644 561 7891", "nhs"),
        ("m.elliott@bedeacademy.example.org", "email"))
UNMARKED = ("Wansbeck General", "the RVI", "Freeman", "Bernicia", "Bruno", "Tsagan Sar", "khurul", "Мама", "Ээҗ", "Language Line",
            "Carers Northumberland", "Change Grow Live", "Northumbria Police", "Greggs", "on the Tay",
            "Newcastle Civil and Family Courts", "South East Northumberland Magistrates'", "Cramlington Hub", "Cramlington Juniors",
            "Bedlington Dental Care", "Bedlington Community Centre", "Ashington\nMagistrates'", "Wansbeck Road Medical Group",
            "Northumbria Specialist", "Nawken", "Scotland", "Northumberland", "Republic of Kalmykia", "tay.xo.11", "c0nn0r_t19",
            "dt_ncl99", "jadeyy.e", "B.B", "T.S", "NF -", "MQ -", "LT", "GMC 7041182", "NP-20261112-0093", "SO/1", "88214", "Old",
            "Uncle", "Granny")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s172)


def test_the_counts():
    checks.counts(s172, NAMES, TOTAL)


def test_its_own_size_checks():
    n_docs, per_kind = s172.counts()
    assert sum(per_kind.values()) >= 900


def test_the_hard_cases_are_there():
    checks.hard_cases(s172, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s172)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Cyrillic
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.startswith("+7") for words, kind in spans if kind == "phone")  # foreign phones
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # a place in Cyrillic


def test_the_checks_can_fail():
    bad = ((s172.RECORD_D, [("bad", "Ring [[01738 627 41|phone]] about [[Nana Margaret|name]], [[Aunty Kirsty|name]],"
                                    " [[Daddy Lee|name]], [[Old Jimmy Stewart|name]] and [[Granny Bella|name]] on"
                                    " [[Friday 23rd|date]] in [[Scotland|place]], [[Northumberland|place]], [[Russia|place]] and"
                                    " [[Republic of Kalmykia|place]].\n"
                                    "NHS [[485 435 2915|nhs]], UPN [[A929245616593|upn]]. Shona said no, [[Shona|name]] did.")]),)
    found = s172.problems(bad, record_ids=["4854352915"], record_phones=["01738 627 41"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 01738 627 41" in p for p in found)
    for word in ("Nana", "Aunty", "Daddy", "Old", "Granny"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Scotland", "Northumberland", "Russia", "Republic of Kalmykia"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 485 435 2915" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("'Shona' is marked as a name elsewhere" in p for p in found)
