"""Checks of the hand-written held-out redaction set 201 (bench/redaction_set201.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set201 as s201
from tests import hand_set_checks as checks

NAMES, TOTAL = 502, 924
HARD = (("SAYER, Mason", "name"), ("IOSEFA, Hina", "name"), ("MARSH, Finley", "name"), ("BRETT, Tyler", "name"),
        ("ALDOUS, Rosie", "name"), ("NOLAN, Alfie", "name"), ("SAYER Leanne", "name"), ("KEMP Jordan", "name"),
        ("ALFIE NOLAN", "name"), ("Archie\nLowe", "name"), ("Tom\nBasildon", "name"), ("Jodie\nMills", "name"),
        ("Liam\nFairweather", "name"), ("K. Lamb", "name"), ("Ti1ley", "name"),
        ("Rubn Oakes", "name"), ("Teuila Fa'amoe", "name"), ("Lote", "name"), ("Mika", "name"), ("Losa", "name"),
        ("Hina", "name"), ("Smurf", "name"), ("Dwayne", "name"), ("Amos", "name"), ("mase", "name"), ("jordans", "name"),
        ("stacey wren", "name"), ("cal kemp", "name"), ("pat brett", "name"), ("hussain", "name"), ("Brendas", "name"),
        ("Sadler", "name"), ("Andy Marsh-Peel", "name"), ("Thorley Park", "place"), ("thorley", "place"),
        ("St Michael's\nMead", "place"), ("st michaels mead", "place"), ("Bishop's\nStortford", "place"),
        ("Bishops Stortford", "place"), ("Stortford", "place"), ("Stortf0rd", "place"), ("Spe11brook", "place"),
        ("Spel1brook", "place"), ("sawbrigeworth", "place"), ("Sawbo", "place"), ("Gi1ston", "place"),
        ("Much Hadharn", "place"), ("Great\nDunmow", "place"), ("Stansted\nMountfitchet", "place"),
        ("Hatfield\nHeath", "place"), ("woodlands park", "place"), ("Nukunonu", "place"), ("Porirua", "place"),
        ("Waytemore", "place"), ("Flitch Green", "place"), ("High Wych", "place"), ("14 windhill", "address"),
        ("thorley park rd", "address"), ("no. 29", "address"), ("flat 4", "address"),
        ("Flat 2, 6 High Wych Road", "address"), ("The Bourne, 11 Tower Hill", "address"), ("CM23 3NH", "postcode"),
        ("SG10 6EU", "postcode"), ("THORLEY HILL PRIMARY", "school"), ("Helena\nRomanes", "school"),
        ("Little Acorns", "school"), ("Leventhorpe", "school"), ("29.11.2O26", "date"), ("Tesema 20", "date"),
        ("the 4th", "date"), ("28 nov", "date"), ("Oct 14", "date"), ("September 12th", "date"), ("8th", "date"),
        ("14/03/2018", "dob"), ("9.4.2001", "dob"), ("+64 21 456 7832", "phone"), ("+690 7241", "phone"),
        ("+64 4 237 5619", "phone"), ("01371 872 406", "phone"), ("EN19 KXT", "vehicle"), ("av71 zpl", "vehicle"),
        ("JR 63 04 91 B", "ni"), ("NE 48 21 73 D", "ni"), ("630 413 8423", "nhs"), ("4276949807", "nhs"),
        ("M919588213085", "upn"), ("t.perez.nz@xtra.co.nz", "email"), ("c.obasi@nhs.net", "email"))
UNMARKED = ("Tokelau", "New Zealand", "Uttlesford", "UTTLESFORD", "Sawbridgeworth Medical Services", "Stansted Airport",
            "Church Street Surgery", "Carers in Herts", "Herts Sunflower", "Stort Valley", "Hayleys Manor", "Cherry Tree",
            "Princess Alexandra", "Addenbrooke's", "Heathrow", '"Mama"', "Tamana:", "Faifeau", "March 2026", "May 2021",
            "1984-2023", "Sundays", "fri", "PC 4172", "Aho Sā", "Pacific Islands Congregational", "North Face")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s201)


def test_the_counts():
    checks.counts(s201, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s201, HARD, UNMARKED)
