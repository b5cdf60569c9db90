"""Checks of the hand-written held-out redaction set 66 (bench/redaction_set66.py) that do not use the detector:
its own hard cases and its counts (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set66 as s66
from tests import hand_set_checks as checks

NAMES, TOTAL = 464, 919
HARD = (("BIRCH, Kayden", "name"), ("KARIMOVA, Madina", "name"), ("KARIMOVA Madina", "name"), ("BEN SALAH, Yassine", "name"),
        ("HEWITT, Jade", "name"), ("PLATT, Oscar", "name"), ("Archie LOVELOCK", "name"), ("Kelly DUTTON", "name"), ("Oscar P", "name"),
        ("L. Brennan", "name"), ("P. Kavanagh", "name"), ("Doy1e", "name"), ("Tia-\nMae", "name"), ("Dawn", "name"), ("Hope", "name"),
        ("Summer", "name"), ("Chelsea", "name"), ("Rose", "name"), ("Joy Hart", "name"), ("Dean Frodsham", "name"), ("Big Dee", "name"),
        ("jordan", "name"), ("kayden", "name"), ("Рустам", "name"), ("Мавлюда", "name"), ("ياسين", "name"), ("كريم", "name"),
        ("Yusupova", "name"), ("Москве", "place"), ("Самарканде", "place"), ("Ташкент", "place"), ("كرو", "place"), ("صفاقس", "place"),
        ("Samarqand", "place"), ("moreton rd", "address"), ("Moreton", "place"), ("hale", "name"), ("jade", "name"),
        ("Granby street", "address"), ("upton", "place"), ("new brighton", "place"), ("hoole", "place"), ("Frodsham", "place"),
        ("Ford", "place"), ("Wallasey Viliage", "place"), ("Kingst0n", "place"), ("Winst0n", "name"), ("MiIl Lane", "address"),
        ("117393", "postcode"), ("3000", "postcode"), ("5 نوفمبر", "date"), ("+353 87 214 6638", "phone"), ("Little Acorns", "school"),
        ("Noctorum\nAvenue", "address"), ("Flat 4", "address"), ("12 Bunyodkor ko'chasi", "address"), ("27 Seavlew Road", "address"),
        ("Churchfield Road", "address"), ("Oldershaw", "school"), ("Manor House", "school"), ("St Mary's", "school"),
        ("Somerville", "school"), ("20-dekabr", "date"), ("22-dekabr", "date"), ("29th", "date"), ("28", "date"), ("2.11.26", "date"),
        ("27-Nov-2026", "date"), ("19-Jan-2020", "dob"), ("14/7/26", "dob"), ("+998 90 317 44 28", "phone"), ("+216 22 418 731", "phone"),
        ("+33 6 12 48 77 19", "phone"), ("+7 916 482 31 07", "phone"), ("+1 876 555 0142", "phone"), ("JH 42 61 08 B", "ni"),
        ("K344261045193", "upn"), ("J896240338172", "upn"), ("485 120 7360", "nhs"), ("CX18 KWN", "vehicle"), ("MA16 YTV", "vehicle"),
        ("j.hart@manorhouse-frodsham.sch.uk", "email"))
UNMARKED = ("Arrowe Park that night", "Bruno", "Biscuit", "Castle Park", "Chester Zoo", "Leighton Hospital", "Catch22",
            "Wallasey Family Hub", "Frodsham Medical Centre", "Frodsham Community Centre", "PVP", "Wirral Family Matters",
            "Dee Mersey Council", "Weaver Vale Council", "Mama", "Jamaica", "4471", "Fender Way", "CGL", "Spar", "New Brighton station",
            "Wallasey Central Library", "Op Encompass", "Imam", "Cllr", "Biscuit")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s66)


def test_the_counts():
    checks.counts(s66, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s66, HARD, UNMARKED, split=("name",))


def test_its_own_hard_cases():
    spans = checks.spans(s66)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Cyrillic and Arabic script
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in other scripts
