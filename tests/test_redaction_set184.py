"""Checks of the hand-written held-out redaction set 184 (bench/redaction_set184.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set184 as s184
from tests import hand_set_checks as checks

NAMES, TOTAL = 538, 932
HARD = (("HIBBERD, Tyler-James", "name"), ("KHARKONGOR, Daphisha", "name"), ("SYIEMLIEH, Banteilang", "name"),
        ("Daphisha KHARKONGOR", "name"), ("PARDY, Kacey", "name"), ("FENWICK, Oscar", "name"), ("Oscar Daniel FENWICK", "name"),
        ("Andrew\nStickland", "name"), ("Bridie\nCoombes", "name"), ("Dennis\nRawles", "name"), ("TJ", "name"), ("tj", "name"),
        ("Iba", "name"), ("Bok", "name"), ("bok", "name"), ("Teilang", "name"), ("Pynshai", "name"), ("Kharkongor", "name"),
        ("Archie DoyIe", "name"), ("Rubv", "name"), ("GuIIiver", "name"), ("Bridqet", "name"), ("Iba K", "name"),
        ("stace", "name"), ("kace", "name"), ("Big T", "name"), ("Gaz", "name"), ("oscar", "name"), ("pike", "name"),
        ("G Mitchell", "name"), ("Ozzy", "name"), ("Colehill", "place"), ("Merley", "place"), ("merley", "place"),
        ("Tricketts Cross", "place"), ("Poulner", "place"), ("West Moors", "place"), ("Three Legged Cross", "place"),
        ("Corfe Mullen", "place"), ("corfe mullen", "place"), ("Verwood", "place"), ("Wimborne Minster", "place"),
        ("Shillong", "place"), ("Ferndovvn", "place"), ("bmth", "place"), ("Woolsbridge", "place"), ("Hurn", "place"),
        ("Pamphill", "place"), ("14 Hartsbourne Drive", "address"),
        ("plot 4", "address"), ("no. 19", "address"), ("no\n12", "address"), ("4 lindsay cres", "address"),
        ("14 hartsbourne dr", "address"), ("kingfisher walk", "address"), ("Blandford Road", "address"),
        ("bh22 9rt", "postcode"), ("SP6 1JW", "postcode"), ("COLEHILL FIRST SCHOOL", "school"), ("colehill first", "school"),
        ("West Moors Middle School", "school"), ("Montacute", "school"), ("Queen Elizabeth's School", "school"),
        ("2O/1O/2O26", "date"), ("l9.10.26", "date"), ("the\n4th of June", "date"), ("20th\nSeptember", "date"),
        ("Boxing Day 2023", "date"), ("january the 4th", "date"), ("the 26th", "date"), ("28th", "date"), ("22nd", "date"),
        ("27-02-2012", "dob"), ("19.05.2017", "dob"), ("+91 98630 41527", "phone"), ("+91 364 250 3381", "phone"),
        ("01202 891 457", "phone"), ("HF63 RZK", "vehicle"), ("HW70 OPL", "vehicle"), ("GU62 WMF", "vehicle"),
        ("JW 41 77 29 C", "ni"), ("PK 62 18 44 A", "ni"), ("403 555 9830", "nhs"), ("8107076044", "nhs"),
        ("M835201514207", "upn"), ("H850203011564", "upn"), ("laurafen87@gmail.com", "email"), ("helen.ashworth1@nhs.net", "email"))
UNMARKED = ("meghalaya", "Moors Valley Surgery", "Verwood Surgery", "Corfe Mullen Surgery", "Ferndown Medical Centre",
            "Carers Support Dorset", "Rossiters builders", "Hampshire", "New Forest", "Ireland", "Moors VaIley", "kaceyyy.xo",
            "dre_sotn", "kace_2010", "Meikha:", "Mum:", "Kong", "Bah", "Khasi", "44-26-1192", "9LN", "Saturdays", "Sundays",
            "Touran", "Transit")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s184)


def test_the_counts():
    checks.counts(s184, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s184, HARD, UNMARKED, split=('name', 'date'))
