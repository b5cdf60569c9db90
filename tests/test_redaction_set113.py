"""Checks of the hand-written held-out redaction set 113 (bench/redaction_set113.py) that do not use the detector: its
marking is clean, its size, its own hard cases and failing checks."""

from bench import redaction_set113 as s113
from tests import hand_set_checks as checks

NAMES, TOTAL = 559, 1005
# names that are words or towns; scripts; short forms; odd formats
HARD = (("ELLIS, Mason", "name"), ("HIRST, Keeley", "name"), ("KAFI, Amna Ismail", "name"), ("CLEGG, Desmond Paul", "name"),
        ("TUTU KODI, Kuwa", "name"), ("TUTU,\nJibril", "name"), ("Keeley HIRST", "name"), ("Lacey-Mae KILNER", "name"),
        ("Kuwa TUTU KODI", "name"), ("D. Stenton", "name"), ("N Akhtar", "name"), ("S. Ngcukana", "name"), ("A. Senior", "name"),
        ("Beverley Senior", "name"), ("Hannah Royston", "name"), ("Royston", "name"), ("Royston Pryce", "name"),
        ("Helen Carlton", "name"), ("H Carlton", "name"), ("Hoyland", "name"), ("Platts", "name"), ("Paris", "name"),
        ("Paris Wainwright", "name"), ("Chloe Rose", "name"), ("Donna Rose", "name"), ("Walter Denby", "name"), ("Tony\nGuest", "name"),
        ("kieran\nlodge", "name"), ("Fiona\nGledhill", "name"), ("mase", "name"), ("lace", "name"), ("kee", "name"), ("Kee", "name"),
        ("Dez", "name"), ("Dezzy", "name"), ("Jonno", "name"), ("Kes", "name"), ("kazi", "name"), ("Kazi", "name"), ("Sipho", "name"),
        ("Holly", "name"), ("Kay", "name"), ("Jo", "name"), ("tony guest", "name"), ("San", "name"), ("paige", "name"), ("pat", "name"),
        ("craig", "name"), ("hollie", "name"), ("crossland", "name"), ("FIONA", "name"), ("Shelby", "name"), ("Tutu Kodi Angelo", "name"),
        ("يوسف", "name"), ("آمنة", "name"), ("كوّة", "name"), ("حواء", "name"), ("Mzwandile", "name"), ("Xolani\nMgudlwa", "name"),
        ("Ingrid Halvorsen", "name"), ("Tomasz Wieczorek", "name"), ("NGCUKANA", "name"), ("WRAY", "name"), ("Royston", "place"),
        ("Roys ton", "place"), ("Carlton", "place"), ("Hoyland", "place"), ("Thurl stone", "place"), ("Pennis tone", "place"),
        ("Holm firth", "place"), ("Monk\nBretton", "place"), ("ward green", "place"), ("mexbro", "place"), ("cuddy", "place"),
        ("east london", "place"), ("East London", "place"), ("Fort Gale", "place"), ("Ngangelizwe", "place"), ("Gqeberha", "place"),
        ("Mthatha", "place"), ("Kadugli", "place"), ("Heiban", "place"), ("El Obeid", "place"), ("Ard al-Liwa", "place"),
        ("Giza", "place"), ("الخرطوم", "place"), ("Khartoum", "place"), ("Bolton-upon-Dearne", "place"), ("Page Hall", "place"),
        ("Athersley", "place"), ("BARNSLEY", "place"), ("Stairfoot", "place"), ("Benidorm", "place"), ("Hart cliff", "address"),
        ("Hartcliff", "address"), ("Upper Hartcliff Farm", "address"), ("Lower Hartcliff", "address"), ("no. 16", "address"),
        ("no. 25", "address"), ("18a", "address"), ("hough lane", "address"), ("laithes lane", "address"), ("8 spark ln", "address"),
        ("29 church st", "address"), ("29 Church\nStreet", "address"), ("14 Shari al-Nasr", "address"), ("17 Sisson Street", "address"),
        ("31 Laithes Cres.", "address"), ("5100", "postcode"), ("S71 5EH", "postcode"), ("Park Street", "school"), ("Horizon", "school"),
        ("Kirk Balk", "school"), ("pgs", "school"), ("darton acad", "school"), ("mapplewell primary", "school"),
        ("Little Acorns", "school"), ("Askham Bryan", "school"), ("Horizon Community\nCollege", "school"),
        ("Hoyland Common\nPrimary", "school"), ("DARTON ACADEMY", "school"), ("12\nOctober", "date"), ("26 / 10 / 2026", "date"),
        ("29th Sept", "date"), ("7th Nov", "date"), ("14 Nov 2026", "date"), ("19/11/2026", "date"), ("29th", "date"), ("5th", "date"),
        ("20/11", "date"), ("10.11.26", "date"), ("08/10/26", "date"), ("20th June 2026", "dob"), ("19-03-2012", "dob"),
        ("5/9/2011", "dob"), ("+27 47 531 2260", "phone"), ("+20 10 2284 6731", "phone"), ("+47 913 48 226", "phone"),
        ("+34 611 284 903", "phone"), ("NR 41 62 07 B", "ni"), ("JT582061A", "ni"), ("FY20 HHL", "vehicle"), ("YD68 WKN", "vehicle"),
        ("937 312 4943", "nhs"), ("B370385821380", "upn"), ("holliecrossland11@gmail.com", "email"))
UNMARKED = ("Barnsley Hospital", "Hill Brow Surgery", "Lundwood Medical Centre", "Penistone Group Practice", "Ardsley House Hotel",
            "Wombwell Family Centre", "Cudworth Village Hall", "Barnsley Recovery Steps", "Barnsley\nInterchange", "Locke Park",
            "the Fitzwilliam", "KB ROOFING", "Mears", "Migrant Help", "Operation Makesafe", "South Yorkshire Police",
            "SHEFFIELD CHILDREN'S NHS FT", "PENNINE DEARNE COUNCIL", "Bruno", "Tank", "Dad 💙", "أمي", "أخوي", "Gogo", "uMama",
            "Nuba Mountains", "Eastern Cape", "South Africa", "Libya", "Spain", "Sudan", "South Yorkshire", "Moro", "keeleyyx.h",
            "d.c_2002_x", "K1288463", "WC-26-4471", "14/176032/26", "HR/14", "0062 of", "4471", "RABI", "Enkosi kakhulu")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s113)


def test_the_counts():
    checks.counts(s113, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s113, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s113)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Arabic script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # a place in Arabic script


def test_the_checks_can_fail():
    bad = ((s113.RECORD_E, [("bad", "Ring [[01226 752 41|phone]] about [[Lacey-Mae|name]], [[Gogo Nobuhle|name]], [[uMama Amna|name]],"
                                     " [[Sister Joy|name]], [[Pastor Boateng|name]], [[Aunt Bev|name]] and [[Yousif khalti|name]]"
                                     " on [[Sunday 8 November|date]] in [[Sudan|place]], [[the Nuba Mountains|place]],"
                                     " [[the Eastern Cape|place]] and [[South Yorkshire|place]].\n"
                                     "NHS [[181 891 3586|nhs]], UPN [[A370385821380|upn]], NI [[DQ 12 34 56 E|ni]]. Lacey-Mae said no.")]),)
    found = s113.problems(bad, record_ids=["1818913586"], record_phones=["01226 752 41"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 01226 752 41" in p for p in found)
    for word in ("Gogo", "uMama", "Sister", "Pastor", "Aunt"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("kinship word after a name" in p and "khalti" in p for p in found)
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Sudan", "the Nuba Mountains", "the Eastern Cape", "South Yorkshire"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 181 891 3586" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Lacey-Mae' is marked as a name elsewhere" in p for p in found)
