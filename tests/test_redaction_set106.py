"""Checks of the hand-written held-out redaction set 106 (bench/redaction_set106.py) that do not use the detector:
its marking checks, its size, its own hard cases and the strings it leaves unmarked."""

from bench import redaction_set106 as s106
from tests import hand_set_checks as checks

NAMES, TOTAL = 546, 986
HARD = (("TANNER, Kayden", "name"), ("GOULD, Stephanie", "name"), ("HEXT, Darren", "name"), ("KNAPP, Barry", "name"),
        ("WALSH, Cillian", "name"), ("PINAS, Jaylano", "name"), ("Mia COLE", "name"), ("Rumana BEGUM", "name"), ("S Gumbs", "name"),
        ("K O'Neill", "name"), ("H. Okafor", "name"), ("Tilly\nBrennan", "name"), ("Aoife\nO'Driscoll", "name"),
        ("KATE\nO'NEILL", "name"), ("Aoife O Driscoll", "name"), ("Dawn", "name"), ("Devon", "name"), ("Dre", "name"), ("Baz", "name"),
        ("Sha", "name"), ("Bernie", "name"), ("Clem", "name"), ("Ellie-Mae", "name"), ("ellie-mae", "name"), ("kerry", "name"),
        ("mia", "name"), ("kai", "name"), ("patel", "name"), ("liam walsh", "name"), ("cillian", "name"), ("রুমানা", "name"),
        ("আয়ান", "name"), ("শিরিন", "name"), ("সিলেট", "place"), ("অক্সফোর্ড", "place"), ("Lawn", "place"), ("Stratton", "place"),
        ("stratton", "place"), ("Stratton St\nMargaret", "place"), ("GORSE\n  HILL", "place"), ("gorse hill", "place"),
        ("swindon village", "place"), ("eldene", "place"), ("Latour", "place"), ("Zindabazar", "place"), ("Amsterdam Zuidoost", "place"),
        ("Bijlmer", "place"), ("Rotterdam", "place"), ("Rotterdam-Zuid", "place"), ("The Valley", "place"), ("The\nValley", "place"),
        ("Stoney Ground", "place"), ("Island Harbour", "place"), ("Bishopstown", "place"), ("cork", "place"), ("Walcot", "place"),
        ("Swindon", "place"), ("Paramaribo", "place"), ("no. 29", "address"), ("no. 48", "address"), ("no. 7", "address"),
        ("Flat 2", "address"), ("cheney manor", "address"), ("darnley cl", "address"), ("cheltenham st", "address"),
        ("Shrivenham Road", "address"), ("Euclid Street", "address"), ("Bijlmerdreef 1083", "address"), ("Kwattaweg 212", "address"),
        ("Rey Hill", "address"), ("6 Ermin\nStreet", "address"), ("Flat 31, Lordship Lane\nEstate", "address"), ("1103 TV", "postcode"),
        ("AI-2640", "postcode"), ("T12 X9K2", "postcode"), ("Pinehurst Brook Sch00l", "school"),
        ("Pinehurst Brook Primary\nSchool", "school"), ("walcot green", "school"), ("kingsdown", "school"), ("Ridgeway", "school"),
        ("Nova Hreod", "school"), ("14\nMarch 2025", "date"), ("October 12 2026", "date"), ("20 Oct 2026", "date"), ("dec 10", "date"),
        ("24", "date"), ("25 December", "date"), ("21st", "date"), ("2nd", "date"), ("14/11/26", "date"), ("11.02.2013", "dob"),
        ("30-01-2012", "dob"), ("14.07.26", "dob"), ("3/6/2003", "dob"), ("+597 812 4471", "phone"), ("+31 6 2841 7730", "phone"),
        ("+1 264 497 2286", "phone"), ("+353 87 614 2095", "phone"), ("+880 1712-448903", "phone"), ("JT 28 51 74 B", "ni"),
        ("WK 62 38 15 A", "ni"), ("WU19 KXT", "vehicle"), ("WR68 PZE", "vehicle"), ("FY67 HBN", "vehicle"), ("557 514 5522", "nhs"),
        ("T866226428764", "upn"), ("liamwalsh97@hotmail.co.uk", "email"))
UNMARKED = ("Pinehurst People's Centre", "Eldene Surgery", "Freshbrook Surgery", "Nythe Community Centre", "Walcot Community Centre",
            "Great Western Hospital", "Abbey Meads Medical Practice", "Gablecross", "Wat Tyler House", "Sandalwood Court",
            "Salvation Army", "Mulberry Home Care", "New Life Church", "Lydiard Park", "Orbital Shopping Park", "Brunel Centre",
            "Wyvern Theatre", "Meads Bay", "Shoal Bay", "Delta", "rodbourne arms", "Haringey", "Anguilla", "Suriname", "Wiltshire",
            "Sranan", '"WR6"', "Bolt", "demixox_11", "bazz_sn2", "miacole", "PPN/26/044719", "GWH 8814402", "Barnardo's",
            "Operation Fortitude", "Mongolian blue spot", "Honda", "Panattoni", "Veilig Thuis", "খালা", "নানু", "Oma", "Tante", "JP")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s106)


def test_the_counts():
    checks.counts(s106, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s106, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s106)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Bengali script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Bengali script
