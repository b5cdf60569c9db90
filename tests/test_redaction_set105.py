"""Checks of the hand-written held-out redaction set 105 (bench/redaction_set105.py) that do not use the detector:
its size, its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set105 as s105
from tests import hand_set_checks as checks

NAMES, TOTAL = 504, 977
# names that are words or towns; scripts; short forms; odd formats
HARD = (("MERCER, Shannon Louise", "name"), ("TANNER, Lee James", "name"), ("WARE, Beverley", "name"), ("MOYO, Thabo", "name"),
        ("NCUBE, Sibusisiwe", "name"), ("Karim ABOU CHAKRA", "name"), ("Skye KELLY", "name"), ("Marjorie Ann WEBB", "name"),
        ("Jasmine WEBB-LOWE", "name"), ("Jodie\nMarsh-Bell", "name"), ("H. Oduya", "name"), ("Skye K", "name"), ("Maisie H", "name"),
        ("Tyler-Jay", "name"), ("Bev Ware", "name"), ("Precious", "name"), ("Hamstel Road", "address"), ("Frankie Hatfield", "name"),
        ("Bright", "name"), ("Bishop", "name"), ("Skye", "name"), ("Busi", "name"), ("Trace", "name"), ("Karim", "name"),
        ("Smokes", "name"), ("T-Bone", "name"), ("Kez", "name"), ("Harry", "name"), ("Yusuf", "name"), ("alf", "name"), ("pops", "name"),
        ("gazza", "name"), ("shannon", "name"), ("tamsin", "name"), ("ريما", "name"), ("نزار", "name"), ("وسام", "name"),
        ("لارا", "name"), ("Jas", "name"), ("عاليه", "place"), ("بعقلين", "place"), ("Aley", "place"), ("Baakline", "place"),
        ("Nkulumane", "place"), ("Gwanda", "place"), ("Bulawayo", "place"), ("Ninefields", "place"), ("Bush Fair", "place"),
        ("Sumners", "place"), ("Debden", "place"), ("High 0ngar", "place"), ("high ongar", "place"), ("Theydon", "place"),
        ("nazeing", "place"), ("hoddesdon", "place"), ("Staple Tye", "place"), ("Latton Bush", "place"), ("Harlow", "place"),
        ("Ongar", "place"), ("2 MiIl Lane", "address"), ("no. 24", "address"), ("no. 31", "address"), ("Flat 6", "address"),
        ("Rue Al Jabal, Bldg Haidar", "address"), ("The Broadway", "address"), ("Sun Street", "address"), ("upper park", "address"),
        ("31 turners hill", "address"), ("levertons", "school"), ("burnt mill", "school"), ("Little Acorns", "school"),
        ("Jerounds", "school"), ("29-11-2O26", "date"), ("2026-11-04", "date"), ("17-Nov-2026", "date"), ("22nd Nov", "date"),
        ("3rd", "date"), ("20th", "date"), ("26th", "date"), ("20.01.2021", "dob"), ("+961 5 593360", "phone"),
        ("+961 3 566526", "phone"), ("+263 29 8970781", "phone"), ("+263 77 9000872", "phone"), ("JK 40 21 95 B", "ni"),
        ("NP 62 11 84 C", "ni"), ("EY17 KTD", "vehicle"), ("LN20 WFA", "vehicle"), ("BD68 YPX", "vehicle"), ("WU66 LKB", "vehicle"),
        ("708 330 9256", "nhs"), ("Y881205019764", "upn"), ("CM18 6QR", "postcode"), ("pastor.sipho.dube@gmail.com", "email"))
UNMARKED = ("Town Mead Leisure Centre", "Changing Pathways", "Ongar Health Centre", "The Loughton Surgery", "EPPING FAMILY CENTRE",
            "HMP Chelmsford", "Harlow Cabs", "Harlow Town Park", "Water Gardens", "Princess Alexandra Hospital", "St Margaret's",
            "Sumners Saints", "New Life Ndebele Fellowship", "Sunrise Homecare Ltd", "Forest Smiles Dental Practice", "LinguaEast",
            "Open Road", "Luton Airport", "Roding Forest Council", "Stort Vale Council", "Cedars Grill", "St Andrew's", "Bank of England",
            "Essex", "West Essex", "Lebanon", "the Chouf", "Teta", "Khalo", "Gogo", "el-sheikh", "Abu", "DAD 🍺", "alfie_t17",
            "reece.g_03", "skye.k.x", "JH/4", "OM/2", "NRPSI 30417", "42/198733/26", "07984 see", "ending 6520", "71204")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s105)


def test_the_counts():
    checks.counts(s105, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s105, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s105)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Arabic script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Arabic script


def test_the_checks_can_fail():
    bad = ((s105.RECORD_B, [("bad", "Ring [[01279 12345|phone]] about [[Khalo Nizar|name]], [[Teta Samira|name]],"
                                     " [[Gogo Thandiwe|name]], [[Pastor Sipho|name]], [[Sheikh Fadi|name]] and [[Mama Ruth|name]]"
                                     " on [[Monday 12 October|date]] in [[Lebanon|place]], [[Zimbabwe|place]] and [[Essex|place]].\n"
                                     "NHS [[541 162 7967|nhs]]. Karim said [[Karim|name]] was fine.")]),)
    found = s105.problems(bad, record_ids=["5411627967"], record_phones=["01279 12345"])
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 01279 12345" in p for p in found)
    for word in ("Khalo", "Teta", "Gogo", "Pastor", "Sheikh", "Mama"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Lebanon", "Zimbabwe", "Essex"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 541 162 7967" in p for p in found)
    assert any("'Karim' is marked as a name elsewhere" in p for p in found)
