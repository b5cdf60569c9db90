"""Checks of the hand-written held-out redaction set 177 (bench/redaction_set177.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set177 as s177
from tests import hand_set_checks as checks

NAMES, TOTAL = 563, 1019
# names that are words or towns; inflections; short forms; odd formats
HARD = (("PILKINGTON, Kaiden", "name"), ("HARRISON, Jack", "name"), ("DIXON, Alfie", "name"), ("SUMNER, Léa Marie", "name"),
        ("NGATOKORUA, Teina", "name"), ("WÓJCIK Zuzanna", "name"), ("Gemma RIMMER", "name"), ("Tamatoa NGATOKORUA", "name"),
        ("Oliwer WOJCIK", "name"), ("Chelsea\nRigby", "name"), ("Hey-\nwood", "name"), ("H Baybutt", "name"), ("S. Gaskell", "name"),
        ("Lacey-Mae", "name"), ("Harley-Jay", "name"), ("Ruth Moorcroft-Dean", "name"), ("Reece Lathom", "name"), ("Lathom", "name"),
        ("Lathom", "place"), ("HALSALL", "name"), ("Halsall", "place"), ("Aaron Halsall", "name"), ("Banks", "name"), ("Banks", "place"),
        ("Jonathan Ashurst", "name"), ("Ashurst", "place"), ("Rachel Hesketh", "name"), ("Hesketh", "place"), ("Hesketh Bank", "place"),
        ("Hesketh Bnk", "place"), ("Westhead", "name"), ("Gore", "name"), ("Jo Swift", "name"), ("Dorothy Ball", "name"),
        ("Ella Moss", "name"), ("Moss Side", "place"), ("Dazza", "name"), ("Tommo", "name"), ("Scouse Tommo", "name"), ("lil A", "name"),
        ("kai kai", "name"), ("Alfie", "name"), ("Ged", "name"), ("Brookie", "name"), ("Kaśka", "name"), ("Tomek", "name"),
        ("Darka", "name"), ("Joanny", "name"), ("Basi", "name"), ("zuzi", "name"), ("olka", "name"), ("zuzia", "name"), ("Josée", "name"),
        ("Léa", "name"), ("tracy", "name"), ("reece", "name"), ("aaron", "name"), ("mahoney", "name"), ("ormerod", "name"),
        ("Bevan French", "name"), ("Tama", "name"), ("Ioane Tuara", "name"), ("Wałbrzycha", "place"), ("Wałbrzych", "place"),
        ("Esch-sur-Alzette", "place"), ("Esch", "place"), ("Bouneweg", "place"), ("Bonnevoie", "place"), ("Luxembourg City", "place"),
        ("Luxembourg-Ville", "place"), ("Rarotonga", "place"), ("raro", "place"), ("Arorangi", "place"), ("Māngere", "place"),
        ("mangere", "place"), ("otara", "place"), ("robby mill", "place"), ("skem", "place"), ("Skem", "place"), ("Pimbo", "place"),
        ("Chapel House", "place"), ("burscough bridge", "place"), ("Tanhouse", "place"), ("Birch Green", "place"), ("Flamstead", "place"),
        ("Pennylands", "place"), ("Scarisbrick", "place"), ("Sandy Lane", "place"), ("wigan", "place"), ("Rue de l'Alzette", "address"),
        ("12, rue de l'Alzette", "address"), ("27 rue Pierre Krier", "address"), ("ul. Andersa 14/3", "address"),
        ("Harpers Lane 22", "address"), ("no. 17", "address"), ("no 38", "address"), ("Findon", "address"), ("Elmers Green", "address"),
        ("Flat 9, 40 Darlington Street", "address"), ("L-4011", "postcode"), ("L-1880", "postcode"), ("58-300", "postcode"),
        ("Tawd Brook", "school"), ("Glen burn", "school"), ("Crow Orchard", "school"), ("Busy Bees Skelmersdale", "school"),
        ("West Lancashire College", "school"), ("St Mark's", "school"), ("22 lis", "date"), ("23 lis", "date"), ("sept 3", "date"),
        ("oct 2", "date"), ("10.10", "date"), ("6.11.26", "date"), ("12th", "date"), ("21", "date"), ("22 October", "date"),
        ("14th june", "dob"), ("8th of August", "dob"), ("3rd", "dob"), ("27th Feb 2012", "dob"), ("11-Aug-2024", "dob"),
        ("+352 621 482 317", "phone"), ("+352 26 48 31 09", "phone"), ("+682 27 318", "phone"), ("+64 21 448 2917", "phone"),
        ("+48 601 284 377", "phone"), ("KX21 OPW", "vehicle"), ("PK63 LHT", "vehicle"), ("SK 40 71 26 C", "ni"), ("Z888768766016", "upn"),
        ("995 477 0364", "nhs"), ("jos.schmit56@pt.lu", "email"))
UNMARKED = ("Southport and Ormskirk Hospital NHS Trust", "Ormskirk and District General Hospital", "Skelmersdale Locality Team",
            "Skelmersdale Family Hub", "Westgate Offices", "Wigan Warriors", "Greggs", "Sandy Lane surgery", "Hillside",
            "Stanley Medical Centre", "Aughton Surgery", "Beacon\nPrimary Care", "Ormskirk RUFC", "Burscough Village Hall",
            "Together Housing", "Change Grow Live", "Catch-22", "the Concourse", "Wigan and Leigh Magistrates' Court", "Westgate Dental",
            "Ormskirk and Rural Team", "Lancashire Constabulary", "Cook Islands", "Poland", "NZ", "Luxembourgish", "Bomi", "babcia",
            "ciocia", "tata", "Papa", "Mama", "Monni", "tiare.ngt", "tuara_manu", "biscuit", "Dave", "lux", "HJ", "HB", "TH-448812",
            "OD2241907", "JH/BWV/3", "07956 ...", "Life360", "Language Line", "NYAS", "M58", "CAIU West")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s177)


def test_the_counts():
    checks.counts(s177, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s177, HARD, UNMARKED, split=("name", "school", "dob"))


def test_its_own_hard_cases():
    spans = checks.spans(s177)
    names = [words for words, kind in spans if kind == "name"]
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(not name.isascii() for name in names)  # Polish and Luxembourgish letters


def test_the_checks_can_fail():
    bad = ((s177.RECORD_C, [("bad", "Ring [[0161 946 221|phone]] about [[Léa|name]], [[Bomi Josée|name]], [[ciocia Magda|name]],"
                                    " [[pani Joanny|name]], [[Mr Lathom|name]] and [[Mrs Heywood|name]] on [[Sunday 8 November|date]]"
                                    " in [[Luxembourg|place]], [[Poland|place]], [[the Cook Islands|place]] and [[Lancashire|place]].\n"
                                    "NHS [[541 162 7967|nhs]], UPN [[A888983343219|upn]], NI [[DQ 12 34 56 E|ni]]. Léa said no.")]),)
    found = s177.problems(bad, record_ids=["5411627967"], record_phones=["0161 946 221"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 0161 946 221" in p for p in found)
    for word in ("Bomi", "ciocia", "pani", "Mr", "Mrs"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Luxembourg", "Poland", "the Cook Islands", "Lancashire"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 541 162 7967" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Léa' is marked as a name elsewhere" in p for p in found)
