"""Checks of the hand-written held-out redaction set 108 (bench/redaction_set108.py) that do not use the detector:
its own marking checks, size and hard cases."""

from bench import redaction_set108 as s108
from tests import hand_set_checks as checks

NAMES, TOTAL = 171, 337
HARD = (("ATHMAN, Faraji", "name"), ("BUTT, Hira", "name"), ("Kayden BUCKLEY", "name"), ("Jade Schofie1d", "name"),
        ("Amber\nWhitehead", "name"), ("pa nhia", "name"), ("tou", "name"), ("macie", "name"), ("gary", "name"), ("jess", "name"),
        ("Dawn", "name"), ("Kelly", "name"), ("Heap", "name"), ("Deano", "name"), ("Yer", "name"), ("Vang", "name"), ("Crowther", "name"),
        ("royton", "place"), ("shaw", "place"), ("0LDHAM", "place"), ("Nîmes", "place"), ("Mombasa", "place"), ("Dadyal", "place"),
        ("Mirpur", "place"), ("Hollinwood", "place"), ("22 Ho1ts Lane", "address"), ("7 vulcan st", "address"), ("ruskin", "address"),
        ("derker fold", "school"), ("Oldham Academy North", "school"), ("Chadderton Hall", "school"), ("+254 722 418 305", "phone"),
        ("+33 6 42 18 77 05", "phone"), ("24/11", "date"), ("17.11.26", "date"), ("5th Dec", "date"), ("02/05/2013", "dob"),
        ("Andrea Lees", "name"), ("Lees", "place"), ("Karen Holt", "name"), ("Holts", "place"), ("Les Escholiers", "school"),
        ("Kismayo", "place"), ("Bigz", "name"), ("Gill", "name"), ("number 24", "address"), ("no. 50", "address"),
        ("MX19 KTE", "vehicle"), ("KERSHAW, Macie", "name"), ("Little Acorns Nursery", "school"), ("hira", "name"), ("19th", "date"),
        ("Mtwapa", "place"), ("Faza", "place"), ("VANG Pa Nhia", "name"), ("34070", "postcode"), ("12 rue des Tilleuls", "address"),
        ("BD68 WXR", "vehicle"), ("Flat 6", "address"), ("Fara", "name"), ("gary kershaw", "name"),
        ("H0LTS LANE PRIMARY SCH0OL", "school"), ("Pauline LORD", "name"), ("3rd", "date"), ("nou.her@orange.fr", "email"),
        ("19/02/2011", "dob"), ("tom.stott@limesidebrook.sch.uk", "email"))
UNMARKED = ("Alexandra Park", "Daisy Nook", "Piccadilly", "Asian Grocery", "Bruno", "Easter Monday", "GMP", "FMU", "FMPO", "Teams",
            "niam tais", "auntie", "26/118842", "PN", "Christmas", "Royal Oldham Hospital", "Failsworth Health Centre", "Oldham Coliseum",
            "Oldham Recovery Service", "Swahili", "ChatHealth", "pakistan", "Hmong Dawb", "55102", "Piccadilly Gardens", "Golf",
            "Dog Warden Service", "Collège")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s108)


def test_the_counts():
    checks.counts(s108, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s108, HARD, UNMARKED, split=("name",))


def test_its_own_hard_cases():
    spans = checks.spans(s108)
    names = [words for words, kind in spans if kind == "name"]
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
