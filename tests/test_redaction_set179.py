"""Checks of the hand-written held-out redaction set 179 (bench/redaction_set179.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set179 as s179
from tests import hand_set_checks as checks

NAMES, TOTAL = 510, 914
# names that are words or towns; short forms; odd formats
HARD = (("MOCKFORD, Ryder", "name"), ("FULLER, Summer", "name"), ("HURST, Mason", "name"), ("KENWARD, Maureen", "name"),
        ("ASHDOWN, Harley", "name"), ("ORME, Losa", "name"), ("VARGAS SOLANO Valentina", "name"), ("María José Vargas Solano", "name"),
        ("Lucía Benavides", "name"), ("Andrés Quirós", "name"), ("Harley A", "name"), ("Alfie G", "name"), ("M Kenward", "name"),
        ("G. Lusted", "name"), ("Summer", "name"), ("summer", "name"), ("Willow", "name"), ("Hannah Brook", "name"), ("Honey", "name"),
        ("Jordan Field", "name"), ("Connor", "name"), ("Majo", "name"), ("Vale", "name"), ("vale vs", "name"), ("Mase", "name"),
        ("Ro", "name"), ("ry", "name"), ("shan", "name"), ("steve", "name"), ("Kiki", "name"), ("Lace", "name"), ("Tino", "name"),
        ("Lee\nWicks", "name"), ("Lily-Rose Ashdown", "name"), ("Poppy-Mae Steer", "name"), ("Jarvis\nBrook", "place"),
        ("Jarvis Brook", "place"), ("Sheffield\nPark", "place"), ("Barrio Los\nÁngeles", "place"), ("Framfie1d", "place"),
        ("framfield", "place"), ("hove", "place"), ("funafuti", "place"), ("Funafuti", "place"), ("Vaiaku", "place"),
        ("Fongafale", "place"), ("Heredia", "place"), ("San José", "place"), ("Ridgewood", "place"), ("Sheep Plain", "place"),
        ("Steel Cross", "place"), ("Ringles Cross", "place"), ("Harlands", "place"), ("Whitehawk", "place"), ("Rose Cottage", "address"),
        ("no. 15", "address"), ("no. 6", "address"), ("bell farm road", "address"), ("Harcourt Road", "address"),
        ("Lashbrooks\nRoad", "address"), ("Flat 3, 88 London\nRoad", "address"), ("Calle 8, Avenida 3, Barrio Fátima", "address"),
        ("eighty-eight London Road", "address"), ("flat three", "address"), ("lodge court", "address"), ("40101", "postcode"),
        ("manor", "school"), ("holy x", "school"), ("Beacon", "school"), ("Dane Hill", "school"),
        ("Second of October eighty-eight", "dob"), ("twenty seventh", "date"), ("eighth of December", "date"),
        ("23 de noviembre de 2026", "date"), ("15th Novernber", "date"), ("2026-10-29", "date"), ("3rd", "date"), ("5th", "date"),
        ("+506 8714 2936", "phone"), ("+688 901 234", "phone"), ("07439 345872", "phone"), ("SK 41 72 58 B", "ni"),
        ("NL 58 21 63 C", "ni"), ("GK17 WYR", "vehicle"), ("653 978 2977", "nhs"), ("D845840115920", "upn"),
        ("majo.vargas.s@gmail.com", "email"))
UNMARKED = ("Uckfield Family Hub", "Crowborough Family Hub", "Heathfield Family Centre", "Crowborough Youth Project",
            "Uckfield Civic Centre", "Brighton & Hove Albion", "Meridian Surgery", "Beacon Surgery", "Mill View", "Ridgewood Stores",
            "Victoria Pleasure Ground", "luxford field", "the Crowborough Rec", "Crowborough Athletic", "Boxing Day", "Costa Rica",
            "Canela", "Papi", "h4rl3y_tn6", "tinobagz_01", "mamaa", "fakalavelave", "ofa atu", "W said", "V does not", "Sainsbury's",
            "Goldsmiths", "Princess Royal", "Sussex Police", "Wealden")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s179)


def test_the_counts():
    checks.counts(s179, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s179, HARD, UNMARKED, split=("name", "address", "place"))


def test_its_own_hard_cases():
    spans = checks.spans(s179)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not name.isascii() for name in names)  # Spanish names with accents
    assert any("-" in name and name[0].isupper() for name in names)  # hyphenated names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(words.islower() for words, k in spans if k == "address")


def test_the_checks_can_fail():
    bad = ((s179.RECORD_C, [("bad", "Ring [[07942 532 18|phone]] about [[abuela Xinia|name]], [[Nanny Carol|name]], [[Costa Rica|place]],"
                                     " [[East Sussex|place]] and [[Tuvalu|place]]"
                                     " on [[Friday 9 October|date]]. NHS [[589 289 3724|nhs]].")]),)
    found = s179.problems(bad, record_ids=["5892893723"], record_phones=["07942 532 188"])
    assert any("phone is not a valid number" in p for p in found)
    for word in ("abuela", "Nanny"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Costa Rica", "East Sussex", "Tuvalu"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit" in p for p in found)
