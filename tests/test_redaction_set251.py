"""Checks of the hand-written held-out redaction set 251 (bench/redaction_set251.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set251 as s251
from tests import hand_set_checks as checks

NAMES, TOTAL = 528, 894
HARD = (("PARDOE, Tyler", "name"), ("CHINEN, Mariko", "name"), ("CHINEN, Kenji", "name"), ("OSHIRO, Emiko", "name"),
        ("FARROW, Jack", "name"), ("LOWTHER, Skye", "name"), ("HOLLIS, Wayne", "name"), ("CAMPBELL-REEVE, Malachi", "name"),
        ("Malachi CAMPBELL-REEVE", "name"), ("Kieran WESTWOOD", "name"), ("WAYNE HOLLIS", "name"), ("Martin\nCrofts", "name"),
        ("PARDOE", "name"), ("WAYNE", "name"), ("F. 0yelaran", "name"), ("Ma1achi", "name"), ("Trudgi11", "name"),
        ("Kai Campbe11", "name"), ("Hussa1n", "name"), ("debbie pardoe", "name"), ("lee bissell", "name"), ("bizz", "name"),
        ("ty", "name"), ("myaa", "name"), ("skyeee", "name"), ("gaz", "name"), ("Haru", "name"), ("Tsuru", "name"),
        ("Seiichi Shimabukuro", "name"), ("Oscar B", "name"), ("D. Platt", "name"), ("Jacko", "name"), ("Dre", "name"),
        ("Bourne", "name"), ("kibble", "name"), ("Broom", "place"), ("broom", "place"), ("salford priors", "place"),
        ("Salford\nPriors", "place"), ("Wootton\nWawen", "place"), ("wootton wawen", "place"), ("Woott0n Wawen", "place"),
        ("Stratf0rd", "place"), ("Handsw0rth", "place"), ("Kinwarton", "place"), ("Oversley Green", "place"),
        ("oversley", "place"), ("great alne", "place"), ("Beaudesert", "place"), ("Marlcliff", "place"), ("welford", "place"),
        ("Itoman", "place"), ("いとまん", "place"), ("Naha", "place"), ("Okinawa City", "place"), ("Makishi", "place"),
        ("Winyates", "place"), ("l2 Pennyford Lane", "address"), ("Flat 4, 2 Icknield Close", "address"),
        ("no. 16", "address"), ("no 7", "address"), ("B50 4HR", "postcode"), ("WR11 8LB", "postcode"),
        ("alcester academy", "school"), ("Wootton Wawen Primary", "school"), ("ALCESTER ACADEMY", "school"),
        ("2l Nov 2O26", "date"), ("l9/ll/2O26", "date"), ("3rd of\nFebruary", "date"), ("28th", "date"),
        ("O2/ll/2Ol7", "dob"), ("17.02.2013", "dob"), ("+81 98 994 2316", "phone"), ("+81 90 3418 7725", "phone"),
        ("+81 98 863 1547", "phone"), ("01789 490 138", "phone"), ("PW 61 83 27 B", "ni"), ("577 585 0351", "nhs"),
        ("5106473039", "nhs"), ("K937124401233", "upn"), ("FN19 LXO", "vehicle"), ("ros.dainty@nhs.net", "email"),
        ("carol.rudge58@btinternet.com", "email"))
UNMARKED = ("Mochi", "Scout", "Tyson", "March 2025", "in 2021", "Bonfire Night", "Christmas", "Bidford Health Centre",
            "WARWICKSHIRE POLICE", "Carers Arden", "obaa", "anmaa", "tanmee", "-san", "Okinawa,", "Japanese", "awamori", "20:05")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s251)


def test_the_counts():
    checks.counts(s251, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s251, HARD, UNMARKED, split=("name", "place"))
