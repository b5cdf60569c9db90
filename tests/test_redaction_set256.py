"""Checks of the hand-written held-out redaction set 256 (bench/redaction_set256.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set256 as s256
from tests import hand_set_checks as checks

NAMES, TOTAL = 509, 890
HARD = (("HARDCASTLE, Tyler", "name"), ("LAIPANOVA, Madina", "name"), ("BAYRAMUKOV, Rasul", "name"), ("Alim BAYRAMUKOV", "name"),
        ("BRAMALL, Holly", "name"), ("DOBSON, Paige", "name"), ("PEARSON, Gemma", "name"), ("Marlon CAMPBELL", "name"),
        ("GEMMA PEARSON", "name"), ("PAIGE", "name"), ("Martin\nGreaves", "name"), ("Josh\nMerrill", "name"),
        ("Jordan\nJevons", "name"), ("Scott\nFairclough", "name"), ("Hlrst", "name"), ("Jayden Campbe1l", "name"),
        ("P1ckering", "name"), ("0ldroyd", "name"), ("Alimchik", "name"), ("Oskar", "name"), ("jaydn", "name"),
        ("Robbo", "name"), ("robbos", "name"), ("kayleighs", "name"), ("Reenie", "name"), ("Finners", "name"), ("Hols", "name"),
        ("jj", "name"), ("paige", "name"), ("dean robinson", "name"), ("Skelly", "name"), ("H. Coldwell", "name"),
        ("Fatima", "name"), ("Halimat Bayramukova", "name"),
        ("New\nRossington", "place"), ("Old Rossington", "place"), ("bawtry", "place"), ("Bawtry", "place"),
        ("tickhill", "place"), ("Tickhill", "place"), ("finningley", "place"), ("Finningley", "place"), ("Auck1ey", "place"),
        ("Aucklev", "place"), ("lindrick", "place"), ("Karachayevsk", "place"), ("Uchkulan", "place"), ("uchkulan", "place"),
        ("Teberda", "place"), ("Cherkessk", "place"), ("Misson", "place"), ("Austerfield", "place"), ("Blaxton", "place"),
        ("6 Wadworth\nHall Lane", "address"), ("Flat 3, 41 Bawtry Road", "address"), ("no. 29", "address"), ("no 6", "address"),
        ("Hayfield Lane", "address"), ("DN10 6PU", "postcode"), ("DN9 3NB", "postcode"), ("mayflower", "school"),
        ("hall cross", "school"), ("Tickhill Estfeld", "school"), ("l9 November 2O26", "date"), ("2O/ll/2O26", "date"),
        ("13th of January", "dob"), ("28 July", "dob"), ("9th", "date"), ("+7 928 365 41 27", "phone"),
        ("+7 938 021 77 54", "phone"), ("+7 928 140 62 03", "phone"), ("01302 710 482", "phone"), ("SJ 62 47 19 C", "ni"),
        ("746 560 7639", "nhs"), ("5950748220", "nhs"), ("W371559184824", "upn"), ("F371202825804", "upn"),
        ("YF21 OPL", "vehicle"), ("YE17 HNV", "vehicle"), ("pauline.drury54@btinternet.com", "email"),
        ("k.ashworth@justice.gov.uk", "email"))
UNMARKED = ("Tyson", "Bella", "Christmas 2025", "summer 2025", "since 2022", "Bonfire Night", "Christmas Day", "Russia",
            "Karachay-Cherkessia", "Doncaster Royal Infirmary", "Tickhill Surgery", "South Yorkshire Police", "HMP Doncaster",
            "Bawtry and Blyth Medical", "Doncaster Young Carers", "Apa", "Anam", "Atam", "appa", "amma", "A1(M)", "the castle",
            "pd.x0x", "jjevons_19", "Wednesday", "Interchange")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s256)


def test_the_counts():
    checks.counts(s256, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s256, HARD, UNMARKED, split=("name", "place"))
