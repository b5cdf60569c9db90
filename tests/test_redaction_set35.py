"""Checks of the hand-written held-out redaction set 35 (bench/redaction_set35.py) that do not use the detector:
its marking passes its own checks, its size, and its hard cases."""

from bench import redaction_set35 as s35
from tests import hand_set_checks as checks

NAMES, TOTAL = 694, 1256
# names that are words or towns; scripts; short forms; odd formats
HARD = (("WHITEHOUSE, Kayden", "name"), ("HOLLIS, Dudley", "name"), ("Grainger,Tayla", "name"), ("GRANT, Nevaeh", "name"),
        ("GUEST, Tyler", "name"), ("Kayden WHITEHOUSE", "name"), ("Lacey-\nMae", "name"), ("Glenys\nHackett", "name"),
        ("Kayd en", "name"), ("G. Rollason", "name"), ("N Price", "name"), ("J Sidaway", "name"), ("Dudley", "name"),
        ("dudley hollis", "name"), ("Hope", "name"), ("hope", "name"), ("PARKES, Summer", "name"), ("Guest", "name"),
        ("Marj Round", "name"), ("Sedgley", "name"), ("Aston", "name"), ("Shirley", "name"), ("Deng", "name"), ("Garang", "name"),
        ("Tiz", "name"), ("Lacey", "name"), ("ty", "name"), ("kev", "name"), ("Shan", "name"), ("shan", "name"), ("aleena", "name"),
        ("Anwar", "name"), ("Madut", "name"), ("Senu Ara", "name"), ("Sanuara", "name"), ("Neveah", "name"), ("Kirst", "name"),
        ("Bhatti", "name"), ("Hale", "name"), ("Morton", "name"), ("رشیدہ", "name"), ("نور الامین", "name"), ("سینو", "name"),
        ("Thon\nMalual", "name"), ("MAJOK", "name"), ("Dudley", "place"), ("Wood", "place"), ("Quarry Bonk", "place"),
        ("Brierly Hill", "place"), ("brierley\nhill", "place"), ("great bridge", "place"), ("tividale", "place"), ("Scotlands", "place"),
        ("Bor", "place"), ("Kutupalong", "place"), ("Balukhali", "place"), ("Kakuma", "place"), ("কুতুপালং", "place"),
        ("Walsall", "place"), ("Stechford", "place"), ("Heath Town", "place"), ("Selayang", "place"), ("Ampang", "place"),
        ("Kireka", "place"), ("no. 11", "address"), ("no. 33", "address"), ("no 10", "address"), ("no. 16", "address"),
        ("Flat 57", "address"), ("flat 57", "address"), ("33", "address"), ("eleven", "address"), ("Nine Lichfield Avenue", "address"),
        ("31 cinder bank", "address"), ("Flat 9, 40 Tangmere\nDrive", "address"),
        ("Block C-7-3, Pangsapuri Sri Kenanga, Jalan Kenanga 4", "address"), ("Pangsapuri Sri Kenanga", "address"),
        ("Plot 14, Kireka Road", "address"), ("68100", "postcode"), ("Little Acorns\nNursery", "school"), ("Braybrook\nCentre", "school"),
        ("Braybrook", "school"), ("Smith's Wood", "school"), ("netherton cofe", "school"), ("Heath Park", "school"),
        ("Joseph Chamberlain", "school"), ("Twelfth of the eleventh ninety-seven", "dob"), ("3rd of September", "dob"), ("9th", "dob"),
        ("30 november", "dob"), ("01/01/1983", "dob"), ("3 march 85", "dob"), ("4 March\n2027", "date"), ("22", "date"), ("2nd", "dob"),
        ("16th", "date"), ("Nov 9", "date"), ("8th jan", "date"), ("20-21 November", "date"), ("Y-Ten, H-K-E", "vehicle"),
        ("YT10 HKE", "vehicle"), ("BK19 XUW", "vehicle"), ("+60 16-772 4810", "phone"), ("+880 1819 562 047", "phone"),
        ("+211 912 348 601", "phone"), ("+256 772 418 305", "phone"), ("NE 14 83 27 A", "ni"), ("852 524 6492", "nhs"),
        ("G332274727421", "upn"), ("jodiehadley90@hotmail.co.uk", "email"))
UNMARKED = ("Tipton Foodbank", "Walsall Manor Hospital", "Russells Hall", "New Cross", "Dudley Carers Network", "Brierley Hill Glass",
            "Low Hill\nCommunity Centre", "Chelmsley Wood Primary Care Centre", "Prestbury Medical Practice", "Atlantic House",
            "Merry Hill", "Drayton Manor", "Lodge Farm reservoir", "Aldersley Leisure Village", "Baggies", "Villa academy", "Juba Arabic",
            "Bruno", "Sandwell", "Malaysia", "Rakhine State", "South Sudan", "Bangladesh", "the Black Country",
            "Black Country Women's Aid", "whg", "St Giles Trust", "Change Grow Live", "Language Line", "Tame Brook", "Blythe Vale",
            "Rea Valley", "SMESTOW VALE", "Walsall Children's Services", "Dudley Children's Services", "St John's", "Mom:", "Abba:",
            "Nani:", "chacha", "bhai", "BM26F01184", "MISS/26/44187", "PLO/26/0917", "ID 44817", "Review no. 2")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s35)


def test_the_counts():
    checks.counts(s35, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s35, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s35)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Arabic script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # a camp in Bengali script
