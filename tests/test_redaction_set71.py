"""Checks of the hand-written held-out redaction set 71 (bench/redaction_set71.py) that do not use the detector:
its size, its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set71 as s71
from tests import hand_set_checks as checks

NAMES, TOTAL = 526, 1001
# names that are words or towns; scripts; short forms; odd formats
HARD = (("ASHWORTH, Tyler-Jay", "name"), ("ASHWORTH, Poppy", "name"), ("KENYON, Alfie", "name"), ("MWAKYUSA, Baraka", "name"),
        ("LEIGH, Jordan", "name"), ("B Crompton", "name"), ("O. Haworth", "name"), ("S Nuttall", "name"), ("Karen D", "name"),
        ("Pat\nKenyon", "name"), ("TJ", "name"), ("tj", "name"), ("pops", "name"), ("reece", "name"), ("maryam", "name"),
        ("lord", "name"), ("okafor", "name"), ("Hope", "name"), ("Grace", "name"), ("Precious", "name"), ("Tom Lord", "name"),
        ("Shaw", "name"), ("Laura Heywood", "name"), ("Rachel Oldham", "name"), ("Holden", "name"), ("Pickup", "name"), ("Kai", "name"),
        ("Kyron BELL", "name"), ("Dizzy", "name"), ("Nilufar", "name"), ("Фируза Раҳимова", "name"), ("Парвинаҷон", "name"),
        ("Нилуфар", "name"), ("Фаррух", "name"), ("Гулнора", "name"), ("Бехруз", "name"), ("Саид", "name"), ("farrukh", "name"),
        ("Kimaro", "name"), ("Rehema", "name"), ("Heywood", "place"), ("Oldham", "place"), ("Kirkholt", "place"), ("kirkholt", "place"),
        ("Deeplish", "place"), ("Waterloo", "place"), ("Stubbins", "place"), ("Ridge Hill", "place"), ("Darnhill", "place"),
        ("Summer-\nseat", "place"), ("littlebro", "place"), ("totty", "place"), ("Хуҷанд", "place"), ("Душанбе", "place"),
        ("Москва", "place"), ("Khujand", "place"), ("Mbeya", "place"), ("Dar es Salaam", "place"), ("Ashton u Lyne", "place"),
        ("Bury", "place"), ("Ashton", "place"), ("no. 39", "address"), ("no 7", "address"), ("41", "address"), ("43", "address"),
        ("Flat 9", "address"), ("flat 6", "address"), ("Ashfield House", "address"), ("peel brow", "address"),
        ("ул. Профсоюзная, д. 56, кв. 12", "address"), ("Mtaa wa Sokoine", "address"), ("47 Bamford\nRoad", "address"),
        ("spotland rd", "address"), ("Peel Brow", "school"), ("peel brow", "school"), ("copley", "school"),
        ("kirkholt primary", "school"), ("little acorns", "school"), ("Little Acorns", "school"), ("Arlies\nPrimary", "school"),
        ("Kingsway Park", "school"), ("RV70", "vehicle"), ("RV70 KHJ", "vehicle"), ("BL0", "postcode"), ("ol15 9hw", "postcode"),
        ("l2th Nov", "date"), ("1 June\n2027", "date"), ("2", "date"), ("9th", "date"), ("19th", "date"), ("29th nov", "date"),
        ("14.03.2011", "dob"), ("+992 93 512 4480", "phone"), ("+7 916 482 3051", "phone"), ("+255 754 318 902", "phone"),
        ("JR 62 18 44 B", "ni"), ("408 103 6098", "nhs"), ("X354265317392", "upn"), ("zarina.yusupova@gmail.com", "email"))
UNMARKED = ("Rochdale Infirmary", "Ramsbottom Health Centre", "Heywood Health Centre", "Tameside General", "Royal Oldham Hospital",
            "Achieve Bury", "Stalybridge Civic Hall", "Heywood Civic Centre", "Kirkholt Medical Practice", "Argyle Street Medical Centre",
            "Deeplish Community Centre", "Number One Riverside", "Early Break", "Healthy Young Minds", "Rehoboth Gospel Assembly",
            "Pennine Language Link", "Corner Pin", "Co-op", "Tesco", "Tilly", "Бибиҷон", "Папа", "тётя", "дядя", "ака", "Mzee", "bibi",
            "Pastor", "Madam", "Tameside", "Tajikistan", "Sughd", "Tanzania", "OH", "PPN/26/BY/031177", "PLL-77104", "RVC-CF-0091442",
            "Roch Vale", "Irwell Vale", "Tame Valley")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s71)


def test_the_counts():
    checks.counts(s71, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s71, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s71)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Cyrillic script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(words.islower() for words, k in spans if k == "address")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Cyrillic script


def test_the_checks_can_fail():
    bad = ((s71.RECORD_B, [("bad", "Ring [[0161 946 221|phone]] about [[Parvina|name]], [[тётя Гулнора|name]],"
                                    " [[Pastor Joseph|name]], [[Mzee Kimaro|name]], [[Саид ака|name]] on"
                                    " [[Monday 2 November|date]] in [[Tajikistan|place]] and [[Tameside|place]].\n"
                                    "NHS [[408 103 6099|nhs]]. Parvina said no.")]),)
    found = s71.problems(bad, record_ids=["4081036099"], record_phones=["0161 946 221"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    for word in ("тётя", "Pastor", "Mzee"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("kinship word after a name" in p and "ака" in p for p in found)
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Tajikistan", "Tameside"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("'Parvina' is marked as a name elsewhere" in p for p in found)
