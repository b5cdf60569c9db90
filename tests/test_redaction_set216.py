"""Checks of the hand-written held-out redaction set 216 (bench/redaction_set216.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set216 as s216
from tests import hand_set_checks as checks

NAMES, TOTAL = 510, 866
HARD = (("DYER, Ruby", "name"), ("DETHIER, Aurélie", "name"), ("PENNY, Kian", "name"), ("MOSS, Lewis", "name"),
        ("MOSS, Donna", "name"), ("TAPP, Gavin", "name"), ("Jean-François LAMBOTTE", "name"), ("Isla SPARKES", "name"),
        ("Paul\nRendell", "name"), ("Luke\nBarnard", "name"), ("Alan\nPardoe", "name"), ("5parkes", "name"),
        ("Maureen 5parkes", "name"), ("Ke1sey", "name"), ("Is1a", "name"), ("Pard0e", "name"), ("Jeff", "name"),
        ("Big D", "name"), ("big d", "name"), ("tiz", "name"), ("kerry ann", "name"), ("ty", "name"), ("JONNO", "name"),
        ("Maëlle", "name"), ("Chloé", "name"), ("Tomasz Zieliński", "name"), ("o'brien", "name"), ("Bramble", "name"),
        ("Wincanton", "place"), ("wincanton", "place"), ("bayford", "place"), ("Castle Cary", "place"), ("cary", "place"),
        ("shepton", "place"), ("Ansford", "place"), ("North\nCadbury", "place"), ("Milborne\nPort", "place"),
        ("Temp1ecombe", "place"), ("Street", "place"), ("Cole", "place"), ("Pen Mill", "place"), ("Ciney", "place"),
        ("Jambes", "place"), ("Charleroi", "place"), ("Wyke Champflower", "place"), ("Stoney Stratton", "place"),
        ("Higher Woolston Farm", "address"), ("Rue de Fer 28", "address"), ("l7 Furge Lane", "address"),
        ("9 Stati0n R0ad", "address"), ("41 QUEENS ROAD", "address"), ("cale way", "address"), ("no. 5", "address"),
        ("Flat 4, 12 Bath Road", "address"), ("BA22 7BJ", "postcode"), ("5000", "postcode"), ("5590", "postcode"),
        ("Sexey's", "school"), ("King Arthurs", "school"), ("EVERCREECH PRIMARY", "school"), ("2O November 2O26", "date"),
        ("l9/ll/2O26", "date"), ("6 déc.", "date"), ("7th jan", "dob"), ("16.03.2011", "dob"),
        ("+32 470 12 34 56", "phone"), ("+32 81 22 45 67", "phone"), ("01963 350 718", "phone"), ("JK 42 71 58 C", "ni"),
        ("NX 83 15 62 D", "ni"), ("458 727 6472", "nhs"), ("2017090069", "nhs"), ("X933743384099", "upn"),
        ("WF63 KVA", "vehicle"), ("YK14 FDE", "vehicle"), ("jf.lambotte@skynet.be", "email"),
        ("r.mcallister@kingarthurs.somerset.sch.uk", "email"))
UNMARKED = ("Belgium", "Cale Valley Practice", "Yeovil District Hospital", "Avon and Somerset", "AVON AND SOMERSET POLICE",
            "Somerset Council", "Young Somerset", "HMP Guys Marsh", "Turning Point", "Cadbury Castle", "racecourse",
            "kian_p11", "Bobonne", "Parrain", "Papy", "Tatie", "Madame", "Little Chef")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s216)


def test_the_counts():
    checks.counts(s216, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s216, HARD, UNMARKED, split=('name', 'place'))
