"""Checks of the hand-written held-out redaction set 74 (bench/redaction_set74.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set74 as s74
from tests import hand_set_checks as checks

NAMES, TOTAL = 534, 1008
# names that are words or towns; scripts; short forms; odd formats
HARD = (("BRENNAN, Tyler", "name"), ("ENGINEER, Cyrus", "name"), ("YUSUF Abdirahman", "name"), ("GURLEEN KAUR ANAND", "name"),
        ("TEJ1NDER SINGH ANAND", "name"), ("Leon Mc-\nCready", "name"), ("Chantelle\nMorris", "name"), ("Kenton Hayes", "name"),
        ("kenton hayes", "name"), ("hayes", "name"), ("Bernadette Harrow", "name"), ("Margaret Pinner", "name"),
        ("Shannon Ruislip", "name"), ("Sunita Harrow", "name"), ("Pat Hillingdon", "name"), ("Beverley Stanmore", "name"),
        ("Daisy Kingsbury", "name"), ("Keith Wembley", "name"), ("Julie Kenton", "name"), ("Tom Preston", "name"),
        ("Sue Harefield", "name"), ("Grace Hope", "name"), ("Summer", "name"), ("Precious", "name"), ("Engineer", "name"),
        ("Darren Queen", "name"), ("Nikki", "name"), ("Sticks", "name"), ("tall man", "name"), ("Tall Man", "name"), ("Gurli", "name"),
        ("Rusi", "name"), ("JAYJAY", "name"), ("neesh", "name"), ("dominic pereira", "name"), ("bex", "name"), ("mo", "name"),
        ("k asante", "name"), ("Arjun M", "name"), ("T. S. Anand", "name"), ("Anand", "name"), ("Begum", "name"), ("Ross", "name"),
        ("સાયરસ", "name"), ("દીનાઝ", "name"), ("ਗੁਰਲੀਨ", "name"), ("ਜਸਮੀਤ", "name"), ("ਮਨਪ੍ਰੀਤ", "name"), ("ਹੈਮਬਰਗ", "place"),
        ("Kenton", "place"), ("Hayes", "place"), ("hay's", "place"), ("yeah sly", "place"), ("Yiewsley", "place"),
        ("harrow weald", "place"), ("queensbury", "place"), ("s ruislip", "place"), ("Karte Parwan", "place"), ("St. Georg", "place"),
        ("Jigjiga Yar", "place"), ("Dadar", "place"), ("Uxbr1dge", "place"), ("Wembley", "place"), ("spanish town", "place"),
        ("Whitley", "place"), ("reading", "place"), ("Steindamm 71", "address"), ("4 Bóthar na Trá", "address"),
        ("Flat 6, Jer Mahal, Dadar Parsi Colony", "address"), ("Flat 5", "address"), ("flat 5", "address"), ("no. 40", "address"),
        ("no. 5", "address"), ("number 7", "address"), ("palmerston", "address"), ("Kilburn High Rd", "address"),
        ("Flat 3, 19 Be1mont Road", "address"), ("9 long drive", "address"), ("72 harlesden rd", "address"), ("20099", "postcode"),
        ("400014", "postcode"), ("H91 X2K8", "postcode"), ("NW1O 1DJ", "postcode"), ("ha4 0hp", "postcode"), ("colne valley", "school"),
        ("gladstone park", "school"), ("kingsbury high", "school"), ("Little Acorns Day Nursery", "school"), ("Tiny Steps", "school"),
        ("Vyners", "school"), ("19/O6/2012", "dob"), ("2.10.95", "dob"), ("21/02/2O27", "date"), ("8th", "date"), ("13th", "date"),
        ("23rd", "date"), ("28th December", "date"), ("15", "date"), ("17 October", "date"), ("2nd March 2027", "date"),
        ("3rd nov", "date"), ("8 dec", "date"), ("2024-11-04", "date"), ("+252 63 442 1875", "phone"), ("+91 98201 47736", "phone"),
        ("+49 176 4412 9087", "phone"), ("+353 91 524 318", "phone"), ("+1 (876) 543-7719", "phone"), ("0795 644 3180", "phone"),
        ("07700158442", "phone"), ("PW732051A", "ni"), ("JK 41 06 93 B", "ni"), ("LD19 XKP", "vehicle"), ("G310243603723", "upn"),
        ("481 514 2351", "nhs"))
UNMARKED = ("Northwick Park", "Wembley stadium", "Reading station", "Neasden station", "Neasden Library", "Neasden Eagles",
            "Uxbridge Library", "Hillingdon Sikh Centre", "Zoroastrian Centre", "Rayners Lane Medical Centre", "Pinner Cricket Club",
            "Wealdstone Baptist Church", "Citizens Advice Harrow", "Harrow Baby Bank", "HARROW FOOD BANK", "Harrow CAMHS",
            "Kenmore Clinic", "Harrow Women's Centre", "Kenmore Park Community Centre", "Byron Park", "Fryent Country Park",
            "Brent Civic Centre", "Brent YOT", "Kingsbury Pentecostal", "West London Family Court", "College of North West London",
            "University Hospital Galway", "Southcote Clinic", "southcote", "Hillingdon Drug and Alcohol", "St Mungo's", "Karma\nNirvana",
            "Forced Marriage Unit", "Awaab's Law", "A406", "Hestia", "LinguaLink", "Bapaiji", "Dadaji", "Nana", "Rosie", "Bailey",
            "BAILEY", "Canada", "Germany", "GERMANY", "Jamaica", "Brent", "MASH/26/08817", "FMU/26/2217", "QW/041772/26", "HFB 7731-204",
            "reg. 40882")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s74)


def test_the_counts():
    checks.counts(s74, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s74, HARD, UNMARKED, split=("name",))


def test_its_own_hard_cases():
    spans = checks.spans(s74)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Gujarati and Gurmukhi script
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # a place in Gurmukhi script


def test_the_checks_can_fail():
    bad = ((s74.RECORD_B, [("bad", "Ring [[020 8841 552|phone]] about [[Cyrus|name]], [[Ervad Jamshed|name]], [[Pastor Ken|name]],"
                                    " [[Aunty Bev|name]], [[Gurli didi|name]] and [[Dinaz Aunty|name]] on [[Friday 27 November|date]]"
                                    " in [[Canada|place]], [[Germany|place]], [[Jamaica|place]] and [[Brent|place]].\n"
                                    "NHS [[480 237 2966|nhs]], UPN [[A310297463917|upn]], NI [[DQ 12 34 56 E|ni]]. Cyrus said no.")]),)
    found = s74.problems(bad, record_ids=["4802372966"], record_phones=["020 8841 552"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 020 8841 552" in p for p in found)
    for word in ("Ervad", "Pastor", "Aunty"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    for word in ("didi", "Aunty"):
        assert any("kinship word after a name" in p and word in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Canada", "Germany", "Jamaica", "Brent"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 480 237 2966" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Cyrus' is marked as a name elsewhere" in p for p in found)
