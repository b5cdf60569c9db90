"""Checks of the hand-written held-out redaction set 127 (bench/redaction_set127.py) that do not use the detector:
its marking is clean, its counts, its own hard cases and the organisations and landmarks it leaves unmarked."""

from bench import redaction_set127 as s127
from tests import hand_set_checks as checks

NAMES, TOTAL = 491, 902
# names that are words or towns; scripts; short forms; odd formats
HARD = (("FUTTER, Kayden", "name"), ("Lynge, Pipaluk", "name"), ("Zoica\nGogu", "name"), ("shan", "name"), ("craig", "name"),
        ("kayden", "name"), ("abbs", "name"), ("sandy", "name"), ("pipa", "name"), ("Summer", "name"), ("River", "name"),
        ("Dawn", "name"), ("Dennis Holt", "name"), ("Jordan Page", "name"), ("Deeks", "name"), ("Deano", "name"), ("Jadey", "name"),
        ("Ty", "name"), ("Den", "name"), ("Bren", "name"), ("Liv", "name"), ("Pipa", "name"), ("J. Sm1th", "name"),
        ("R1ver Howes", "name"), ("G. Bird", "name"), ("T Drake", "name"), ("A. Kleist", "name"), ("Biljana T", "name"),
        ("Михали", "name"), ("Михали Карагеа", "name"), ("Дина", "name"), ("Карагеа", "name"), ("Vangheo", "name"), ("Hans-Erik", "name"),
        ("Kleist", "name"), ("mile x", "place"), ("Mile Cross", "place"), ("Scopia", "place"), ("Битола", "place"), ("Крушево", "place"),
        ("Скопје", "place"), ("krushevo", "place"), ("costessey", "place"), ("maniitsoq", "place"), ("Nuuk", "place"),
        ("Sisimiut", "place"), ("Aalborg", "place"), ("Kruševo", "place"), ("Drayton", "place"), ("Dereham", "place"),
        ("loddon", "place"), ("Yarmouth", "place"), ("chet valley", "school"), ("acorns", "school"), ("Angel Road", "school"),
        ("Angel Road", "address"), ("Hewett", "school"), ("no. 29", "address"), ("number 11", "address"), ("no. 7", "address"),
        ("7", "address"), ("Flat 3, 88 Bishop Bridge\nRoad", "address"), ("Aqqusinersuaq 21, 2. th", "address"),
        ("ul. Nikola Karev 14", "address"), ("Kaaliaaraq 7", "address"), ("bowthorpe hall rd", "address"), ("magdalen st", "address"),
        ("3900", "postcode"), ("3911", "postcode"), ("7550", "postcode"), ("1000", "postcode"), ("1O November 2O26", "date"),
        ("5th Novem-\nber", "date"), ("21. oktober 2026", "date"), ("3. marts 2024", "date"), ("12 јули", "date"), ("10 dec", "date"),
        ("2022-11-29", "date"), ("14.9.26", "dob"), ("11/01/2002", "dob"), ("+299 52 41 87", "phone"), ("+389 70 412 583", "phone"),
        ("+45 28 61 47 30", "phone"), ("NP 61 30 11 D", "ni"), ("AY16 KTF", "vehicle"), ("VK19 OWX", "vehicle"), ("914 580 4362", "nhs"),
        ("A926645949740", "upn"), ("nabe@sermersooq.gl", "email"))
UNMARKED = ("Norfolk and Norwich University Hospital", "Heartsease Surgery", "Bowthorpe Health Centre", "HMP Norwich",
            "Norwich Crown Court", "the Bowthorpe Centre", "Earlham Library", "Change Grow Live", "Kommuneqarfik Sermersooq",
            "LanguageLine", "Forced Marriage Unit", "Leeway", "Bure Lodge", "Yare Valley", "Tank", "heathrow", "Tata", "Папу", "aanaa",
            "Nanny", "Denmark", "Norfolk Police", "FMU/26/3381", "MFH 36-26-1147", "826098100412337", "Thursday", "thurs", "Asda", "FIFA")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s127)


def test_the_counts():
    checks.counts(s127, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s127, HARD, UNMARKED, split=("name", "address", "date"))


def test_its_own_hard_cases():
    spans = checks.spans(s127)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Macedonian Cyrillic
    assert any("-" in name and name[0].isupper() for name in names)  # hyphenated names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Cyrillic
