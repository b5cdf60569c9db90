"""Checks of the hand-written held-out redaction set 62 (bench/redaction_set62.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set62 as s62
from tests import hand_set_checks as checks

NAMES, TOTAL = 526, 996  # name spans and all gold spans, as the self-check reports them
# names that are words or towns; scripts; short forms; odd formats
HARD = (("BRINDLEY, Kaycee", "name"), ("ADHIKARI, Sushma", "name"), ("REVILL, Thomas James", "name"), ("MELLOR, Isla", "name"),
        ("NAYLOR, Kian", "name"), ("UWIMANA Claudine", "name"), ("HABIMANA Jean-Paul", "name"), ("MUGISHA Eric", "name"),
        ("Kaycee BRINDLEY", "name"), ("HOLLINGWORTH", "name"), ("ISHIMWE", "name"), ("Jean Paul", "name"), ("Jean-Paul", "name"),
        ("Ellie-Mae", "name"), ("Julie\nMellor", "name"), ("kaycee", "name"), ("ryan", "name"), ("jodie", "name"), ("archie", "name"),
        ("glo", "name"), ("Glo", "name"), ("eric", "name"), ("chloe", "name"), ("kian", "name"), ("tommo", "name"), ("Tommo", "name"),
        ("T", "name"), ("lace", "name"), ("marg", "name"), ("gaz", "name"), ("Smudge", "name"), ("Con", "name"), ("Hadfield", "name"),
        ("Lisa Hadfield", "name"), ("Buxton", "name"), ("Ian Buxton", "name"), ("Gordon Buxton", "name"), ("Oldham", "name"),
        ("Pat Oldham", "name"), ("Innocent", "name"), ("Youhanna", "name"), ("John", "name"), ("Hussain", "name"), ("Sita", "name"),
        ("Dil", "name"), ("tika", "name"), ("sushma", "name"), ("bibek", "name"), ("مريم يوسف", "name"), ("مريم", "name"),
        ("सीता", "name"), ("बिष्णु", "name"), ("K Marsden", "name"), ("T Needham", "name"), ("A. McLaren", "name"), ("L. Haddon", "name"),
        ("D Bagshaw", "name"), ("Hadfield", "place"), ("hadfield", "place"), ("Had-\nfield", "place"), ("Buxton", "place"),
        ("Chapel", "place"), ("chapel", "place"), ("Chapel-en-le-\nFrith", "place"), ("Gamesley", "place"), ("Glossop", "place"),
        ("Long\nEaton", "place"), ("bulwell", "place"), ("lincoln", "place"), ("worksop", "place"), ("langwith jct", "place"),
        ("matlock", "place"), ("derby", "place"), ("Kigali", "place"), ("Kicukiro", "place"), ("Butare", "place"), ("Ankawa", "place"),
        ("عنكاوا", "place"), ("Alqosh", "place"), ("Fairfield", "place"), ("Sydney", "place"), ("Beldangi", "place"),
        ("Sanischare", "place"), ("Jhapa", "place"), ("झापा", "place"), ("दमक", "place"), ("Damak", "place"), ("Pittsburgh", "place"),
        ("Ilkeston", "place"), ("Youlgrave", "address"), ("no. 37", "address"), ("flat 6", "address"), ("flat 3", "address"),
        ("Trent Avenue", "address"), ("mansfield rd", "address"), ("portland rd", "address"), ("17 portland rd", "address"),
        ("61 Porter\nRoad", "address"), ("Flat 6, 30 Trent Avenue", "address"), ("Market Square", "address"),
        ("Smedley Street", "address"), ("Shirebrook\nAcademy", "school"), ("HIGHFIELDS SCHOOL", "school"), ("Highfields", "school"),
        ("Wilsthorpe", "school"), ("Sawley Junior", "school"), ("Cotmanhay Wood", "school"), ("Kensington Junior", "school"),
        ("Ormiston Ilkeston", "school"), ("YR19KFE", "vehicle"), ("YR19 KFE", "vehicle"), ("PN17 XHD", "vehicle"),
        ("1st\nDecember", "date"), ("30-Sep-2026", "dob"), ("12-Oct-2026", "date"), ("Nov 19, 2026", "date"), ("3 Nov. 2026", "date"),
        ("24th", "date"), ("20th", "date"), ("17th", "date"), ("14-05-2012", "dob"), ("07.03.2013", "dob"), ("19.01.2020", "dob"),
        ("11/11/26", "date"), ("+250 788 314 562", "phone"), ("+964 750 412 3387", "phone"), ("+61 412 553 908", "phone"),
        ("+1 412 873 2206", "phone"), ("+977 984 2617 350", "phone"), ("07824 611 350", "phone"), ("JK 40 21 77 B", "ni"),
        ("638 868 0410", "nhs"), ("V830268882540", "upn"), ("d.attewell@wilsthorpe.derbyshire.sch.uk", "email"))
UNMARKED = ("Melandra Castle", "Tameside General", "Stepping Hill", "Royal Derby", "Glossop Town Hall", "Glossop Primary Care Centre",
            "Gamesley Community Centre", "Howard Medical", "Chapel Town Hall", "Living Water International Fellowship",
            "Chaldean Mission of Mar Addai", "Kensington Street Surgery", "Sawley Road Surgery", "Ilkeston Community Hospital",
            "Darley Dale Medical Centre", "King's Mill", "HMP Nottingham", "Shirebrook Family Hub", "Erewash Family Hub", "Trent Lock",
            "Erewash Canal", "Shipley Country Park", "Poole's Cavern", "Pavilion Gardens", "Heights of Abraham",
            "Derbyshire Constabulary", "Derbyshire Young Carers", "Derwent Edge Council", "High Peak", "Erewash", "Derbyshire", "Rwanda",
            "Australia", "Bhutan", "Nineveh Plains", "Iraq", "Nepali", "Umuryango", "Nyogokuru", "Hajurama", "Buwa", "Aama", "Maiju",
            "Daju", "Tonton", "Pastor", "Father", "Madam", "ICON", "CR-26-118204", "26*401877", "26000611842", "YC/26/0932", "3317",
            "A617", "the 237")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s62)


def test_the_counts():
    checks.counts(s62, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s62, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s62)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Arabic and Devanagari script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in other scripts


def test_the_checks_can_fail():
    bad = ((s62.RECORD_B, [("bad", "Ring [[0115 946 332|phone]] about [[Gloria|name]], [[Pastor Innocent|name]],"
                                    " [[Tonton Emmanuel|name]], [[Daju Dil|name]], [[Sita Maiju|name]] and [[Mr Yousif|name]]"
                                    " on [[Monday 16 November|date]] in [[Rwanda|place]], [[Derbyshire|place]] and [[Bhutan|place]].\n"
                                    "NHS [[591 592 4345|nhs]], UPN [[A830222323612|upn]], NI [[DQ 12 34 56 E|ni]]. Gloria said no.")]),)
    found = s62.problems(bad, record_ids=["5915924345"], record_phones=["0115 946 332"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 0115 946 332" in p for p in found)
    for word in ("Pastor", "Tonton", "Daju", "Mr"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("kinship word after a name" in p and "Maiju" in p for p in found)
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Rwanda", "Derbyshire", "Bhutan"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 591 592 4345" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Gloria' is marked as a name elsewhere" in p for p in found)
