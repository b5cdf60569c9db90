"""Checks of the hand-written held-out redaction set 218 (bench/redaction_set218.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set218 as s218
from tests import hand_set_checks as checks

NAMES, TOTAL = 500, 903
HARD = (("HARDCASTLE, Tyler", "name"), ("FAWCETT, Jodie", "name"), ("McALLISTER, Shane", "name"), ("SIMANJUNTAK, Yohana", "name"),
        ("Yohana SIMANJUNTAK", "name"), ("BOOTH, Kieran", "name"), ("Jayden RHODES", "name"), ("Lorna\nRhodes", "name"),
        ("Jake\nBirtle", "name"), ("Joanne\nPrest", "name"),
        ("Amelia-R0se WhiteIey", "name"), ("Ng0zi Ade", "name"), ("Karen Swa1es", "name"), ("F. AmbIer", "name"),
        ("jodie fawcett", "name"), ("macca", "name"), ("Hana", "name"), ("rotua", "name"),
        ("Tiomina Hutagalung", "name"), ("kez", "name"), ("Smudge", "name"),
        ("tylers", "name"), ("lisa booth", "name"), ("Walsh", "name"),
        ("Kelcbar Hill", "place"), ("kelcbar", "place"), ("Tad", "place"), ("Sherburn in Elmet", "place"),
        ("Sherburn in\nElmet", "place"), ("Church Fenton", "place"), ("Ulleskelf", "place"),
        ("S0uth MiIford", "place"), ("SeIby", "place"), ("Monk", "place"), ("ponte", "place"), ("Siantar", "place"),
        ("Pematangsiantar", "place"), ("Samosir", "place"), ("Balige", "place"), ("Boston\nSpa", "place"), ("Harehills", "place"),
        ("14 Kelcbar Close", "address"), ("22 WestfieId Crescent", "address"), ("Finkle\nHill", "address"), ("no. 16", "address"),
        ("Brackenbrook", "address"), ("bridge st", "address"),
        ("LS24 9NW", "postcode"), ("Riverside Primary", "school"), ("South Mil\nford", "school"),
        ("Athelstan", "school"), ("l Dec 2O26", "date"), ("26/ll/2O26", "date"), ("2O/0l/2O27", "date"), ("l4/05/20l9", "dob"),
        ("+62 812 6034 7719", "phone"), ("+34 612 48 30 75", "phone"),
        ("JR 52 71 38 B", "ni"), ("292 071 7545", "nhs"), ("W815618285087", "upn"), ("YD70FRP", "vehicle"), ("YG21 NXE", "vehicle"),
        ("naomi.clegg@northyorks.gov.uk", "email"), ("craig.whiteley88@gmail.com", "email"))
UNMARKED = ("Indonesia", "Bahasa Indonesia", "Batak", "NORTH YORKSHIRE POLICE", "North Yorkshire Police", "Sherburn Group Practice",
            "Tadcaster Medical Centre", "York Hospital", "Leeds General Infirmary", "Pinderfields", "HMP Wealstun", "Compass",
            "Selby Civic Centre", "the A64", "Opung", "Namboru", "Tulang", "bapak", "Peppa", "Spain", "KP")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s218)


def test_the_counts():
    checks.counts(s218, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s218, HARD, UNMARKED, split=('name', 'place'))
