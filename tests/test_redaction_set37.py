"""Checks of the hand-written held-out redaction set 37 (bench/redaction_set37.py) that do not use the detector:
its size, its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set37 as s37
from tests import hand_set_checks as checks

NAMES, TOTAL = 558, 1011
# names that are words or towns; scripts; short forms; odd formats
HARD = (("FULLER, Alfie-Ray", "name"), ("DEAL, Poppy", "name"), ("GOODBAN, Summer", "name"), ("Claire\nStonestreet", "name"),
        ("KIAN M", "name"), ("Mase", "name"), ("mase", "name"), ("kayleigh", "name"), ("Tezza", "name"), ("Mo", "name"),
        ("Laura Dan", "name"), ("P0ppy", "name"), ("Maureen Fu1ler", "name"), ("Ky1e Ashford", "name"), ("Poppy DEAL", "name"),
        ("Craig Deal", "name"), ("Pauline Deal", "name"), ("Kyle ASHFORD", "name"), ("Lorraine Ashford", "name"), ("summer", "name"),
        ("Dawn Kingsnorth", "name"), ("Harley", "name"), ("Rook", "name"), ("Dotty", "name"), ("DOT", "name"), ("Big T", "name"),
        ("Ploy", "name"), ("ploy", "name"), ("Nok Siriporn", "name"), ("Gary", "name"), ("มาลี", "name"), ("พลอย", "name"),
        ("แกรี่", "name"), ("เล็ก", "name"), ("นก", "name"), ("مريم", "name"), ("كيرو", "name"), ("هاني", "name"), ("ميرو", "name"),
        ("Miro", "name"), ("SRISUK", "name"), ("Boys", "name"), ("Maughan", "name"), ("Deal", "place"), ("Ashford", "place"),
        ("Sovereign\nHarbour", "place"), ("Bay", "place"), ("hastings", "place"), ("dover", "place"), ("Ha1lsham", "place"),
        ("HERNE BAY", "place"), ("Medway", "place"), ("Thanet", "place"), ("Udon", "place"), ("อุดร", "place"), ("โฟล์คสโตน", "place"),
        ("أسيوط", "place"), ("القاهرة", "place"), ("مدينة نصر", "place"), ("Nasr City", "place"), ("St Peter's", "place"),
        ("st peters", "place"), ("Langney", "place"), ("Aycliffe", "place"), ("Greenhill", "place"),
        ("34 Makram Ebeid Street", "address"), ("٣٤ شارع مكرم عبيد", "address"), ("no. 25", "address"), ("no 16", "address"),
        ("Flat 5", "address"), ("31 Harebeat1ng Cres", "address"), ("Flat 7,\n18 Albion Street", "address"), ("Cecil Square", "address"),
        ("Shinewater", "school"), ("shinewater", "school"), ("Reculver", "school"), ("Herne Bay\nHigh School", "school"),
        ("Aycliffe CP School", "school"), ("Hawkes Farm", "school"), ("12 ต.ค.", "date"), ("٧ يناير", "date"),
        ("13\n   November 2026", "date"), ("l9th Sept", "date"), ("21st 0ctober", "date"), ("16th", "date"), ("20th", "date"),
        ("07/1O/26", "date"), ("O8/O7/2OO3", "dob"), ("+66 42 241 385", "phone"), ("+66 81 734 2296", "phone"),
        ("+20 88 236 1475", "phone"), ("+20 100 482 7319", "phone"), ("07586 100851", "phone"), ("JK 20 44 61 C", "ni"),
        ("GK21 XWP", "vehicle"), ("EY68 NRO", "vehicle"), ("217 387 9324", "nhs"), ("Z886696544915", "upn"), ("E845645417637", "upn"),
        ("kyleashford00@hotmail.co.uk", "email"))
UNMARKED = ("Eastbourne Foodbank", "Eastbourne Town Hall", "EASTBOURNE PIER", "Hampden Park Surgery", "Sovereign Centre",
            "Brighton shirt", "Southern Housing", "Health in Mind", "Sussex Police", "Conquest Hospital", "Eastbourne DGH", "Bridgeside",
            "the Common", "Dover District Council", "Dover Health Centre", "DOVER FOODBANK", "Kent Law Clinic", "Kent Police",
            "Eastern Docks", "Language Line", "St Mary and St Mina", "Park Farm Surgery", "William Harvey Hospital",
            "Kent and Medway CAMHS", "Bay Cars", "Thanet Mencap", "Millmead children's centre", "HMP Elmley", "Bethesda Medical Centre",
            "QEQM", "Westwood Cross", "Pickle", "KJ", "HL", "JS", "Khun", "Abouna", "Teta", "Baba", "تيتا", "แม่", "Isan", "Thailand",
            "Egypt", "SIA 1014-2277", "K4471920", "8841-2206", "46-26-1107-0392", "PLO/THN/26/0419")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s37)


def test_the_counts():
    checks.counts(s37, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s37, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s37)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Thai and Arabic script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Thai and Arabic script
    assert any(any("\u0600" <= c <= "\u06ff" for c in words) for words, k in spans if k == "address")  # in Arabic script


def test_the_checks_can_fail():
    bad = (
        (
            s37.RECORD_C,
            [
                (
                    "bad",
                    "Ring [[01304 22643|phone]] about [[Malee|name]], [[Khun Anong|name]],"
                    " [[Abouna Bishoy|name]], [[Teta Samia|name]] and [[Insp Wraight|name]]"
                    " on [[Friday 16 Oct|date]] in [[Kent|place]], [[Thailand|place]] and [[Egypt|place]].\n"
                    "NHS [[954 997 4684|nhs]], UPN [[A886720990571|upn]], NI [[DQ 12 34 56 E|ni]]. Malee said no.",
                )
            ],
        ),
    )
    found = s37.problems(bad, record_ids=["9549974684"], record_phones=["01304 22643"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 01304 22643" in p for p in found)
    for word in ("Khun", "Abouna", "Teta", "Insp"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Kent", "Thailand", "Egypt"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 954 997 4684" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Malee' is marked as a name elsewhere" in p for p in found)
