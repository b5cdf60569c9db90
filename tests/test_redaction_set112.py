"""Checks of the hand-written held-out redaction set 112 (bench/redaction_set112.py) that do not use the detector:
its marking, its size, its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set112 as s112
from tests import hand_set_checks as checks

NAMES, TOTAL = 548, 1015
# names that are words or towns; scripts; short forms; odd formats
HARD = (("GILL, Ember", "name"), ("LIN, Xiaoyu", "name"), ("LIN Jianguo", "name"), ("CHEN\nMeiling", "name"), ("Shannon DAWSON", "name"),
        ("Lin Xiaoyu", "name"), ("Zheng Xiuying", "name"), ("G. Lumb", "name"), ("L Beevers", "name"), ("Rebecca\nMoxon", "name"),
        ("Joel\nArmitage", "name"), ("Tyler-Jay", "name"), ("Daisy-Mae", "name"), ("TJ", "name"), ("tj", "name"), ("fozzy", "name"),
        ("Fozzy", "name"), ("Big Tone", "name"), ("K-Dog", "name"), ("Morley", "name"), ("Morley", "place"), ("Skye", "name"),
        ("Poppy", "name"), ("Jade", "name"), ("Ember", "name"), ("Rook", "name"), ("Pickles", "name"), ("Bran", "name"),
        ("Kai Whit", "name"), ("Zosia", "name"), ("Kuba", "name"), ("Tomek", "name"), ("Aga", "name"), ("Staszka", "name"),
        ("Halinka", "name"), ("Paweł", "name"), ("Usy", "name"), ("Fati", "name"), ("Bev", "name"), ("Shan", "name"),
        ("Ah Keung", "name"), ("ah keung", "name"), ("ming", "name"), ("yvonne", "name"), ("kai", "name"), ("tina", "name"),
        ("bello", "name"), ("Binta", "name"), ("Bello", "name"), ("Pau1ine Hirst", "name"), ("A1fie", "name"), ("Ke11y", "name"),
        ("晓雨", "name"), ("陈美玲", "name"), ("林建国", "name"), ("郑秀英", "name"), ("浩然", "name"), ("张", "name"), ("عائشة", "name"),
        ("عثمان", "name"), ("فاطمة", "name"), ("Glassy", "place"), ("glassy", "place"), ("Cas", "place"), ("Ponte", "place"),
        ("pomfret", "place"), ("hightown", "place"), ("belle vue", "place"), ("leeds", "place"), ("fuzhou", "place"),
        ("Sosnowca", "place"), ("Katowic", "place"), ("福州", "place"), ("长乐", "place"), ("长乐区", "place"), ("Changle", "place"),
        ("Gyadi-Gyadi", "place"), ("Kano", "place"), ("South Elmsa11", "place"), ("Ba1by", "place"), ("South\nKirkby", "place"),
        ("Będzin", "place"), ("no. 9", "address"), ("no. 10", "address"), ("46", "address"), ("westgate", "address"),
        ("red hill avenue", "address"), ("ul. Mickiewicza 12/4", "address"), ("Mickiewicza 12/4", "address"),
        ("No. 14 Zoo Road", "address"), ("Zoo Road", "address"), ("首占镇新亭村32号", "address"), ("3 Cherry Tree\nWalk", "address"),
        ("Flanshaw Lane", "address"), ("41-200", "postcode"), ("350212", "postcode"), ("E1msall Beck", "school"),
        ("Minsthorpe", "school"), ("Little Acorns", "school"), ("Kinsley Fields\nPrimary School", "school"),
        ("Portobello Vale", "school"), ("Glasshoughton Park", "school"), ("Third of the ninth", "dob"), ("27 / 04 / 2011", "dob"),
        ("10月4日", "date"), ("Christmas Eve 2024", "date"), ("Boxing Day", "date"), ("12th", "date"), ("29", "date"), ("19", "date"),
        ("+48 32 254 71 90", "phone"), ("+48 601 472 389", "phone"), ("+86 591 8762 3345", "phone"), ("+234 803 614 2290", "phone"),
        ("0 7 4 4 6 9 2 0 1 3 5", "phone"), ("07307845562", "phone"), ("WU19 HNP", "vehicle"),
        ("Whiskey Uniform one nine Hotel November Papa", "vehicle"), ("YG71 KXO", "vehicle"), ("RB 52 08 94 C", "ni"),
        ("972 844 4338", "nhs"), ("X384218412177", "upn"), ("yvonne.lin2011@icloud.com", "email"))
UNMARKED = ("Went Valley Council", "Park Lodge Surgery", "Castleford Civic Centre", "Turning Point", "Glasshoughton Xscape",
            "Kirkgate station", "Co-op", "Pinderfields Hospital", "HMP New Hall", "Frickley Colliery", "Moorthorpe Surgery",
            "Leeds Crown Court", "Hemsworth Family Centre", "WAKEFIELD DISTRICT FOOD BANK", "the Golden Bay", "Hemsworth Medical Centre",
            "Hemsworth Miners Welfare", "University of Huddersfield", "the Judge at Wakefield", "Tata", "Mama", "Babcia", "Wujek",
            "Jie Jie", "Kaka", "Mummy", "Hajiya", "Malam", "老师", "阿姨", "奶奶", "HH", "OP", "Poland", "China", "Nigeria", "Fujian",
            "West Yorkshire", "Ryanair", "GamCare", "Language Line", "Catch22", "MOPS", "WDF-88417", "MFH/26/17702", "CIN/26/30912",
            "13260198722", "NRPSI 30217", "SJUH", "Operation Encompass", "Programme Precision")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s112)


def test_the_counts():
    checks.counts(s112, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s112, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s112)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Chinese characters and in Ajami
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Chinese characters


def test_the_checks_can_fail():
    bad = ((s112.RECORD_E, [("bad", "Ring [[0161 946 221|phone]] about [[Kuba|name]], [[Babcia Halina|name]], [[Wujek Paweł|name]],"
                                     " [[Hajiya Binta|name]], [[Malam Bello|name]], [[Tata Tomek|name]], [[Nainai Zheng|name]] and"
                                     " [[Wei Zhang 老师|name]] on [[Sunday 8 November|date]] in [[Poland|place]], [[China|place]],"
                                     " [[Fujian|place]], [[Nigeria|place]] and [[West Yorkshire|place]].\n"
                                     "NHS [[541 162 7967|nhs]], UPN [[A384289218683|upn]], NI [[DQ 12 34 56 E|ni]]. Kuba said no.")]),)
    found = s112.problems(bad, record_ids=["5411627967"], record_phones=["0161 946 221"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 0161 946 221" in p for p in found)
    for word in ("Babcia", "Wujek", "Hajiya", "Malam", "Tata", "Nainai"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("kinship word after a name" in p and "老师" in p for p in found)
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Poland", "China", "Fujian", "Nigeria", "West Yorkshire"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 541 162 7967" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Kuba' is marked as a name elsewhere" in p for p in found)
