"""Checks of the hand-written held-out redaction set 126 (bench/redaction_set126.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set126 as s126
from tests import hand_set_checks as checks

NAMES, TOTAL = 579, 1031
# names that are words or towns; scripts; short forms; odd formats
HARD = (("TUNSTALL, Ellie-Mae", "name"), ("HALLIWELL, Jordan", "name"), ("AL-HARTHY, Hamad", "name"), ("Tyler HODGSON", "name"),
        ("Breesha KINVIG", "name"), ("Dezmond CARR", "name"), ("CARR", "name"), ("P Crozier", "name"), ("B. Wake", "name"),
        ("N. Dixon", "name"), ("Kayleigh Louise", "name"), ("Neecy T", "name"), ("Dezzy", "name"), ("jord", "name"),
        ("ellie mae", "name"), ("kyle", "name"), ("irene", "name"), ("Hope", "name"), ("hope", "name"), ("Brad Hope", "name"),
        ("Hope Robson", "name"), ("Chester", "name"), ("chester", "name"), ("Douglas Quayle", "name"), ("dougie", "name"),
        ("Brooke", "name"), ("Skye", "name"), ("Leanne Wake", "name"), ("Gerry\nPalmer", "name"), ('Gary "Gaz" Lister', "name"),
        ("Shah", "name"), ("Sofía", "name"), ("سالم الحارثي", "name"), ("منى\nالبلوشي", "name"), ("زينب", "name"), ("عائشة", "name"),
        ("أوين تيت", "name"), ("Chester-le-Street", "place"), ("Douglas", "place"), ("Peel", "place"), ("Ramsey", "place"),
        ("Philadelphia", "place"), ("dugliss", "place"), ("shiny row", "place"), ("Fence-\nhouses", "place"), ("darlo", "place"),
        ("houghton", "place"), ("Hetton", "place"), ("Shiney", "place"), ("مسقط", "place"), ("صور", "place"), ("tenerife", "place"),
        ("Benidorm", "place"), ("Al Khuwair", "place"), ("Pulrose", "place"), ("Washington", "place"), ("Durham", "place"),
        ("Sunderland", "place"), ("Way 3015, House 27", "address"), ("Calle Gerona 14, 3B", "address"), ("03503", "postcode"),
        ("IM5 1AX", "postcode"), ("Front Street", "address"), ("station rd", "address"), ("Grasswell", "address"), ("no. 22", "address"),
        ("22", "address"), ("no 7", "address"), ("no. 10", "address"), ("larkspur", "school"), ("Larkspur", "school"),
        ("Coalfields", "school"), ("Ballacottier", "school"), ("Ballacottier Primary", "school"), ("HOLLINS RIDGE ACADEMY", "school"),
        ("Little Acorns", "school"), ("٢٠ ديسمبر", "date"), ("١٥ ديسمبر", "date"), ("14th", "date"), ("12th", "date"), ("21", "date"),
        ("2026-11-06", "date"), ("4 dec", "date"), ("15th nov", "date"), ("27.10.26", "date"), ("03.04.2012", "dob"), ("9.2.1995", "dob"),
        ("+968 9231 4470", "phone"), ("+968 2456 1183", "phone"), ("+34 611 482 937", "phone"), ("+34 965 86 42 17", "phone"),
        ("+44 1624 686 279", "phone"), ("07624 483217", "phone"), ("07946513872", "phone"), ("01624 672 914", "phone"),
        ("909 973 2775", "nhs"), ("W394490221439", "upn"), ("NR 52 73 19 B", "ni"), ("NK19 ZPW", "vehicle"), ("NL67 HDX", "vehicle"),
        ("NU16 KWB", "vehicle"), ("NX20 JVO", "vehicle"), ("c.kneale@gov.im", "email"),
        ("salim.alharthy@research.sunderland.ac.uk", "email"))
UNMARKED = ("Sunderland Royal Hospital", "Galleries Health Centre", "Penshaw Medical Practice", "Noble's Hospital", "HMP Low Newton",
            "Sunderland County Court", "Hetton Amateur Boxing Club", "Go North East", "Steam Packet", "Nissan", "Hetton Lyons",
            "Glebe Park", "Wetland Centre", "the Levante end", "Isle of Man", "the Island", "Oxclose Surgery", "Grangewood Surgery",
            "Penshaw Community Centre", "Washington Mosque", "Millfield Family Hub", "Wearside Women in Need", "Hetton Medical Group",
            "University of Sunderland", "Jet2", "Tank", "Bruno", "Sooty", "DONT ANSWER", "ty.hodgo12", "dezz_2k5", "skyeyyy.h",
            "Nov 2023", "September 2024", "Baba", "Mama", "Jaddah", "Umm", "RO", "JH/04", "MASH-26-118803")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s126)


def test_the_counts():
    checks.counts(s126, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s126, HARD, UNMARKED, split=("name", "address", "place"))


def test_its_own_hard_cases():
    spans = checks.spans(s126)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Arabic script
    assert any("-" in name and name[0].isupper() for name in names)  # hyphenated names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Arabic script
