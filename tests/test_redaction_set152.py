"""Checks of the hand-written held-out redaction set 152 (bench/redaction_set152.py) that do not use the detector:
its own hard cases, counts and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set152 as s152
from tests import hand_set_checks as checks

NAMES, TOTAL = 520, 916
HARD = (("TATTERSALL, Craig", "name"), ("KELLY, Shannon", "name"), ("PAINEMAL, Rayén", "name"), ("MARSH, Leanne", "name"),
        ("PAINEMAL Rayén", "name"), ("Gareth\nParr", "name"), ("Tyler\nFox", "name"), ("නිලූකා පෙරේරා", "name"),
        ("Niluka Perera", "name"), ("Ruby-Mae", "name"), ("R Lloyd-Jones", "name"), ("H. Brereton", "name"), ("G. Parr", "name"),
        ("Kai D", "name"), ("Tom B", "name"), ("mase", "name"), ("Lauti", "name"), ("Rico", "name"), ("Lee Ann", "name"), ("web", "name"),
        ("Rhianna", "name"), ("Tal", "name"), ("ty", "name"), ("ruby", "name"), ("nilu", "name"), ("eirlys", "name"),
        ("ryan roscoe", "name"), ("Heswall", "name"), ("Salt", "name"), ("Dawn Heron", "name"), ("Frank", "name"), ("Millaray", "name"),
        ("Stanney\nGrange", "place"), ("connahs quay", "place"), ("handbridge", "place"), ("wolverham", "place"), ("ellesmere", "place"),
        ("Flint", "place"), ("Colombo 6", "place"), ("Wellawatte", "place"), ("Padre Las Casas", "place"), ("Talacre", "place"),
        ("Vicars Cross", "place"), ("no. 18", "address"), ("24", "address"), ("no. 12", "address"), ("27 Hampden Lane", "address"),
        ("Camino a Niágara 1450", "address"), ("stanney lane", "address"), ("faulkner st", "address"), ("Lache Primary", "school"),
        ("Upton-by-Chester High", "school"), ("Little Acorns", "school"), ("21", "date"), ("22/06/2025", "date"), ("08MAR2011", "dob"),
        ("2011-02-03", "dob"), ("21.10.2026", "dob"), ("17th Nov", "date"), ("28th", "date"), ("+94 11 258 1947", "phone"),
        ("+56 9 6184 3027", "phone"), ("+61 412 583 906", "phone"), ("07415906273", "phone"), ("KN19", "vehicle"),
        ("CV68 HWK", "vehicle"), ("JK 51 82 44 C", "ni"), ("543 860 1119", "nhs"), ("C896125495225", "upn"),
        ("deanheswall82@hotmail.co.uk", "email"))
UNMARKED = ("Countess of Chester", "Hoole Road Surgery", "Boughton Medical Group", "Blacon Children's Centre", "Chester Magistrates",
            "North Wales Police", "Dutch Burgher Union", "Ellesmere Port Police Station", "Chester railway station", "Sanctuary Housing",
            "Cheshire West Women's Aid", "Bowmere Hospital", "HMP Altcourse", "Arrowe Park", "Vauxhall", "Stanlow", "Catch22",
            "St Barnabas", "the Oaks", "Bruno", "Achchi", "chuchu", "ngenechen", "Wiñoy Tripantu", "maccies", "keanu.vl11", "c.reece_08",
            "HB", "Gales", "Sri Lanka", "CHESHIRE CONSTABULARY", "Sept 2025", "April 2026", "NRPSI 20417", "MP/26/48112", "Fatty",
            "Baby girl", "Mamá", "Tía", "nain", "Supt", "Auntie")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s152)


def test_the_counts():
    checks.counts(s152, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s152, HARD, UNMARKED)


def test_its_own_hard_cases():
    spans = checks.spans(s152)
    names = [words for words, kind in spans if kind == "name"]
    assert any(all(c == " " or not c.isascii() for c in name) for name in names)  # a name in Sinhala script
    assert any("-" in name and name[0].isupper() for name in names)  # hyphenated names


def test_the_checks_can_fail():
    bad = ((s152.RECORD_A, [("bad", "Ring [[01244 381 65|phone]] about [[Mamá Millaray|name]], [[Auntie Bev|name]],"
                                    " [[nain Eirlys|name]] and [[Supt Nadia Khan|name]] on [[Sunday 8 November|date]] in"
                                    " [[Wales|place]], [[Cheshire|place]] and [[Sri Lanka|place]].\n"
                                    "NHS [[543 860 1118|nhs]], NI [[JD 51 82 44 C|ni]].")]),)
    found = s152.problems(bad, record_ids=["5438601118"], record_phones=["01244 381 65"])
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 01244 381 65" in p for p in found)
    for word in ("Mamá", "Auntie", "nain", "Supt"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Wales", "Cheshire", "Sri Lanka"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NI number has a bad format" in p for p in found)
