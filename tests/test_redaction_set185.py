"""Checks of the hand-written held-out redaction set 185 (bench/redaction_set185.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set185 as s185
from tests import hand_set_checks as checks

NAMES, TOTAL = 537, 925
HARD = (("PEGG, Callum", "name"), ("YOUNGS, Tyler", "name"), ("YOUNGS-BANE, Maisie", "name"), ("RIMKIENĖ, Rasa", "name"),
        ("Rasa RIMKIENĖ", "name"), ("CUTTING Jamie", "name"), ("Ian\nNobbs", "name"), ("Tyier Youngs", "name"),
        ("Genovaitė Šimkienė", "name"), ("Vaidos", "name"), ("Dariaus", "name"), ("Lukelis", "name"), ("Gabė", "name"),
        ("Rūta Kazlauskienė", "name"), ("Jurgita Jonušienė", "name"), ("Kez", "name"), ("Wozza", "name"), ("Skinz", "name"),
        ("holly w", "name"), ("ruby rose", "name"), ("reeve", "name"), ("kerrys", "name"), ("R. Dunthorne", "name"),
        ("Maise", "name"), ("Gotobed", "name"), ("Rico", "name"), ("gaz", "name"), ("North\nWalsham", "place"),
        ("north walsham", "place"), ("Suffield Park", "place"), ("Suffleld Park", "place"), ("Cr0mer", "place"),
        ("0verstrand", "place"), ("North Walsharn", "place"), ("Telšiai", "place"), ("Telšius", "place"), ("Plungė", "place"),
        ("Hempton", "place"), ("Beeston Regis", "place"), ("upper sheringham", "place"), ("West Runton", "place"),
        ("west runton", "place"), ("East Runton", "place"), ("Sculthorpe", "place"), ("east barsham", "place"),
        ("Wells-next-the-Sea", "place"), ("king's lynn", "place"), ("Hellesdon", "place"), ("Little Snoring", "place"),
        ("Plot 14, Woodhill Park", "address"), ("Plot 15", "address"), ("no. 11", "address"), ("no. 4", "address"),
        ("Respublikos g. 9-14", "address"), ("2 water ln", "address"), ("holt road", "address"), ("48 Overstrand Road", "address"),
        ("LT-87101", "postcode"), ("NR27 0AL", "postcode"), ("Sidestrand Hall School", "school"), ("Sheringham High", "school"),
        ("Fakenham Junior", "school"), ("Sculthorpe CE Primary", "school"), ("2O.11.2O26", "date"), ("14 Novernber", "date"),
        ("21.11.2O26", "date"), ("12th", "date"), ("5th dec", "date"), ("19th nov", "date"),
        ("10th", "date"), ("14.03.2018", "dob"), ("2 April 2011", "dob"), ("+370 612 48 305", "phone"),
        ("+370 444 51 272", "phone"), ("01692 403 518", "phone"), ("AY19 KXP", "vehicle"), ("VN17 OPD", "vehicle"),
        ("JT 48 27 91 C", "ni"), ("NZ 61 38 04 A", "ni"), ("489 472 8656", "nhs"), ("106 902 9572", "nhs"),
        ("R926213026001", "upn"), ("M926213022087", "upn"), ("hannahlake88@gmail.com", "email"),
        ("toby.frary@changegrowlive.org", "email"))
UNMARKED = ("Mamuk", "cal_p11", "ollie.brettt", "R.R.", '"Mrs H"', "Cromer Group Practice", "Cromer Hospital",
            "Cromer and Coast Health Visiting Team", "North Norfolk District Council", "Carers Matter Norfolk",
            "Fakenham Medical Practice", "Jenny Lind", "Victory Homes", "the A148", "NNUH", "Boots", "Tesco car park",
            "on Sundays", "on Monday", "Friday nights", "September 2027", "žemaitiškai", "Samogitian", "Lithuanian")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s185)


def test_the_counts():
    checks.counts(s185, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s185, HARD, UNMARKED)
