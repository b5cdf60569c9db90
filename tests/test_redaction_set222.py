"""Checks of the hand-written held-out redaction set 222 (bench/redaction_set222.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set222 as s222
from tests import hand_set_checks as checks

NAMES, TOTAL = 540, 905
HARD = (("FLINT, Poppy", "name"), ("DUNNING, Alfie", "name"), ("BELLUSCI, Giorgio", "name"), ("Giorgio BELLUSCI", "name"),
        ("CAWOOD, Tyler", "name"), ("Reece TENNANT", "name"), ("T. CAWOOD", "name"), ("SPENCELEY, Rachael", "name"),
        ("PICKERING, Ruby", "name"), ("Helen\nOxtoby", "name"), ("Amy\nCorden", "name"), ("Kate\nHoldsworth", "name"),
        ("Gjergji", "name"), ("Gjergjuci", "name"), ("Tereza", "name"), ("Damiani", "name"), ("Vinçenci", "name"),
        ("Spud", "name"), ("kace", "name"), ("alfies", "name"), ("rubes", "name"), ("harry spenceley", "name"),
        ("Harry Spence1ey", "name"), ("Is1a Spenceley", "name"), ("Maureen S0werby", "name"), ("Do6son", "name"),
        ("Ke11y Ainsworth", "name"), ("Bess", "name"), ("Pickle", "name"), ("Maisie T", "name"), ("L. Beilby", "name"),
        ("Pocklington", "place"), ("pock", "place"), ("weighton", "place"), ("Market\nWeighton", "place"),
        ("Holme-on-\nSpalding-Moor", "place"), ("Bishop\nWilton", "place"), ("stamford\nbridge", "place"),
        ("Barmby\nMoor", "place"), ("Bish0p Wilton", "place"), ("Wartcr", "place"), ("Huggatc", "place"),
        ("Driffie1d", "place"), ("Ungra", "place"), ("Lungro", "place"), ("San Demetrio Corone", "place"),
        ("Seaton Ross", "place"), ("Orchard Park", "place"), ("Bransholme", "place"),
        ("Glebe Farm, Warter Road", "address"), ("G1ebe Farm", "address"), ("4 Pump Hi11", "address"),
        ("Low Farm Cottage", "address"), ("no. 16", "address"), ("Hessle Road", "address"), ("YO42 1XR", "postcode"),
        ("DN14 6AE", "postcode"), ("Woldgate", "school"), ("Wo1dgate", "school"),
        ("POCKLINGTON COMMUNITY JUNIOR SCHOOL", "school"), ("2O Nov 2O26", "date"), ("l5/0l/2O27", "date"),
        ("the 20th", "date"), ("Boxing Day", "date"), ("25th august", "dob"), ("+39 347 218 5904", "phone"),
        ("+39 0984 946 173", "phone"), ("+353 87 614 2290", "phone"), ("JR 62 81 47 B", "ni"), ("PN 40 73 29 A", "ni"),
        ("771 016 1782", "nhs"), ("X811311014120", "upn"), ("YA68 HZC", "vehicle"), ("FN22 CXE", "vehicle"),
        ("rachspenceley85@outlook.com", "email"))
UNMARKED = ("East Wolds Council", "Humberside Police", "Pocklington Group Practice", "Market Weighton Surgery", "York Hospital",
            "HMP Hull", "Carers Plus Yorkshire", "Calabria", "Italy", "Inghilterra", "Arbërisht", "c0nnor_x17", "nonna", "tata",
            "bija ime", "Cross Keys", "flamingo land", "CEOP")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s222)


def test_the_counts():
    checks.counts(s222, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s222, HARD, UNMARKED)
