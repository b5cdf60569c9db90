"""Checks of the hand-written held-out redaction set 181 (bench/redaction_set181.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set181 as s181
from tests import hand_set_checks as checks

NAMES, TOTAL = 486, 907
HARD = (("BUDD, Harley", "name"), ("KHAWBUNG, Lalrinpuii", "name"), ("STENKA, Dawid", "name"), ("GĄSIENICA Marta", "name"),
        ("MALIK, Ayaan Imran", "name"), ("Kacper B", "name"), ("Mark\nWheeler", "name"), ("Nasreen\nMalik", "name"),
        ("نسرین ملک", "name"), ("Tomasz Chowaniec", "name"), ("Łukasz", "name"), ("Puii", "name"), ("puii", "name"),
        ("Khawbung", "name"), ("Mawia", "name"), ("Biaki", "name"), ("Zuzia", "name"), ("Dazza", "name"), ("Teg", "name"),
        ("tegan k", "name"), ("harley", "name"), ("kayleigh", "name"), ("june", "name"), ("hollis", "name"),
        ("Connor", "name"), ("Rose Baker", "name"), ("Rose", "name"), ("Reading", "place"), ("reading", "place"),
        ("Lindfield", "place"), ("Franklands Village", "place"), ("franklands", "place"), ("Bolnore Village", "place"),
        ("Brookleigh", "place"), ("Scaynes\nHill", "place"), ("Haywards\nHeath", "place"), ("burgess hill", "place"),
        ("Burgess HilI", "place"), ("Aizawl", "place"), ("Nowy Targ", "place"), ("Kraków", "place"), ("Ansty", "place"),
        ("Three Bridges", "place"), ("three bridges", "place"), ("12 Sunnywood\nDrive", "address"),
        ("House No. 41, Chanmari West", "address"), ("ul. Kolejowa 12", "address"), ("no. 25", "address"),
        ("no 8", "address"), ("Plot 9", "address"), ("glebe rd", "address"), ("Appledore Gardens", "address"),
        ("796007", "postcode"), ("34-400", "postcode"), ("Sheddingdean", "school"), ("warden park", "school"),
        ("Chailey Heritage", "school"), ("London Meed", "school"), ("l2.11.2O26", "date"), ("1st\nNovember", "date"),
        ("Christmas Day\n2024", "date"), ("the 12th", "date"), ("18", "date"), ("22 May", "date"), ("7th", "date"),
        ("02.06.2019", "dob"), ("30.01.2011", "dob"), ("+91 98201 45367", "phone"), ("+48 601 234 567", "phone"),
        ("+48 18 264 23 45", "phone"), ("KX19 FWD", "vehicle"), ("GK68 ZTU", "vehicle"), ("SP 27 61 04 B", "ni"),
        ("619 482 7319", "nhs"), ("5731049289", "nhs"), ("B938201304117", "upn"), ("K938206651339", "upn"),
        ("hannah.gorringe@nhs.net", "email"))
UNMARKED = ("Mizoram", "Hmar Christian Fellowship", "Brookleigh Surgery", "Bolnore Village Pharmacy", "Cuckfield Medical Practice",
            "Newtons Practice", "Safe Space Sussex", "MID SUSSEX DISTRICT COUNCIL", "Health Visiting Team", "Princess Royal",
            "Gatwick", "roccoboy_44", "poppzz.x", "P.V.", "A.M.", "T.K.", '("T")', "Pa:", "Nu:", "babcia", "tata",
            "Chhungkaw", "the A23", "racecourse", "Sundays", "June 2023", "2020-2021", "TK/Y8/ATT", "Oaklands", "Pathian")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s181)


def test_the_counts():
    checks.counts(s181, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s181, HARD, UNMARKED)
