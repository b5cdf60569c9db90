"""Checks of the hand-written held-out redaction set 21 (bench/redaction_set21.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set21 as s21
from tests import hand_set_checks as checks

# names that are words or towns; scripts; short forms; odd formats
HARD = (("ROWE, Jago", "name"), ("WHITELEY, Natalie", "name"), ("LABONNE, Josiane Marie", "name"), ("SUGDEN, Wayne Anthony", "name"),
        ("LABONNE Kelly-Ann", "name"), ("Ackroyd, Gemma", "name"), ("Amira B", "name"), ("Shloime L", "name"), ("Riley-James V", "name"),
        ("K Pascoe", "name"), ("Wayne Sugar Den", "name"), ("Brodie", "name"), ("Zayn", "name"), ("Leena", "name"), ("Maddie", "name"),
        ("Harveys", "name"), ("Lieberman", "name"), ("Jay", "name"), ("Mel", "name"), ("Jeannot", "name"), ("Tash", "name"),
        ("Dawn", "name"), ("Rose", "name"), ("Green", "name"), ("Stern", "name"), ("Jose", "name"), ("Connor", "name"),
        ("Rob Sunderland", "name"), ("Lee Bramley", "name"), ("Donna Hulme", "name"), ("Steve Heywood", "name"),
        ("Priya Lockwood", "name"), ("Marie-Claire Mandarin", "name"), ("Maëlys", "name"), ("Mendy", "name"), ("kacey", "name"),
        ("sunderland", "name"), ("khan", "name"), ("חיה שרה", "name"), ("פרומעט", "name"), ("ליפשיץ", "name"), ("علینہ", "name"),
        ("Sunderland", "place"), ("Bramley", "place"), ("Hulme", "place"), ("Connor Downs", "place"), ("Pool", "place"),
        ("Troon", "place"), ("Cas", "place"), ("Allerton by water", "place"), ("Allerton\nBywater", "place"), ("Peros Banhos", "place"),
        ("Pointe aux Sables", "place"), ("Roche-Bois", "place"), ("Bnei Brak", "place"), ("Antwerpen", "place"), ("מאנטשעסטער", "place"),
        ("גייטסהעד", "place"), ("Hayle", "place"), ("Totnes", "place"), ("Exeter", "place"), ("manningham", "place"),
        ("barne barton", "place"), ("Caravan 42", "address"), ("42", "address"), ("Towan Sands", "address"),
        ("Towan Sands Holiday Park", "address"), ("van 44", "address"), ("no. 50", "address"), ("Flat 4", "address"),
        ("Hollyhedge Court", "address"), ("gibbet street", "address"), ("Bury Old Road", "address"),
        ("23 Avenue\ndes Manguiers", "address"), ("Mercatorstraat 54", "address"), ("2018", "postcode"),
        ("LITTLE GULLS PRE-SCHOOL", "school"), ("Little Stars", "school"), ("Nachlas Dovid", "school"), ("Bais Sarah", "school"),
        ("mill ford", "school"), ("halifax academy", "school"), ("Smawthorne Henry Moore\nPrimary", "school"), ("Beacon", "school"),
        ("20261006", "date"), ('כ"ד כסלו', "date"), ("24 Kislev", "date"), ("1 January\n2025", "date"), ("10th of November", "date"),
        ("14th of october", "date"), ("31st", "date"), ("10th", "date"), ("21", "date"), ("22 November", "date"), ("09.10.2026", "dob"),
        ("+230 5729 4418", "phone"), ("+32 3 218 47 63", "phone"), ("+972 52-761-4408", "phone"), ("JM 70 14 88 D", "ni"),
        ("MF15 LVA", "vehicle"), ("YD19 FKU", "vehicle"), ("782 600 5949", "nhs"), ("L352438623207", "upn"),
        ("jordan.skinner@parliament.uk", "email"))
UNMARKED = ("Gwithian Towans", "Godrevy", "Red River", "Trevithick Day", "Chagos Day", "the Halifax", "Tyson", "Diesel", "biscuit",
            "Bodriggy Health Centre", "Wythenshawe Hospital", "North Manchester General", "Prestwich Health Centre",
            "Benchill Medical Practice", "Catherine House Surgery", "the Family Court sitting at Wakefield", "Cutsyke Cobras", "Hatzola",
            "Bnos Chesed", "Home Park", "Argyle", "Eureka", "Awaab's Law", "Red Hall", "07520 619 834", "####", "RJV", "B and M", "Shver",
            "Shviger", "Bubby", "Mémé", "Tonton", "madam", "granmer", "הרב", "בת", "the Rebbe", "the Rov", "Baruch Hashem", "Mishpacha",
            "bubblemoon.x", "zayn_bfd_14", "maddz_xo", "Chagos", "West Sussex", "West Yorkshire", "Cornwall", "phuppo", "senior", "6677",
            "A4471DK", "SH/0088142", "NRPSI 14822")


def test_the_hard_cases_are_there():
    checks.hard_cases(s21, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s21)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Hebrew and Urdu script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Hebrew script


def test_the_checks_can_fail():
    bad = ((s21.RECORD_E, [("bad", "Ring [[0161 946 221|phone]] about [[Kelly-Ann|name]], [[Mémé Rita|name]], [[Tonton Louis|name]],"
                                    " [[madam Kinsella|name]], [[nanna Lin|name]], [[Rabbi Lipschitz|name]], [[הרב ליפשיץ|name]],"
                                    " [[CM Pete Trewhella|name]], [[DI Kath Ormerod|name]], [[Shazia phuppo|name]] and"
                                    " [[Mrs Illingworth senior|name]] on [[Sunday 8 November|date]] in [[Mauritius|place]],"
                                    " [[the Chagos Islands|place]], [[British Indian Ocean Territory|place]], [[Cornwall|place]],"
                                    " [[West Yorkshire|place]] and [[West Sussex|place]].\n"
                                    "NHS [[541 162 7967|nhs]], UPN [[A352438623207|upn]], NI [[DQ 12 34 56 E|ni]]. Kelly-Ann said no.")]),)
    found = s21.problems(bad, record_ids=["5411627967"], record_phones=["0161 946 221"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 0161 946 221" in p for p in found)
    for word in ("Mémé", "Tonton", "madam", "nanna", "Rabbi", "הרב", "CM", "DI", "Mrs"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    for word in ("phuppo", "senior"):
        assert any("kinship word after a name" in p and word in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Mauritius", "the Chagos Islands", "British Indian Ocean Territory", "Cornwall", "West Yorkshire", "West Sussex"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 541 162 7967" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Kelly-Ann' is marked as a name elsewhere" in p for p in found)
