"""Checks of the hand-written held-out redaction set 36 (bench/redaction_set36.py) that do not use the detector:
its own marking problems, its size, its hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set36 as s36
from tests import hand_set_checks as checks

NAMES, TOTAL = 684, 1192
# names that are words or towns; scripts; short forms; odd formats
HARD = (("COMMON, Brooke", "name"), ("ROWNTREE, Mason", "name"), ("MARSHALL, Tiffany-Rose", "name"), ("Arm-\nstrong", "name"),
        ("Helen\nOduya", "name"), ("Connor H", "name"), ("Amber S", "name"), ("B Marshall", "name"), ("L. MARSHALL", "name"),
        ("Common", "name"), ("Hedley", "name"), ("Brooke", "name"), ("Daisy", "name"), ("Spider", "name"), ("Big Len", "name"),
        ("BLYTH", "name"), ("Blyth", "name"), ("Marshall", "name"), ("Kyle Washington", "name"), ("Denise Washington", "name"),
        ("Deano", "name"), ("Dean-o", "name"), ("mase", "name"), ("LEWIS", "name"), ("NESBITT", "name"), ("lacey marley", "name"),
        ("kayleigh robson", "name"), ("Tiff", "name"), ("Hay", "name"), ("Kilner", "name"), ("Khaled", "name"), ("Tariq", "name"),
        ("Sami", "name"), ("Al-Shamali", "name"), ("يوسف", "name"), ("لينا", "name"), ("سمير", "name"), ("خالد", "name"),
        ("الشمالي", "name"), ("رنا", "name"), ("Blyth", "place"), ("Washington", "place"), ("washi", "place"), ("toon", "place"),
        ("BIDDY HALL", "place"), ("Darlo", "place"), ("Hirst", "place"), ("hirst", "place"), ("Biddick Hall", "place"),
        ("Town End Farm", "place"), ("Cowpen", "place"), ("Arthur's Hill", "place"), ("Dunston", "place"),
        ("Newbiggin-by-the-Sea", "place"), ("Newbiggin by the Sea", "place"), ("al-Mawasi", "place"), ("Khan Younis", "place"),
        ("Gaza City", "place"), ("القاهرة", "place"), ("خان يونس", "place"), ("نيوكاسل", "place"), ("Hull", "place"),
        ("Alnwick", "place"), ("ALNWICK", "place"), ("Riverside Showmen's Yard", "address"), ("Plot 6", "address"),
        ("PLOT 6 RIVERSIDE SHOWMENS YARD", "address"), ("no. 39", "address"), ("no. 61", "address"),
        ("Flat 3, 28 Ellison\nStreet", "address"), ("cheviot rd", "address"), ("6 Gibson St", "address"), ("Harton Moor", "school"),
        ("Westgate Hill", "school"), ("Cowpen Burn", "school"), ("Gateshead College", "school"), ("Horton Grange", "school"),
        ("16th Decmber 2026", "date"), ("17-Aug-2026", "dob"), ("27th of September 2003", "dob"), ("17.08.26", "dob"),
        ("31st of January", "date"), ("2026-11-06", "date"), ("24-08-2026", "date"), ("1 Sept", "date"), ("28 Nov", "date"),
        ("22nd", "date"), ("14", "date"), ("18 September", "date"), ("+970 594 831 691", "phone"), ("+962 79 474 1098", "phone"),
        ("+20 10 9731 4745", "phone"), ("07983 171 631", "phone"), ("JC 38 19 52 B", "ni"), ("JH 55 01 73 D", "ni"),
        ("NL71 XKD", "vehicle"), ("YN19 KFA", "vehicle"), ("500 410 8234", "nhs"), ("B929222330097", "upn"), ("H390151517465", "upn"),
        ("lorraineblyth66@hotmail.co.uk", "email"))
UNMARKED = ("Blyth Spartans", "Blyth Offshore", "Sunderland Royal Hospital", "Castletown Medical Centre", "Grainger Medical Group",
            "Red House Family Hub", "Hylton Castle Children's Centre", "Ashington Family Centre", "Family Court at Newcastle upon Tyne",
            "Wansbeck General Hospital", "North Tyneside General Hospital", "Monkwearmouth Hospital", "Flagg Court Health Centre",
            "Northumbria Police", "Barnardo's", "Humankind", "Showmen's Guild", "North of England Refugee Service", "Sultan Cutz",
            "LanguageLine", "Benton House", "Central Station", "Haymarket", "the Groyne", "the Big Lamp", "Leazes\n   Park",
            "Tyne Bridge", "Croft Park", "THE PASTURES", "the Hoppings", "Town\n  Moor", "Bates pit", "Gateshead River", "Tyson", "Lola",
            "Storm", "Biscuit", "Bramble", "deano.ss", "MRW", "Mam", "ماما", "Teta", "Ammo", "not Gaza", "0191 520 5560", "NE25C00418",
            "reg. 30417", "CAD 1719", "JR/4")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s36)


def test_the_counts():
    checks.counts(s36, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s36, HARD, UNMARKED, split=("name", "address"))


def test_its_own_hard_cases():
    spans = checks.spans(s36)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Arabic script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Arabic script


def test_the_checks_can_fail():
    bad = (
        (
            s36.RECORD_E,
            [
                (
                    "bad",
                    "Ring [[0191 946 221|phone]] about [[Yousef|name]], [[Teta Fatima|name]], [[Ammo Samir|name]],"
                    " [[Mam Jade|name]], [[Sister Linda Pringle|name]], [[Father Peter Kenny|name]],"
                    " [[Levi Marshall junior|name]] on [[Monday 30 November|date]] in [[Northumberland|place]],"
                    " [[the Gaza Strip|place]], [[Palestine|place]] and [[Jordan|place]].\n"
                    "NHS [[500 410 8235|nhs]], UPN [[A929222330097|upn]], NI [[DQ 12 34 56 E|ni]]. Yousef said no.",
                )
            ],
        ),
    )
    found = s36.problems(bad, record_ids=["5004108235"], record_phones=["0191 946 221"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 0191 946 221" in p for p in found)
    for word in ("Teta", "Ammo", "Mam", "Sister", "Father"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("kinship word after a name" in p and "junior" in p for p in found)
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Northumberland", "the Gaza Strip", "Palestine", "Jordan"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 500 410 8235" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Yousef' is marked as a name elsewhere" in p for p in found)
