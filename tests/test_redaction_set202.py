"""Checks of the hand-written held-out redaction set 202 (bench/redaction_set202.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set202 as s202
from tests import hand_set_checks as checks

NAMES, TOTAL = 527, 907
HARD = (("SADLER, Lacey", "name"), ("IORHEMEN, Doosuur", "name"), ("THURSTON, Jack", "name"), ("CUBITT, Freya", "name"),
        ("Doosuur IORHEMEN", "name"), ("Freya Rose CUBITT", "name"), ("Doreen\nLoveday", "name"), ("Sarah\nMack", "name"),
        ("Ollie\nBurton", "name"), ("G. Kernp", "name"), ("EIlie-Mae Kemp", "name"), ("J Cushi0n", "name"), ("Iorhemen", "name"),
        ("Mwuese", "name"), ("mwuese", "name"), ("aondo", "name"), ("Ngodoo", "name"), ("Mbakuuv", "name"), ("Spider", "name"),
        ("Boultons", "name"), ("lacey", "name"), ("mase", "name"), ("josh w", "name"), ("Alfie P", "name"), ("MICK", "name"),
        ("Ellie", "name"), ("Kerry-Ann", "name"), ("Millgate", "place"), ("millgate", "place"), ("Hoveton", "place"),
        ("Horning", "place"), ("Ludham", "place"), ("Catfield", "place"), ("catfield", "place"), ("hickling", "place"),
        ("North\nWalsham", "place"), ("StaIham", "place"), ("Stalharn", "place"), ("Makurdi", "place"), ("gboko", "place"),
        ("Potter Heigham", "place"), ("Mile Cross", "place"), ("sea palling", "place"), ("Dublin", "place"),
        ("Riverbank, 41 Lower Street", "address"), ("Flat 3, The Maltings, Market Lane", "address"), ("no. 11", "address"),
        ("no 24", "address"), ("Flat 4", "address"), ("3 fengate close", "address"), ("ouse lane", "address"),
        ("NRl2 9DG", "postcode"), ("NR11 6HQ", "postcode"), ("John of Gaunt", "school"), ("aylsham high", "school"),
        ("Hoveton St John", "school"), ("stalham academy", "school"), ("l8 November 2O26", "date"), ("6/1O", "date"),
        ("26th November", "date"), ("17th", "date"), ("26th", "date"),
        ("11th march", "dob"), ("18 / 10 / 2019", "dob"), ("9.4.88", "dob"), ("+353 87 214 5638", "phone"),
        ("+234 803 412 6690", "phone"), ("01263 733 418", "phone"), ("EY69 TGO", "vehicle"), ("AO21 BZT", "vehicle"),
        ("JT 48 21 93 C", "ni"), ("SX 61 47 02 D", "ni"), ("676 336 0673", "nhs"), ("520 841 6638", "nhs"),
        ("P926551395018", "upn"), ("H926053813670", "upn"), ("nat.cubitt90@gmail.com", "email"),
        ("mwuese.iorhemen@broadland.norfolk.sch.uk", "email"))
UNMARKED = ("Aylsham Medical Practice", "Ludham & Stalham Green Surgery", "North Norfolk District Council", "Great Yarmouth Borough",
            "Authority ranger", "Broadside Children's Services", "Norfolk Young Carers", "Jenny Lind", "the Swan", "Broads hotel",
            "tl_boi01", "chlo_xx04", "Papa:", "Mama:", "August 2026", "May 2027?", "September 2026", "the river path", "staithe",
            "Benue", "Nigeria", "Thursday", "M sugh u", "Aôndo a wase se")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s202)


def test_the_counts():
    checks.counts(s202, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s202, HARD, UNMARKED)
