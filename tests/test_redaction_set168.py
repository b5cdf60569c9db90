"""Checks of the hand-written held-out redaction set 168 (bench/redaction_set168.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set168 as s168
from tests import hand_set_checks as checks

NAMES, TOTAL = 530, 903
# names that are words or towns; scripts; short forms; odd formats
HARD = (("Feather, Kayden", "name"), ("HUSSAIN, Aleena", "name"), ("PICKLES, Gemma Louise", "name"), ("CLOUGH, Tyler-Jay", "name"),
        ("INGHAM, Ivy", "name"), ("Kayden FEATHER", "name"), ("Isatu SESAY", "name"), ("Brenda\nWhitaker", "name"),
        ("Amber-Rose", "name"), ("amber rose", "name"), ("Tyler-Jay", "name"), ("Lily-Mae", "name"), ("TJ", "name"), ("tj", "name"),
        ("Lina", "name"), ("Fatu", "name"), ("Momo", "name"), ("Situ", "name"), ("Bikky", "name"), ("bikky", "name"), ("mase", "name"),
        ("Kirst", "name"), ("Mitch", "name"), ("Bomber", "name"), ("bomber", "name"), ("Deano", "name"), ("Den", "name"), ("den", "name"),
        ("Ivy", "name"), ("ivy", "name"), ("Dawn", "name"), ("Grace", "name"), ("Feather", "name"), ("Ellie Sunderland", "name"),
        ("Shipley", "place"), ("Sam Craven", "name"), ("Rashida Begum", "name"), ("Z. Bibi", "name"), ("J Lister", "name"),
        ("M Hirst", "name"), ("E Sunderland", "name"), ("H Moorhouse", "name"), ("Ram Bahadur", "name"),
        ("Ram Bahadur Chaudhary", "name"), ("sandra", "name"), ("kirsty", "name"), ("craig", "name"), ("moorhouse", "name"),
        ("علینہ", "name"), ("زبیدہ بی بی", "name"), ("सीता", "name"), ("बिकास", "name"), ("Alusine", "name"), ("Adeel", "name"),
        ("Aarav", "name"), ("کیگلی", "place"), ("long lee", "place"), ("riddlesden", "place"), ("bingley", "place"),
        ("saltaire", "place"), ("utley", "place"), ("haworth", "place"), ("cross roads", "place"), ("braithwaite", "place"),
        ("Cross Roads", "place"), ("Thwaites", "place"), ("Thwaites Brow", "place"), ("Little\nHorton", "place"),
        ("Bracken Bank", "place"), ("Long Lee", "place"), ("Guard House", "place"), ("Lawkholme", "place"), ("Crossflatts", "place"),
        ("Cottingley", "place"), ("RIDDLESDEN", "place"), ("Braithwaite", "place"), ("Highfield", "place"), ("Bo", "place"),
        ("Kenema", "place"), ("Freetown", "place"), ("Mirpur", "place"), ("Dadyal", "place"), ("Tulsipur", "place"), ("Ghorahi", "place"),
        ("Gilstead", "place"), ("Eldwick", "place"), ("Windhill", "place"), ("Keighley", "place"), ("Harehills", "place"),
        ("Aldershot", "place"), ("9 Marlbo\nrough Street", "address"), ("Flat 9, Hawkcliffe House, Braithwaite Road", "address"),
        ("Hawkcliffe House", "address"), ("Flat 9", "address"), ("flat 12", "address"), ("Flat 11", "address"), ("no. 8", "address"),
        ("no. 22", "address"), ("Low Mill Court", "address"), ("Littlelands", "address"), ("Main Street", "address"),
        ("Bracken Rd", "address"), ("14 Bracken Bank Ave", "address"), ("Crossflatts\nPrimary", "school"), ("bingley grammar", "school"),
        ("st marys", "school"), ("Holycroft", "school"), ("Worthside", "school"), ("Little Acorns", "school"),
        ("Keighley College", "school"), ("Riddlesden St Mary's", "school"), ("1 December\n2026", "date"), ("2026-11-06", "date"),
        ("27-Sep-2024", "dob"), ("19-07-2014", "dob"), ("08.11.26", "date"), ("12.11.26", "date"), ("23rd", "date"), ("27th", "date"),
        ("7th", "date"), ("4th", "date"), ("30th", "date"), ("31st October", "date"), ("23/10", "date"), ("3/12", "date"),
        ("+232 76 418 935", "phone"), ("+232 88 214 607", "phone"), ("+977 82-560417", "phone"), ("07462815390", "phone"),
        ("01535 662180", "phone"), ("JT 62 48 19 B", "ni"), ("YG17 KXE", "vehicle"), ("BN68 WZR", "vehicle"), ("YJ65 HVA", "vehicle"),
        ("YF15 OKM", "vehicle"), ("767 126 5810", "nhs"), ("N380328322618", "upn"), ("e.turay@evangelbingley.org.uk", "email"))
UNMARKED = ("Keighley Family Hub", "Keighley Salvation Army", "Long Lee Juniors", "Long Lee chapel", "Holycroft Surgery",
            "Bradford Royal Infirmary", "Airedale General", "Bingley Evangel Church", "Cottingley Town Hall",
            "Cottingley Village Surgery", "Cottingley Hall", "Royal Gurkha Rifles", "Keighley Library", "Keighley Health Centre",
            "Keighley Contact Centre", "Keighley Womens Centre", "Bradford City", "Worth Valley", "HMP Leeds", "Granby Bridge",
            "Magic Breakfast", "Carers' Resource", "Staying Put", "MindMate", "NorthLingo", "LinguaAire", "Morrisons", "Dunelm",
            "Sure Start", "situ_cottingley11", "aarav.sfc_07", "Nepal", "Nepali", "WEST YORKSHIRE POLICE", "Sande", "Dang", "dang",
            "hajurama", "Grandad", "ammi", "Mama", "Pastor", "AL-58813", "CON-2026-118407", "13260918734", "Exhibit DS/14", "###",
            "Aug 2023", "late October", "A650")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s168)


def test_the_counts():
    checks.counts(s168, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s168, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s168)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Urdu and Devanagari script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # a place in Urdu script


def test_the_checks_can_fail():
    bad = ((s168.RECORD_C, [("bad", "Ring [[01535 60341|phone]] about [[Fatmata|name]], [[Pastor Emmanuel|name]], [[Pa Kamara|name]],"
                                    " [[Mama Kadiatu|name]], [[hajurama Phulmati|name]], [[Great-grandma Edna|name]],"
                                    " [[Owen bhai|name]] and [[Sita दिदी|name]] on [[Friday 23 October|date]] in"
                                    " [[Sierra Leone|place]], [[Nepal|place]], [[Dang|place]] and [[West Yorkshire|place]].\n"
                                    "NHS [[618 083 0038|nhs]]. Fatmata said no.")]),)
    found = s168.problems(bad, record_ids=["6180830038"], record_phones=["01535 60341"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    for word in ("Pastor", "Pa", "Mama", "hajurama", "Great-grandma"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    for word in ("bhai", "दिदी"):
        assert any("kinship word after a name" in p and word in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Sierra Leone", "Nepal", "Dang", "West Yorkshire"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("'Fatmata' is marked as a name elsewhere" in p for p in found)
