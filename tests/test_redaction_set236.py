"""Checks of the hand-written held-out redaction set 236 (bench/redaction_set236.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set236 as s236
from tests import hand_set_checks as checks

NAMES, TOTAL = 506, 915
HARD = (("ÁLVAREZ SUÁREZ, Xuan", "name"), ("Covadonga Suárez Fernández", "name"), ("Pelayo Álvarez Menéndez", "name"),
        ("CATTERMOLE, Tegan", "name"), ("LING, Shannon", "name"), ("THREADKELL, Callum James", "name"),
        ("REVETT, Poppy", "name"), ("ALDOUS, Margaret", "name"), ("WADE, Finley", "name"), ("Toby SHELDRAKE", "name"),
        ("Reece MAYES", "name"), ("JAYDEN MOSS", "name"), ("Marisol\nGutiérrez", "name"), ("Kieran\nMayhew", "name"),
        ("Xuan A1varez Suarez", "name"), ("Pe1ayo A1varez Menendez", "name"), ("Fin1ey", "name"), ("0koro", "name"),
        ("Rache1 Fu1cher", "name"), ("Cuca", "name"), ("Nel", "name"), ("Teg", "name"), ("cal", "name"), ("rizz", "name"),
        ("Wendy Last", "name"), ("Lorna Took", "name"), ("Orford", "name"), ("Pam Orford", "name"), ("Pickle", "name"),
        ("talbot", "name"), ("Toby S", "name"), ("Gray", "name"), ("Xixón", "place"), ("Gijón", "place"), ("Gij0n", "place"),
        ("Avilés", "place"), ("Aviles", "place"), ("W00dbridge", "place"), ("lpswich", "place"), ("Th0rpeness", "place"),
        ("Ch4ntry", "place"), ("fram", "place"), ("sax", "place"), ("orford", "place"), ("Wickham\nMarket", "place"),
        ("Coldfair Green", "place"), ("Fort Green", "place"), ("Kingston", "place"), ("knodishall", "place"),
        ("Calle Ce1estino Junquera 14", "address"), ("33202", "postcode"), ("IPl2 4BS", "postcode"),
        ("l7 Fairfie1d Rd", "address"), ("Hill Farm", "address"), ("park rd", "address"), ("Wilford\nBridge Road", "address"),
        ("Flat 12,\nCromwell House", "address"), ("Crag Path", "address"), ("THOMAS MILLS HIGH SCHOOL", "school"),
        ("Little Acorns", "school"), ("2l/ll/2O26", "date"), ("O3.O6.2Ol6", "dob"), ("4 Decernber 2O26", "date"),
        ("eighteen of December", "date"), ("+34 684 21 39 57", "phone"), ("+34 985 23 41 67", "phone"),
        ("01728 496 027", "phone"), ("JK 36 41 28 B", "ni"), ("NZ 71 08 44 C", "ni"), ("945 572 3328", "nhs"),
        ("0V7l KLM", "vehicle"), ("AY19 FKD", "vehicle"), ("r.fulcher@fulcherlaw.co.uk", "email"))
UNMARKED = ("Spain", "Asturias", "Suffolk Constabulary", "Ipswich Hospital", "Aldeburgh Surgery", "Framlingham Surgery",
            "Snape Maltings", "the Moot Hall", "Scallop", "Turning Point", "teg_xo_12", "j.dn77", "güela", "Catch22",
            "St Elizabeth Hospice", "Kooth", "FULCHER & CO")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s236)


def test_the_counts():
    checks.counts(s236, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s236, HARD, UNMARKED, split=("name", "place", "address"))
