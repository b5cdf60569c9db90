"""Checks of the hand-written held-out redaction set 110 (bench/redaction_set110.py) that do not use the detector:
its marking passes its own checker, its size, its own hard cases and failing checks (the checks every set shares are in
test_redaction_hand_sets.py)."""

from bench import redaction_set110 as s110
from tests import hand_set_checks as checks

NAMES, TOTAL = 643, 1116
# names that are towns or words; scripts; short forms; odd formats
HARD = (("BIRTLES, Kayden", "name"), ("MARPLE, Tayla", "name"), ("HAGHANDOQA, Nafset", "name"), ("Greenhalgh, Oliver", "name"),
        ("Bredbury, Hannah", "name"), ("J. Howarth", "name"), ("S. P. Marip", "name"), ("Lacey M", "name"), ("TAYLA", "name"),
        ("MAQNUS", "name"), ("KAI BISC0E", "name"), ("Marip Zau Tu", "name"), ("N'Hkum Lu Ra", "name"), ("Zau Tu", "name"),
        ("Seng Pan", "name"), ("MARIP", "name"), ("Marip", "name"), ("أنزور", "name"), ("فاطمة", "name"), ("ဇော်တူ", "name"),
        ("စိုင်းပန်", "name"), ("Mette Kjærgaard", "name"), ("KJÆRGAARD", "name"), ("METTE KJAERGAARD", "name"), ("Biscuit", "name"),
        ("Pops", "name"), ("Taz", "name"), ("Kayd", "name"), ("Hazel Grove", "name"), ("Hazel Grove", "place"), ("Romiley", "name"),
        ("Romiley", "place"), ("Brinnington", "place"), ("Naomi Brinnington", "name"), ("Gatley", "name"), ("Gatley", "place"),
        ("Olivia Reddish", "name"), ("Reddish", "place"), ("Offerton", "name"), ("Offerton", "place"), ("Woodley", "place"),
        ("Becky Woodley", "name"), ("Bredbury", "name"), ("Bredbury", "place"), ("Heaton", "name"), ("Heaton Mersey", "place"),
        ("Hope", "name"), ("Hope", "place"), ("Marple", "place"), ("marple", "name"), ("Sian Marple", "name"), ("Cheadle", "place"),
        ("Ryan Cheadle", "name"), ("Hyde", "name"), ("Darren Hulme", "name"), ("Cheadle Hulme", "place"), ("cheadle hulme", "place"),
        ("Cheadle\nHeath", "place"), ("KL", "place"), ("brinny", "place"), ("heat0n norris", "place"), ("0fferton", "place"),
        ("stockp0rt", "place"), ("Heald Gm", "place"), ("STOCKPORT", "place"), ("Kfar Kama", "place"), ("Wadi as-Sir", "place"),
        ("wadi seer", "place"), ("Myitkyina", "place"), ("Trøjborg", "place"), ("Aarhus C", "place"), ("Kharkiv", "place"),
        ("Castleton", "place"), ("Trafford Park", "place"), ("Flat 7", "address"), ("Wingate House", "address"),
        ("40 Lancashire Hill", "address"), ("Frederiksgade 41, 3. th.", "address"), ("23 Outw0od Rd", "address"),
        ("Kenyon Lane", "address"), ("Wellington Rd N", "address"), ("Wellington\nRd North", "address"), ("Garners\nLane", "address"),
        ("grenville st", "address"), ("lisburne", "address"), ("no. 16", "address"), ("number 48", "address"), ("no 17", "address"),
        ("8000", "postcode"), ("alex park school", "school"), ("Stockport\nCollege", "school"),
        ("Little Acorns at\nHeaton Norris", "school"), ("Banks Lane", "school"), ("Katrinebjergskolen", "school"), ("٢٠/١٠", "date"),
        ("15. november 2026", "date"), ("October 4, 2026", "date"), ("2025-11-20", "date"), ("5th", "date"), ("11th", "date"),
        ("8th", "date"), ("5 nov", "date"), ("21-05-2013", "dob"), ("27/01/14", "dob"), ("30 Jul 2026", "dob"),
        ("+95 9 450 312 786", "phone"), ("+962 6 552 3816", "phone"), ("+972 4 676 2215", "phone"), ("+45 86 12 44 90", "phone"),
        ("+1 260 515 4472", "phone"), ("0161 451 1614", "phone"), ("ma19 kzp", "vehicle"), ("BK68 XRH", "vehicle"),
        ("JT 26 81 44 B", "ni"), ("641 866 6380", "nhs"), ("M356076720533", "upn"), ("pastor.laawng@kachinchurchgm.org.uk", "email"))
UNMARKED = ("Stockport Homes", "STOCKPORT NHS FOUNDATION TRUST", "STEPPING HILL HOSPITAL", "Manchester Airport",
            "Manchester Civil Justice Centre", "Edgeley Library", "Adswood Medical Practice", "Bredbury Medical Centre",
            "CASTLE STREET MEDICAL CENTRE", "Vale View Surgery", "Fred Perry House", "Stopford House", "Kingsway Juniors",
            "Speedy Hand Car Wash", "Kachin Baptist Fellowship", "St Paul's", "Merseyway", "edgeley park",
            "IN THE FAMILY COURT AT STOCKPORT", "Tameside", "Derbyshire", "Kachin State", "Malaysia", "Jordan", "Israel", "Denmark",
            "Danmark", "Indiana", "Greater Manchester", "jace.x.mcr", "taz_4life", "JACE.X.MCR", "mormor", "fru", "Dwi", "Wa (dad)",
            "Rev.", "21877", "30442", "GMC 7065432", "S2461187", "SK26P00412", "MFH/26/118240", "IDVA-26-0917", "the 203", "the 383",
            "Christmas", "Kestrels", " - OR")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s110)


def test_the_counts():
    checks.counts(s110, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s110, HARD, UNMARKED, split=("name", "address", "place", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s110)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Arabic and Burmese script
    assert any(words.islower() for words, k in spans if k == "school")


def test_the_checks_can_fail():
    bad = ((s110.RECORD_C, [("bad", "Ring [[0161 946 221|phone]] about [[Seng Pan|name]], [[Rev. La Awng|name]],"
                                     " [[Sr Jo Kinder|name]], [[fru Offerton|name]], [[Nan Tracy|name]], [[DC Mark Romiley|name]]"
                                     " on [[Sunday 8 November|date]] in [[Kachin State|place]], [[Jordan|place]],"
                                     " [[Denmark|place]] and [[Derbyshire|place]].\n"
                                     "NHS [[641 866 6381|nhs]], UPN [[A356035958463|upn]], NI [[DQ 12 34 56 E|ni]]."
                                     " Seng said no.")]),)
    found = s110.problems(bad, record_ids=["6418666381"], record_phones=["0161 946 221"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 0161 946 221" in p for p in found)
    for word in ("Rev.", "Sr", "fru", "Nan", "DC"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Kachin State", "Jordan", "Denmark", "Derbyshire"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 641 866 6381" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Seng' is marked as a name elsewhere" in p for p in found)
