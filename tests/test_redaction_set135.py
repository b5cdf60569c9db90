"""Checks of the hand-written held-out redaction set 135 (bench/redaction_set135.py) that do not use the detector:
its marking has no problems, its size, its own hard cases and the organisations and landmarks left unmarked."""

from bench import redaction_set135 as s135
from tests import hand_set_checks as checks

NAMES, TOTAL = 556, 986
# names that are words or towns; scripts; short forms; odd formats
HARD = (("MERCER, Tyler-Jay", "name"), ("PERRINE, Dylan", "name"), ("RAMDIN, Kavya", "name"), ("SIVAKUMAR, Nila", "name"),
        ("STRIDE, Callum", "name"), ("Callum STRIDE", "name"), ("H. Okafor", "name"), ("K. Mercer", "name"), ("T HUSSAIN", "name"),
        ("nila S", "name"), ("tyler r", "name"), ("Imogen\nLake", "name"), ("lvy", "name"), ("Jean Horley", "name"),
        ("Lewis Crawley", "name"), ("Crawley", "name"), ("Connor Ifield", "name"), ("Oliver", "name"), ("oliver", "name"),
        ("Rebecca Summers", "name"), ("Hollie Brand", "name"), ("Smokes", "name"), ("Deano", "name"), ("Ti-Paul", "name"),
        ("Kimmy", "name"), ("Marie-Josée", "name"), ("Jean-Noël Legros", "name"), ("Josh", "name"), ("darcie", "name"), ("jean", "name"),
        ("Darcie Mae", "name"), ("Mirza Khan", "name"), ("विद्या", "name"), ("काव्या", "name"), ("நிலா", "name"),
        ("رخسانہ نورین", "name"), ("فیون", "name"), ("علیان", "name"), ("Raju", "name"), ("Horley", "place"), ("Crawley", "place"),
        ("Ifield", "place"), ("Langley Grn", "place"), ("Three Bridges", "place"), ("Rodrigues", "place"), ("Grande Montagne", "place"),
        ("Port Mathurin", "place"), ("Londres", "place"), ("Triolet", "place"), ("ट्रियोले", "place"), ("Nallur", "place"),
        ("Jaffna", "place"), ("ملتان", "place"), ("بریڈفورڈ", "place"), ("Thornton\nHeath", "place"), ("charlwood", "place"),
        ("redhill", "place"), ("crawley", "place"), ("l4 Breezehurst Dr", "address"), ("no. 16", "address"), ("16", "address"),
        ("14", "address"), ("9", "address"), ("lee street", "address"), ("14 Temple Road", "address"),
        ("House 112, Street 4, Gulgasht Colony", "address"), ("6 Ashdown\nDrive", "address"), ("Flat 6, 31 Martyrs Avenue", "address"),
        ("31 Martyrs Ave", "address"), ("Tinsley Green\nInfant School", "school"), ("meath green", "school"), ("oakwood", "school"),
        ("Tilgate Forest", "school"), ("Breezehurst", "school"), ("Hazelwick", "school"), ("Little Acorns", "school"), ("2Oth", "date"),
        ("30th", "date"), ("21st", "date"), ("13th", "date"), ("20", "date"), ("8 December\n2026", "date"), ("28/29 November", "date"),
        ("24-11-26", "date"), ("14.04.2011", "dob"), ("30.08.12", "dob"), ("12/12/85", "dob"), ("+230 831 1472", "phone"),
        ("+230 5918 3307", "phone"), ("+94 77 318 4426", "phone"), ("+92 61 458 2217", "phone"), ("JT 46 81 27 B", "ni"),
        ("GX19 KPV", "vehicle"), ("GJ21 XOT", "vehicle"), ("764 203 4237", "nhs"), ("T936526018159", "upn"),
        ("lorna.pike67@icloud.com", "email"), ("dean@k2cars-crawley.co.uk", "email"))
UNMARKED = ("Crawley Foodbank", "Crawley Open House", "Crawley Town Hall", "Crawley Family Centre", "Bewbush Medical Centre",
            "Three Bridges Health Centre", "Southgate Medical Group", "Tilgate Surgery", "Birch House Surgery", "East Surrey Hospital",
            "K2 Cars", "Shri Ram Mandir", "Jaffna Kings", "Surrey Young Carers", "Karma Nirvana", "Change Grow Live", "LinguaSouth",
            "West Weald Council", "Family Court at Brighton", "horley park", "Trou d'Argent", "County Mall", "Gatwick N Terminal",
            "Lakshmi", "Diwali", "Varalakshmi", "Deepavali", "Appa", "Amma", "Paati", "Mesie", "mo mama", "abbu", "senior", "HO", "LT",
            "mrs k", "kav.ya_x_", "Mauritius", "Sri Lanka", "Pakistan", "Surrey Police", "British Transport Police", "47260198843",
            "GMC 7012345", "Sept 2025")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s135)


def test_the_counts():
    checks.counts(s135, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s135, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s135)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Devanagari, Tamil and Urdu script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Urdu and Devanagari
