"""Checks of the hand-written held-out redaction set 20 (bench/redaction_set20.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set20 as s20
from tests import hand_set_checks as checks

# names that are words or towns; scripts; cases; short forms; odd formats
HARD = (("SOLANKI, Riya", "name"), ("BLACKWOOD, Jaheim", "name"), ("GOTOBED, Amelia-Rose", "name"), ("Tomasz\nWiśniewski", "name"),
        ("Riya S", "name"), ("S Kingdon", "name"), ("C. BLACKWOOD", "name"), ("Nathan Bird", "name"), ("Aimee Lark", "name"),
        ("Sam Crane", "name"), ("Hollie Sage", "name"), ("Jack BUNTING", "name"), ("Matt Cherry", "name"), ("Callum Bright", "name"),
        ("parish", "name"), ("Priyanka Lad", "name"), ("Hayley Mace", "name"), ("Josh Papworth", "name"), ("Alison Pinchbeck", "name"),
        ("GEDNEY", "name"), ("Gemma Cawston", "name"), ("Arley", "name"), ("Scouse", "name"), ("Shan", "name"),
        ("Kusumben PARMAR", "name"), ("GALYA", "name"), ("રિયા", "name"), ("Галина Иванова", "name"), ("Маркуса", "name"),
        ("Дмитрий", "name"), ("Elzu", "name"), ("Kristiānu Zeili", "name"), ("Ozolas", "name"), ("Pinchbeck", "name"), ("Spall", "name"),
        ("Kerridge", "name"), ("FARROWBY", "name"), ("DOLLY", "name"), ("riya solanki", "name"), ("mads", "name"), ("Mahesh", "name"),
        ("Nila", "name"), ("Anjali", "name"), ("hema", "name"), ("Pinchbeck", "place"), ("Perry", "place"), ("March", "place"),
        ("Malta", "place"), ("Maltā", "place"), ("Daugavpilī", "place"), ("Spaldingas", "place"), ("Rēzeknē", "place"),
        ("Даугавпилс", "place"), ("Skeg", "place"), ("Lynn", "place"), ("chapel", "place"), ("seacroft", "place"),
        ("Wells-next-the-Sea", "place"), ("Burgh le Marsh", "place"), ("King's Hedges", "place"), ("St Ives", "place"),
        ("Lowestoft", "place"), ("Spalding", "place"), ("Cambridge", "place"), ("Leicester", "place"), ("London Road\nSouth", "address"),
        ("Nene View Yard, Saddlebow Road", "address"), ("Nene View Yard", "address"), ("Unit 4, Pinchbeck Road", "address"),
        ("Flat 2, 9 Albion\nStreet", "address"), ("FLAT 2, 9 ALBION ST", "address"), ("PINCHBECK RD", "address"),
        ("Atbrīvošanas aleja 95A", "address"), ("Latgales iela 211-3", "address"), ("Tuesday Market Place", "address"),
        ("Kestrel Way", "address"), ("park avenue", "address"), ("campkin road", "address"), ("Sir John\nGleed School", "school"),
        ("Rēzeknes 4. vidusskola", "school"), ("College of West Anglia", "school"), ("King Ed's", "school"), ("Manor", "school"),
        ("NCA", "school"), ("MONKSHOUSE", "school"), ("Clenchwarton", "school"), ("charnwood", "school"), ("skeg academy", "school"),
        ("seathorne", "school"), ("Little Pippins", "school"), ("2026. gada 3. novembrī", "date"), ("03.10.2024", "date"),
        ("27\nSeptember", "date"), ("4th sept", "date"), ("10th", "date"), ("9", "date"), ("14-Mar-2019", "date"), ("09-Jun-2014", "dob"),
        ("21.02.2011", "dob"), ("+371 2915 4470", "phone"), ("+1 876 962 4418", "phone"), ("+371 6462 2331", "phone"),
        ("SZ 90 46 31 A", "ni"), ("WL 46 03 88 C", "ni"), ("FV16 ZRK", "vehicle"), ("FN68 WDX", "vehicle"),
        ("barintiesa@rezeknesnovads.lv", "email"), ("inga.ozola@inbox.lv", "email"), ("712 798 7076", "nhs"), ("W926223317996", "upn"),
        ("LV-4601", "postcode"), ("PE28 0SR", "postcode"))
UNMARKED = ("Carrow Road", "Playing for Norwich", "Kirkley & Pakefield", "Kirkley Mill Surgery", "James Paget", "Cambridge United",
            "HMP Littlehey", "Warren Hill", "A7231DK", "King's Lynn Mart", "Boston May Fair", "Wisbech Statute Fair", "Fantasy Island",
            "Operation Makesafe", "SEACROFT SANDS", "Easterly Homes", "MARSHLINE BUSES", "Coastal Cars", "Leicester Royal Infirmary",
            "Queen Elizabeth Hospital", "Arbury and Kings Hedges Medical Practice", "CAMBRIDGE UNIVERSITY HOSPITALS", "St John Ambulance",
            "Showmen's Guild", "World's Fair", "Rēzeknes novada", "Rezekne municipal social service", "Lielbritānijā", "Angliju",
            "Latvia", "jamaica", "Suffolk", "Lincolnshire", "Cambs", "Diesel", "Biscuit", "Sparkle", "the scouse one", "K's van", "J.B.",
            "k.t0int0n", "kundze", "Ba's", "BABA", "бабушка", "Childline", "Point 1", "ChatHealth", "Sanctuary", "the green",
            "the town field", "the market place")


def test_the_hard_cases_are_there():
    checks.hard_cases(s20, HARD, UNMARKED, split=("name", "address", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s20)
    names = [words for words, kind in spans if kind == "name"]
    assert any(name.isupper() for name in names)  # block capitals in a pocket notebook and an intelligence report
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Gujarati and Cyrillic script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # Cyrillic
    assert any(words.islower() for words, k in spans if k == "school")  # "charnwood", "skeg academy", "seathorne"


def test_the_checks_can_fail():
    bad = ((s20.RECORD_E, [("bad", "Ring [[01509 568 20|phone]] about [[Riya|name]], [[Nanny Queenie|name]], [[Uncle Jimmy|name]],"
                                    " [[WM Rolph|name]], [[Firefighter Asiedu|name]], [[PS Gedney|name]], [[Papa Hitesh|name]],"
                                    " [[баба Галя|name]], [[vecmāmiņa Vija|name]], [[Mahesh kaka|name]], [[Nila masi|name]],"
                                    " [[Anjali didi|name]], [[Hema auntie|name]] and [[Pinchbeck kundze|name]] on"
                                    " [[Sat 12 Sep 2026|date]] in [[Latvia|place]], [[Latgale|place]], [[Lincolnshire|place]],"
                                    " [[Cambs|place]], [[South Holland|place]], [[Charnwood|place]] and [[Gujarat|place]].\n"
                                    "NHS [[712 798 7077|nhs]], UPN [[A935214322526|upn]], NI [[DQ 12 34 56 E|ni]]. Riya said no.")]),)
    found = s20.problems(bad, record_ids=["7127987077"], record_phones=["01509 568 20"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 01509 568 20" in p for p in found)
    for word in ("Nanny", "Uncle", "WM", "Firefighter", "PS", "Papa", "баба", "vecmāmiņa"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    for word in ("kaka", "masi", "didi", "auntie", "kundze"):
        assert any("kinship word after a name" in p and word in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Latvia", "Latgale", "Lincolnshire", "Cambs", "South Holland", "Charnwood", "Gujarat"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 712 798 7077" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Riya' is marked as a name elsewhere" in p for p in found)
