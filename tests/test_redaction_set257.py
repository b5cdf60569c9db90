"""Checks of the hand-written held-out redaction set 257 (bench/redaction_set257.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set257 as s257
from tests import hand_set_checks as checks

NAMES, TOTAL = 516, 857
HARD = (
    ("PEARCE, Kayden", "name"),
    ("KAHANANUI, Leilani", "name"),
    ("KEALOHA, Keoni", "name"),
    ("COLLINS, Tegan", "name"),
    ("BRIGHT, Kacey", "name"),
    ("GODDARD, Charlie", "name"),
    ("ROSA HATHERLEY", "name"),
    ("Jordan PIKE", "name"),
    ("Marcus\nIbe", "name"),
    ("Chelsea\nTanner", "name"),
    ("Jess\nLarder", "name"),
    ("Leey", "name"),
    ("Kirty", "name"),
    ("Mlstry", "name"),
    ("Andre Campbe1l", "name"),
    ("Gemma L0we", "name"),
    ("Kana", "name"),
    ("Noe", "name"),
    ("Pua", "name"),
    ("kayd", "name"),
    ("stace", "name"),
    ("jordz", "name"),
    ("teg", "name"),
    ("O. Prothero", "name"),
    ("daux", "place"),
    ("Waiʻanae", "place"),
    ("waianae", "place"),
    ("Nānākuli", "place"),
    ("Oʻahu", "place"),
    ("Hilo", "place"),
    ("Small\nDole", "place"),
    ("small dole", "place"),
    ("Nep Town", "place"),
    ("Heath Common", "place"),
    ("Hurst", "place"),
    ("Washington", "place"),
    ("Bi11ingshurst", "place"),
    ("Whitehawk", "place"),
    ("Sayers Common", "place"),
    ("West Chiltington", "place"),
    ("31 Daux Ave", "address"),
    ("3 Parbr0ok", "address"),
    ("no. 8", "address"),
    ("no 29", "address"),
    ("Deer Park", "address"),
    ("Cuckfield Road", "address"),
    ("RHl4 9EU", "postcode"),
    ("rh13 9jb", "postcode"),
    ("2l/ll/2O25", "date"),
    ("O9/l2/2O25", "date"),
    ("28 Nov", "date"),
    ("21st", "date"),
    ("l4/O8/2O2O", "dob"),
    ("22.01.2024", "dob"),
    ("+1 808 696 2471", "phone"),
    ("+1 808 935 4128", "phone"),
    ("01273 492 318", "phone"),
    ("NH 52 71 08 B", "ni"),
    ("628 196 3849", "nhs"),
    ("E938605418560", "upn"),
    ("GK17 RWN", "vehicle"),
    ("LD68 VUP", "vehicle"),
    ("stacey.tanner98@gmail.com", "email"),
    ("hana.mistry@nhs.net", "email"),
)
UNMARKED = (
    "Tyson",
    "Biscuit",
    "Hawaii",
    "Hawaiʻi",
    "Henfield Medical Centre",
    "Crawley Hospital",
    "Storrington Primary School",
    "Billingshurst Community Fridge",
    "Change Grow Live",
    "Carers Support West Sussex",
    "SUSSEX POLICE",
    "complaints@downsandweald.gov.uk",
    "makuahine",
    "Tūtū",
    "Anakē",
    "since 2022",
    "Christmas",
    "daddy squeeze",
)


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s257)


def test_the_counts():
    checks.counts(s257, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s257, HARD, UNMARKED, split=("name", "place"))
