"""Checks of the hand-written held-out redaction set 246 (bench/redaction_set246.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set246 as s246
from tests import hand_set_checks as checks

NAMES, TOTAL = 509, 912
HARD = (("COOMBS, Tyler", "name"), ("DENNETT, Ruby-Mae", "name"), ("NGAÏKOUMON, Prisca", "name"), ("NGAIKOUMON, Rodrigue", "name"),
        ("Hortense YAKITE", "name"), ("RENDELL, Skye", "name"), ("HALLETT, Evie", "name"), ("SEALY, Kyron", "name"),
        ("Kyron SEALY", "name"), ("Jayden PARSONS", "name"), ("Hannah\nSeymour", "name"), ("AIfie GULLIVER", "name"),
        ("KeIly Dowding", "name"), ("R. 0kafor", "name"), ("W. Sealy", "name"), ("Clarisse", "name"), ("Grâce Doko", "name"),
        ("Aimé Feïzouré", "name"), ("Shauny", "name"), ("Rodo", "name"), ("Priscou", "name"), ("Dizzy", "name"),
        ("kay", "name"), ("tylers", "name"), ("sue", "name"), ("gem", "name"), ("alf", "name"),
        ("dowding", "name"), ("Dani", "name"), ("Nic", "name"), ("tyla", "name"),
        ("Hinton St\nMary", "place"), ("hinton st mary", "place"), ("sturminster newton", "place"), ("stalbridge weston", "place"),
        ("Sturminster Newton", "place"), ("Marnhull", "place"), ("MarnhuII", "place"), ("Marnhul1", "place"), ("Walton Elm", "place"),
        ("Rixon", "place"), ("Bangui", "place"), ("Bambari", "place"), ("Berbérati", "place"), ("Boy-Rabe", "place"),
        ("Bossangoa", "place"), ("Portland", "place"), ("l2 Crown Rd", "address"), ("3 Sodom Lane", "address"),
        ("Flat 5, Coppice Court", "address"), ("no. 16", "address"), ("Honeymead Ln", "address"), ("DTl0 lLN", "postcode"),
        ("DT10 2LX", "postcode"), ("st gregs", "school"), ("William Barnes", "school"), ("Stalbridge Primary", "school"),
        ("2O November 2O26", "date"), ("l8/ll/2O26", "date"), ("2l/ll/2O26", "date"), ("13th", "date"), ("3 December", "date"),
        ("O5.l2.2Ol7", "dob"), ("18.04.2014", "dob"), ("+236 72 41 58 03", "phone"), ("+236 75 09 36 84", "phone"),
        ("01747 820 556", "phone"), ("JR 63 41 28 B", "ni"), ("PK 48 19 62 C", "ni"), ("636 574 0646", "nhs"),
        ("Q835266314504", "upn"), ("WF68 OYR", "vehicle"), ("HW19 ZTE", "vehicle"), ("annabel.frost@nhs.net", "email"),
        ("daniframpton90@gmail.com", "email"))
UNMARKED = ("Tyson", "Biscuit", "Barbados", "Dorset County Hospital", "Dorset Police", "The Exchange", "the Verne", "jayy_p",
            "skyeee", "Yaya", "Ita", "Mama", "Baba", "since October 2026", "in 2023", "1966", "Christmas Day", "A357", "AF", "Sango")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s246)


def test_the_counts():
    checks.counts(s246, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s246, HARD, UNMARKED, split=("name", "place"))
