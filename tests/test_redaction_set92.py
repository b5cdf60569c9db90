"""Checks of the hand-written held-out redaction set 92 (bench/redaction_set92.py) that do not use the detector:
its marking, its size, its own hard cases and the organisations and landmarks left unmarked."""

from bench import redaction_set92 as s92
from tests import hand_set_checks as checks

NAMES, TOTAL = 518, 925
# names that are words or towns; OCR; short forms; odd formats
HARD = (("PETTMAN, Kayden", "name"), ("OVENDEN, Lacey-Mae", "name"), ("GLASS, Conrad", "name"), ("TRITTON, Darren", "name"),
        ("NOVAK, Luka", "name"), ("N0VAK, Luka", "name"), ("SHEPHERD, Kyle Anth0ny", "name"), ("CHEESEMAN Jade", "name"),
        ("Aino WADE", "name"), ("Mojca KRANJC", "name"), ("H Gale", "name"), ("L Repetto", "name"), ("J Cheeseman", "name"),
        ("Summer", "name"), ("Terry Summer", "name"), ("ash", "name"), ("Dean", "name"), ("Tristan", "name"), ("Tristan Glass", "name"),
        ("Harriet Gale", "name"), ("Joe Brook", "name"), ("Dot", "name"), ("Gaz", "name"), ("Sheps", "name"), ("SHEPS", "name"),
        ("Brun0", "name"), ("Sanna Heikkilä", "name"), ("Hanna Väisänen", "name"), ("reece", "name"), ("kayden", "name"),
        ("paulin", "name"), ("acott", "name"), ("wildish", "name"), ("Nokia", "place"), ("Tristan", "place"),
        ("Tristan da Cunha", "place"), ("Edinburgh of the Seven Seas", "place"), ("Settlement", "place"), ("Hottentot Gulch", "place"),
        ("Milt0n Regis", "place"), ("Queenb0rough", "place"), ("Sitting-\nbourne", "place"), ("Minster", "place"), ("minster", "place"),
        ("kemsley", "place"), ("Leysdown", "place"), ("Halfway", "place"), ("Iwade", "place"), ("Tampere", "place"), ("Maribor", "place"),
        ("Ptuj", "place"), ("Graz", "place"), ("Sheppey", "place"), ("Chalet 118", "address"), ("chalet 118", "address"),
        ("118", "address"), ("van 119", "address"), ("Harty Ferry", "address"), ("HARTY FERRY CHALET PARK", "address"),
        ("Flat 6", "address"), ("Hämeenkatu 14 B 22", "address"), ("Gosposka ulica 9", "address"), ("Avenue of\nRemembrance", "address"),
        ("church rd", "address"), ("33100", "postcode"), ("2000", "postcode"), ("TDCU 1ZZ", "postcode"), ("Murston Brook", "school"),
        ("eastchurch", "school"), ("Milton Court", "school"), ("Little Acorns", "school"), ("12/ll/2026", "date"), ("11th N0v", "date"),
        ("15th of\nDecember", "date"), ("5th of may", "dob"), ("30-Jan-2012", "dob"), ("+358 40 718 2265", "phone"),
        ("+386 41 618 273", "phone"), ("+290 8712", "phone"), ("+27 82 614 3390", "phone"), ("JT 44 81 20 B", "ni"),
        ("LR20 0XH", "vehicle"), ("689 889 4196", "nhs"), ("W886958354459", "upn"), ("matej.novak.trans@gmail.com", "email"))
UNMARKED = ("Kingsferry County Council", "Swale Borough Council", "Swale House", "Medway Maritime Hospital", "Sheppey Community Hospital",
            "Sheppey Healthy Living Centre", "Sheppey Leisure Complex", "Faversham Health Centre", "Milton Regis Surgery",
            "HMP Swaleside", "HMP Elmley", "Kent Police", "Milton Creek Country Park", "Sheppey Crossing", "SA Agulhas II",
            "Nightingale Island", "Gatwick", "Language Bridge", "Gillingham Anchorians", "Sun Inn", "Biscuit", "Patch", "C.P.",
            "laceymae.x", "jojo_2k14", "mummo", "äiti", "Suomi", "Slovenia", "Austria", "A7712KH", "5C/26/118734")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s92)


def test_the_counts():
    checks.counts(s92, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s92, HARD, UNMARKED, split=("name", "address", "place", "date"))


def test_its_own_hard_cases():
    spans = checks.spans(s92)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not name.isascii() for name in names)  # a Finnish name with letters outside ASCII
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
