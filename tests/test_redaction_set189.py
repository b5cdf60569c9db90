"""Checks of the hand-written held-out redaction set 189 (bench/redaction_set189.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set189 as s189
from tests import hand_set_checks as checks

NAMES, TOTAL = 537, 911
HARD = (("PENGELLY, Tyler", "name"), ("HOCKING, Ellie-May", "name"), ("HOCKING Kerry", "name"), ("COAD, Kai", "name"),
        ("JAGO, Oscar", "name"), ("Kristine Joy AGBAYANI", "name"), ("Rommel\nAgbayani", "name"), ("Chloe\nNance", "name"),
        ("Lorr", "name"), ("Jase", "name"), ("jase", "name"), ("Tin-tin", "name"), ("tin", "name"), ("Agbayani", "name"),
        ("Pacita", "name"), ("Lorna", "name"), ("J-Dog", "name"), ("Jordz", "name"), ("lily rose", "name"), ("Harv", "name"),
        ("pops", "name"), ("Ding1e", "name"), ("P0ppy Dingle", "name"), ("Jewe1l", "name"), ("R0ger Hancock", "name"),
        ("kai coad", "name"), ("chels", "name"), ("michelles", "name"), ("P. Oliver", "name"), ("Patricia\nDingle", "name"),
        ("Latchbrook", "place"), ("Burraton", "place"), ("burraton", "place"), ("Pillmere", "place"), ("Dobwalls", "place"),
        ("dobwalls", "place"), ("Pensilva", "place"), ("Pensi1va", "place"), ("Kelly Bray", "place"),
        ("Harrowbarrow", "place"), ("St\nGermans", "place"), ("st cleer", "place"), ("lisky", "place"), ("Laoag", "place"),
        ("Laoag City", "place"), ("Batac", "place"), ("Kit Hill", "place"), ("SALTASH", "place"), ("Aberdeen", "place"),
        ("22 Tregony Close", "address"), ("tregony close", "address"),
        ("no. 20", "address"), ("no 5", "address"), ("Flat 2, 11 Prince's Row", "address"),
        ("Flat 6, 41 Granby Street", "address"), ("PL12 4SD", "postcode"), ("PL1 4BE", "postcode"),
        ("PENSlLVA PRlMARY SCHOOL", "school"), ("Dobwalls Primary", "school"), ("dobwalls", "school"), ("Brunel", "school"),
        ("l6 November 2O26", "date"), ("l2th", "date"), ("Easter Sunday", "date"), ("31st", "date"), ("2/12", "date"),
        ("Fourteenth of the second, 2018", "dob"), ("19-05-2014", "dob"), ("14/2/18", "dob"),
        ("+63 917 845 2301", "phone"), ("+63 928 514 6673", "phone"), ("01579 383 540", "phone"), ("WK16 HFE", "vehicle"),
        ("WP68 UZL", "vehicle"), ("JT 48 21 93 C", "ni"), ("NY 63 70 15 D", "ni"), ("742 981 6088", "nhs"),
        ("4721935692", "nhs"), ("X908213413220", "upn"), ("B908778129487", "upn"), ("laurajago86@example.com", "email"))
UNMARKED = ("Cornwall", "Scotland", "Ilocos Norte", "Derriford", "Saltash One Stop Shop", "Saltash Foodbank",
            "Saltash United juniors", "Callington Town Hall", "Callington Health Centre team", "(Liskeard Team)",
            "Saltash and Tamar Valley Family Safeguarding Team", "Oak Tree Surgery", "Merlin House", "Tamar Taxis",
            "jd.madge99", "kai_c0ad", "rubyh.x", '"J"', "Mama:", "Papa:", "WP68\"", "PC 4471", "RK41207", "at Easter",
            "November 2027", "out in Sept", "2017-2019", "Fam 🇵🇭")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s189)


def test_the_counts():
    checks.counts(s189, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s189, HARD, UNMARKED)
