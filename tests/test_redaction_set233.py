"""Checks of the hand-written held-out redaction set 233 (bench/redaction_set233.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set233 as s233
from tests import hand_set_checks as checks

NAMES, TOTAL = 481, 856
HARD = (("BROOK, Tayla", "name"), ("Helen\nRamsden", "name"), ("Ruth\nBardsley", "name"), ("Hade\nEdge", "place"),
        ("TUUGAHALA, Sosefo", "name"), ("LOCKWOOD, Kacey", "name"), ("HUSSAIN, Zayan", "name"),
        ("FIRTH, Harley", "name"), ("Zayan HUSSAlN", "name"), ("AdeeI", "name"), ("C. 0koye", "name"), ("G. Sykes", "name"),
        ("Sefo", "name"), ("Kalolina", "name"), ("Lina", "name"), ("Falakika Lauhea", "name"), ("Aloisio Vaitootai", "name"),
        ("Lusia Folituu", "name"), ("jord", "name"), ("dazza", "name"), ("stace", "name"), ("shan", "name"), ("oak", "name"),
        ("oakleys", "name"), ("ellie maes", "name"), ("Kace", "name"), ("Tyson", "name"), ("Biscuit", "name"), ("Patel", "name"),
        ("Hade Edge", "place"), ("hade edge", "place"), ("new mill", "place"), ("slawit", "place"), ("GreenfieId", "place"),
        ("Mata-Utu", "place"), ("Liku", "place"), ("Hahake", "place"), ("Wallis", "place"), ("Nouméa", "place"),
        ("uppermill", "place"), ("dobcross", "place"), ("Meltham Mills", "place"), ("Helme", "place"), ("Thongsbridge", "place"),
        ("binn rd", "address"), ("l5 Chew VaIe", "address"), ("no. 11", "address"), ("Flat 6, 41 Manchester Road", "address"),
        ("HD9 2RT", "postcode"), ("OL3 6HX", "postcode"), ("St Chad's", "school"), ("Colne Valley High", "school"),
        ("l4 0ctober 2O26", "date"), ("28/O3/2Ol7", "dob"), ("22 septembre 2026", "date"), ("the 20th", "date"),
        ("+681 72 14 38", "phone"), ("+681 82 53 07", "phone"), ("01484 851 647", "phone"), ("SK 62 48 17 B", "ni"),
        ("NB 37 54 12 D", "ni"), ("737 326 8455", "nhs"), ("444 695 8445", "nhs"), ("N353810567395", "upn"),
        ("MA70 UXE", "vehicle"), ("YG19 HNP", "vehicle"), ("malia.folituu88@gmail.com", "email"), ("claire.wood7@nhs.net", "email"))
UNMARKED = ("West Yorkshire Police", "Greater Manchester Police", "Holme Valley Medical Practice", "Huddersfield Royal Infirmary",
            "Roya1 0ldham Hosp1tal", "Oldham Council", "KIRKLEES MASH", "Colne Valley cluster", "Holme Valley family hub",
            "Wallisian ('Uvean)", "Civic Centre", "Madame", "Fr ", "nana", "Tesco", "Royal Oldham Hospital")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s233)


def test_the_counts():
    checks.counts(s233, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s233, HARD, UNMARKED, split=('name',))
