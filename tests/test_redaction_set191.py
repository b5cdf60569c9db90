"""Checks of the hand-written held-out redaction set 191 (bench/redaction_set191.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set191 as s191
from tests import hand_set_checks as checks

NAMES, TOTAL = 527, 902
HARD = (("DUNNING, Poppy", "name"), ("CULL Jayden", "name"), ("Owen PIKE", "name"), ("MANAGREVE, Asenaca", "name"),
        ("FESAITU, Tiu", "name"), ("RENDELL, Isla", "name"), ("PIKE, Lisa", "name"), ("Alfie-James WAREHAM", "name"),
        ("Jo\nWhitty", "name"), ("Alan\nOrchard", "name"), ("Tayla-Rose\nMogg", "name"), ("CHELSEA M0GG", "name"),
        ("Ryan Wareharn", "name"), ("Isla R.", "name"), ("C. Venn", "name"), ("Managreve", "name"), ("Naca", "name"),
        ("Mere", "name"), ("Blandford", "name"), ("Ruth Gillingham", "name"), ("Skinz", "name"), ("Tezza", "name"),
        ("ry", "name"), ("kai", "name"), ("stace", "name"), ("gary pike", "name"), ("Mere", "place"),
        ("Lenthay", "place"), ("lenthay", "place"), ("Milborne Port", "place"), ("milborne", "place"),
        ("Blandford St Mary", "place"), ("Enmore Green", "place"), ("Wincombe", "place"), ("Pimperne", "place"),
        ("Stalbridge", "place"), ("Child\nOkeford", "place"), ("Motusa", "place"), ("Suva", "place"),
        ("Torrevieja", "place"), ("torrevieja", "place"), ("shaf", "place"), ("Cann Common", "place"), ("Cann", "place"),
        ("Catterick Garrison", "place"), ("Bristol", "place"), ("9 Coldharbour Close", "address"),
        ("Flat 7, Kingfisher Court, Wincornbe Lane", "address"), ("Rose Cottage, 4 Newfield", "address"),
        ("Acreman\nStreet", "address"), ("coldharbour cl", "address"), ("high st", "address"), ("no. 29", "address"),
        ("no 24", "address"), ("Bath Road", "address"), ("DT9 6EH", "postcode"), ("GU12 4SE", "postcode"),
        ("Archbishop Wake", "school"), ("The Blandford School", "school"), ("2l/08/2O26", "date"), ("25/0l/2001", "dob"),
        ("Bonfire Night", "date"), ("12th", "date"), ("2", "date"), ("24th oct", "date"),
        ("+679 998 4521", "phone"), ("+34 612 48 73 95", "phone"), ("01935 812447", "phone"), ("WU15 HKN", "vehicle"),
        ("HF18 KXT", "vehicle"), ("JT 48 21 65 C", "ni"), ("NZ 73 90 14 D", "ni"), ("106 756 5019", "nhs"),
        ("C835906871365", "upn"), ("stephanie.lanning@nhs.net", "email"))
UNMARKED = ("Rotuma", "Fiji", "Spain", "Blandford Camp", "BOURNEMOUTH", "STALBRIDGE PHARMACY", "Abbey Road Surgery",
            "DORSET POLICE", "DORSET COUNCIL", "Merryfield House", "Steps2Change", "skinz_bartram", "riley_s10", "jc_11x",
            "Tyson", "Bella", "Chalky", "C.V.", "B.F.", "Rotuman", "Hanuạ", "9th to 2nd centile", "BH26C00418",
            "Tuesday nights", "b. 2020", "Cpl", "RMP")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s191)


def test_the_counts():
    checks.counts(s191, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s191, HARD, UNMARKED)
