"""Checks of the hand-written held-out redaction set 250 (bench/redaction_set250.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set250 as s250
from tests import hand_set_checks as checks

NAMES, TOTAL = 495, 853
HARD = (("PARSONS, Tyler", "name"), ("ALHASSAN, Fuseini", "name"), ("BOOTH, Keeley", "name"), ("HAYWOOD, Laura", "name"),
        ("PROBERT, Keith", "name"), ("Tyler PARSONS", "name"), ("Jaden CLARKE-MILLS", "name"), ("JADEN", "name"),
        ("Becky\nHolloway", "name"), ("Chelsea\nDyer", "name"), ("Jonathan\nDeakin", "name"), ("Amira\nSaleem", "name"),
        ("Pauline\nHurd", "name"), ("P0ppy HAYW00D", "name"), ("Shei1a Pard0e", "name"), ("G. Fairbaim", "name"),
        ("Kaleigh Cotterill", "name"), ("Fusi", "name"), ("Ayi", "name"), ("Keef", "name"), ("K-Dog", "name"), ("Zee", "name"),
        ("kay", "name"), ("chels", "name"), ("keels", "name"), ("ozzy", "name"), ("tylers", "name"), ("Mahama", "name"),
        ("Abdul-Rahaman Alhassan", "name"), ("Fernhill\nHeath", "place"), ("Fernhill Heath", "place"), ("Westlands", "place"),
        ("westlands", "place"), ("Ombersley", "place"), ("ombersley", "place"), ("Hanbury Wharf", "place"), ("wharf", "place"),
        ("Droitwich Spa", "place"), ("Dr0itwich", "place"), ("Br0msgrove", "place"), ("brum", "place"), ("Tamale", "place"),
        ("tamale", "place"), ("Yendi", "place"), ("Savelugu", "place"), ("Gushegu", "place"), ("Salwarpe", "place"),
        ("Hampton Lovett", "place"), ("2 SaItway Cottages", "address"), ("Hanbury\nRoad", "address"), ("Droitwich\nRoad", "address"),
        ("addyes way", "address"), ("no. 16", "address"), ("no 21", "address"), ("Flat 4, 60 Sansome Walk", "address"),
        ("Foregate Street", "address"), ("B6O 4BT", "postcode"), ("WR9 0HL", "postcode"), ("Witton Middle School", "school"),
        ("Hanbury First", "school"), ("Chawson First", "school"), ("l9/ll/2O26", "date"), ("O8/O2/2O27", "date"),
        ("3rd of\nAugust", "date"), ("l4 November", "date"), ("19th", "date"), ("12 January", "dob"), ("O5/1O/2Ol7", "dob"),
        ("+233 24 418 7730", "phone"), ("+233 20 563 1942", "phone"), ("01905 620 351", "phone"), ("NH 62 48 19 B", "ni"),
        ("988 248 3909", "nhs"), ("Q885486076546", "upn"), ("WR16 HXL", "vehicle"), ("FJ67 WZP", "vehicle"),
        ("fiona.tranter@nhs.net", "email"), ("stacey.mills90@hotmail.co.uk", "email"))
UNMARKED = ("WEST MERCIA POLICE", "Worcestershire Royal", "HMP Hewell", "Raven Hotel", "WORCESTERSHIRE ACUTE HOSPITALS", "tuo zaafi",
            "Asr", "Tyson", "Nibbles", "biscuit", "jonno_x", "Yaba", "Mma", "Dagbani", "Christmas", "since 1998", "in 2021",
            "since August", "st andrews", "B4090", "Ghana")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s250)


def test_the_counts():
    checks.counts(s250, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s250, HARD, UNMARKED)
