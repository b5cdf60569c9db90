"""Checks of the hand-written held-out redaction set 194 (bench/redaction_set194.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set194 as s194
from tests import hand_set_checks as checks

NAMES, TOTAL = 512, 901
HARD = (("TANNER, Ocean", "name"), ("TANNER, Rylee", "name"), ("NYIRENDA, Tiwonge", "name"), ("MHANGO, Mphatso", "name"),
        ("Tiwonge NYIRENDA", "name"), ("WOOLFORD, Nicola", "name"), ("BAVERSTOCK, Alfie", "name"), ("RyIee Tanner", "name"),
        ("0cean", "name"), ("Lew1s", "name"), ("Tewwy", "name"), ("Dean\nColtman", "name"), ("Lorraine\nTanner", "name"),
        ("Hannah\nRendell", "name"), ("Jordan", "name"), ("JJ", "name"), ("Big T", "name"), ("big t", "name"),
        ("Mhango", "name"), ("Chiko", "name"), ("thoko", "name"), ("maisie w", "name"), ("sandra pocock", "name"),
        ("kai", "name"), ("KAIDEN", "name"), ("GRANT", "name"), ("McALLISTER", "name"), ("Ty", "name"), ("Daz", "name"),
        ("Wood\nborough", "place"), ("Alton\nBarnes", "place"), ("Pewsev", "place"), ("Marlbrough", "place"),
        ("Zouch", "place"), ("Perham Down", "place"), ("perham", "place"), ("Mzuzu", "place"), ("Lilongwe", "place"),
        ("Blantyre", "place"), ("Catterick Garrison", "place"), ("five stiles", "place"), ("Five Stiles", "place"),
        ("savernake", "place"), ("Boscombe Down", "place"), ("Gable Cross", "place"), ("Manningford Bruce", "place"),
        ("Aldbourne", "place"), ("ramsbury", "place"), ("Upavon", "place"), ("Pewsey", "place"),
        ("Flat 2, 15 Kabula Hill Road", "address"), ("Flat 6, Regent Court", "address"), ("no. 9", "address"),
        ("no. 29", "address"), ("9 castle view", "address"), ("the square", "address"), ("Cherry Orchard", "address"),
        ("Pennings Road", "address"), ("SN9 5QT", "postcode"), ("DL9 4EA", "postcode"), ("Vale Brook", "school"),
        ("WELLINGTON ACADEMY", "school"), ("Exeter House", "school"), ("Clarendon Juniors", "school"),
        ("23.11.2O26", "date"), ("2l st", "date"), ("the 14th of January", "date"), ("the 14th of November", "date"),
        ("4th", "date"), ("25 Dec", "date"), ("28 nov", "date"), ("2nd of May 1995", "dob"), ("16/04/1983", "dob"),
        ("1 December 2016", "dob"), ("+265 999 412 583", "phone"), ("+265 881 552 430", "phone"), ("01980 630 417", "phone"),
        ("WU17 KHD", "vehicle"), ("KP16 WLS", "vehicle"), ("WR68 ANX", "vehicle"), ("JT 48 27 51 C", "ni"),
        ("866 521 2612", "nhs"), ("9192564674", "nhs"), ("W865331975059", "upn"), ("Q865702309188", "upn"),
        ("lauren.whitby@wiltshire.police.uk", "email"), ("nicola.woolford83@gmail.com", "email"))
UNMARKED = ("Malawi", "WILTSHIRE POLICE", "Pewsey Health Visiting Team", "Pewsey and Vale locality team",
            "Ramsbury and Aldbourne Surgery", "Kennet Community Mental Health Team", "Carers Support Wiltshire", "KENNET",
            "deano_sn2", "kai_h10", "mum_donna", "Amama:", "Adada:", "Banja la", "Biscuit", "Pickle", "Ripley", "A346", "A345",
            "09/2024", "June 2027", "54260192811", "HG/1", "Chiuta", "SSAFA", "Op Encompass", "Sundays")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s194)


def test_the_counts():
    checks.counts(s194, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s194, HARD, UNMARKED)
