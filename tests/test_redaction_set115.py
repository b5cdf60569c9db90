"""Checks of the hand-written held-out redaction set 115 (bench/redaction_set115.py) that do not use the detector:
its marking checks, its size, its own hard cases and failing checks (the checks every set shares are in
test_redaction_hand_sets.py)."""

from bench import redaction_set115 as s115
from tests import hand_set_checks as checks

NAMES, TOTAL = 607, 1074
# names that are words or towns; scripts; short forms; odd formats
HARD = (("DOBSON, Tyler-Jay", "name"), ("DOBSON, Kacie", "name"), ("MARSDEN, Reece", "name"), ("Reece MARSDEN", "name"),
        ("Kadra HOUSSEIN ALI", "name"), ("Daher ROBLEH GUEDI", "name"), ("H. Wakefield", "name"), ("S. Leeds", "name"),
        ("S Leeds", "name"), ("J. Heaton", "name"), ("K. Gledhill", "name"), ("C. Blake", "name"), ("M. Lokhandwala", "name"),
        ("Huzaifa L.", "name"), ("Mustafa L.", "name"), ("Zahra B.", "name"), ("TJ dobson", "name"), ("tj", "name"), ("TJ", "name"),
        ("RM", "name"), ("kacie", "name"), ("shan", "name"), ("deano", "name"), ("holly wakefield", "name"), ("bev marsh", "name"),
        ("kez", "name"), ("tiny", "name"), ("lightowler", "name"), ("CHASE", "name"), ("Chase", "name"), ("Kez", "name"),
        ("Reecey", "name"), ("Little R", "name"), ("Rocky", "name"), ("Rockley", "name"), ("Hartley", "name"),
        ("Holly Wakefield", "name"), ("Sophie Leeds", "name"), ("Grace Dewsbury", "name"), ("Grace", "name"), ("grace", "name"),
        ("Brook", "name"), ("brook", "name"), ("Amber", "name"), ("amber", "name"), ("Dawn", "name"), ("Skye", "name"),
        ("Connor", "name"), ("Bran", "name"), ("Nevvie", "name"), ("Haroon Mulla", "name"), ("Rukhsaua lqbal", "name"),
        ("A1eena", "name"), ("Harnza", "name"), ("Akrarn", "name"), ("طارق", "name"), ("رخسانہ", "name"), ("وقار", "name"),
        ("હુઝૈફા", "name"), ("અલેફિયા", "name"), ("મુર્તઝા", "name"), ("સકીના", "name"), ("Maxamed", "name"), ("Zaki", "name"),
        ("Terry\nCrabtree", "name"), ("Nevaeh-Rose LISTER", "name"), ("Wakefield", "place"), ("Dewsbury", "place"), ("Birstall", "place"),
        ("birstall", "place"), ("Healey", "place"), ("Scarbs", "place"), ("scarbs", "place"), ("earlsheaton", "place"),
        ("thornhill edge", "place"), ("dewsbury", "place"), ("Hanging\nHeaton", "place"), ("Savi1e Town", "place"), ("સુરત", "place"),
        ("Balbala", "place"), ("Djibouti-ville", "place"), ("Londres", "place"), ("Al Karama", "place"), ("Dadyal", "place"),
        ("Mirpur", "place"), ("Columbus Ravine", "address"), ("Flat 3", "address"), ("no. 16", "address"), ("no 11", "address"),
        ("no. 29", "address"), ("Bradford Road", "address"), ("falsgrave rd", "address"), ("9 Warwick Rd", "address"),
        ("Halifax\nRoad", "address"), ("27 boulevard de la Savine", "address"), ("Flat 402, Saifee\nApartments, Zampa Bazaar", "address"),
        ("40 staincliffe hall rd", "address"), ("flat 2 7 soothill lane", "address"), ("13015", "postcode"), ("395003", "postcode"),
        ("little acorns", "school"), ("Birstall Moor", "school"), ("Batley Girls'", "school"), ("Thornhill J&I", "school"),
        ("Little Gems\nNursery", "school"), ("3l/10/26", "date"), ("l2 Nov 2026", "date"), ("19\nApril 2027", "date"),
        ("Nov 3, 2026", "date"), ("28th", "date"), ("16th", "date"), ("8th", "date"), ("20", "date"), ("23 Nov", "date"),
        ("9/11", "date"), ("28th sept", "dob"), ("22-Jul-2011", "dob"), ("15.12.17", "dob"), ("2nd September 2012", "dob"),
        ("+253 77 84 21 36", "phone"), ("+33 6 12 48 73 95", "phone"), ("+92 300 5471823", "phone"), ("+91 98251 47306", "phone"),
        ("+971 50 417 2268", "phone"), ("NP 43 81 27 B", "ni"), ("PN 28 63 17 D", "ni"), ("YK19 HVA", "vehicle"), ("FN67 LKD", "vehicle"),
        ("591 886 9808", "nhs"), ("X382189839325", "upn"), ("mustafa.lokhandwala88@gmail.com", "email"))
UNMARKED = ("Dewsbury Town Hall", "Dewsbury and District Hospital", "Birstall Shopping Park", "Crow Nest Park",
            "Crow Nest Medical Practice", "Batley Library", "Citizens Advice Batley", "Kirklees Magistrates' Court",
            "Batley Police Station", "Dewsbury Police Station", "HMP Leeds", "Pinderfields Hospital", "Batley Health Centre",
            "Batley Family Hub", "Dewsbury Family Hub", "Spen Refuge", "Masjid-e-Saifee", "Eightlands Surgery", "Manchester Airport",
            "Leicester City Council", "Pennine Housing", "Asda Batley", "Calder Spen Council", "West Yorkshire Police",
            "North Yorkshire Police", "Kirklees Young Carers", "Folly Hall", "Tank", "Bella", "Aamil saheb", "Ammi Jaan", "Aabo", "Hooyo",
            "Eedo", "Tata", '"Mam"', "Moses basket", "Dewsbury Locality Team", "Catch22", "IB summarised", "T. bail", "IB/3", "EX/RH/1",
            "MFH/KD/26/03311", "13260419882", "LL-77310", "GMC 7134802", "0808 2000 247", "Gate 46", "Ward 2", "10 weeks", "5 lb 2 oz",
            "nationwide", "retail park", "West Yorkshire", "Kirklees", "Djibouti numbers", "June 2026")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s115)


def test_the_counts():
    checks.counts(s115, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s115, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s115)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Urdu and Gujarati script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # a town in Gujarati script


def test_the_checks_can_fail():
    bad = ((s115.RECORD_E, [("bad", "Ring [[01924 111 22|phone]] about [[Hooyo Kadra|name]], [[Mme Fathia|name]], [[Eedo Nimco|name]],"
                                    " [[Zahra bhen|name]] and [[Shaikh Qutbuddin|name]] on [[Thursday 5 November|date]] in"
                                    " [[Djibouti|place]], [[Gujarat|place]] and [[West Yorkshire|place]].\n"
                                    "NHS [[591 886 9809|nhs]], UPN [[A382189839325|upn]]. Hibo [[Hibo|name]].")]),)
    found = s115.problems(bad, record_ids=["5911886980"], record_phones=["01924 111 22"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 01924 111 22" in p for p in found)
    for word in ("Hooyo", "Mme", "Eedo", "Shaikh"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("kinship word after a name" in p and "bhen" in p for p in found)
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Djibouti", "Gujarat", "West Yorkshire"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 591 886 9809" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("'Hibo' is marked as a name elsewhere" in p for p in found)
