"""Checks of the hand-written held-out redaction set 190 (bench/redaction_set190.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set190 as s190
from tests import hand_set_checks as checks

NAMES, TOTAL = 513, 902
HARD = (("TYSON, Kacey", "name"), ("SEYTMURATOVA, Aygul", "name"), ("FEARON, Finlay", "name"), ("GLENDINNING, Oscar", "name"),
        ("Paul\nCrosthwaite", "name"), ("Saparbay\nSeytmuratov", "name"), ("Kerry\nWallace", "name"), ("Reggie PAPE", "name"),
        ("Gulnara DAULETBAEVA", "name"), ("Joanne BeIl", "name"), ("Tyler BeII", "name"), ("Jack T", "name"), ("lewis h", "name"),
        ("jack thompson", "name"), ("Scouse Phil", "name"), ("Deano", "name"), ("Ayka", "name"), ("Ayimxan", "name"),
        ("Millie", "name"), ("Lace", "name"), ("Nicky", "name"), ("fin", "name"), ("ez", "name"), ("Ken", "name"),
        ("Saparbay", "name"), ("Rustam Ahmedov", "name"), ("O. Glendinning", "name"), ("J Bell", "name"),
        ("Cockermouth", "place"), ("cockermouth", "place"), ("Harris Park", "place"), ("harris park", "place"),
        ("Papcastle", "place"), ("Highmoor", "place"), ("Wigton", "place"), ("Silloth", "place"), ("silloth", "place"),
        ("Abbeytown", "place"), ("abbeytown", "place"), ("Skinburness", "place"), ("Sklnburness", "place"),
        ("SiIloth", "place"), ("Workingt0n", "place"), ("Great\nBroughton", "place"), ("great broughton", "place"),
        ("Nukus", "place"), ("Nókis", "place"), ("Blitterlees", "place"), ("Newton Arlosh", "place"),
        ("Dosnazarov ko'shesi 15", "address"), ("27 Harris Pk Rd", "address"), ("no. 31", "address"), ("no 29", "address"),
        ("Botchergate", "address"), ("2 Marsh Vlew", "address"), ("230100", "postcode"), ("CA7 4QX", "postcode"),
        ("Beacon HiII", "school"), ("Holme St Cuthbert", "school"), ("Cockermouth School", "school"),
        ("l4/11/2O26", "date"), ("O8/02/1979", "dob"), ("3O/O7/2OO7", "dob"), ("the 20th", "date"), ("14th", "date"),
        ("Boxing Day 2023", "date"), ("Oct 28th", "date"), ("2/11/26", "date"), ("11/04/2018", "dob"),
        ("+998 61 222 45 78", "phone"), ("07412 885 017", "phone"), ("PN19 KXW", "vehicle"), ("PE68 MVN", "vehicle"),
        ("JR 48 26 13 C", "ni"), ("NH 63 17 42 A", "ni"), ("490 496 0351", "nhs"), ("4904960351", "nhs"),
        ("W909207612769", "upn"), ("nicky.hodgson85@gmail.com", "email"), ("anna.whiteside@nhs.net", "email"))
UNMARKED = ("Cumbria Police", "ALLERDALE AREA", "Hawthorn House", "Cumberland Infirmary", "krr_99", "t.xx_", "Bramble",
            "the B5302", "Apa:", "Ájapa", "Imam", "Granda", "Co-op", "Karakalpak", "Uzbek", "the Abbey", "X4 bus",
            "OCR scan")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s190)


def test_the_counts():
    checks.counts(s190, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s190, HARD, UNMARKED)
