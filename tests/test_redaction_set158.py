"""Checks of the hand-written held-out redaction set 158 (bench/redaction_set158.py) that do not use the detector: its
marking checks, its size, its own hard cases and the organisations and landmarks it leaves unmarked."""

from bench import redaction_set158 as s158
from tests import hand_set_checks as checks

NAMES, TOTAL = 595, 1035
# names that are words or towns; scripts; short forms; odd formats
HARD = (("SHARPLES, Bailey", "name"), ("POSTLETHWAITE, Sunny", "name"), ("TENNANT, Harley", "name"), ("WINDER, Mason", "name"),
        ("Ningthoujam, Thoibi Chanu", "name"), ("Bailey SHARPLES", "name"), ("SUNNY POSTLETHWA\nITE", "name"), ("Karen\nBell", "name"),
        ("Kay1eigh Sharp1es", "name"), ("Bai1ey", "name"), ("T. 0kafor", "name"), ("R Fell", "name"), ("Rachel Fell", "name"),
        ("Owen Hall", "name"), ("Helen Little", "name"), ("Siobhan Marsh", "name"), ("Sam Eden", "name"), ("Anna Kirkby", "name"),
        ("Naomi Grace", "name"), ("Nicola Tyson", "name"), ("Rose", "name"), ("Chantelle Nelson", "name"), ("Tebay", "name"),
        ("Akhtar", "name"), ("Hollins", "name"), ("Gregg", "name"), ("Jordy", "name"), ("jordy", "name"), ("kay", "name"),
        ("shan", "name"), ("Shan", "name"), ("bails", "name"), ("stace", "name"), ("sunny", "name"), ("cairns", "name"), ("bell", "name"),
        ("Jaxy", "name"), ("Paula", "name"), ("Lanchen", "name"), ("Tiz", "name"), ("DUKE", "name"), ("Deggsy", "name"),
        ("Mouse", "name"), ("Laishram Sanatombi Devi", "name"), ("Ningthoujam Rajen Singh", "name"), ("Laishram Sanatombi", "name"),
        ("Laishram Ibemhal", "name"), ("ꯊꯣꯢꯕꯤ", "name"), ("ꯂꯥꯟꯆꯦꯟꯕ", "name"), ("ꯇꯣꯝꯕ", "name"), ("زرینہ", "name"), ("ایان", "name"),
        ("نصرت", "name"), ("پروین", "name"), ("Ivy-Rose", "name"), ("Lacey-Mae", "name"), ("Evie-Grace", "name"), ("Amin Lalani", "name"),
        ("Scouse Dave", "name"), ("Hindpool", "place"), ("Roose", "place"), ("ormsgill", "place"), ("Barrow Island", "place"),
        ("Newbarns", "place"), ("Vickerstown", "place"), ("Walney", "place"), ("Biggar", "place"), ("biggar", "place"),
        ("askam", "place"), ("carlisle", "place"), ("Kirkby", "place"), ("Dalton", "place"), ("Dalton-in-Furness", "place"),
        ("Lindal", "place"), ("Ireleth", "place"), ("Kirkby-in-Furness", "place"), ("Askam-in-Furness", "place"),
        ("Barrow-in-Fumess", "place"), ("Barrow", "place"), ("Thangmeiband", "place"), ("Imphal", "place"), ("ꯏꯝꯐꯥꯜ", "place"),
        ("ꯗꯨꯕꯥꯏ", "place"), ("Churachandpur", "place"), ("Aliabad", "place"), ("Karimabad", "place"), ("Hunza", "place"),
        ("Ganish", "place"), ("گلگت", "place"), ("Gilgit", "place"), ("Dubai", "place"), ("maisie", "name"), ("ulverston", "place"),
        ("Lourembam Leikai", "address"), ("Mohalla Hyderabad", "address"), ("17 B1ake St", "address"),
        ("forty-one Abbey Road", "address"), ("duke st", "address"), ("ocean rd", "address"), ("Roose Rd", "address"),
        ("Soutergate", "address"), ("Lord Street", "address"), ("11 Lord Street", "address"), ("5 Nelson Street", "address"),
        ("Flat 9, 33 Dickson Road", "address"), ("Flat 3, 22 Dalkeith Street", "address"), ("Dalkeith St", "address"),
        ("Greengate Junior", "school"), ("Vickerstown", "school"), ("vicky school", "school"), ("DOWDALES", "school"),
        ("Dalton St Mary's", "school"), ("Sir John Barrow School", "school"), ("Sir John Barrow", "school"), ("Askam Village", "school"),
        ("Ducklings", "school"), ("Bumblebees", "school"), ("Little Puffins", "school"), ("thirtieth of July twenty thirteen", "dob"),
        ("14-Feb-2023", "dob"), ("30/07/13", "dob"), ("3rd of Febuary", "date"), ("16th", "date"), ("19th October", "date"),
        ("28/04", "date"), ("4th", "date"), ("26th", "date"), ("8th Oct 2026", "date"), ("July 2nd 2026", "date"), ("14-Feb-2023", "dob"),
        ("23 Aug", "date"), ("+91 98621 47305", "phone"), ("+92 346 5812 093", "phone"), ("+971 50 418 2297", "phone"),
        ("01229 583290", "phone"), ("07531 852877", "phone"), ("558 416 5077", "nhs"), ("P909300413650", "upn"), ("NH 27 60 94 C", "ni"),
        ("PK17 WVD", "vehicle"), ("PN63 HXA", "vehicle"), ("parveen.jiwani@outlook.com", "email"))
UNMARKED = ("Roose Clinic", "Dalton Surgery", "Atkinson Health Centre", "Ulverston Health Centre", "Furness General",
            "University Hospitals of Morecambe Bay", "HMP Haverigg", "If he rings from\nHaverigg", "Barrow Family Court", "Walney ABC",
            "Walney Young Carers", "Walney Community Pantry", "Hindpool Tigers", "Lancaster Children's Unit", "Walney bridge",
            "Custom House", "Earnse Bay", "Craven House", "Ford Park", "BAE Systems", "GSK", "Unity", "Language Line", "Cafcass",
            "Cumbria Constabulary", "Cumbria Police", "Lancashire police", "South Cumbria", "Manipur", "Durga Puja", "Navroz", "Biscuit",
            "The Gruffalo", "Fell off the sofa", "Wetherspoons", "Feb-Mar 2026", "due\nMarch 2027", "Ima", "Ipa", "Ibok", "Nano", "Ammi",
            "Mukhi", "Meetei Mayek", "Meiteilon", "Burushaski", "ꯏꯃꯨꯡ", "BW26C00417", "LG/26/0913", "40391", "collar two-six-one-four")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s158)


def test_the_counts():
    checks.counts(s158, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s158, HARD, UNMARKED, split=("name",))


def test_its_own_hard_cases():
    spans = checks.spans(s158)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Meetei Mayek and Urdu script
    assert any("-" in name and name[0].isupper() for name in names)  # hyphenated names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(words.islower() for words, k in spans if k == "address")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Meetei Mayek and Urdu
