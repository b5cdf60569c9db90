"""Checks of the hand-written held-out redaction set 209 (bench/redaction_set209.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set209 as s209
from tests import hand_set_checks as checks

NAMES, TOTAL = 508, 907
HARD = (("BEBBINGTON, Lacey-Mai", "name"), ("HUGHES, Carys", "name"), ("RODEN, Lee Anthony", "name"),
        ("EPIEYU URIANA, Kamila", "name"), ("PARSLOW, Reece", "name"), ("Kamila Epieyú Uriana", "name"),
        ("Epieyú", "name"), ("Kamiiya", "name"), ("Kamila E. U.", "name"), ("kami", "name"), ("Luz Dary Pushaina", "name"),
        ("Wilmer Jusayú", "name"), ("0sian", "name"), ("Jarnes", "name"), ("P. Tapping", "name"), ("BEBBINGTON", "name"),
        ("Nicholls", "name"), ("Tank", "name"), ("ty", "name"), ("tyler", "name"), ("Kez", "name"), ("Kamilas", "name"),
        ("Gwenda", "name"), ("Rosalba", "name"), ("yolima", "name"), ("Wem", "place"), ("wem", "place"),
        ("Prees Higher Heath", "place"), ("Prees", "place"), ("Tilstock", "place"), ("tilstok", "place"),
        ("whixa11", "place"), ("0swestry", "place"), ("Fenn's Bank", "place"), ("fenns bank", "place"),
        ("Princes Risborough", "place"), ("princes risborough", "place"), ("risborough", "place"),
        ("Monks Risborough", "place"), ("Longwick", "place"), ("Askett", "place"), ("Maicao", "place"),
        ("Riohacha", "place"), ("Uribia", "place"), ("Bogotá", "place"), ("wycombe", "place"), ("Castlefield", "place"),
        ("no. 15", "address"), ("number 4", "address"), ("numero 25", "address"), ("Flat 4, 27 Duke Street", "address"),
        ("Mossbank Cottage, 2 Platt Lane", "address"), ("3 alkington close", "address"), ("Longwick Road", "address"),
        ("Mill Ln", "address"), ("HP27 0AT", "postcode"), ("SY13 2HB", "postcode"), ("PRS", "school"),
        ("Monks Risborough CE Primary", "school"), ("Thomas Adams", "school"), ("Stony Dean", "school"),
        ("l7/11/2O26", "date"), ("l7th Novmber", "date"), ("27 0ct", "date"), ("the 9th", "date"), ("12th", "date"),
        ("14th November 2026", "date"), ("29/11/26", "date"), ("02/08/2023", "dob"), ("30-01-2011", "dob"),
        ("+57 315 648 2291", "phone"), ("01948 840 261", "phone"), ("07458 310 627", "phone"),
        ("JT 48 21 93 C", "ni"), ("NB 41 62 09 D", "ni"), ("751 023 9753", "nhs"), ("0681474548", "nhs"),
        ("Z825903801813", "upn"), ("M893628810313", "upn"), ("YX17 KDU", "vehicle"), ("LK21 OYH", "vehicle"),
        ("yanelis.uriana@gmail.com", "email"), ("s.dodd@thomasadams.shropshire.sch.uk", "email"))
UNMARKED = ("Shropshire", "Buckinghamshire", "La Guajira", "Colombia", "Wem Medical Practice", "Whitchurch Health Centre",
            "Prees Medical Practice", "Shrewsbury CMHT", "Royal Shrewsbury", "Stoke Mandeville", "HMP Stoke Heath",
            "Telford magistrates", "Wycombe and Risborough Contextual Safeguarding Panel", "West Mercia Police",
            "Mami:", "Tutu", "Nain", "client CH", "Action DJ.", "June 2027", "Sat ", "Eden centre", "the Raven",
            "my clan is Uriana", "Wayuunaiki", "Hey Duggee", "Iglesia Pentecostal")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s209)


def test_the_counts():
    checks.counts(s209, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s209, HARD, UNMARKED)
