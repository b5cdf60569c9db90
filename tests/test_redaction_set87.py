"""Checks of the hand-written held-out redaction set 87 (bench/redaction_set87.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set87 as s87
from tests import hand_set_checks as checks

NAMES, TOTAL = 227, 422
HARD = (("VUKOVIĆ, Luka", "name"), ("NIXON, Lee", "name"), ("HAND, Aoife", "name"), ("KELLY, Siobhan", "name"), ("Лука Вуковић", "name"),
        ("أمينتو", "name"), ("مريم منت أحمد", "name"), ("Jelena Radon-\njić", "name"), ("kayden furber", "name"), ("S Furber", "name"),
        ("Tou", "name"), ("Jord", "name"), ("shan", "name"), ("Rose Hatton", "name"), ("Stan", "name"), ("Smudge", "name"),
        ("Chan", "name"), ("Милица Радоњић", "name"), ("Lee", "name"), ("Mason stubbs", "name"), ("Никшић", "place"),
        ("Nouakchott", "place"), ("sandbach", "place"), ("handforth", "place"), ("Wheelock", "place"), ("Elworth", "place"),
        ("Big Lock", "address"), ("Kingfisher", "address"), ("Otter", "address"), ("Дарко Перовић", "name"),
        ("14 rue Pasteur", "address"), ("dean row rd", "address"), ("Kinderton Street", "address"), ("+382 67 418 239", "phone"),
        ("+222 46 41 27 88", "phone"), ("+353 87 214 6631", "phone"), ("N37 X2F6", "postcode"), ("Malbank", "school"),
        ("4.11.26", "date"), ("18th", "date"), ("6th", "date"), ("23.07.2012", "dob"), ("KX19 HBN", "vehicle"), ("412 578 9037", "nhs"),
        ("kerry.wood82@outlook.com", "email"))
UNMARKED = ("Dane Valley Council", "Middlewich Town FC", "Cheshire Police", "Radway Green", "Alsager Juniors", "the Co-op",
            "Wheelock locks", "Sandbach services", "the Swan", "Mauritania", "Granny", "J.R.", "Saturday", "Hassaniya", "Border Force",
            "the Wheelock canal", "kings\nlock")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s87)


def test_the_counts():
    checks.counts(s87, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s87, HARD, UNMARKED, split=("name",))


def test_its_own_hard_cases():
    spans = checks.spans(s87)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Arabic and Cyrillic script
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # a place in Cyrillic
