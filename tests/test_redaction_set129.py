"""Checks of the hand-written held-out redaction set 129 (bench/redaction_set129.py) that do not use the detector:
its own hard cases, its counts and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set129 as s129
from tests import hand_set_checks as checks

NAMES, TOTAL = 587, 1058
# names that are words or towns; scripts; short forms; odd formats
HARD = (("RIPLEY, Jodie", "name"), ("RIPLEY, Aria", "name"), ("STOAKES, Kyle", "name"), ("MURAD ALI, Karim", "name"),
        ("Tyler-Jay", "name"), ("T-J", "name"), ("Lily-Mae", "name"), ("Beverley", "name"), ("Bev", "name"), ("Summer", "name"),
        ("Skye", "name"), ("Holly Marsh", "name"), ("Carol Preston", "name"), ("Sharon Hedon", "name"), ("Rob Beverley", "name"),
        ("Chloe Beverley", "name"), ("Tate", "name"), ("Pryce", "name"), ("Gilyott", "name"), ("Tracy Rip1ey", "name"), ("H0lly", "name"),
        ("C. Prest0n", "name"), ("Maureen Kettle well", "name"), ("Gemma Kettle", "name"), ("Mo", "name"), ("diz", "name"),
        ("ellie", "name"), ("zhila", "name"), ("gaz", "name"), ("lily", "name"), ("gemma", "name"), ("wayne", "name"), ("Dizzy", "name"),
        ("Zhilo", "name"), ("Yousif", "name"), ("DUNN", "name"), ("MARIAM", "name"), ("ژیلا", "name"), ("ژیلۆ", "name"),
        ("ئازاد", "name"), ("نەسرین", "name"), ("مريم", "name"), ("حواء", "name"), ("آدم", "name"), ("Callum Sowersby", "name"),
        ("Preston", "place"), ("Hedon", "place"), ("Beverley", "place"), ("Bi1ton", "place"), ("scarbs", "place"), ("bridlo", "place"),
        ("goole", "place"), ("brew", "place"), ("Brough", "place"), ("هەڵ", "place"), ("Adré", "place"), ("El Geneina", "place"),
        ("Geneina", "place"), ("Sulaymaniyah", "place"), ("Ilam", "place"), ("Mandali", "place"), ("Sutton-on-Hull", "place"),
        ("Sutton on Hull", "place"), ("East Hull", "place"), ("Scarborough", "place"), ("ORCHARD PK", "place"),
        ("Bilton Grange", "place"), ("Preston Road", "address"), ("Beverley Road", "address"), ("no. 31", "address"),
        ("no. 14", "address"), ("no. 118", "address"), ("Flat 8", "address"), ("no 22", "address"), ("kestrel ave", "address"),
        ("castle rd", "address"), ("quay rd", "address"), ("18 TILBURY RD", "address"), ("rain bow corner", "school"),
        ("Rainbow Corner", "school"), ("Courtway Acad.", "school"), ("Malet Lambert", "school"), ("Bilton Grange", "school"),
        ("Marfleet Lane", "school"), ("27th Nov", "date"), ("18-Feb-2012", "dob"), ("04-Sep-2026", "date"), ("13 / 11 / 26", "date"),
        ("09 / 03 / 2013", "dob"), ("22nd", "date"), ("19th", "date"), ("10th", "date"), ("16th", "date"), ("+235 66 29 41 87", "phone"),
        ("+249 912 345 778", "phone"), ("+98 918 341 2276", "phone"), ("+964 770 318 2264", "phone"), ("+964 750 412 8837", "phone"),
        ("SZ 40 73 11 A", "ni"), ("YK21 HVP", "vehicle"), ("VN68 OXC", "vehicle"), ("M810268409400", "upn"), ("466 649 3832", "nhs"),
        ("chloe.dennett@kingsport.gov.uk", "email"))
UNMARKED = ("Hull Royal Infirmary", "Bransholme Health Centre", "Orchard Park Surgery", "Marfleet Group Practice",
            "Greatfield Community Centre", "Hull College", "Hull University Teaching Hospitals", "Hull Women and Children's Hospital",
            "Family Court at Kingston upon Hull", "HULL YOUNG CARERS", "New Hall", "Priory Police Station", "Walker Street Centre",
            "Goodwin Centre", "Freedom Centre", "Guildhall", "East Park", "Princes Quay", "Paragon", "Asda", "Morrisons", "McDonald's",
            "Mears", "The Big Word", "Migrant Help", "Humberside Police", "Strength to Change", "Tank", "Biff and Chip", "East Riding",
            "North Yorkshire", "West Yorks", "West Darfur", "Chad", "Libya", "Baba", "Dayka", "Pura", "Nana", "أمي", "کاک", "Abuya", "TW",
            "JS", "CP", "TP", "GR", "kyle.s_hu8", "dizzyyy_hu9", "cal.sow", "elz.s15", "HU-DISP-22841", "NRPSI 18830", "HU26C00417")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s129)


def test_the_counts():
    checks.counts(s129, NAMES, TOTAL)


def test_its_own_size_checks():
    assert len({doc.text for doc in s129.sets()[s129.NAME]}) == 24


def test_the_hard_cases_are_there():
    checks.hard_cases(s129, HARD, UNMARKED, split=("name", "place", "date"))


def test_its_own_hard_cases():
    spans = checks.spans(s129)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Arabic and Kurdish script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")  # a mis-heard school in a voicemail transcript
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # Hull in Kurdish script


def test_the_checks_can_fail():
    bad = ((s129.RECORD_F, [("bad", "Ring [[01482 300 40|phone]] about [[Zhila|name]], [[Mr Karim|name]], [[Pura Shilan|name]],"
                                    " [[Baba Karim|name]] and [[Nasrin senior|name]] on [[Sunday 8 November|date]] in [[Darfur|place]],"
                                    " [[Kurdistan|place]] and [[East Riding|place]].\n"
                                    "NHS [[979 748 1132|nhs]], UPN [[B810264929288|upn]], NI [[DQ 12 34 56 E|ni]]. Zhila said no.")]),)
    found = s129.problems(bad, record_ids=["9797481132"], record_phones=["01482 300 40"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 01482 300 40" in p for p in found)
    for word in ("Mr", "Pura", "Baba"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("kinship word after a name" in p and "senior" in p for p in found)
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Darfur", "Kurdistan", "East Riding"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 979 748 1132" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Zhila' is marked as a name elsewhere" in p for p in found)
