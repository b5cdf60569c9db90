"""Checks of the hand-written held-out redaction set 215 (bench/redaction_set215.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set215 as s215
from tests import hand_set_checks as checks

NAMES, TOTAL = 492, 823
HARD = (("LUSCOMBE, Jayden", "name"), ("HANNAFORD, Margaret", "name"), ("RAHMADANI, Aisyah", "name"), ("JAGO, Morwenna", "name"),
        ("TAPPER, Kian", "name"), ("ROWSE, Tyler", "name"), ("GILL, Rebecca", "name"), ("BLAMEY, Archie", "name"),
        ("Kerry PENGELLY", "name"), ("Fadli CHANIAGO", "name"), ("Yusnita PILIANG", "name"), ("Lisa\nMudge", "name"),
        ("Cra1g Widdic0mbe", "name"), ("Ho1lie Easterbr00k", "name"), ("Is1a", "name"), ("Maur een", "name"),
        ("C. Widdicornbe", "name"), ("kez", "name"), ("jay", "name"), ("wenna", "name"), ("Tee", "name"), ("Big Mal", "name"),
        ("Dobbo", "name"), ("Bramble", "name"), ("Zul", "name"), ("Rina", "name"), ("Ratna", "name"), ("Yeo", "name"),
        ("Westville", "place"), ("West\nAlvington", "place"), ("west alvington", "place"), ("Aveton\nGifford", "place"),
        ("East\nPortlemouth", "place"), ("east portlemouth", "place"), ("Bukittinggi", "place"), ("Padang", "place"),
        ("ivy", "place"), ("Kingsbr1dge", "place"), ("Bantharn", "place"), ("Lee Mill", "place"), ("Bittaford", "place"),
        ("Brixton", "place"), ("Java", "place"), ("KINGSBRIDGE", "place"),
        ("l7 Ebringt0n Street", "address"), ("Flat 7, 30 Duke Street", "address"), ("Bay View", "address"),
        ("Quay House", "address"), ("fore st", "address"), ("no. 11", "address"), ("TQ7 lDE", "postcode"),
        ("PL21 0RQ", "postcode"), ("Stowford", "school"), ("Little Acorns", "school"), ("2O Nov 2O26", "date"),
        ("Christmas 2025", "date"), ("Easter 2026", "date"), ("the 24th", "date"), ("4 Sept 2018", "dob"), ("11.6.17", "dob"),
        ("+62 812 6734 2918", "phone"), ("+62 752 21 4387", "phone"), ("01803 55 9172", "phone"), ("JK 48 21 73 B", "ni"),
        ("NW 63 29 41 C", "ni"), ("943 461 1474", "nhs"), ("4833947986", "nhs"), ("X878635671386", "upn"),
        ("WA17 XRK", "vehicle"), ("VK19 OTB", "vehicle"), ("donnahext83@hotmail.co.uk", "email"),
        ("anjali.rao2@nhs.net", "email"))
UNMARKED = ("Indonesia", "West Sumatra", "Minangkabau", "Kingsbridge Health Centre", "Derriford", "DEVON AND CORNWALL POLICE",
            "Devon Young Carers", "Follaton House", "Salcombe and Kingsbridge Group Practice", "Amak", "mamak", "Etek", "Uni ",
            "Audi A3", "VW Golf", "SOUTH HAMS", "Imam", "Sister")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s215)


def test_the_counts():
    checks.counts(s215, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s215, HARD, UNMARKED)
