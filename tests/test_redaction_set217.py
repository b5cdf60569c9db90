"""Checks of the hand-written held-out redaction set 217 (bench/redaction_set217.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set217 as s217
from tests import hand_set_checks as checks

NAMES, TOTAL = 515, 893
HARD = (("RUDD, Tyler", "name"), ("LANGRINE, Neijon", "name"), ("Bwij JIBAS", "name"), ("Likinono JIBAS", "name"),
        ("HARKER, Evie", "name"), ("WILKIN, Kacey", "name"), ("METCALFE, Arjun", "name"), ("Taz MAHMOOD", "name"),
        ("Andrew\nFawcett", "name"), ("Gareth\nPounder", "name"), ("Nadia\nKhan", "name"), ("Craig\nRobson", "name"),
        ("0sborne", "name"), ("Jarnes Metcalfe", "name"), ("Kath Lum1ey", "name"), ("Grace Hutchinsen", "name"),
        ("kace", "name"), ("evs", "name"), ("ty", "name"), ("robbo", "name"), ("WHITEY", "name"), ("Kino", "name"),
        ("Lijon", "name"), ("Sooty", "name"), ("Pickle", "name"), ("Maria Dela Cruz", "name"), ("H. Kaur", "name"),
        ("Uppleby Court", "address"), ("Firby\nRoad", "address"), ("3 Stati0n Cottages", "address"),
        ("Brornpton Lodge", "address"), ("Galtres Centre", "address"), ("no. 16", "address"), ("no 3", "address"),
        ("Easingwold", "place"), ("husthwaite", "place"), ("Sowerby", "place"), ("sowerby", "place"),
        ("North\nOrmesby", "place"), ("boro", "place"), ("Dishf0rth", "place"), ("Topcliffe", "place"),
        ("Aiskew", "place"), ("thornton watlass", "place"), ("Leeming Bar", "place"), ("Majuro", "place"),
        ("Laura", "place"), ("Ebeye", "place"), ("Springdale", "place"), ("Arno", "place"),
        ("Y07 3BE", "postcode"), ("DL8 2AT", "postcode"), ("Thirsk School", "school"), ("Bedale C of E Primary", "school"),
        ("2l November 2O26", "date"), ("l8/ll/2O26", "date"), ("Ja nuary", "date"), ("29/0l/2Ol7", "dob"),
        ("Summer 2024", "date"), ("2nd", "date"), ("+692 625 4419", "phone"), ("+1 479 751 3826", "phone"),
        ("01347 821 904", "phone"), ("SZ 61 38 04 D", "ni"), ("JM 47 20 63 B", "ni"), ("407 766 3199", "nhs"),
        ("2304206344", "nhs"), ("J815584806795", "upn"), ("YJ18 WFA", "vehicle"), ("NK70 OVB", "vehicle"),
        ("c.wardle@thirsk.n-yorks.sch.uk", "email"))
UNMARKED = ("Friarage", "Bedale Group Practice", "HMP Holme House", "North Yorkshire Horizons", "Carers Plus Yorkshire",
            "York Hospital", "Sowerby Sports Village", "Little Acorns", "Arkansas", "Marshallese", "Bubu", "Nani ji",
            "tazz_mb", "Aunty", "NORTH YORKSHIRE POLICE", "IDAS")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s217)


def test_the_counts():
    checks.counts(s217, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s217, HARD, UNMARKED, split=("name", "place"))
