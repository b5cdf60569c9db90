"""Checks of the hand-written held-out redaction set 111 (bench/redaction_set111.py) that do not use the detector:
its marking has no problems, its size, its own hard cases and failing checks."""

from bench import redaction_set111 as s111
from tests import hand_set_checks as checks

NAMES, TOTAL = 590, 1056
# names that are words or towns; scripts; short forms; odd formats
HARD = (("MARSH, Frankie", "name"), ("LEIGH, Harley", "name"), ("LEIGH, Tiana", "name"), ("DUNN, Abigail", "name"),
        ("BROOK, Poppy", "name"), ("Raman, Priya", "name"), ("Ashby, Jordan", "name"), ("Reece HOPE", "name"),
        ("Kai RILEY-BENNETT", "name"), ("RILEY-BENNETT", "name"), ("HOPE", "name"), ("Lily-Mae", "name"), ("Jade Whitbrea d", "name"),
        ("Lew is", "name"), ("C. Sa1mon", "name"), ("Caro1", "name"), ("Marion\nPettit", "name"), ("Claire\nOsei", "name"),
        ("Summer", "name"), ("summer", "name"), ("June Hope", "name"), ("june", "name"), ("Brook", "name"), ("Ella Frost", "name"),
        ("Kerry Bright", "name"), ("Bright", "name"), ("Ricky Marsh", "name"), ("Sandra Leigh", "name"), ("Terry Leigh", "name"),
        ("Said", "name"), ("Said Boutaher", "name"), ("Kaz", "name"), ("Alf", "name"), ("lew", "name"), ("Deano", "name"),
        ("Dean-o", "name"), ("Smokey", "name"), ("Jerm", "name"), ("jerm", "name"), ("Kai Smith", "name"), ("Zodwa", "name"),
        ("Siya", "name"), ("Fadma", "name"), ("Tobi", "name"), ("Roy", "name"), ("Pike", "name"), ("Trent", "name"),
        ("El Amrani", "name"), ("gary hope", "name"), ("kem", "name"), ("stroud", "name"), ("mzwandile gcaba", "name"), ("نور", "name"),
        ("سعيد", "name"), ("إلياس", "name"), ("نعيمة", "name"), ("Lwazi", "name"), ("Oliver", "name"), ("Leigh", "place"),
        ("Leigh-on-Sea", "place"), ("Leigh on Sea", "place"), ("Old Leigh", "place"), ("Southend-\non-Sea", "place"),
        ("Southend", "place"), ("Southchurch", "place"), ("southchurch", "place"), ("Belfairs", "place"), ("Canvey", "place"),
        ("canvey", "place"), ("shoebury", "place"), ("basildon", "place"), ("Barking", "place"), ("Rochford", "place"),
        ("Rayleigh", "place"), ("Hullbridge", "place"), ("Gqeberha", "place"), ("Port Elizabeth", "place"), ("Bhayi", "place"),
        ("Mthatha", "place"), ("mthatha", "place"), ("Imzouren", "place"), ("Al Hoceima", "place"), ("الحسيمة", "place"),
        ("Rotterdam", "place"), ("Benidorm", "place"), ("Victoria", "place"), ("Westcliff", "place"), ("12", "address"),
        ("no. 12", "address"), ("no 12", "address"), ("no. 61", "address"), ("14 Lifstan", "address"), ("9 Manchester Drive", "address"),
        ("46 Boston Avenue", "address"), ("28 ironwell ln", "address"), ("flat 2 57\neast st", "address"),
        ("Unit 4 Towerfield Rd", "address"), ("Calle Gerona 14", "address"), ("Mathenesserweg 112", "address"),
        ("Folly Chase", "address"), ("03503", "postcode"), ("3027 HK", "postcode"), ("KING EDMUND SCHOOL", "school"),
        ("Westcliff High School for Girls", "school"), ("Bournemead Primary\nSchool", "school"), ("Sunflowers", "school"),
        ("Little Cockles", "school"), ("Riverside", "school"), ("Holt Farm", "school"), ("Chase High", "school"),
        ("Belfairs Wood", "school"), ("22/O9/2O26", "date"), ("6/1O/26", "date"), ("07/11/2026", "date"), ("7", "date"),
        ("10 November 2026", "date"), ("13th", "date"), ("7th", "date"), ("2nd", "date"), ("29th", "date"), ("19th of September", "date"),
        ("17th of\nJune", "date"), ("29th sept", "date"), ("19-Oct-2026", "date"), ("9.2.12", "dob"), ("2 March 2011", "dob"),
        ("LB68 X..", "vehicle"), ("LB68 XHV", "vehicle"), ("+27 82 614 3075", "phone"), ("+212 539 98 41 27", "phone"),
        ("+31 6 41827395", "phone"), ("+34 612 47 83 90", "phone"), ("+212 6 61 48 29 30", "phone"), ("07723 150468", "phone"),
        ("JW 26 41 83 C", "ni"), ("SL 62 90 41 B", "ni"), ("683 276 6467", "nhs"), ("H881193972132", "upn"),
        ("priya.raman@fcdo.gov.uk", "email"))
UNMARKED = ("Shoebury Health Centre", "Southchurch Medical Group", "Southchurch Family Centre", "Southend Hospital", "Basildon Hospital",
            "Rochford Clinic", "Hullbridge Community Centre", "Hullbridge Yacht Club", "Church View", "Family Court at Chelmsford",
            "Atlas Halal Butchers", "Estuary Lettings", "SHOREPEST", "Audley Mills Surgery", "Chalkwell Park", "Hockley Woods",
            "Rayleigh Mill", "the Weir", "adventure island", "Fenchurch Street", "Victoria shopping centre", "Eastgate Centre",
            "Castle Point", "Essex", "Morocco", "Spain", "Eastern Cape", "Bear", "Makhulu", "Jedda", "Jeddi", "Lalla", "3ammi", "Tata",
            "Mama", "tata", "Malume", "Sisi", "gogo", "Baba", "Dujanbir", "March 2025", "a fight in September", "(2019 and 2023)",
            "tidy up later - OK", "P's aunt", "Said in", "since june", "the summer holidays", "020 7008 0151", "CM26F00977", "CM26C00418",
            "NRPSI 31907", "AB/1", "GL/3", "4471", "Next Chapter")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s111)


def test_the_counts():
    checks.counts(s111, NAMES, TOTAL)


def test_its_own_size_checks():
    assert all(len(docs) == 4 for _record, docs in s111._PAIRS)


def test_the_hard_cases_are_there():
    checks.hard_cases(s111, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s111)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Arabic script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # a place in Arabic script


def test_the_checks_can_fail():
    bad = ((s111.RECORD_E, [("bad", "Ring [[0170 234 12|phone]] about [[Lwazi|name]], [[Tata Luvuyo|name]], [[Makhulu Nomakhaya|name]],"
                                      " [[Malume Siya|name]], [[Lalla Fadma|name]], [[Jedda Fadma|name]], [[3ammi Amar|name]],"
                                      " [[خالي ميمون|name]], [[Rev. Claire Osei|name]] and [[gogo Nomakhaya|name]] on"
                                      " [[Monday 9 November|date]] in [[Essex|place]], [[Castle Point|place]], [[the Eastern Cape|place]],"
                                      " [[Morocco|place]] and [[الريف|place]].\n"
                                      "NHS [[322 894 5074|nhs]], UPN [[A881193972132|upn]], NI [[DQ 12 34 56 E|ni]]. Lwazi said no.")]),)
    found = s111.problems(bad, record_ids=["3228945074"], record_phones=["0170 234 12"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 0170 234 12" in p for p in found)
    for word in ("Tata", "Makhulu", "Malume", "Lalla", "Jedda", "3ammi", "خالي", "Rev.", "gogo"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Essex", "Castle Point", "the Eastern Cape", "Morocco", "الريف"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 322 894 5074" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Lwazi' is marked as a name elsewhere" in p for p in found)
