"""Checks of the hand-written held-out redaction set 68 (bench/redaction_set68.py) that do not use the detector:
its marking is clean, its size, its own hard cases and the strings it leaves unmarked (the checks every set shares are in
test_redaction_hand_sets.py)."""

from bench import redaction_set68 as s68
from tests import hand_set_checks as checks

NAMES, TOTAL = 486, 918
# names that are words or towns; scripts; short forms; odd formats
HARD = (("PRYOR, Alfie", "name"), ("FALEOLO, Sione", "name"), ("WIN, Thandar", "name"), ("GURNEY Kayleigh", "name"),
        ("Lewis STANNARD", "name"), ("Jade LOVELL", "name"), ("Ivy MAYHEW", "name"), ("Dennis Bedford", "name"), ("D. Bedford", "name"),
        ("Becky Lane", "name"), ("Ivy", "name"), ("ivy", "name"), ("Pearl", "name"), ("Jean", "name"), ("Kai", "name"), ("JJ", "name"),
        ("Sefa", "name"), ("su myat", "name"), ("zaw", "name"), ("khin", "name"), ("Myint Myint", "name"), ("jord", "name"),
        ("lew", "name"), ("shan", "name"), ("nicky", "name"), ("alfies", "name"), ("ifeanyi", "name"), ("Kerry-Ann Walsh", "name"),
        ("သန္တာဝင်း", "name"), ("ထက်အောင်", "name"), ("စုမြတ်", "name"), ("Zaw Min Oo", "name"), ("Bedford", "place"),
        ("Kempston", "place"), ("kempston", "place"), ("Wootton", "place"), ("Fishermead", "place"), ("Conniburrow", "place"),
        ("Hlaing Thar Yar", "place"), ("Yangon", "place"), ("yangon", "place"), ("Mandalay", "place"), ("MK", "place"),
        ("Linslade", "place"), ("Linslade", "place"), ("Leighton Buzzard", "place"), ("Leighton", "place"), ("Heath and Reach", "place"),
        ("Vaitele", "place"), ("Apia", "place"), ("Faleasi'u", "place"), ("Houghton Regis", "place"), ("Parkside", "place"),
        ("Marsh Farm", "place"), ("marsh farm", "place"), ("goldington", "place"), ("Mandeville", "place"), ("Torrevieja", "place"),
        ("torrevieja", "place"), ("stony", "place"), ("Stony Stratford", "place"), ("Old Wolverton", "place"),
        ("56 tithe farm rd", "address"), ("Tithe Farm Rd", "address"), ("58", "address"), ("24", "address"), ("2", "address"),
        ("no 9", "address"), ("keeley lane", "address"), ("Venturer Gate", "address"), ("leagrave high st", "address"),
        ("Leagrave High\nStreet", "address"), ("Flat 3, 41 Ampthill Road", "address"), ("27 windsor st", "address"),
        ("tithe\nfarm primary", "school"), ("radcliffe", "school"), ("OAKGROVE SCHOOL", "school"), ("Southcott Lower", "school"),
        ("Biddenham", "school"), ("30th of March", "dob"), ("14.08.2024", "dob"), ("the 18th", "date"), ("the 22nd", "date"),
        ("7th", "date"), ("20th", "date"), ("Thurs 15 Oct", "date"), ("+95 9 421 735 608", "phone"), ("+34 612 48 73 95", "phone"),
        ("+1 876 552 9134", "phone"), ("JT 48 21 76 B", "ni"), ("SK 73 05 19 C", "ni"), ("KX19 BWD", "vehicle"), ("LR70 KXD", "vehicle"),
        ("798 180 4787", "nhs"), ("X826278844368", "upn"), ("H823487892881", "upn"), ("tavita.leavasa@gmail.com", "email"))
UNMARKED = ("Kempston Hub", "Bedford Hospital", "Luton and Dunstable Hospital", "Wolverton Health Centre", "Fishermead Medical Centre",
            "Harpur Centre", "Linslade Congregational Christian Church of Samoa", "amazon marston gate", "L&D A&E", "Salvation Army",
            "Bedfordshire Police", "Tyson", "Mae Mae", "Phwar Phwar", "Tama", "Tina", "Daw", "Central Beds", "Samoa", "Jamaica", "spain",
            "kai.lt0n", "LF", "reg. no. 22910", "HR-4471", "Snapchat", "CAMHS")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s68)


def test_the_counts():
    checks.counts(s68, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s68, HARD, UNMARKED, split=("name", "address", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s68)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Burmese script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
