"""Checks of the hand-written held-out redaction set 155 (bench/redaction_set155.py) that do not use the detector:
its marking passes its own checker, its size, its hard cases and failing checks."""

from bench import redaction_set155 as s155
from tests import hand_set_checks as checks

NAMES, TOTAL = 550, 1006
# names that are words or towns; scripts; short forms; odd formats
HARD = (("MACKIE, Callum", "name"), ("HARPER, Mason", "name"), ("FRIESEN, Peter", "name"), ("DEAN, Tyrese", "name"),
        ("LUCAS, Chantelle", "name"), ("CAMPBELL Amelia", "name"), ("HARPER Mason", "name"), ("Mekdes ALEMU", "name"),
        ("L Grieve", "name"), ("K Hollis", "name"), ("H. Ferrier", "name"), ("T-Bone", "name"), ("tee bone", "name"),
        ("Big Stevie", "name"), ("Deano", "name"), ("Zee", "name"), ("zed", "name"), ("shantelle", "name"), ("melz", "name"),
        ("Seli", "name"), ("Lena", "name"), ("Tinchen", "name"), ("ty", "name"), ("mel", "name"), ("Rothwell", "name"),
        ("Amanda Kettering", "name"), ("Summer", "name"), ("Hope Adebayo", "name"), ("Grace Swann", "name"), ("Kev", "name"),
        ("0wen Maddock", "name"), ("Mekdes A1emu", "name"), ("Se1am", "name"), ("ተስፋዬ", "name"), ("መቅደስ", "name"), ("ዳዊት", "name"),
        ("stevie", "name"), ("callum", "name"), ("dale", "name"), ("becky", "name"), ("Lily-Mae Parkes", "name"), ("Sarah-Jane", "name"),
        ("Beverley\nCampbell", "name"), ("Rothwell", "place"), ("Rowell", "place"), ("rowell", "place"), ("dez borough", "place"),
        ("dezzy", "place"), ("burton", "place"), ("kingswood", "place"), ("Kettering", "place"), ("Beanfie1d", "place"),
        ("ጎንደር", "place"), ("Gondar", "place"), ("Campo 6", "place"), ("Cuauhtémoc", "place"), ("Bielefeld", "place"),
        ("Lerwick", "place"), ("Scalloway", "place"), ("Corby Old Village", "place"), ("St Ann's", "place"), ("st anns", "place"),
        ("Burton\nLatimer", "place"), ("no. 31", "address"), ("no. 65", "address"), ("number 26", "address"), ("no. 10", "address"),
        ("Hatton Court", "address"), ("tiree", "address"), ("hunger hill", "address"), ("2 Corby Road", "address"),
        ("Flat 3,\n17 Meadow Road", "address"), ("rowell juniors", "school"), ("CBA", "school"), ("Tresham", "school"),
        ("Little Acorns Nursery", "school"), ("Hawthorn Community\nPrimary School", "school"), ("ህዳር 8", "date"), ("Hidar 8", "date"),
        ("Hidar 12", "date"), ("21/11/2O26", "date"), ("12 May\n2025", "date"), ("19th", "date"), ("7th", "date"), ("24th", "date"),
        ("04-Nov-2026", "date"), ("30.06.12", "dob"), ("3rd April 2012", "dob"), ("+251 91 124 7783", "phone"),
        ("+49 5261 938 411", "phone"), ("+52 625 118 4392", "phone"), ("JB 62 05 17 D", "ni"), ("KX21 PLV", "vehicle"),
        ("NA70 XKE", "vehicle"), ("674 445 3475", "nhs"), ("R928206120335", "upn"), ("fiona.mulligan3@nhs.net", "email"))
UNMARKED = ("Corby Cube", "Corby Women's Aid", "Kettering General Hospital", "Kettering Youth Hub", "Kettering Family Hub",
            "Isebrook Hospital", "HMP Onley", "Family Court at Northampton", "Northamptonshire Police", "Lakeside Surgery",
            "Northfield Medical Centre", "Greenhill Surgery", "LanguageLine", "Amazon", "Asda", "Tesco", "Children's Society",
            "Prince's Trust", "Mennonite Central Committee", "Holy Trinity", "Debre Genet Kidus Mikael", "Wicksteed Park",
            "west glebe park", "Corinthians", "Deene House", "Eng1and", "Shetland", "Chihuahua", "Mexiko", "Bolivia", "notts", "kai.w",
            "ቤተሰብ", "Mam", "Ohm", "W/ro", "Abba", "Emama", "Memhir", "Audi A3", "KTG/26/88412", "NN26C00412", "the hub", "late September",
            "in January.")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s155)


def test_the_counts():
    checks.counts(s155, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s155, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s155)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Ge'ez script
    assert any("-" in name and name[0].isupper() for name in names)  # hyphenated names and an alias
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # a place in Ge'ez script


def test_the_checks_can_fail():
    bad = ((s155.RECORD_B, [("bad", "Ring [[01536 201 57|phone]] about [[Selam|name]], [[Ato Mulugeta|name]],"
                                    " [[W/ro Mekdes|name]], [[Ohm Jakob|name]], [[Herr Vogt|name]], [[Abba Gebremeskel|name]]"
                                    " on [[Monday 16 November|date]] in [[Ethiopia|place]], [[Chihuahua|place]],"
                                    " [[Shetland|place]] and [[Northamptonshire|place]].\n"
                                    "NHS [[718 099 3515|nhs]], UPN [[A928223016048|upn]], NI [[JX 12 34 56 Z|ni]]. Selam said no.")]),)
    found = s155.problems(bad, record_ids=["7180993515"], record_phones=["01536 201 57"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 01536 201 57" in p for p in found)
    for word in ("Ato", "Ohm", "Herr", "Abba"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Ethiopia", "Chihuahua", "Shetland", "Northamptonshire"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 718 099 3515" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Selam' is marked as a name elsewhere" in p for p in found)
