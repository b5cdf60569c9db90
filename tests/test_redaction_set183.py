"""Checks of the hand-written held-out redaction set 183 (bench/redaction_set183.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set183 as s183
from tests import hand_set_checks as checks

NAMES, TOTAL = 520, 914
HARD = (("SEARLE, Tyler", "name"), ("LAVIS, Gemma", "name"), ("TAPP, Lee", "name"), ("SHETTY, Prathiksha", "name"),
        ("BASTABLE, Oakley James", "name"), ("NORTHCOTT Kian", "name"), ("Oakley BASTABLE", "name"),
        ("Mel\nTremlett", "name"), ("Jacob\nFewings", "name"), ("Beverley\nSanders", "name"), ("K Dampier", "name"),
        ("O. Gerry", "name"), ("RHYS L", "name"), ("Rhys lavis", "name"), ("Ollie P", "name"), ("AIfie", "name"),
        ("VaI", "name"), ("ವೈಭವಿ", "name"), ("ಸಂದೇಶ್", "name"), ("Vaibhu", "name"), ("Deano", "name"), ("Dre", "name"),
        ("dre", "name"), ("tylers", "name"), ("callum", "name"), ("mikeys", "name"), ("roy", "name"), ("kelly rowsell", "name"),
        ("Tom Beer", "name"), ("Beer", "place"), ("Woolbrook", "place"), ("woolbrook", "place"), ("Millwey Rise", "place"),
        ("Kilmington", "place"), ("Feniton", "place"), ("feniton", "place"), ("Sidbury", "place"), ("Sidford", "place"),
        ("sidford", "place"), ("Udupi", "place"), ("Manipal", "place"), ("Bridp0rt", "place"), ("Taunt0n", "place"),
        ("Ottery St\nMary", "place"), ("Newton\nPoppleford", "place"), ("st thomas", "place"), ("withycombe", "place"),
        ("Exeter", "place"), ("2-118 Kunjibettu", "address"), ("Flat 3, 41 High Street", "address"),
        ("Lower Barn, Gore Lane", "address"), ("Higher Barn", "address"), ("no. 31", "address"), ("no 6", "address"),
        ("no. 11", "address"), ("no. 12", "address"), ("4 church st", "address"), ("Heavitree Rd", "address"),
        ("Union St", "address"), ("Fortfield\nCourt", "address"), ("576102", "postcode"), ("EX10 9NA", "postcode"),
        ("DT7 3TH", "postcode"), ("WOOLBROOK PRIMARY", "school"), ("Little Sidlings", "school"), ("Exeter College", "school"),
        ("Axe Valley", "school"), ("Ellen Tinkham", "school"), ("St John's", "school"), ("4th 0ct0ber", "date"),
        ("5/I0", "date"), ("7/1O/26", "date"), ("Easter 2025", "date"), ("13th\nNovember", "date"), ("the 12th", "date"),
        ("21st", "date"), ("September 30th", "date"), ("11.03.2017", "dob"), ("3 May 2026", "dob"), ("02/11/1949", "dob"),
        ("+91 94481 27305", "phone"), ("+91 820 252 3417", "phone"), ("01297 34 2718", "phone"), ("07731 294 508", "phone"),
        ("WK16 RZD", "vehicle"), ("WU19 HXT", "vehicle"), ("YF67 KPE", "vehicle"), ("WA62 OJN", "vehicle"),
        ("JT 48 21 65 C", "ni"), ("NE 71 03 48 B", "ni"), ("709 066 0214", "nhs"), ("9495049822", "nhs"),
        ("K878202409871", "upn"), ("Y878114103439", "upn"), ("mel.tremlett@togetherdevon.org.uk", "email"),
        ("rachbastable84@gmail.com", "email"))
UNMARKED = ("Honiton Surgery", "Blackmore Health Centre", "East Devon District Council", "Devon Carers", "Avon and Somerset",
            "Karnataka", "Dorset Police", "Honeylands", "the Benz line", "jonno_x7", "k1an.n", "lacey.b.xo", "Amma", "Appe",
            "ajji", "VS Y10", "the Swan", "Costa", "June 2025", "May 2027", "September 2027", "Bramble Ward", "Checkpoint",
            "Home-Start", "EDV/2026/188", "MP/26/4419", "sat 16:02", "home monday", "Royal Devon")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s183)


def test_the_counts():
    checks.counts(s183, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s183, HARD, UNMARKED)
