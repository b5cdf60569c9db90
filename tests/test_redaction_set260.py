"""Checks of the hand-written held-out redaction set 260 (bench/redaction_set260.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set260 as s260
from tests import hand_set_checks as checks

NAMES, TOTAL = 525, 921
HARD = (("APPS, Tyler", "name"), ("RAUDSEPP, Kadri", "name"), ("KUUSK, Tõnis", "name"), ("Mattias KUUSK", "name"),
        ("CAMPBELL, Jayden", "name"), ("FULLER, Millie", "name"), ("BAKER, Ruby-Mae", "name"), ("PENNELLS, Harvey", "name"),
        ("HARVEY PENNELLS", "name"), ("MAX HOOK", "name"), ("KAYLEIGH", "name"), ("Helen\nMorphew", "name"),
        ("Craig\nLatter", "name"), ("Wendy\nKemp", "name"), ("Tõnu", "name"), ("Mattias K.", "name"), ("Millie F", "name"),
        ("Sarah Fu11er", "name"), ("Mil1ie", "name"), ("0koro", "name"), ("Craig Pennel1s", "name"), ("Kay1eigh", "name"),
        ("macca", "name"), ("kez", "name"), ("ty", "name"), ("jj", "name"), ("kadz", "name"), ("chlo", "name"), ("con", "name"),
        ("alf", "name"), ("Harv", "name"), ("shannon hoad", "name"), ("ryan mcallister", "name"),
        ("maccas", "name"), ("dillons", "name"), ("Skitz", "name"), ("Priitule", "name"), ("gn17 wku", "vehicle"),
        ("4th of August", "date"), ("TN34 3SB", "postcode"),
        ("Tunbridge\nWells", "place"), ("tunbridge wells", "place"), ("sparrows green", "place"), ("Sparrows Green", "place"),
        ("Burwash Weald", "place"), ("burwash common", "place"), ("Burwashi", "place"), ("Võru", "place"), ("Rõuge", "place"),
        ("Vastseliina", "place"), ("Antsla", "place"), ("Stonegate", "place"), ("St0negate", "place"), ("Heathfie1d", "place"),
        ("Flimwell", "place"), ("Durgates", "place"), ("hurst green", "place"), ("ticehurst", "place"), ("Ore Valley", "place"),
        ("Jüri tn 14-3", "address"), ("l Bewl Cottages", "address"), ("church street", "address"), ("no. 11", "address"),
        ("no 6", "address"), ("Old Station Close", "address"), ("TN19 7LB", "postcode"), ("TNl9 7BS", "postcode"),
        ("Uplands", "school"), ("Burwash CE Primary", "school"), ("2l November 2O26", "date"), ("l9/ll/2O26", "date"),
        ("O3/l2/2O26", "date"), ("l4th", "date"), ("lst", "date"), ("2Oth", "date"), ("15th", "date"), ("Ol/l2/l984", "dob"),
        ("+372 5384 2719", "phone"), ("+372 5621 4083", "phone"), ("01435 882 719", "phone"), ("JN 72 41 06 B", "ni"),
        ("316 997 3096", "nhs"), ("779 153 7451", "nhs"), ("W845207421991", "upn"),
        ("412 BKM", "vehicle"), ("GK18 XRT", "vehicle"), ("hannah.ellery@nhs.net", "email"),
        ("femi.adeyemi@eastsussex.gov.uk", "email"))
UNMARKED = ("Estonia", "Wadhurst Medical Group", "Ticehurst Surgery", "Tunbridge Wells Hospital", "Wadhurst Juniors",
            "Heathfield Community College", "Bewl Water", "SUSSEX POLICE", "East Sussex", "skitz_b", "jj_camp", "imä", "esä",
            "vanaimä", "ApriI", "(I3)", "in 2023", "at Christmas", "Sõnum", "2moro")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s260)


def test_the_counts():
    checks.counts(s260, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s260, HARD, UNMARKED, split=("name", "place"))
