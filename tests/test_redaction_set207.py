"""Checks of the hand-written held-out redaction set 207 (bench/redaction_set207.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set207 as s207
from tests import hand_set_checks as checks

NAMES, TOTAL = 511, 908
HARD = (("MADDOX, Kaiden", "name"), ("ANGMO, Padma", "name"), ("HARRIS, Brody James", "name"), ("GITTINS, Chelsea", "name"),
        ("HUSSAIN-JUKES, Zayn", "name"), ("Lacey MADDOX", "name"), ("Stanzin DOLMA", "name"), ("Tristan\nHale", "name"),
        ("Kate\nBradley", "name"), ("Dawn\nGenner", "name"), ("སྟན་འཛིན་སྒྲོལ་མ", "name"), ("Chelsea G", "name"),
        ("Mucka", "name"), ("mucka", "name"), ("Zee", "name"), ("zee", "name"), ("Blue", "name"), ("stace", "name"),
        ("brenda preece", "name"), ("padma", "name"), ("Brody", "name"), ("A1fie", "name"), ("Mandv", "name"), ("lsla", "name"),
        ("B0ucher", "name"), ("Rubv", "name"), ("Phuntsog", "name"), ("Tsering", "name"), ("K. Wilde", "name"),
        ("Tenbury Wells", "place"), ("tenbury", "place"), ("Tenbury", "place"), ("Burford", "place"), ("burford", "place"),
        ("Cleobury Mortimer", "place"), ("Cleobury\nMortimer", "place"), ("cleobury mortimer", "place"), ("cleobury", "place"),
        ("Clows Top", "place"), ("clows top", "place"), ("Kinlet", "place"), ("Kin1et", "place"), ("Te1ford", "place"),
        ("C1eobury", "place"), ("Highlev", "place"), ("Newnham Bridge", "place"), ("Hopton Wafers", "place"),
        ("hopton", "place"), ("Leh", "place"), ("Kiddy", "place"), ("kiddy", "place"), ("Knighton on Teme", "place"),
        ("Button Oak", "place"), ("Far Forest", "place"), ("far forest", "place"), ("Lickhill", "place"),
        ("8 Kyrewood Close", "address"), ("kyrewood", "address"), ("teme street", "address"), ("no 5", "address"),
        ("no. 2", "address"), ("Horsefair", "address"), ("Orchard View, Station Road", "address"), ("mamble rd", "address"),
        ("Flat 2, 19 Comberton Hill", "address"), ("WR15 8FJ", "postcode"), ("DY14 0HR", "postcode"),
        ("Lacon Childe", "school"), ("Lacon\nChilde", "school"), ("Riverside", "school"), ("Stottesdon", "school"),
        ("25/11/2O26", "date"), ("12th", "date"), ("3rd December", "date"),
        ("January 4th", "date"), ("Dec 3rd", "date"), ("1/12", "date"),
        ("12 / 09 / 2018", "dob"), ("14.3.18", "dob"), ("+91 94191 76342", "phone"),
        ("+91 1982 252 364", "phone"), ("FY15 KWD", "vehicle"), ("BK19 XRF", "vehicle"), ("JT 48 27 61 C", "ni"),
        ("PW 62 19 84 A", "ni"), ("893 205 2719", "nhs"), ("533 388 4889", "nhs"),
        ("C885526018159", "upn"), ("K893993518190", "upn"), ("beckyjukes90@gmail.com", "email"))
UNMARKED = ("Ladakh", "Cyprus", "Worcestershire Children First", "West Mercia Police", "Change Grow Live",
            "Cleobury Mortimer Medical Centre", "West Mercia Women's Aid", "Reach Out", "bandz.4l", "brodz_h11", "tgenner_x",
            "Abi:", "Meme:", "Aba:", "achey", "Nipper", "racecourse", "Thursday", "Christmas", "Shropshire Council",
            "MP/26/4471", "PHQ-9")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s207)


def test_the_counts():
    checks.counts(s207, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s207, HARD, UNMARKED)
