"""Checks of the hand-written held-out redaction set 14 (bench/redaction_set14.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set14 as s14
from tests import hand_set_checks as checks

# names that are words, towns that are words, short forms, odd formats
HARD = (("Dan\nMansfield", "name"), ("Mansfield", "place"), ("mansfield", "place"), ("Sutton", "place"), ("sutton", "place"),
        ("Kenny", "place"), ("Kensington", "place"), ("Kimberworth Park", "place"), ("L8", "postcode"), ("YH17", "vehicle"),
        ("Bryn Derw", "address"), ("Y Waun", "place"), ("Wrecsam", "place"), ("41 Ffordd Rhosddu", "address"),
        ("Stryt y Neuadd", "address"), ("27 Hydref 2026", "date"), ("4 Tachwedd 2026", "date"), ("karis", "name"), ("bell is", "name"),
        ("oh since", "name"), ("Eirlys Price", "name"), ("Gareth Ballis", "name"), ("Welsh pool", "place"), ("07717482906", "phone"),
        ("HARNZA", "name"), ("RlAZ", "name"), ("M0HAMMED ASlF lQBAL", "name"), ("Nasreen Bibl", "name"), ("Bi1al", "name"),
        ("2O / O1 / 2Oll", "dob"), ("O9/O8/2O26", "date"), ("53 Audiey Range", "address"), ("Blackbum", "place"), ("BBl 1TF", "postcode"),
        ("Pleckgate High Schoo1", "school"), ("Audley Juni0r", "school"), ("Govt. High School No. 2", "school"), ("Nasreen Bibi", "name"),
        ("Gujrat", "place"), ("Kharian", "place"), ("Pleckgate", "school"), ("Tauheed Girls", "school"), ("Forde, Kezia", "name"),
        ("IQBAL, Hoorain", "name"), ("Danquah, Kofi", "name"), ("Manalo", "name"), ("Princess", "name"), ("Prinsesa", "name"),
        ("Honey", "name"), ("honey", "name"), ("Cherry", "name"), ("cess", "name"), ("Jun-Jun", "name"), ("jun jun", "name"),
        ("JAKE", "name"), ("Jake", "name"), ("Lacey", "name"), ("Kelly Bright", "name"), ("Slack", "name"), ("Joanne Senior", "name"),
        ("Dylan P", "name"), ("Mulligan", "name"), ("Quarshie", "name"), ("Jackson", "name"), ("Lees", "name"), ("Dhillon", "name"),
        ("Okafors", "name"), ("Brunts", "school"), ("brunts", "school"), ("The Marches", "school"), ("Severndale", "school"),
        ("Coleg Cambria", "school"), ("Ysgol Rhiwabon", "school"), ("Ruabon", "place"), ("Clifton", "school"), ("Wickersley", "school"),
        ("St Bridget", "school"), ("St Joseph's", "school"), ("Lipa City", "place"), ("Ibb", "place"), ("Darnall", "place"),
        ("bellamy rd", "address"), ("Whalley Range", "address"), ("25th Oct", "dob"), ("7 March", "dob"), ("+967 771 284 503", "phone"),
        ("+63 917 845 2301", "phone"), ("+92 300 6184527", "phone"), ("+44 7717 482906", "phone"), ("SR 37 90 14 B", "ni"),
        ("J889526026181", "upn"), ("999 220 9410", "nhs"))
UNMARKED = ("Seat Leon", "Meadowhall", "Clifton Park", "Sefton Park", "Berry Hill Park", "clumber park", "one call stadium",
            "mansfield town", "the wrexham match", "Toxteth Tigers", "L8 Boxing", "Riverside", "the Florrie",
            "Robert Jones\nand Agnes Hunt Orthopaedic Hospital", "Thomas the Tank Engine", "Calon Lân", "HMP Liverpool",
            "Mansfield District Council", "Royal Blackburn Hospital", "Barnardo's", "Pendine Park", "Beech Lodge", "Hawthorn House",
            "Neuadd y Dref", "Rotherham Main Street", "North Wales Police", "Larkhill Health Centre", "Sherwood Forest Hospitals",
            "Ashfield Cars", "Juz Amma", "Nanay 💕", "honey Princess", "P.J.D.C.", "JL", "jake.wxm_07", "Batangas", "Philippines",
            "Yemen", "Jamaica", "Pakistan", "Shropshire", "Dadi", "chacha", "bhabhi", "Khalo", "Jiddah", "Ustadha", "Tita", "Kuya",
            "Lola", "Nain", "Taid", "Great-Grandad", "Whitechapel Centre", "0300 330 5485", "Croeso i chi", "A7741DK", "14/RO/11827/26")


def test_the_hard_cases_are_there():
    checks.hard_cases(s14, HARD, UNMARKED, split=("name", "address", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s14)
    names = [words for words, kind in spans if kind == "name"]
    assert any("," in name and name.split(",")[0].istitle() for name in names)  # Surname, First as Teams shows it
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(any(c.isdigit() for c in name) for name in names)  # OCR digits inside a name
    assert any(words.startswith("+44") for words, kind in spans if kind == "phone")  # a UK phone in international form
    for kind in ("place", "address", "school"):
        assert any(words.islower() for words, k in spans if k == kind), kind  # lower case in messages and a diary


def test_the_checks_can_fail():
    bad = ((s14.RECORD_E, [("bad", "Ring [[+63 917 000|phone]] about [[Tita Cherry|name]], [[Khalo Khalid|name]], [[Jiddah Nouria|name]],"
                                    " [[Kuya Rodel|name]], [[Ustadha Samira|name]], [[Asif chacha|name]] and [[Saima bhabhi|name]]"
                                    " on [[Sat 14 Nov|date]] in [[Batangas|place]], [[Yemen|place]] and [[Shropshire|place]].\n"
                                    "NHS [[724 931 2996|nhs]], UPN [[A372374012068|upn]], NI [[TN 12 34 56 A|ni]]. Nasser said no,"
                                    " [[Nasser|name]] said.")]),)
    found = s14.problems(bad, record_ids=["7249312996"], record_phones=["07464 82"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: +63 917 000" in p for p in found)
    for word in ("Tita", "Khalo", "Jiddah", "Kuya", "Ustadha"):
        assert any("title or kinship word" in p and word in p for p in found), word
    assert any("kinship word after a name" in p and "chacha" in p for p in found)
    assert any("kinship word after a name" in p and "bhabhi" in p for p in found)
    assert any("weekday inside a date span" in p for p in found)
    for place in ("Batangas", "Yemen", "Shropshire"):
        assert any("marked as a place" in p and place in p for p in found), place
    assert any("NHS number fails its check digit: 724 931 2996" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Nasser' is marked as a name elsewhere" in p for p in found)
