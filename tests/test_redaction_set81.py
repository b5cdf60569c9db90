"""Checks of the hand-written held-out redaction set 81 (bench/redaction_set81.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set81 as s81
from tests import hand_set_checks as checks

NAMES, TOTAL = 486, 938
# names that are words or towns; scripts; short forms; odd formats
HARD = (("ROBSON, Kayden", "name"), ("ROBSON, Ellie-Mae", "name"), ("SISOUPHANH, Manivanh", "name"), ("PHOMMACHANH, Khamphet", "name"),
        ("HINDMARSH, Tyler James", "name"), ("SOLBERG, Freya", "name"), ("Nair, Priya", "name"), ("Shields, Anthony", "name"),
        ("Anthony Shields", "name"), ("K Phommachanh", "name"), ("R. Olu-Adeyemi", "name"), ("Amara L-C", "name"), ("hayley c", "name"),
        ("chantelle d", "name"), ("Fiona\nLaidler", "name"), ("Stephen\n            Marr", "name"), ("Shan", "name"), ("cal", "name"),
        ("gaz", "name"), ("kaiden", "name"), ("jordan mackay", "name"), ("Gadge", "name"), ("Wiggy", "name"), ("Sonny", "name"),
        ("Sunny", "name"), ("Mars", "name"), ("Ty", "name"), ("Kendal", "name"), ("Hayley Common", "name"), ("Kirkup", "name"),
        ("Bjørn", "name"), ("Bjørn Haugland", "name"), ("ແກ້ວ", "name"), ("ມະນີວັນ", "name"), ("ຄຳເພັດ", "name"), ("ນ້ອຍ", "name"),
        ("Phet", "name"), ("Amara LAMBERT-CAMPBELL", "name"), ("Kendal", "place"), ("Dudley", "place"), ("ວຽງຈັນ", "place"),
        ("Vientiane", "place"), ("Ban Nongduang", "place"), ("Sikhottabong", "place"), ("Ågotnes", "place"), ("Bergen", "place"),
        ("the quay", "place"), ("the bay", "place"), ("the Bay", "place"), ("howdon", "place"), ("Howdon", "place"),
        ("Ki1lingworth", "place"), ("Killingw-\north", "place"), ("Willington\nQuay", "place"), ("north shields", "place"),
        ("Kalfarveien 31", "address"), ("5018", "postcode"), ("8 Stokes1ey Grove", "address"),
        ("Flat 3, 17 Beaconsfield Street", "address"), ("no. 16", "address"), ("no.3", "address"), ("no 7", "address"),
        ("rochester street", "address"), ("9 waterville rd", "address"), ("14 Weetslade\n            Terrace", "address"),
        ("Norham", "school"), ("Marden", "school"), ("Tyne Coast", "school"), ("Norham High\nSchool", "school"),
        ("Amberley Primary\nSchool", "school"), ("2O/10/2026", "date"), ("11/O2/2016", "dob"), ("16 0ct 2026", "date"),
        ("5th\nNovember 2026", "date"), ("2026-10-05", "date"), ("November 14, 2026", "date"), ("8", "date"), ("21st", "date"),
        ("30th", "date"), ("22nd", "date"), ("16-17 October 2026", "date"), ("+856 20 5581 2347", "phone"), ("+856 21 412 358", "phone"),
        ("+47 55 31 42 17", "phone"), ("+47 412 83 906", "phone"), ("SP 70 25 19 C", "ni"), ("NK19 YFD", "vehicle"),
        ("654 549 5127", "nhs"), ("Q392223251164", "upn"), ("freyasolberg13@gmail.com", "email"))
UNMARKED = ("North Tyneside General", "Wansbeck General", "The Killingworth Health Centre", "KlLLINGWORTH MEDICAL GR0UP",
            "Tyneview Medical Practice", "Collingwood Surgery", "Riverside Family Hub", "Whitley Bay Sporting", "Hartley Boxing Club",
            "Baan Lao Kitchen", "Wat Lao Buddharam", "Recovery Partnership", "Walkergate Park", "Newcastle United", "Spanish City",
            "Johan Sverdrup", "MV Sea Viking", "Greggs", "Hallowe'en", "Toon", "Pepper", "DOLLAR", "TJ", "Pappa", "farmor", "ເອື້ອຍ",
            "ນ້ອງ", "Ajahn", "Mam:", "Laos", "Jamaica", "Cumbria", "Northumberland", "the midlands", "senior", "LAO-0093", "55104",
            "MP/26/118842", "NE26C00481", "since May 2025", "from January 2027", "2019-2024", "the front")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s81)


def test_the_counts():
    checks.counts(s81, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s81, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s81)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Lao script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # a city in Lao script


def test_the_checks_can_fail():
    bad = ((s81.RECORD_C, [("bad", "Ring [[0191 643 228|phone]] about [[Mrs Jade Solberg|name]], [[Ajahn Phet|name]],"
                                    " [[Mrs Solberg senior|name]] on [[Sunday 8 November|date]] in [[Laos|place]],"
                                    " [[Northumberland|place]] and [[North Tyneside|place]].\n"
                                    "NHS [[654 549 5128|nhs]], NI [[DQ 12 34 56 E|ni]]. Freya said no, [[Freya|name]] said yes.")]),)
    found = s81.problems(bad, record_ids=["6545495128"], record_phones=["0191 643 228"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 0191 643 228" in p for p in found)
    for word in ("Mrs", "Ajahn"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("kinship word after a name" in p and "senior" in p for p in found)
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Laos", "Northumberland", "North Tyneside"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 654 549 5128" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Freya' is marked as a name elsewhere" in p for p in found)
