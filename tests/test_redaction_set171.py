"""Checks of the hand-written held-out redaction set 171 (bench/redaction_set171.py) that do not use the detector:
its checker finds no problems, its size, its own hard cases and the organisations and landmarks it leaves unmarked."""

from bench import redaction_set171 as s171
from tests import hand_set_checks as checks

NAMES, TOTAL = 486, 934
# names that are words or towns; short forms; OCR; odd formats
HARD = (("ELLIS, Alfie", "name"), ("HOARAU, Kylian", "name"), ("RICHARDS, Ellie", "name"), ("JUKES, Kai Anthony", "name"),
        ("GRUBER, Verena", "name"), ("BOWKETT, Chelsea", "name"), ("Gruber Lukas", "name"), ("Alfie\nELLIS", "name"),
        ("Dale\nCorfield", "name"), ("B. Lowe", "name"), ("K Preece", "name"), ("J Beddoes", "name"), ("G. Stokes", "name"),
        ("Esme S-L", "name"), ("Cerys Edvvards", "name"), ("Tracy", "name"), ("Hope", "name"), ("Brook", "name"), ("Church", "name"),
        ("Angharad Bishop", "name"), ("Sarah Sheriff", "name"), ("Isla Craven", "name"), ("Frank", "name"), ("Oscar Wolf", "name"),
        ("Colin Bridges", "name"), ("Hugh Penny", "name"), ("Sandrine Ludlow", "name"), ("Gary Stokes", "name"), ("Pam Bright", "name"),
        ("Smokey", "name"), ("Dazza", "name"), ("Darren \"Dazza\" Cadwallader", "name"), ("Vreni", "name"), ("Teggy", "name"),
        ("liam", "name"), ("lily-mai", "name"), ("ruby mae", "name"), ("chels", "name"), ("margaret", "name"), ("pam", "name"),
        ("hughes", "name"), ("RUBY-MAE", "name"), ("Kayleigh", "name"), ("Jordan", "name"), ("Marie-Josée Payet", "name"),
        ("Maëva", "name"), ("Sabine Pölzl", "name"), ("Craven Arms", "place"), ("Bromfield", "place"), ("bromfield", "place"),
        ("Clee Hill", "place"), ("rocks green", "place"), ("low town", "place"), ("high town", "place"), ("High Town", "place"),
        ("wolves", "place"), ("kiddy", "place"), ("brum", "place"), ("the dale", "place"), ("the\ninnage", "place"),
        ("Sin-Pyèr", "place"), ("Saint-Pierre", "place"), ("Linz-Urfahr", "place"), ("Graz", "place"), ("Le Tampon", "place"),
        ("Tenbury", "place"), ("Rocks Grn", "place"), ("Gravel Hill", "place"), ("Gravel Hill", "address"),
        ("7 Gravel Hill\nClose", "address"), ("Hermitage\nRise", "address"), ("hermitage rise", "address"), ("innage ln", "address"),
        ("whitburn st", "address"), ("no. 12", "address"), ("no.29", "address"), ("Annenstraße 34", "address"),
        ("Landstrasse ll2", "address"), ("Kaiserfeldgasse 25", "address"), ("Woodcote Way", "address"), ("8020", "postcode"),
        ("4020", "postcode"), ("SY8 2DT", "postcode"), ("Little Acorns Nursery", "school"), ("Little Acorns", "school"), ("wb", "school"),
        ("Idsall", "school"), ("Oldbury Wells", "school"), ("Severndale", "school"), ("08.0l.2013", "dob"), ("17.04.2023", "dob"),
        ("2/9/17", "dob"), ("1. November 2026", "date"), ("24. Dezember", "date"), ("20. Nov. 2026", "date"), ("3-11-26", "date"),
        ("29 OCT", "date"), ("l0th", "date"), ("31st", "date"), ("27th", "date"), ("2", "date"), ("25", "date"),
        ("+262 692 41 87 35", "phone"), ("+43 316 274519", "phone"), ("+43 316 872 3115", "phone"), ("LK18 WZP", "vehicle"),
        ("FX70 KRD", "vehicle"), ("866 197 2647", "nhs"), ("V893242516360", "upn"), ("verena.gruber@gmx.at", "email"),
        ("ruthfry.wenlock@btinternet.com", "email"))
UNMARKED = ("Ludlow Foodbank", "Ludlow Community Hospital", "Ludlow Assembly Rooms", "Ludlow Baby Bank", "Ludlow Midwife Led Unit",
            "Ludlow Town youth", "Bridgnorth Medical Practice", "Much Wenlock and Cressage Medical Practice", "Portcullis Surgery",
            "Princess Royal Hospital", "West Mercia Women's Aid", "Shropshire Area Meeting", "Wenlock Olympian Society", "MAGISTRAT GRAZ",
            "Stonewater", "Shropshire Mencap", "Marches Lettings", "LinguaMarch", "Glenthorne", "Stone House", "Wenlock Edge",
            "Severn Park", "Birmingham New Street", "the castle", "bookings@linguamarch.co.uk", "customerrelations@diamondbus.example",
            "Shropshire", "Austria", "La Réunion", "La Rényon", "Tonton", "Manman", "Madam", "Mme", "Frau", "Mag.a", "22-MP-4471/26",
            "LUD/26/3318", "26-1187", "A6-KJH/2026-0881")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s171)


def test_the_counts():
    checks.counts(s171, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s171, HARD, UNMARKED, split=("name", "address", "place"))


def test_its_own_hard_cases():
    spans = checks.spans(s171)
    names = [words for words, kind in spans if kind == "name"]
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")


def test_the_checks_can_fail():
    bad = ((s171.RECORD_D, [("bad", "Ring [[0161 946 221|phone]] about [[Lukas|name]], [[Mme Payet|name]], [[Frau Aigner|name]] and"
                                    " [[Tonton Jean-Hugues|name]] on [[Saturday 17th October|date]] in [[Austria|place]],"
                                    " [[La Réunion|place]] and [[Shropshire|place]]. Lukas said no.")]),)
    found = s171.problems(bad, record_ids=[], record_phones=[])
    assert any("phone is not a valid number: 0161 946 221" in p for p in found)
    for word in ("Mme", "Frau", "Tonton"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Austria", "La Réunion", "Shropshire"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("'Lukas' is marked as a name elsewhere" in p for p in found)
