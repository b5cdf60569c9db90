"""Checks of the hand-written held-out redaction set 249 (bench/redaction_set249.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set249 as s249
from tests import hand_set_checks as checks

NAMES, TOTAL = 530, 866
HARD = (("MARSDEN, Kayden", "name"), ("CACHIGUANGO, Amaru", "name"), ("FLETCHER, Jodie", "name"), ("HUSSAIN, Aleena", "name"),
        ("GIBBONS, Darren", "name"), ("SEAN BRENNAN", "name"), ("DAZ", "name"), ("Helen\nGrundy", "name"),
        ("AIeena Hussain", "name"), ("lmran Hussain", "name"), ("A. 0ldroyd", "name"), ("Lucy Barrac1ough", "name"),
        ("Wendy Fr0ggatt", "name"), ("R. 5ykes", "name"), ("kaydens", "name"), ("shannons", "name"), ("rubes", "name"),
        ("jord", "name"), ("cal", "name"), ("Tanks", "name"), ("Jodes", "name"), ("Yupa", "name"), ("Rocío Males", "name"),
        ("kyle wardle", "name"), ("Eyre-Wilson", "name"), ("Ruby-Mae", "name"),
        ("Peak\nForest", "place"), ("peak forest", "place"), ("Chapel-en-le-\nFrith", "place"), ("Tides\nwell", "place"),
        ("Tldeswell", "place"), ("tideswell", "place"), ("Otavalo", "place"), ("Peguche", "place"), ("Ilumán", "place"),
        ("Quito", "place"), ("Gleadless", "place"), ("gleadless", "place"), ("Chapel", "place"), ("Great Hucklow", "place"),
        ("Millers Dale", "place"), ("eyam", "place"), ("Litton", "place"),
        ("9 0ueen Street", "address"), ("Rose Cottage", "address"), ("Smalldale", "address"), ("smalldale", "address"),
        ("no. 16", "address"), ("no 4", "address"), ("SKl7 8JZ", "postcode"), ("S33 8WE", "postcode"),
        ("pursglove", "school"), ("Hope Valley College", "school"), ("2l October 2O26", "date"), ("l9/lO/2O26", "date"),
        ("l4 Januarv", "date"), ("O8/Ol/2Ol9", "dob"), ("23.09.2025", "dob"), ("21st", "date"),
        ("+593 98 724 5163", "phone"), ("+593 6 292 1487", "phone"), ("01298 871 462", "phone"), ("JL 63 81 47 B", "ni"),
        ("499 499 7829", "nhs"), ("882 444 3478", "nhs"), ("J830267641539", "upn"), ("YK18 HWD", "vehicle"),
        ("WR19 OXT", "vehicle"), ("c.birks@castleton.derbyshire.sch.uk", "email"), ("seanbrennan81@hotmail.co.uk", "email"))
UNMARKED = ("Ecuador", "Sheffield Children's Hospital", "Hope Medical Practice", "Buxton Town Hall", "Derbyshire Carers Association",
            "tanks_s2", "Bramble", "Smudge", "summer 2025", "Christmas 2025", "September 2026", "Bonfire Night", "hatun mama", "ñaña",
            "2nd saturday", "22:14", "Little Acorns", "DERBYSHIRE CONSTABULARY")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s249)


def test_the_counts():
    checks.counts(s249, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s249, HARD, UNMARKED)
