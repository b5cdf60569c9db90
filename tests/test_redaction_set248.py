"""Checks of the hand-written held-out redaction set 248 (bench/redaction_set248.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set248 as s248
from tests import hand_set_checks as checks

NAMES, TOTAL = 511, 877
HARD = (("DYER, Tyler", "name"), ("POTTLE, Poppy", "name"), ("MARGIANI, Nino", "name"), ("GABLIANI, Levan", "name"),
        ("Nino MARGIANI", "name"), ("Levan GABLIANI", "name"), ("REEVES, Jayden", "name"), ("Andre PHELPS", "name"),
        ("NOYCE, Ruby", "name"), ("ADEYEMI, Daniel", "name"), ("WHITMARSH, Jack", "name"), ("Martin\nGulliver", "name"),
        ("Owain\nPryce", "name"), ("Rebecca\nHarnett", "name"), ("Tamuna", "name"), ("Tamar G.", "name"), ("Gio", "name"),
        ("Mzia Margiani", "name"), ("Tamta Kvitsiani", "name"), ("Danie1", "name"), ("Funmi1ayo Adeyemi", "name"),
        ("R. 0konjo-Waite", "name"), ("Co1in Penny", "name"), ("Ty", "name"), ("tylers", "name"), ("jay", "name"),
        ("libs", "name"), ("Tee", "name"), ("Dre", "name"), ("Rubes", "name"), ("LEWIS", "name"), ("lins", "name"),
        ("sheila pottle", "name"), ("jayden reeves", "name"), ("Noyce", "name"),
        ("Tisbury", "place"), ("tisbury", "place"), ("Tlsbury", "place"), ("Downton", "place"), ("downton", "place"),
        ("Broad Chalke", "place"), ("Broad\nChalke", "place"), ("Bowerchalke", "place"), ("bowerchalke", "place"),
        ("Ebbesbourne Wake", "place"), ("Fonthi1l Gifford", "place"), ("Morgan's Vale", "place"), ("Redlynch", "place"),
        ("Mestia", "place"), ("Ushguli", "place"), ("Becho", "place"), ("Zugdidi", "place"), ("Tbilisi", "place"),
        ("Ibadan", "place"), ("Bemerton Heath", "place"), ("coombe bissett", "place"), ("Tuckingmill", "place"),
        ("4 Zi0n HiII", "address"), ("14 Weavers Close", "address"), ("no. 29", "address"), ("no 5", "address"),
        ("duck st", "address"), ("The Borough", "address"), ("Fernleigh House", "address"),
        ("Flat 3, 41 Fisherton Street", "address"), ("SP3 6QR", "postcode"), ("SP5 5EJ", "postcode"),
        ("st johns", "school"), ("trafalgar", "school"), ("St J0hn's", "school"), ("Redlynch", "school"),
        ("2O November 2O26", "date"), ("l7/ll/2O26", "date"), ("3rd of\nNovember", "date"), ("21 Nov", "date"),
        ("9th", "date"), ("ll/lO/2O2O", "dob"), ("9 March 2012", "dob"), ("+995 599 48 27 16", "phone"),
        ("+995 577 31 62 08", "phone"), ("01747 871 394", "phone"), ("SK 62 48 19 D", "ni"), ("673 715 4972", "nhs"),
        ("337 260 2013", "nhs"), ("J865865158093", "upn"), ("M865015555760", "upn"), ("WP17 HZD", "vehicle"),
        ("HN19 WKT", "vehicle"), ("imogen.sherratt@nhs.net", "email"), ("funmi.adeyemi89@gmail.com", "email"))
UNMARKED = ("Svaneti", "Salisbury District Hospital", "Carer Support Wiltshire", "WILTSHIRE POLICE", "Rolo", "Pickle", "Tyson",
            "Christmas 2026", "christmas once", "genatsvale", "bebia", "babua", "deida", "Georgian", "23:52")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s248)


def test_the_counts():
    checks.counts(s248, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s248, HARD, UNMARKED)
