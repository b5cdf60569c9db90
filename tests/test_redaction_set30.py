"""Checks of the hand-written held-out redaction set 30 (bench/redaction_set30.py) that do not use the detector:
its marking is clean, its counts, its own hard cases and the strings it leaves unmarked on purpose."""

from bench import redaction_set30 as s30
from tests import hand_set_checks as checks

NAMES, TOTAL = 583, 1001
# names that are words or towns; scripts; short forms; odd formats
HARD = (("CROWTHER, Tyler", "name"), ("HODŽIĆ, Amra", "name"), ("HODZIC, Amra", "name"), ("SUTCLIFFE, Poppy", "name"),
        ("ASHWORTH, Gemma", "name"), ("CAMPBELL Dwayne", "name"), ("Dwayne Marlon CAMPBELL", "name"), ("Mariam BERIDZE", "name"),
        ("H. Brook", "name"), ("T. Gelashvili", "name"), ("P. Ashworth", "name"), ("Lil D", "name"), ("Dway", "name"), ("Kaydo", "name"),
        ("jord", "name"), ("ty", "name"), ("kyle", "name"), ("chan", "name"), ("Whal1ey", "name"), ("Rache1", "name"),
        ("Gogiashvilis", "name"), ("ნინო კაპანაძე", "name"), ("დათო", "name"), ("დათუნა", "name"), ("ქეთევანი", "name"), ("ლუკა", "name"),
        ("მარიამ ბერიძე", "name"), ("Holly-Mae", "name"), ("Holly-Mae Dugdale", "name"), ("Emma Bolton", "name"),
        ("Dawn Illingworth", "name"), ("Nicola Hebden", "name"), ("Ryan\nLord", "name"), ("Hannah\nBrook", "name"),
        ("Reece\nAtha", "name"), ("Alma Kovačević", "name"), ("Nedžad Hasanović", "name"), ("Lejla Begić", "name"),
        ("Emina Softić", "name"), ("Lali", "name"), ("Hudds", "place"), ("scarbs", "place"), ("ponte", "place"), ("horbury", "place"),
        ("srebrenica", "place"), ("tuzla", "place"), ("Potočari", "place"), ("Živinice", "place"), ("Batumi", "place"),
        ("Tskaltubo", "place"), ("Kutaisi", "place"), ("Mandeville", "place"), ("Spanish Town", "place"), ("Athens", "place"),
        ("Stacksteads", "place"), ("Walsden", "place"), ("Cornholme", "place"), ("Deighton", "place"), ("Moss Side", "place"),
        ("Britannia", "place"), ("Todmorden", "place"), ("Horbury", "place"), ("Gorgiladze Street 41", "address"),
        ("Ulica 7. aprila 18", "address"), ("Ulica Maršala Tita 12", "address"), ("no. 11", "address"), ("number 11", "address"),
        ("Eastborough", "address"), ("Hollingreave\nRoad", "address"), ("Cavendish Street", "address"),
        ("Flat 6, 40 Main Street", "address"), ("NHTS", "school"), ("St Lukes", "school"), ("Southdale", "school"), ("oakbank", "school"),
        ("beckfoot upper\nheaton", "school"), ("Little Acorns", "school"), ("Sunnyside", "school"), ("Marsden Heights", "school"),
        ("21st", "date"), ("29th", "date"), ("7", "date"), ("8 November 2026", "date"), ("9/11", "date"), ("14.03.2023", "date"),
        ("10th December 2026", "date"), ("2 Sept", "date"), ("22.04.2017", "dob"), ("18/6/26", "dob"), ("27-03-2012", "dob"),
        ("17th May 2011", "dob"), ("+995 599 12 34 56", "phone"), ("+387 61 234 567", "phone"), ("+1 876 962 4417", "phone"),
        ("07788 213650", "phone"), ("401 883 2761", "nhs"), ("4829037164", "nhs"), ("Z380212614471", "upn"), ("B888212630918", "upn"),
        ("JT 44 82 19 B", "ni"), ("YG68 RFK", "vehicle"), ("YE21 KXP", "vehicle"), ("alma.kovacevic@bosniancentre-bfd.org.uk", "email"))
UNMARKED = ("Ossett Health Village", "Pinderfields", "Green Park", "Brierfield Medical Centre", "Royal Blackburn",
            "Huddersfield Royal Infirmary", "Calderdale Royal", "Hebden Bridge Group Practice", "Todmorden Group Practice",
            "Deighton Centre", "Pendle Law Centre", "Bacup Baptist Church", "St Mary's", "Golden Lion", "Hardcastle Crags",
            "Leeds General Infirmary", "Futures Park", "Scarborough railway station", "Bruno", "Roxy", "Smudge", "Tata", "Georgia",
            "Bosnia", "Jamaica", "Spain", "Greece", "West Yorkshire", "Pendle Water", "dbo_d14", "amra.xo_bd21", "MFH/13/26/4471",
            "RFB-26-08841", "K2209731", "#48812", "Mama", "Auntie", "nana")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s30)


def test_the_counts():
    checks.counts(s30, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s30, HARD, UNMARKED, split=("name", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s30)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Georgian script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")


def test_the_checks_can_fail():
    bad = ((s30.RECORD_C, [("bad", "[[Bebo Lali|name]] and [[Tata Edin|name]] in [[Bosnia|place]] and [[Georgia|place]].")]),)
    found = s30.problems(bad, record_ids=[], record_phones=[])
    for word in ("Bebo", "Tata"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    for region in ("Bosnia", "Georgia"):
        assert any("country" in p and region in p for p in found), region
