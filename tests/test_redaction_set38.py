"""Checks of the hand-written held-out redaction set 38 (bench/redaction_set38.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set38 as s38
from tests import hand_set_checks as checks

NAMES, TOTAL = 560, 1020
# names that are words or towns; scripts; short forms; odd formats
HARD = (("PRENTON, Lacey", "name"), ("MOSS, Kyle", "name"), ("KIRKBY, Summer Jade", "name"), ("LIGHTFOOT, Stephen", "name"),
        ("KHALAF, Şîrîn", "name"), ("MURAD, Jîhan", "name"), ("ADEBAYO-ROSS, Kai", "name"), ("COLE Jayden", "name"),
        ("Danielle SHAW", "name"), ("SANDRA SHAW", "name"), ("BESWICK", "name"), ("Ani P", "name"), ("Q. Khalaf", "name"),
        ("R Mawdsley", "name"), ("F. Garston", "name"), ("Stephen\nLightfoot", "name"), ("Amber\nLeigh", "name"),
        ("Ryan\nMawdsley", "name"), ("A1fie", "name"), ("Kay1a", "name"), ("Fazaker1ey", "name"), ("Taylor", "name"), ("Ryzo", "name"),
        ("Reubs", "name"), ("Davo", "name"), ("Sum", "name"), ("Ste", "name"), ("Deggsy", "name"), ("Winnie", "name"), ("Summer", "name"),
        ("Moss", "name"), ("Holland", "name"), ("Sefton", "name"), ("Lee Dingle", "name"), ("Fiona Garston", "name"),
        ("Dale Halewood", "name"), ("Kath Hale", "name"), ("Alan Stanney", "name"), ("Stuart Aigburth-Jones", "name"),
        ("Helen Ashworth-Crewe", "name"), ("Evie-Rose", "name"), ("Evie", "name"), ("Şîrîn", "name"), ("Dilvîn", "name"),
        ("Fêris", "name"), ("Xêrî Murad", "name"), ("Nadîa", "name"), ("lacey", "name"), ("chantelle", "name"), ("kyle", "name"),
        ("brooke", "name"), ("deggsy", "name"), ("jaden", "name"), ("laura vernon", "name"), ("fazakerley", "name"),
        ("Սիրանուշ Հակոբյան", "name"), ("Լուսինե", "name"), ("Անի", "name"), ("Արամ", "name"), ("Աշքրոֆթ", "name"), ("Երևան", "place"),
        ("Ուորինգթոն", "place"), ("Şingal", "place"), ("Xanke", "place"), ("Khanke", "place"), ("Kocho", "place"), ("Raqqa", "place"),
        ("Bielefeld", "place"), ("Celle", "place"), ("Gyumri", "place"), ("Arabkir", "place"), ("Hadrut", "place"), ("Vanadzor", "place"),
        ("Over", "place"), ("over", "place"), ("Sale", "place"), ("Whitby", "place"), ("Hale", "place"), ("Baltic", "place"),
        ("Page Moss", "place"), ("Kirkby", "place"), ("Garston", "place"), ("CREWE", "place"), ("crewe", "place"), ("WINSFORD", "place"),
        ("Warrington", "place"), ("Liverpool", "place"), ("Birkenhead", "place"), ("birkenhead", "place"), ("real", "place"),
        ("pressed in", "place"), ("West\nvale", "place"), ("Rock\nFerry", "place"), ("westvale", "place"), ("New Brighton", "place"),
        ("Stockton Heath", "place"), ("Speak Road", "address"), ("Speke road", "address"), ("Hoylake Road", "address"),
        ("Flat 3, 77 Hoylake Road", "address"), ("Komitas Avenue 41, apt. 17", "address"), ("Heeper Straße 112", "address"),
        ("Heeper Straße", "address"), ("18 Delamere\n         Street", "address"), ("18 delamere st", "address"),
        ("window lane", "address"), ("no. 16", "address"), ("64", "address"), ("Flat 9", "address"), ("Speke Hall Ave", "address"),
        ("0014", "postcode"), ("33607", "postcode"), ("L24", "postcode"), ("North wood\npark", "school"), ("northwood", "school"),
        ("Padgate", "school"), ("Padgate Academy", "school"), ("Enterprise South", "school"), ("Wharton CofE", "school"),
        ("Rivacre Valley", "school"), ("Orford Brook", "school"), ("2026 թ. նոյեմբերի 18", "date"), ("19 November\n2026", "date"),
        ("20", "date"), ("21 Nov", "date"), ("12", "date"), ("19", "date"), ("8th", "date"), ("24th", "date"), ("31 OCT", "date"),
        ("09-10-2026", "date"), ("18th November 2026", "date"), ("17th Febuary", "dob"), ("1st April 2011", "dob"), ("3.8.2024", "dob"),
        ("09/02/11", "dob"), ("09/02/2011", "dob"), ("+374 91 428617", "phone"), ("+374 10 562 318", "phone"),
        ("+49 1512 3846271", "phone"), ("+49 521 3948 27", "phone"), ("+964 750 482 1937", "phone"), ("+964 751 226 4085", "phone"),
        ("6352402887", "nhs"), ("635 240 2887", "nhs"), ("B877413524207", "upn"), ("WT 37 85 20 A", "ni"), ("NP 62 04 19 C", "ni"),
        ("PK17 WZR", "vehicle"), ("CX19 HBF", "vehicle"), ("LV70 XHM", "vehicle"), ("MX68 UPT", "vehicle"), ("FV21 KXR", "vehicle"),
        ("dani.shaw99@hotmail.co.uk", "email"), ("daniel.harrop@merseyside.police.uk", "email"))
UNMARKED = ("Whiston Hospital", "Warrington Hospital", "Countess of Chester", "Great Sutton Medical Centre", "Tower Hill Medical Centre",
            "Orford Park Medical Centre", "Weaver Medical Practice", "Kirkby One Stop Shop", "Wallasey Town Hall", "Warrington Town Hall",
            "HMP Risley", "HMP Altcourse", "Holy Trinity Armenian Church", "North Wales Police", "Leasowe Lighthouse", "Floral Pavilion",
            "Liverpool One", "Manchester Airport", "Royal Liverpool", "Liverpool Women's Hospital", "Alder Hey", "Leighton", "Catch22",
            "Barnardo's", "Cheshire Young Carers", "LanguageLine", "Operation Orion", "Feast of Ezid", "Armenian Christmas", "Tank",
            "Bella", "Rocco", "Tatik", "Xalo", "Diya te", "Dad 🏠", "sumz.k12", "summerrkx_", "kawa_bfld", "Merseyside", "Cheshire",
            "Knowsley", "Armenia", "Iraq", "Germany", "5520", "2207", "PPN/26/118834", "RRT/19/044", "EC-55310918", "GMC 6120458", "11ST",
            "8LE")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s38)


def test_the_counts():
    checks.counts(s38, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s38, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s38)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Armenian script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(words.islower() for words, k in spans if k == "address")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Armenian script


def test_the_checks_can_fail():
    bad = ((s38.RECORD_C, [("bad", "Ring [[01925 443 32|phone]] about [[Ani|name]], [[Der Hovhannes|name]], [[Tatik Siranush|name]],"
                                    " [[Xalo Fêris|name]], [[Coach Terry|name]] and [[Mrs Petrosyan|name]] on [[Monday 23 November|date]]"
                                    " in [[Armenia|place]], [[Merseyside|place]], [[Knowsley|place]] and [[Germany|place]].\n"
                                    "NHS [[303 947 9335|nhs]], UPN [[A877413524207|upn]], NI [[DQ 12 34 56 E|ni]]. Ani said no.")]),)
    found = s38.problems(bad, record_ids=["3039479335"], record_phones=["01925 443 32"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 01925 443 32" in p for p in found)
    for word in ("Der", "Tatik", "Xalo", "Coach", "Mrs"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Armenia", "Merseyside", "Knowsley", "Germany"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 303 947 9335" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Ani' is marked as a name elsewhere" in p for p in found)
