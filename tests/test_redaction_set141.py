"""Checks of the hand-written held-out redaction set 141 (bench/redaction_set141.py) that do not use the detector:
its size, its own hard cases and its marking checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set141 as s141
from tests import hand_set_checks as checks

NAMES, TOTAL = 544, 1006
# names that are words or towns; scripts; short forms; odd formats
HARD = (("GREENWOOD, Kaydence", "name"), ("HOWARTH, Alfie", "name"), ("CLEGG, Harper", "name"), ("IQBAL, Aleena", "name"),
        ("ABDULKADIR, Xaliimo", "name"), ("Archie-Jay CLEGG", "name"), ("Kaydence G", "name"), ("H S Sandhu", "name"),
        ("N. Brierley", "name"), ("J. Sut-\ncliffe", "name"), ("Bev Green-\nwood", "name"), ("Alfle", "name"), ("kay", "name"),
        ("ryan", "name"), ("lils", "name"), ("faadumo", "name"), ("xali", "name"), ("Mase", "name"), ("Gem", "name"), ("AJ", "name"),
        ("Fifi", "name"), ("Bar", "name"), ("Akinyi", "name"), ("Odhiambo", "name"), ("Halima", "name"), ("Hawa Mohamed", "name"),
        ("Xaawo Maxamed", "name"), ("Shaw", "name"), ("Lee Shaw", "name"), ("Grace Whitworth", "name"), ("Lees", "name"),
        ("Faith", "name"), ("Mercy", "name"), ("Joy Nwosu", "name"), ("Rose", "name"), ("Summer", "name"), ("Dawn Pilling", "name"),
        ("Bright", "name"), ("Sarah-Jane Lord", "name"), ("Brannigan", "name"), ("Branny", "name"), ("Firth", "name"), ("Lawson", "name"),
        ("Kamara", "name"), ("Zafar", "name"), ("Muhammad Iqbal", "name"), ("علینہ", "name"), ("طارق", "name"), ("عمران", "name"),
        ("فاطمة مرسل عبدي", "name"), ("FAADUMO MURSAL ABDI", "name"), ("Shaw", "place"), ("Whitworth", "place"), ("whitworth", "place"),
        ("Whit-\nworth", "place"), ("smallbridge", "place"), ("bpool", "place"), ("heywood", "place"), ("Oldham", "place"),
        ("Kondele", "place"), ("Nyalenda", "place"), ("Xamar Weyne", "place"), ("Muqdisho", "place"), ("mogadishu", "place"),
        ("Kawangware", "place"), ("Eastleigh", "place"), ("Highfields", "place"), ("راچڈیل", "place"), ("ڈڈیال", "place"),
        ("Dadyal", "place"), ("Langley", "place"), ("Darnhill", "place"), ("Rochdale", "place"), ("Hopwood", "place"),
        ("Newhey", "place"), ("Belfield", "place"), ("Castleton", "place"), ("Newbold", "place"), ("NEWBOLD", "place"),
        ("Flat 6,\nKingsway Court", "address"), ("no. 18", "address"), ("no. 29", "address"), ("flat 6", "address"),
        ("Flat 6", "address"), ("House 14, Sector F", "address"), ("Plot 27, Kabiro Road", "address"), ("FLAT 9 TWEEDALE HSE", "address"),
        ("Kingsway", "address"), ("41 Kingsway", "address"), ("Ogden Lane", "address"), ("STANSF1ELD BROOK PRIMARY", "school"),
        ("stansfield brook", "school"), ("roch valley", "school"), ("newbold brook", "school"), ("Hopwood Hall College", "school"),
        ("Castleton Fold\nPrimary", "school"), ("Newbold Brook\nAcademy", "school"), ("Newhey Moor", "school"),
        ("18th of\nDecember", "date"), ("1\nDecember", "date"), ("10th of November", "date"), ("the 1st", "date"), ("31st", "date"),
        ("9 Dec.", "date"), ("1st Nov.", "date"), ("12.11.2026", "date"), ("14-11-2026", "date"), ("11 NOV 2026", "date"),
        ("07 Nov 2026", "date"), ("9.11.26", "date"), ("01 / 12 / 1995", "dob"), ("28-05-2012", "dob"), ("3 Jul 2011", "dob"),
        ("5.10.19", "dob"), ("+92 355 6678077", "phone"), ("+92 300 2972314", "phone"), ("+254 765 740454", "phone"),
        ("+254 727 068386", "phone"), ("+252 61 511 9067", "phone"), ("JK 48 21 90 B", "ni"), ("SP 63 40 12 A", "ni"),
        ("PW 27 51 84 C", "ni"), ("MX19 UJD", "vehicle"), ("BK68 WZL", "vehicle"), ("809 729 7043", "nhs"), ("X354596620332", "upn"),
        ("pastor.s.odera@gmail.com", "email"), ("faadumo.sh95@hotmail.com", "email"))
UNMARKED = ("Hollingworth Lake", "Ogden reservoir", "Victoria", "heathrow", "Number One Riverside", "Royal Oldham Hospital",
            "Fairfield General", "HMP Forest Bank", "Belfield Medical Centre", "Smallbridge Health Centre", "Milnrow Village Practice",
            "Newbold Surgery", "Hopwood Convenience Store", "Rochdale Women's Aid", "Rochdale Somali Women's Group", "Roch Vale Homes",
            "Living Waters Fellowship", "Africa Families Forum", "Early Break", "Petrus", "Manchester Civil Justice Centre", "Tank",
            "Nugget", "k.dawg_ol11", "mc.ol10x", "reecey_darnhill", "Phuppo Jaan", "Ammi", "Nanna", "Dani [grandmother]", "Jaduong'",
            "Chaudhry", "our Lord", "Reer Hamar", "Luo", "Kenya", "Pakistan", "A.I.", "DM", "RVH-0041872", "14/DA/22871/26",
            "MASH/26/4417", "HSS/1", "11392", "Thurs", "August", "March 2021", "Tesco", "Snapchat", "fortnite", "Co-op hall",
            "Bonfire Night")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s141)


def test_the_counts():
    checks.counts(s141, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s141, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s141)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Urdu and Arabic script
    assert any("-" in name and name[0].isupper() for name in names)  # hyphenated names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Urdu script


def test_the_checks_can_fail():
    bad = ((s141.RECORD_E, [("bad", "Ring [[0161 946 221|phone]] about [[Faith|name]], [[Pastor Odera|name]], [[Brother Fred|name]],"
                                     " [[Doctor Lees|name]], [[Chaudhry Muhammad|name]] and [[Zafar bhai|name]] on"
                                     " [[Sunday 8 November|date]] in [[Kenya|place]] and [[Pakistan|place]].\n"
                                     "NHS [[541 162 7967|nhs]], UPN [[A354596620332|upn]], NI [[DQ 12 34 56 E|ni]]. Faith said no.")]),)
    found = s141.problems(bad, record_ids=["5411627967"], record_phones=["0161 946 221"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 0161 946 221" in p for p in found)
    for word in ("Pastor", "Brother", "Doctor", "Chaudhry"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("kinship word after a name" in p and "bhai" in p for p in found)
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Kenya", "Pakistan"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 541 162 7967" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Faith' is marked as a name elsewhere" in p for p in found)
