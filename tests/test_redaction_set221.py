"""Checks of the hand-written held-out redaction set 221 (bench/redaction_set221.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set221 as s221
from tests import hand_set_checks as checks

NAMES, TOTAL = 491, 832
HARD = (("BROCKBANK, Ava-Mae", "name"), ("TYSON, Kayden", "name"), ("RAPOSO PRETO, Inês", "name"), ("PRETO, Lurdes", "name"),
        ("RAPOSO, Abílio", "name"), ("POSTLETHWAITE, Callum", "name"), ("CASSON, Beth", "name"), ("SOWERBY, Kelsey", "name"),
        ("Ewan CASSON", "name"), ("BETH CASS0N", "name"), ("Ruth\nKendall", "name"), ("Holly\nMossop", "name"),
        ("Fiona\nMcLaren", "name"), ("Tracey\nBrockbank", "name"), ("M0ira", "name"), ("R. 0konkwo", "name"),
        ("Kate 0rr", "name"), ("robbos", "name"), ("shannon", "name"), ("demi walker", "name"), ("tegans", "name"),
        ("Nesita", "name"), ("Zé", "name"), ("Big K", "name"), ("Bolota", "name"), ("Dolly", "name"), ("Fátima Gonçalves", "name"),
        ("Glória Preto", "name"), ("Haverigg", "place"), ("haverigg", "place"), ("silecroft", "place"), ("the green", "place"),
        ("Sendim", "place"), ("Miranda do Douro", "place"), ("Duas Igrejas", "place"), ("Bragança", "place"),
        ("UIpha", "place"), ("Br0ughton", "place"), ("Broughton-in-\nFurness", "place"), ("Broughton in Furness", "place"),
        ("Hall Dunnerdale", "place"), ("Duddon Bridge", "place"), ("Kirkby-in-Furness", "place"), ("Newtown", "place"),
        ("Birks Farm", "address"), ("Birks Farrn", "address"), ("3 Princes St", "address"), ("no. 24", "address"),
        ("Flat 3, 41 Lapstone Road", "address"), ("ashfield cottages", "address"), ("LA2O 6DZ", "postcode"),
        ("LA18 4EY", "postcode"), ("Br0ughton Prirnary", "school"), ("Millom School", "school"), ("2l November 2O26", "date"),
        ("l8/ll/2O26", "date"), ("0ctober", "date"), ("Bonfire Night", "date"), ("christmas eve", "date"), ("tenth", "date"),
        ("25/0l/2Ol7", "dob"), ("+351 273 431 286", "phone"), ("01229 716 198", "phone"), ("SL 20 64 93 D", "ni"),
        ("JR 42 71 85 C", "ni"), ("791 041 4269", "nhs"), ("F909258412732", "upn"), ("PK17 YHD", "vehicle"),
        ("donnapos83@hotmail.co.uk", "email"))
UNMARKED = ("Copeland Fells Council", "Duddon Valley Practice", "FURNESS GENERAL HOSPITAL", "CUMBRIA CONSTABULARY",
            "North Cumbria CAMHS", "Sellafield", "Portugal", "Mirandese", "jesshx_13", "ryan_wtn", "the Ship Inn", "Language Line",
            "abó", "Tiu", "santa", "the lagoon", "Network Centre")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s221)


def test_the_counts():
    checks.counts(s221, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s221, HARD, UNMARKED, split=('name', 'place'))
