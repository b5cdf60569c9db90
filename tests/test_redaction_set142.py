"""Checks of the hand-written held-out redaction set 142 (bench/redaction_set142.py) that do not use the detector:
its marking's problems, its size, its own hard cases and its unmarked organisations and landmarks."""

from bench import redaction_set142 as s142
from tests import hand_set_checks as checks

NAMES, TOTAL = 575, 1010
# names that are words or towns; scripts; short forms; odd formats
HARD = (("HUTCHINSON, Kai", "name"), ("GRAINGER, Alfie", "name"), ("TODD, Esmae", "name"), ("Kai HUTCHINSON", "name"),
        ("Mia-Rose", "name"), ("mia rose", "name"), ("shelb", "name"), ("craig", "name"), ("kev", "name"), ("R. Bell", "name"),
        ("Carol\nBell", "name"), ("Stan", "name"), ("Har1ey", "name"), ("D. Stan1ey", "name"), ("summer m", "name"), ("tyler g", "name"),
        ("deano", "name"), ("brooke", "name"), ("Summer", "name"), ("Hope", "name"), ("Hopey", "name"), ("Ria Close", "name"),
        ("Jayden Hall", "name"), ("Kayleigh Dent", "name"), ("Dent", "name"), ("Mark Raw", "name"), ("Simon Lamb", "name"),
        ("Spark", "name"), ("Nadia Kirk", "name"), ("Sherpa", "name"), ("Chloe Smith", "name"), ("Dobbing", "name"), ("Jess", "name"),
        ("o'brien", "name"), ("lhamu", "name"), ("chhiring", "name"), ("तेन्जिङ", "name"), ("लाक्पा", "name"), ("पेम्बा", "name"),
        ("ኣሪየት", "name"), ("ኣሪየት ኦሞት", "name"), ("Ojulu Obang Ochan", "name"), ("Agwa OJULU", "name"), ("Okwier", "name"),
        ("Rai", "name"), ("OMOT, Ariet", "name"), ("DOBSON-WARD, Riley", "name"), ("ROBSON, Tayla-Mae", "name"), ("alfie", "name"),
        ("Reading", "place"), ("Queens", "place"), ("New York", "place"), ("Namche Bazaar", "place"), ("+1 718 205 4416", "phone"),
        ("Branksome", "place"), ("Hurworth", "place"), ("middleton", "place"), ("eaglescliffe", "place"), ("darlo", "place"),
        ("Bishop", "place"), ("boro", "place"), ("Boro", "place"), ("Bank Top", "place"), ("Firthmoor", "place"), ("Aycliffe", "place"),
        ("Newton Ayc1iffe", "place"), ("Shi1don", "place"), ("Sedge-\nfield", "place"), ("Agnew", "place"), ("simpasture", "place"),
        ("Woodham", "place"), ("Harrowgate Hill", "place"), ("harrowgate hill", "place"), ("Khumjung", "place"), ("खुम्जुङ", "place"),
        ("बौद्ध", "place"), ("Boudha", "place"), ("Kathmandu", "place"), ("Gambella", "place"), ("ጋምቤላ", "place"), ("Kakuma", "place"),
        ("Pinyudo", "place"), ("Abobo", "place"), ("no. 25", "address"), ("no. 11", "address"), ("Flat 1", "address"), ("57", "address"),
        ("cleveland ave", "address"), ("hardwick rd", "address"), ("north rd", "address"), ("Flat 2 30 Nevi11e Parade", "address"),
        ("12 Redwe11 Court", "address"), ("grindon ct", "address"), ("Denmark Street", "address"), ("Haughton\nAcademy", "school"),
        ("Dodmire", "school"), ("Woodham Burn", "school"), ("Longfield", "school"), ("Branksome Brook", "school"),
        ("St Mark's", "school"), ("2nd", "date"), ("10th", "date"), ("14 / 03 / 2011", "dob"), ("01/01/1979", "dob"),
        ("02/03/2005", "dob"), ("22nd", "date"), ("+977 985 1028 447", "phone"), ("+977 1 4372 915", "phone"),
        ("+254 712 408 395", "phone"), ("+251 91 138 4702", "phone"), ("+251 47 551 0284", "phone"), ("O7519 264 830", "phone"),
        ("NA61 ..", "vehicle"), ("NA61 KZP", "vehicle"), ("NK19 WVD", "vehicle"), ("YH67 OTP", "vehicle"), ("NH 27 55 31 C", "ni"),
        ("SP 61 07 44 D", "ni"), ("488 768 8083", "nhs"), ("Y841282093219", "upn"), ("s.obrien@dodmire.darlington.sch.uk", "email"))
UNMARKED = ("Darlington Assist", "Darlington Memorial Hospital", "Durham Constabulary", "Iron Horse", "Aycliffe Business Park",
            "Aycliffe Juniors", "Hardwick Park", "Moore Lane park", "Rise Carr centre", "Simpasture playing fields",
            "north rd retail park", "Greenfield Way Medical Centre", "James Cook University Hospital", "Royal Victoria Infirmary",
            "Himalayan Kitchen", "Kyidug", "St Cuthbert's church hall", "Firthmoor Dental", "Parkgate Family Practice",
            "Denmark Street Surgery", "Freedom from Torture", "Timothy Hackworth school", "the Skerne", "Solukhumbu", "Sherwi", "Anywaa",
            "Anuak", "Nepal", "Kenya", "Bruno", "Kevin", "Tyson", "Ama", "ama-la", "aunty", "Pastor", "deano_dl1", "summ3r.x",
            "lazenbabe_07", "DW initials", "Note by OC", "JT/CP/26/1187", "GMC 7145526", "D2261409", "3318", "log 0441", "Life360",
            "dolphin centre", "darlo memorial", "Teesside airport", "Lhotse", "hitachi")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s142)


def test_the_counts():
    checks.counts(s142, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s142, HARD, UNMARKED, split=("name", "place", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s142)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Devanagari and Ge'ez script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Devanagari and Ge'ez
