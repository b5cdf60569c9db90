"""Checks of the hand-written held-out redaction set 196 (bench/redaction_set196.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set196 as s196
from tests import hand_set_checks as checks

NAMES, TOTAL = 510, 913
HARD = (("COLES, Lily-Rose", "name"), ("ANTAL, Rozália", "name"), ("BENKE, Gábor", "name"), ("MARDELL, Kieran", "name"),
        ("REILLY, Ruby", "name"), ("Antal Rozália", "name"), ("Antal Mária", "name"), ("Marcus\nBelgrave", "name"),
        ("Rebecca\nHolyoake", "name"), ("Elaine\nCurtis", "name"), ("I1ona", "name"), ("Whiteh ead", "name"),
        ("Ilonka", "name"), ("Peti", "name"), ("Zsolt Laczkó", "name"), ("Anikó", "name"), ("Bálint", "name"),
        ("Trigga", "name"), ("trigga", "name"), ("Bigs", "name"), ("mase", "name"), ("deans", "name"), ("Han", "name"),
        ("chantelle", "name"), ("bernie", "name"), ("Mason C", "name"), ("K Mardell", "name"), ("Freya T", "name"),
        ("Barleythorpe", "place"), ("barleythorpe", "place"), ("Cottesm0re", "place"), ("0akham", "place"),
        ("Pusztinába", "place"), ("Oakhamban", "place"), ("Pusztina", "place"), ("Cleja", "place"), ("Bacău", "place"),
        ("Melton\nMowbray", "place"), ("Melton", "place"), ("Edith Weston", "place"), ("whissendine", "place"),
        ("Uppingham", "place"), ("uppingham", "place"), ("Cottesmore", "place"), ("Ketton", "place"), ("Dublin", "place"),
        ("no. 11", "address"), ("number 3", "address"), ("str. Principală 41", "address"), ("cold overton rd", "address"),
        ("Flat 2, 40 Church Street", "address"), ("607470", "postcode"), ("LE15 7WQ", "postcode"), ("PE9 3RD", "postcode"),
        ("Catmose", "school"), ("Uppingham Community\nCollege", "school"), ("2l st octobr", "date"), ("2S/10", "date"),
        ("3O oct", "date"), ("október 14", "date"), ("Easter Sunday", "date"), ("Halloween", "date"), ("the 3rd of March", "date"),
        ("20th", "date"), ("30th jan", "date"), ("05/11/2022", "dob"), ("30.05.1988", "dob"), ("+40 744 512 389", "phone"),
        ("+36 30 512 4678", "phone"), ("+353 87 214 6690", "phone"), ("01572 756 203", "phone"), ("FN19 KXE", "vehicle"),
        ("KN21 HVP", "vehicle"), ("JT 48 22 61 C", "ni"), ("491 284 9456", "nhs"), ("T857637688563", "upn"),
        ("kata.horvath@safehaven-rutland.org.uk", "email"), ("nicky.mardell83@gmail.com", "email"))
UNMARKED = ("Rutland Water", "Leicester Royal Infirmary", "Welland Vale Surgery", "Rutland Polish and Hungarian Community Group",
            "Romania", "(Hungary)", "ireland", "Spain", "kmardell", "K.B.", "Apu was", "Apa", "nagyi", "biscuit", "Bramble",
            "May 2024", "died in 2019", "in October", "SR/26/4471", "Language Line")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s196)


def test_the_counts():
    checks.counts(s196, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s196, HARD, UNMARKED)
