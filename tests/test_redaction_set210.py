"""Checks of the hand-written held-out redaction set 210 (bench/redaction_set210.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set210 as s210
from tests import hand_set_checks as checks

NAMES, TOTAL = 514, 901
HARD = (("ALCOCK, Tyler", "name"), ("MUBITA, Mwangala", "name"), ("McCALL, Liam", "name"), ("PLANT, Gemma", "name"),
        ("Amy\nFernyhough", "name"), ("kerry alcock", "name"), ("Namakau Lubasi", "name"), ("Akapelwa Mwiya", "name"),
        ("Bita", "name"), ("jord", "name"), ("Hlne", "name"), ("0scar Hine", "name"), ("Rache1 Hine", "name"),
        ("A Fernyhough", "name"), ("a.hulme", "name"), ("Alfie-Jay GOODWIN", "name"), ("alfie-jay", "name"),
        ("brendas", "name"), ("Ball Haye Green", "place"), ("Ball Haye Grn", "place"), ("haregate", "place"),
        ("Knypersley", "place"), ("biddulph moor", "place"), ("CheddIeton", "place"), ("CHEDDLETON", "place"),
        ("Mongu", "place"), ("Lusaka", "place"), ("Senanga", "place"), ("upper tean", "place"), ("Mow Cop", "place"),
        ("22 Novi Lane", "address"), ("3l Cheadle Rd", "address"), ("no. 24", "address"), ("no 9", "address"),
        ("Flat 4, 18 Queen Street", "address"), ("ST13 6LH", "postcode"), ("ST8 7AB", "postcode"),
        ("BERESFORD MEMORIAL", "school"), ("Westwood", "school"), ("Horton Lodge", "school"), ("l9/11/2O26", "date"),
        ("7 Decernber", "date"), ("7/l2", "date"), ("the 20th", "date"), ("21st", "date"), ("5th september", "dob"),
        ("11.04.2018", "dob"), ("+260 97 714 5238", "phone"), ("+260 96 628 4410", "phone"), ("01538 395 627", "phone"),
        ("FN21 KXE", "vehicle"), ("BF17 XYG", "vehicle"), ("JT 48 27 61 C", "ni"), ("PN 63 18 27 D", "ni"),
        ("606 204 3027", "nhs"), ("0033478627", "nhs"), ("C860446896970", "upn"), ("kirsty.wain@nhs.net", "email"))
UNMARKED = ("Leek Health Centre", "Biddulph Valley Surgery", "Cheadle Young Carers", "Biddulph Town Council", "Royal Stoke",
            "Crossroads Care", "Douglas Macmillan", "The Donna Louise", "Catch22", "Biscuit", "Thomas", "since 2022",
            "the summer", "Biddulph Grange", "G.B.", '"J"', "Staffordshire", "saturday", "HB:", "INT (for MM)")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s210)


def test_the_counts():
    checks.counts(s210, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s210, HARD, UNMARKED, split=())
