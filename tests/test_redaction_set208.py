"""Checks of the hand-written held-out redaction set 208 (bench/redaction_set208.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set208 as s208
from tests import hand_set_checks as checks

NAMES, TOTAL = 513, 915
HARD = (("PUGH, Alfie", "name"), ("DOĞAN, Rojda", "name"), ("WHITLOCK, Oscar James", "name"),
        ("Ellie-Mae BOWEN", "name"), ("Hıdır Doğan", "name"), ("Fadime Aydın", "name"), ("Songül Kaya", "name"),
        ("Dean\nLloyd", "name"), ("Jean\nJervis", "name"), ("Jone5", "name"), ("jacko", "name"), ("Jacko", "name"),
        ("Tizz", "name"), ("tizz", "name"), ("Robbo", "name"), ("shaz", "name"), ("danielle", "name"), ("Gaz", "name"),
        ("Clun", "place"), ("clun", "place"), ("Clunton", "place"), ("clunton", "place"), ("Bishop's Castle", "place"),
        ("bishops castle", "place"), ("Bishops Castel", "place"), ("Chaple Lawn", "place"), ("Chapel Lawn", "place"),
        ("Newcastle-on-Clun", "place"), ("newcastle", "place"), ("Lydbury\nNorth", "place"), ("Knightom", "place"),
        ("Knlghton", "place"), ("Stenbol", "place"), ("Pülümür", "place"), ("Tunceli", "place"), ("Brampton Bryan", "place"),
        ("4 Union Street", "address"), ("Pentre Cottage", "address"), ("no.5", "address"), ("no 2", "address"),
        ("4 hospital ln", "address"), ("Dunsheath", "address"), ("SY9 5AJ", "postcode"), ("LD7 1BT", "postcode"),
        ("CLUN PRIMARY SCHOOL", "school"), ("Severndale", "school"), ("l8th 0ctober", "date"), ("3l Oct", "date"),
        ("2Oth", "date"), ("23rd", "date"), ("21st April", "dob"), ("22/05/2011", "dob"), ("+90 428 213 45 67", "phone"),
        ("+90 532 418 27 63", "phone"), ("01547 528 164", "phone"), ("FE21 WKN", "vehicle"), ("KN09 XTA", "vehicle"),
        ("JT 48 21 67 C", "ni"), ("826 464 9335", "nhs"), ("9828630974", "nhs"), ("W893361253094", "upn"),
        ("t.whitlock.farm@gmail.com", "email"))
UNMARKED = ("SHROPSHIRE", "Dersim", "Turkey", "Powys", "Clun Surgery", "Knighton Surgery", "Bishop's Castle Medical Practice",
            "SpArC", "HMP Stoke Heath", "West Mercia Police", "Dyfed-Powys", "Redwoods", "Marches Council", "Hillcrest",
            "tizz_0121", "moto_jp10", "kd_2009", "O.W.", "J.P.", "EMB", "Biscuit", "Bonnie", "the A488", "the B4385",
            "I0.30", "March 2027", "pîrike", "Zazaki")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s208)


def test_the_counts():
    checks.counts(s208, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s208, HARD, UNMARKED)
