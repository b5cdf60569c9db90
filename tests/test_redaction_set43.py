"""Checks of the hand-written held-out redaction set 43 (bench/redaction_set43.py) that do not use the detector:
its marking has no problems, its size, its own hard cases and the organisations and landmarks it leaves unmarked (the checks
every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set43 as s43
from tests import hand_set_checks as checks

NAMES, TOTAL = 489, 914
# names that are words; scripts; short forms; odd formats
HARD = (("DYSON, Tyler", "name"), ("BIRKINSHAW, Ellie-Mae", "name"), ("KILNER, Kacie", "name"), ("MWANSA, Mutale", "name"),
        ("AL-MABROUK, Salma", "name"), ("HAGUE, Harley", "name"), ("Mutale MWANSA", "name"), ("Brooklyn OGLEY", "name"),
        ("Salma AL-MABROUK", "name"), ("FAYE MARSDEN", "name"), ("H Lodge", "name"), ("T. Ashworth", "name"), ("F. Marsden", "name"),
        ("Gail\nWhitworth", "name"), ("Tank", "name"), ("Jordz", "name"), ("Brook", "name"), ("Rose", "name"), ("Jonathan Rose", "name"),
        ("Senior", "name"), ("senior", "name"), ("Chelsea Swallow", "name"), ("Priya Castle", "name"), ("Grace Hope", "name"),
        ("Leigh Bramley", "name"), ("Liam Swift", "name"), ("Margaret Fox", "name"), ("Laura Bell", "name"), ("Gill", "name"),
        ("Precious", "name"), ("Ghadban", "name"), ("craig", "name"), ("jamie hague", "name"), ("priestley", "name"), ("صالح", "name"),
        ("سلمى", "name"), ("أنس", "name"), ("طارق", "name"), ("فاطمة", "name"), ("الغدبان", "name"), ("مصراتة", "place"),
        ("طرابلس", "place"), ("زليتن", "place"), ("cuddy", "place"), ("grimey", "place"), ("mexbro", "place"), ("thurnscoe", "place"),
        ("old denaby", "place"), ("Denaby Main", "place"), ("Wath-upon-\nDearne", "place"), ("Firth\nPark", "place"),
        ("Parson Cross", "place"), ("Kitwe", "place"), ("Misrata", "place"), ("Zliten", "place"), ("Bentley", "place"),
        ("Brodsworth", "place"), ("Sheffield", "place"), ("Doncaster", "place"), ("Rotherham", "place"), ("Barnsley", "place"),
        ("41 Sandall\nBeat Road", "address"), ("Flat 3, 88 Urban Road", "address"), ("no. 11", "address"),
        ("Shari' Tripoli 14", "address"), ("Plot 114, Chimwemwe", "address"), ("park road", "address"), ("tickhill square", "address"),
        ("27 green lane", "address"), ("milefield", "school"), ("Milefield Primary", "school"), ("De Warenne", "school"),
        ("Yewlands", "school"), ("Darton College", "school"), ("Dearne Valley College", "school"), ("Hall Cross", "school"),
        ("7\nDecember", "date"), ("13th", "date"), ("27th", "date"), ("17", "date"), ("6/11", "date"), ("05/11/26", "date"),
        ("8th Nov", "date"), ("10th Oct 2010", "dob"), ("3.3.2018", "dob"), ("30 Aug 2017", "dob"), ("+260 97 7952442", "phone"),
        ("+260 96 5329868", "phone"), ("+218 91-2455269", "phone"), ("+218 91-9307934", "phone"), ("YR19 KXD", "vehicle"),
        ("YD17 HNW", "vehicle"), ("YC68 WTU", "vehicle"), ("JR 62 41 08 B", "ni"), ("PL 38 92 17 C", "ni"), ("708 867 2200", "nhs"),
        ("X370220169963", "upn"), ("mulenga.mwansa83@gmail.com", "email"), ("tinamarriott1979@hotmail.co.uk", "email"))
UNMARKED = ()


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s43)


def test_the_counts():
    checks.counts(s43, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s43, HARD, UNMARKED, split=("name", "address", "place", "date"))


def test_its_own_hard_cases():
    spans = checks.spans(s43)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Arabic script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Arabic script


def _spans():
    return [(doc.text[start:end], kind) for doc in s43.sets()[s43.NAME] for start, end, kind in doc.gold]


def test_organisations_and_landmarks_stay_unmarked():
    spans = _spans()
    texts = " ".join(" ".join(doc.text.split()) for doc in s43.sets()[s43.NAME])  # line breaks read as spaces
    for unmarked in ("Grimethorpe Surgery", "Cudworth Dental", "Shafton ARLFC", "Welfare Hall", "Firth Park Clinic",
                     "Southey Green Medical Centre", "Rawmarsh Health Centre", "Rawmarsh Community Hub", "Bentley Surgery",
                     "Bentley WMC", "Bentley Methodist chapel", "Rotherham General", "Sheffield Children's Hospital",
                     "Sheffield Family Court", "Attercliffe police station", "HMP Doncaster", "Riverside House",
                     "Civic Office", "Ivanhoe bridge", "Sheffield Hallam", "Nkana Hospital", "South Yorkshire Police",
                     "Biscuit", "tank_dn12", "kaciek_x", "Mam", "Baba", "Tata", "Mama", "Mukwai", "عمك", "Libya",
                     "S2211874"):
        assert unmarked in texts, unmarked
        assert all(unmarked not in words for words, _kind in spans), unmarked
