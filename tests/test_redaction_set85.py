"""Checks of the hand-written held-out redaction set 85 (bench/redaction_set85.py) that do not use the detector:
its marking passes the checks, its size, its own hard cases and the organisations and landmarks it leaves unmarked."""

from bench import redaction_set85 as s85
from tests import hand_set_checks as checks

NAMES, TOTAL = 507, 929
HARD = (("UNSWORTH, Ivy-Mae", "name"), ("UNSWORTH, Tyler", "name"), ("RUIZ FERNANDEZ, Mateo", "name"), ("MELLING, Ryan James", "name"),
        ("Mason BOLTON", "name"), ("Mateo RUIZ FERNÁNDEZ", "name"), ("REECE LOWE", "name"), ("Reece LOWE", "name"),
        ("R Pennington", "name"), ("J Tonge", "name"), ("C. Greenal1", "name"), ("Shannon Marsclen", "name"), ("J0rdan", "name"),
        ("Ineke de\nVries", "name"), ("Leigh", "name"), ("Leigh Bolton", "name"), ("Summer", "name"), ("Holly", "name"),
        ("Pat Haydock", "name"), ("Kerry Hindley", "name"), ("Kay", "name"), ("Teo", "name"), ("Lu", "name"), ("Valen", "name"),
        ("Rigbys", "name"), ("Sol", "name"), ("Rosa", "name"), ("Grace", "name"), ("court", "name"), ("mase", "name"),
        ("masonnnn", "name"), ("kacper", "name"), ("jordan", "name"), ("ivy", "name"), ("ty", "name"), ("oli", "name"),
        ("de Vries", "name"), ("O'Driscoll", "name"), ("Lucía Fernández", "name"), ("Martín", "name"), ("Leigh", "place"),
        ("leigh", "place"), ("wigan", "place"), ("tyldo", "place"), ("Haydock", "place"), ("Hind\nley", "place"),
        ("Ashton-in-Makerfie1d", "place"), ("Baires", "place"), ("Funes", "place"), ("Rosario", "place"), ("Zeist", "place"),
        ("Platt Bridge, Wigan", "place"), ("blackpool", "place"), ("south shore", "place"), ("Standish Lower Ground", "place"),
        ("Oudegracht 212", "address"), ("3511 NR", "postcode"), ("Witte de Withstraat 31", "address"), ("3012 BM", "postcode"),
        ("Bv. Oroño 1450, 3° B", "address"), ("S2000", "postcode"), ("Calle Hipólito\nYrigoyen 2240", "address"), ("no. 29", "address"),
        ("8", "address"), ("50", "address"), ("kenyon rd", "address"), ("41 astley st", "address"), ("heath rd", "address"),
        ("Hesketh Fletcher", "school"), ("Fred Longworth", "school"), ("Shevington Vale", "school"), ("Golborne CP", "school"),
        ("Little Acorns", "school"), ("St Wilfrid's", "school"), ("O6/O6/2OO2", "dob"), ("1O/11/2O26", "date"), ("2011-08-19", "dob"),
        ("30.5.12", "dob"), ("2 november 2026", "date"), ("16th", "date"), ("8th", "date"), ("27th", "date"), ("+31 6 28471935", "phone"),
        ("+31 30 234 8817", "phone"), ("+54 9 341 562-8810", "phone"), ("+54 9 11 4782-3316", "phone"), ("07488316205", "phone"),
        ("JT 52 81 47 B", "ni"), ("SP 63 09 24 D", "ni"), ("YH19KZO", "vehicle"), ("YH19 KZO", "vehicle"), ("PN68 WXD", "vehicle"),
        ("KX16 BHF", "vehicle"), ("591 533 7597", "nhs"), ("P359290296100", "upn"), ("n.odriscoll@standish-chs.org.uk", "email"))
UNMARKED = ("Royal Albert Edward Infirmary", "Leigh Infirmary", "Wigan Warriors", "Blackpool Victoria Hospital",
            "Wrightington, Wigan & Leigh", "Kenyon Lane Surgery", "Gidlow Medical Centre", "Standish Medical Practice",
            "Wigan County Court", "Wigan Magistrates'", "Wigan Life Centre", "Makerfield Rovers JFC", "Bridgeway Families",
            "Douglas Vale", "Lancashire Police", "Robin Park", "Spinning Gate", "Schiphol", "Bruno", "Uncle T", "JD", "🦈", "Argentina",
            "Oma", "mevrouw", "tía", "abuela", "Abuela", "Nana", "Revd", "ik wil niet meer", "herfstvakantie")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s85)


def test_the_counts():
    checks.counts(s85, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s85, HARD, UNMARKED, split=("name", "address", "place"))


def test_its_own_hard_cases():
    spans = checks.spans(s85)
    names = [words for words, kind in spans if kind == "name"]
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
