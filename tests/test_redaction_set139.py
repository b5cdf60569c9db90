"""Checks of the hand-written held-out redaction set 139 (bench/redaction_set139.py) that do not use the detector:
its marking has no problems, its size, its own hard cases and the organisations and landmarks it leaves unmarked."""

from bench import redaction_set139 as s139
from tests import hand_set_checks as checks

NAMES, TOTAL = 511, 930
# names that are words or towns; scripts; short forms; odd formats
HARD = (("DOYLE, Tyler", "name"), ("DOYLE, Skye", "name"), ("REID-OKAFOR, Kai", "name"), ("BAINES, Alfie-Ray", "name"),
        ("HUSSAIN, Aleena", "name"), ("TAN Wei Jie Ethan", "name"), ("Tyler Doy1e", "name"), ("J Burr", "name"), ("Mia H", "name"),
        ("Liam G", "name"), ("K Abeyratne", "name"), ("Paula\nGentry", "name"), ("Jason\nTan", "name"), ("Gadija\nSalie", "name"),
        ("a Mara", "name"), ("Jay", "name"), ("KJ", "name"), ("kj", "name"), ("Bigz", "name"), ("Baldy", "name"), ("Royston", "name"),
        ("Royston Clarke", "name"), ("Sharon Hatfield", "name"), ("Kirst", "name"), ("kirst", "name"), ("gaz", "name"), ("tyler", "name"),
        ("zaid davids", "name"), ("kowalczyk", "name"), ("aleena", "name"), ("hussain", "name"), ("Fatiema", "name"), ("Brahim", "name"),
        ("陈", "name"), ("Tan", "name"), ("伟杰", "name"), ("陈伟杰", "name"), ("美玲", "name"), ("文杰", "name"), ("علینہ", "name"),
        ("عثمان", "name"), ("Harriet Osei-Bonsu", "name"), ("Ethan Wei Jie TAN", "name"), ("Tan Boon Keat", "name"),
        ("Lim Mei Ling", "name"), ("Khoo Siew Choo", "name"), ("Royston", "place"), ("Hatfield", "place"), ("Baldock", "place"),
        ("Great\nAshby", "place"), ("great ashby", "place"), ("Letchworth Garden\nCity", "place"), ("knebworth", "place"),
        ("bedford", "place"), ("STEVENAGE", "place"), ("KL", "place"), ("Penang", "place"), ("槟城", "place"), ("亚依淡", "place"),
        ("Air Itam", "place"), ("میرپور", "place"), ("ڈڈیال", "place"), ("dadyal", "place"), ("Bo-Kaap", "place"), ("Athlone", "place"),
        ("Mitchells Plain", "place"), ("cape town", "place"), ("well win", "place"), ("Leagrave", "place"), ("whizz den road", "address"),
        ("Midland\nRoad", "address"), ("Walsworth\nRoad", "address"), ("23 Jalan Air Itam", "address"), ("14 Wale St", "address"),
        ("Flat 3, 58 Jackmans Place", "address"), ("58 Jackmans Place, Flat 3", "address"), ("26 woolgrove rd", "address"),
        ("kotli road", "address"), ("11500", "postcode"), ("8001", "postcode"), ("SHEPHALL MEADOWS PRIMARY SCH0OL", "school"),
        ("Little Owls Nursery", "school"), ("mary exton", "school"), ("north herts\ncollege", "school"), ("Marriotts", "school"),
        ("HITCHIN GIRLS' SCHOOL", "school"), ("2S/11/26", "date"), ("17\nNovember", "date"), ("مارچ ١٧", "date"), ("14th Nov", "date"),
        ("03-Aug-2026", "dob"), ("9.3.2012", "dob"), ("29th", "date"), ("8th", "date"), ("+92 5827 444318", "phone"),
        ("+92 300 5217 846", "phone"), ("+60 12-478 3915", "phone"), ("+27 21 633 4182", "phone"), ("+27 72 318 5560", "phone"),
        ("562 894 7377", "nhs"), ("5628947377", "nhs"), ("L919329414641", "upn"), ("D919244518617", "upn"), ("SH 27 93 61 B", "ni"),
        ("WL 36 58 04 A", "ni"), ("LR68 XKT", "vehicle"), ("SD15 WKV", "vehicle"), ("KN19 FXR", "vehicle"),
        ("sofia.marchetti2012@outlook.com", "email"))
UNMARKED = ("Stevenage FC", "Stevenage Haven", "Stevenage Borough Council", "Stevenage Youth Council",
            "Stevenage Arts and Leisure Centre", "Bedford\nBorough Council", "Bedford Borough CSC", "Bedwell Clinic",
            "Bedwell Community Centre", "Chells Surgery", "Birchwood Surgery", "Portmill Surgery", "Hitchin Cricket Club",
            "Pin Green Rovers", "Hertfordshire Constabulary", "Karma Nirvana", "Westgate Centre", "Butts Close", "the forum",
            "the long ship", "Biscuit", "Tank", "Pops", "阿嬷", "Ah Ma", "Ammi", "Abbu", "Boeta", "Chacha", "Khala", "Madam",
            "Pulau Pinang", "pakistan", "kai_r11", "@jrome.lvl", "@nia_reid15", "@usman_dadyal786", "@amara_xo", "MISPER 41/26/118204",
            "2611/044", "0800 6444 101", "ID 44810", "Lea Valley")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s139)


def test_the_counts():
    checks.counts(s139, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s139, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s139)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Chinese and Urdu script
    assert any("-" in name and name[0].isupper() for name in names)  # hyphenated names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Chinese and Urdu script
