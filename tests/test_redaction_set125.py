"""Checks of the hand-written held-out redaction set 125 (bench/redaction_set125.py) that do not use the detector:
its size, its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set125 as s125
from tests import hand_set_checks as checks

NAMES, TOTAL = 533, 935
# names that are words or towns; scripts; short forms; odd formats
HARD = (("SWINDELLS, Mason", "name"), ("MARSLAND, Kayleigh", "name"), ("WILD, Craig", "name"), ("Cing, Hau Za", "name"),
        ("KESIDOU, Eleni", "name"), ("BAGSHAW, Terence James", "name"), ("AKHTAR, Imran", "name"), ("GRICE Nevaeh", "name"),
        ("SAVVIDOU SOFIA", "name"), ("ΣΑΒΒΙΔΟΥ ΣΟΦΙΑ", "name"), ("Γεωργίου", "name"), ("Ελένης", "name"), ("Νίκος", "name"),
        ("Βούλα", "name"), ("Μ. Παπαδοπ-\nούλου", "name"), ("James\nPennington", "name"), ("Jerom e", "name"), ("Ja-", "name"),
        ("Pau Khan Thang", "name"), ("Pau Khan", "name"), ("Thang", "name"), ("Lam Lam", "name"), ("Hau Za Cing", "name"),
        ("Dim", "name"), ("Vung", "name"), ("Voula", "name"), ("Hazel", "name"), ("Tezza", "name"), ("tezza", "name"), ("Mase", "name"),
        ("Benny B", "name"), ("Lils", "name"), ("lil mae", "name"), ("pops", "name"), ("gaz", "name"), ("Kez", "name"),
        ("evie b", "name"), ("Ashton", "name"), ("Ashton Kershaw", "name"), ("Craig Wild", "name"), ("Hope", "name"), ("Mason", "name"),
        ("Kieran Lord", "name"), ("Nicola Brook", "name"), ("Ben Hollingworth", "name"), ("Debbie Hyde", "name"), ("Wood", "name"),
        ("Connor Wood", "name"), ("Angela Swift", "name"), ("Lena Fox", "name"), ("Heywood", "name"), ("Sunderland", "name"),
        ("Rob Lees", "name"), ("Kenyon", "name"), ("Patel", "name"), ("Rowbotham", "name"), ("Jayden", "name"),
        ("Kayleigh Marsland", "name"), ("Savvidou", "name"), ("Ashton", "place"), ("Lees", "place"), ("Hollingworth", "place"),
        ("Hyde", "place"), ("Denton", "place"), ("Hurst", "place"), ("Hurst Cross", "place"), ("Smallshaw", "place"),
        ("CARRBROOK", "place"), ("carrbrook", "place"), ("Car Brook", "place"), ("Haughton\nGreen", "place"), ("Flowery Field", "place"),
        ("Micklehurst", "place"), ("Southport", "place"), ("Indianapolis", "place"), ("Tedim", "place"), ("တီးတိန်", "place"),
        ("Lamzang", "place"), ("Kalay", "place"), ("Cheras", "place"), ("Kuala Lumpur", "place"), ("Tsalka", "place"),
        ("Kalamaria", "place"), ("Καλαμαριά", "place"), ("Θεσσαλονίκη", "place"), ("Evosmos", "place"), ("Mandeville", "place"),
        ("Barrow-in-Furness", "place"), ("barrow", "place"), ("Odos Komninon 18", "address"), ("Κομνηνών 18", "address"),
        ("551 32", "postcode"), ("no. 41", "address"), ("41", "address"), ("no. 30", "address"), ("no. 31", "address"),
        ("Quickwood", "address"), ("castle clough", "address"), ("Huddersfield Rd", "address"), ("Flat 3, 118 Market Street", "address"),
        ("7o ΔΗΜΟΤΙΚΟ ΣΧΟΛΕΙΟ ΚΑΛΑΜΑΡΙΑΣ", "school"), ("7th PRIMARY SCHOOL OF KALAMARIA", "school"), ("hollins", "school"),
        ("copley", "school"), ("buckton vale", "school"), ("ashton vale", "school"), ("Hyde High", "school"), ("Aldwyn", "school"),
        ("Little Acorns", "school"), ("2023-05-01", "date"), ("14 / 9 / 26", "dob"), ("4th november", "date"), ("27th", "date"),
        ("13", "date"), ("28", "date"), ("+30 2310 456 782", "phone"), ("+30 694 712 3358", "phone"), ("+995 599 14 27 83", "phone"),
        ("+95 9 451 287 316", "phone"), ("+60 12-487 3390", "phone"), ("+1 317 482 6719", "phone"), ("+1 876 962 4418", "phone"),
        ("JT 44 61 82 B", "ni"), ("SW 81 32 07 D", "ni"), ("PZ 63 20 18 A", "ni"), ("MA19 KXE", "vehicle"), ("MV21 HRO", "vehicle"),
        ("730 160 4475", "nhs"), ("K357988311508", "upn"), ("andrea.moss@bridges-tamevale.org.uk", "email"))
UNMARKED = ("Tameside General", "Tameside and Glossop", "Mossley Medical Practice", "Denton Medical Practice",
            "Donneybrook Medical Centre", "Lambgates Health Centre", "Albion Medical Practice", "Hyde Town Hall", "Denton Festival Hall",
            "Denton Library", "Mossley AFC", "HMP Styal", "Healthy Young Minds", "Positive Steps", "Change Grow Live",
            "Zomi Christian Fellowship", "Bridges", "St Nicholas church", "Hellenic Women's Group", "New Testament Church of God",
            "Saint Mary's", "Kinship Connected", "Grandparents Plus", "Mitie", "Suite: Ashton-under-Lyne", "Family Court at Manchester",
            "GREATER MANCHESTER POLICE", "McDonald's", "Strongbow", "Asda", "M67", "the 346", "350 bus", "Biscuit", "tz_2four",
            "m.swindz12", "reecey.l", "bennyb_7", "Μαμά", "Baba", "Kyria", "Kvria", "yiayia", "Pu ", "Nu ", "Pastor", "Myanmar",
            "Chin State", "Malaysia", "Georgia", "Jamaica", "America", "Tameside", "TA/26/041187", "TG0917264", "2611-2840",
            "NRPSI 31877", "26-118462", "YX")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s125)


def test_the_counts():
    checks.counts(s125, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s125, HARD, UNMARKED)


def test_its_own_hard_cases():
    spans = checks.spans(s125)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Greek script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # Greek and Burmese script


def test_the_checks_can_fail():
    bad = ((s125.RECORD_D, [("bad", "Ring [[0161 946 221|phone]] about [[Nikos|name]], [[Kyria Voula|name]], [[Pu Thang|name]],"
                                     " [[Pastor Gin Khan|name]], [[yiayia Anastasia|name]] on [[Sunday 8 November|date]] in"
                                     " [[Georgia|place]], [[Myanmar|place]], [[Chin State|place]] and [[Tameside|place]].\n"
                                     "NHS [[730 160 4476|nhs]], NI [[DQ 12 34 56 E|ni]]. Nikos said no.")]),)
    found = s125.problems(bad, record_ids=["7301604476"], record_phones=["0161 946 221"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 0161 946 221" in p for p in found)
    for word in ("Kyria", "Pu", "Pastor", "yiayia"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Georgia", "Myanmar", "Chin State", "Tameside"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 730 160 4476" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Nikos' is marked as a name elsewhere" in p for p in found)
