"""Checks of the hand-written held-out redaction set 186 (bench/redaction_set186.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set186 as s186
from tests import hand_set_checks as checks

NAMES, TOTAL = 513, 910
HARD = (("CHINCHEN, Kerry", "name"), ("BASCOMBE Dean", "name"), ("ROTICH, Kiprono", "name"), ("HARDY, Mollie", "name"),
        ("SELBY, Joanne", "name"), ("Mason\nBASCOMBE", "name"), ("Naz\nHussain", "name"), ("Lacey-Jo", "name"),
        ("Kiprono Rotlch", "name"), ("Ba1dock", "name"), ("Kipkemoi", "name"), ("Chepngeno", "name"), ("Chebet", "name"),
        ("Jace", "name"), ("moll", "name"), ("tiana b", "name"), ("kez", "name"), ("ellie mae", "name"), ("zak p", "name"),
        ("harvey", "name"), ("Wareham", "name"), ("Gavin F", "name"), ("Amber D", "name"), ("Kiki", "name"),
        ("Herston", "place"), ("herston", "place"), ("Langton Matravers", "place"), ("langton", "place"),
        ("Bovington", "place"), ("Bovlngton", "place"), ("Kerlcho", "place"), ("Kericho", "place"), ("Bomet", "place"),
        ("Northport", "place"), ("northport", "place"), ("wareham", "place"), ("holton", "place"), ("Sandford", "place"),
        ("stoborough", "place"), ("East\nBurton", "place"), ("Corfe Castle", "place"), ("corfe", "place"),
        ("Harman's Cross", "place"), ("Winfrith", "place"), ("Kingston", "place"), ("Boscombe", "place"),
        ("17 Priestway Close", "address"), ("7 Bestwall Crescent", "address"), ("no. 19", "address"), ("no 12", "address"),
        ("Sandford Road", "address"), ("Christchurch Road", "address"), ("BH19 2RT", "postcode"), ("BH1 4LG", "postcode"),
        ("Castle View\nPrimary", "school"), ("Northmoor", "school"), ("Heath Ridge", "school"),
        ("O9/11/2O26", "date"), ("3lst", "date"), ("lO/ll", "date"), ("1 Novemba", "date"), ("Desemba 18", "date"),
        ("Bonfire Night", "date"), ("the 20th", "date"), ("12 november", "date"), ("14 dec", "date"),
        ("18th of June", "dob"), ("17 Sept 2018", "dob"), ("11.05.2012", "dob"),
        ("+254 722 418 396", "phone"), ("+254 712 305 841", "phone"), ("01929 421 658", "phone"),
        ("HF19 KWO", "vehicle"), ("WU68 FZB", "vehicle"), ("HF21 VZP", "vehicle"), ("JT 48 21 93 C", "ni"),
        ("NP 62 75 18 A", "ni"), ("620 204 4160", "nhs"), ("3276602636", "nhs"), ("H835241384313", "upn"),
        ("U835255850124", "upn"), ("jo.selby86@gmail.com", "email"))
UNMARKED = ("Kenya", "Estonia", "Wiltshire", "Purbeck Wellbeing", "Swanage Foodbank", "Poole Hospital", "Dorset County Hospital",
            "Lulworth Estate", "Carers Support Dorset", "Heathland Surgery", "Forston Clinic", "Little Acorns", "A351",
            '"J🔥"', "Mondays", "till Sunday", "55260291842", "2611-0447", "Africa Inland Church", "Kipsigis", "Mama",
            "Kogo", "Padre", "lidl", "Pine View")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s186)


def test_the_counts():
    checks.counts(s186, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s186, HARD, UNMARKED)
