"""Checks of the hand-written held-out redaction set 254 (bench/redaction_set254.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set254 as s254
from tests import hand_set_checks as checks

NAMES, TOTAL = 552, 914
HARD = (("ORTON, Kayden", "name"), ("OKURUT, Joseph", "name"), ("PICKERING, Jack", "name"), ("Kayden ORTON", "name"),
        ("Florence APOLOT", "name"), ("Emmanuel EMOIT", "name"), ("Paige HOLLOWAY", "name"), ("Craig DUNMORE", "name"),
        ("Helen\nStubbs", "name"), ("Gemma TANSER", "name"), ("PauIine Tanser", "name"), ("L0gan", "name"), ("Dean 0wen", "name"),
        ("Ricky Gamb1e", "name"), ("Jo Caste11", "name"), ("H. Pryce", "name"), ("Jack P", "name"), ("ollie b", "name"),
        ("kay", "name"), ("tash", "name"), ("jacko", "name"), ("soph", "name"), ("t-bone", "name"), ("T-Bone", "name"),
        ("zee", "name"), ("gracie", "name"), ("kaydens", "name"), ("PAULINE", "name"), ("KYLE", "name"), ("Apolot", "name"),
        ("Ekwaro", "name"), ("Emma", "name"), ("tasha bland", "name"), ("JACK PICKERING", "name"),
        ("Market Bosworth", "place"), ("Market\nBosworth", "place"), ("Market B0sworth", "place"), ("bosworth", "place"),
        ("market bosworth", "place"), ("Desford", "place"), ("desford", "place"), ("Barlestone", "place"), ("barlestone", "place"),
        ("Kirby\nMuxloe", "place"), ("Sutton\nCheney", "place"), ("sutton cheney", "place"), ("Braunstone Town", "place"),
        ("Soroti", "place"), ("Kumi", "place"), ("ngora", "place"), ("Serere", "place"), ("Kampala", "place"),
        ("Botcheston", "place"), ("Osbaston", "place"), ("Cadeby", "place"), ("Leicester Forest East", "place"),
        ("5 Shent0n Lane", "address"), ("Flat 6, 88 Narborough Road", "address"), ("no. 29", "address"),
        ("19 bosworth rd", "address"), ("Braunstone Lane", "address"), ("CVl3 0LA", "postcode"), ("LE9 9JU", "postcode"),
        ("bosworth school", "school"), ("Bosworth Academy", "school"), ("l4 November 2O26", "date"), ("O3/ll/2O26", "date"),
        ("4th of\nMarch", "date"), ("29th of april", "date"), ("13th", "date"), ("21/10", "date"), ("l2/O9/l99l", "dob"),
        ("9 December 1985", "dob"), ("+256 772 418 953", "phone"), ("+256 701 336 824", "phone"), ("01455 291 634", "phone"),
        ("0116 305 4412", "phone"), ("PX 61 42 08 D", "ni"), ("584 653 0850", "nhs"), ("R855211824197", "upn"),
        ("FY68 ZRU", "vehicle"), ("KX16 FNO", "vehicle"), ("nicky.holloway80@gmail.com", "email"),
        ("i.akhtar@mbschool.example.org", "email"))
UNMARKED = ("Tyson", "Uganda", "Turning Point Leicestershire", "Young Carers Leicestershire", "Bosworth surgery",
            "bosworth battlefield", "LEICS POLICE", "Toto", "Jaja", "Yoga", "Eyalama", "Ateso", "Iteso", "since 2019", "(2023)",
            "the square")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s254)


def test_the_counts():
    checks.counts(s254, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s254, HARD, UNMARKED)
