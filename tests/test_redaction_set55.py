"""Checks of the hand-written held-out redaction set 55 (bench/redaction_set55.py) that do not use the detector:
its size, its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set55 as s55
from tests import hand_set_checks as checks

NAMES, TOTAL = 522, 923
# names that are words or towns; scripts; short forms; odd formats
HARD = (("HUXTABLE, Tyler", "name"), ("CHIDGEY, Poppy", "name"), ("CHEA, Sreymom", "name"), ("QUISPE MAMANI, Thiago", "name"),
        ("PADFIELD Kai", "name"), ("CHEA Sreymom", "name"), ("SOK Vuthy", "name"), ("Yesenia Mamani Huamán", "name"),
        ("Quispe Mamani", "name"), ("B. Rawle", "name"), ("G Huxtab1e", "name"), ("Phil G.", "name"), ("kai p", "name"),
        ("owen t", "name"), ("WILLCOCKS", "name"), ("L-E-F-E-B-V-R-E", "name"), ("MARCHAND", "name"), ("Daniel", "name"), ("Dee", "name"),
        ("Parfitt", "name"), ("Pheap", "name"), ("Pheap Sok", "name"), ("Mom", "name"), ("Gray", "name"), ("Pops", "name"),
        ("Lulu", "name"), ("Thiaguito", "name"), ("Lucecita", "name"), ("Cam", "name"), ("Hilaria", "name"), ("Rose", "name"),
        ("Summer", "name"), ("Rain", "name"), ("Willow", "name"), ("Moon", "name"), ("Fern", "name"), ("Skye", "name"),
        ("Dawn Gooch", "name"), ("Hazel Brain", "name"), ("Abbie Rich", "name"), ("Dean Musgrove", "name"), ("Parsley", "name"),
        ("Jordan Lock", "name"), ("Lamprey", "name"), ("Gould", "name"), ("Ellie-Mae", "name"), ("Sally Roe-Willis", "name"),
        ("Rachel\nBale", "name"), ("kez", "name"), ("maisie", "name"), ("dara", "name"), ("skye fairbrother", "name"),
        ("ស្រីមុំ", "name"), ("ជា ស្រីមុំ", "name"), ("បុប្ផា", "name"), ("ភាព", "name"), ("ដារ៉ា", "name"), ("សុខ វុទ្ធី", "name"),
        ("Street", "place"), ("street", "place"), ("Wells", "place"), ("wells", "place"), ("shep", "place"), ("Glasto", "place"),
        ("glasto", "place"), ("Weston", "place"), ("Wick", "place"), ("Meare", "place"), ("Alcombe", "place"), ("Priorswood", "place"),
        ("Norton\nFitzwarren", "place"), ("Highbridge", "place"), ("taunton", "place"), ("Chamkar Samrong", "place"),
        ("បាត់ដំបង", "place"), ("Phnom Penh", "place"), ("Cherbourg-en-Cotentin", "place"), ("Sicuani", "place"),
        ("Seaward Way", "address"), ("manor road", "address"), ("Benedict st", "address"), ("High St", "address"),
        ("Chilkwell St", "address"), ("no. 5", "address"), ("number 4", "address"), ("no.\n24", "address"),
        ("12 rue\nAsselin", "address"), ("Calle Saphi 512", "address"), ("Phum Chamkar Samrong", "address"), ("50100", "postcode"),
        ("08002", "postcode"), ("TA23 OAZ", "postcode"), ("Hopcott", "school"), ("Crispin", "school"), ("Whitstone", "school"),
        ("Brookside\nMeadow", "school"), ("Little Owls Nursery", "school"), ("Little Acorns Pre-school", "school"),
        ("May Day 2020", "dob"), ("21st June 2024", "dob"), ("Seventeen June eighty-nine", "dob"), ("2026-10-31", "date"),
        ("28-Nov-2026", "date"), ("18 novembre", "date"), ("21st January\n2027", "date"), ("3", "date"), ("6 November", "date"),
        ("2nd of March", "date"), ("+855 97 812 4406", "phone"), ("+33 6 12 48 90 37", "phone"), ("+51 984 513 207", "phone"),
        ("WU19", "vehicle"), ("MX", "vehicle"), ("WU19 HKT", "vehicle"), ("JT 62 41 87 B", "ni"), ("N933255813150", "upn"),
        ("132 412 4156", "nhs"))
UNMARKED = ("Butlin's Minehead", "Glastonbury Health Centre", "Glastonbury Surgery", "Yeovil District Hospital", "MUSGROVE PARK HOSPITAL",
            "Taunton\nFamily Court", "West Somerset Railway", "Clarks Village", "Glastonbury Community Noticeboard",
            "Irnham Lodge Surgery", "Berrow Medical Centre", "Lyngford Park Surgery", "Mendip Vale Learning Centre", "Hinkley Point C",
            "Express Park", "Temple Meads", "collett park", "the Tor", "the abbey grounds", "Battambang province", "Mendip", "Somerset",
            "Cambodia", "France", "California", "Peru", "Bailey", "Navidad", "the Solstice", "Maman:", "Mak", "Mami", "Papi", "Abuelita",
            "Bong", "yeay", "tía", "Auntie", "K.P.", "IP", "GV-88213", "F20931", "T0841127", "Alliance Homes", "Language Line")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s55)


def test_the_counts():
    checks.counts(s55, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s55, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s55)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Khmer script
    assert any("-" in name and name[0].isupper() for name in names)  # hyphenated names
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # a place in Khmer script


def test_the_checks_can_fail():
    bad = ((s55.RECORD_B, [("bad", "Ring [[01458 44 287|phone]] about [[Mak Sreymom|name]], [[Bong Pheap|name]], [[Abuelita Hilaria|name]],"
                                    " [[Maman Camille|name]], [[Mr Sok|name]] on [[Friday 20 November|date]] in [[Somerset|place]],"
                                    " [[Cambodia|place]], [[Peru|place]] and [[France|place]].\n"
                                    "NHS [[593 372 2341|nhs]]. Sophea said no, and [[Sophea|name]] said yes.")]),)
    found = s55.problems(bad, record_ids=["5933722341"], record_phones=["01458 44 287"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 01458 44 287" in p for p in found)
    for word in ("Mak", "Bong", "Abuelita", "Maman", "Mr"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Somerset", "Cambodia", "Peru", "France"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 593 372 2341" in p for p in found)
    assert any("'Sophea' is marked as a name elsewhere" in p for p in found)
