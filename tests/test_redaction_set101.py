"""Checks of the hand-written held-out redaction set 101 (bench/redaction_set101.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set101 as s101
from tests import hand_set_checks as checks

NAMES, TOTAL = 531, 917
# names that are words or towns; scripts; short forms; odd formats
HARD = (("WHITMORE, Kayden", "name"), ("ORTON, Ruby-Mae", "name"), ("BENITEZ AYALA, Rocio", "name"),
        ("CAMPBELL-REID, Jaheim Marlon", "name"), ("SHARMA, Dev", "name"), ("Arnav DESHPANDE", "name"), ("Summer C", "name"),
        ("Jess O", "name"), ("K. Sharpe", "name"), ("Heather\nWhitmore", "name"), ("Joanne Hinck-\nley", "name"),
        ("SUMMER C0TTON", "name"), ("KELLY LOUISE", "name"), ("Heather", "name"), ("heather", "name"), ("Heth", "name"), ("heth", "name"),
        ("Roo", "name"), ("Bo\nBo", "name"), ("Arnu", "name"), ("amb", "name"), ("Kel", "name"), ("Shan", "name"), ("Del", "name"),
        ("del", "name"), ("J-Man", "name"), ("Dre", "name"), ("Kiki", "name"), ("Summer", "name"), ("Amber", "name"),
        ("Hinckley", "name"), ("jo hinckley", "name"), ("Dan Ashby", "name"), ("Jordan Hill", "name"), ("Mia Hill", "name"),
        ("Ffion Marsh", "name"), ("Connor", "name"), ("Sue", "name"), ("April Mills", "name"), ("Abril", "name"), ("Cristina", "name"),
        ("Amparo Gil", "name"), ("Rocío Benítez", "name"), ("alfie", "name"), ("Kwame", "name"), ("स्नेहल", "name"), ("अर्णव", "name"),
        ("अनिकेत", "name"), ("वसंत", "name"), ("मृणाल", "name"), ("Heather", "place"), ("heather", "place"), ("Hinckley", "place"),
        ("Ashby", "place"), ("Ashby-de-la-Zouch", "place"), ("Swad", "place"), ("Melbourne", "place"), ("Kegw orth", "place"),
        ("long whatton", "place"), ("enderby", "place"), ("पुणे", "place"), ("Kothrud", "place"), ("Hadapsar", "place"),
        ("Luque", "place"), ("Valencia", "place"), ("Mandeville", "place"), ("Spanish Town", "place"), ("Highfields", "place"),
        ("Saffron", "place"), ("Castle Donington", "place"), ("Syston", "place"), ("Coalville", "place"), ("Birmingham", "place"),
        ("Flat 12, Sai Krupa Apartments,\nKarve Road", "address"), ("Sant Vicent Màrtir 212", "address"), ("411038", "postcode"),
        ("46007", "postcode"), ("no. 22", "address"), ("no 8", "address"), ("sideley", "address"), ("frolesworth rd", "address"),
        ("Pretoria rd", "address"), ("Evington Road", "address"), ("5 Moira\n   Road", "address"), ("Flat 7, Wilkes Court", "address"),
        ("Little Acorns", "school"), ("Little Acorns Day Nursery", "school"), ("Orchard", "school"), ("Wreake Valley", "school"),
        ("Thomas Estley", "school"), ("Merton", "school"), ("O3/03/2026", "date"), ("01/O7/2022", "dob"), ("19 / 01 / 2007", "dob"),
        ("tenth", "date"), ("8 de noviembre de 2026", "date"), ("7th dec", "date"), ("25 May\n2027", "date"), ("31st", "date"),
        ("17.11.26", "date"), ("20/11", "date"), ("+91 98221 64735", "phone"), ("+91 20 2553 8841", "phone"),
        ("+595 981 437 226", "phone"), ("+34 612 48 39 57", "phone"), ("+1 876 927 4415", "phone"), ("07831 402957", "phone"),
        ("01530 270649", "phone"), ("SN 20 47 81 C", "ni"), ("NE 31 76 02 D", "ni"), ("KX19 ODN", "vehicle"), ("FX68 KLP", "vehicle"),
        ("YR17 WKC", "vehicle"), ("938 570 8392", "nhs"), ("186 091 3903", "nhs"), ("U855660381321", "upn"), ("Q855251507358", "upn"),
        ("V855436374030", "upn"), ("kellysharpe07@icloud.com", "email"), ("manager@littleacornskegworth.co.uk", "email"))
UNMARKED = ("Leicester City", "Syston Town Juniors", "Castle Donington Cricket Club", "Hinckley ABC", "Juniper Lodge", "Turning Point",
            "Women's Aid", "Ibstock Medical Centre", "Kegworth Health Centre", "Syston Health Centre", "Castle Donington Surgery",
            "Kegworth Methodist Church", "Coalville Council Offices", "The Hub", "Royal Derby Hospital", "Queen's Medical Centre",
            "Burton Queen's", "Leicester Royal Infirmary", "Leicester Magistrates' Court", "New Testament Church of God",
            "East Midlands Airport", "the Bull's Head", "NORTH WEST LEICESTERSHIRE DISTRICT COUNCIL", "Soar Wolds Council",
            "LanguageLine", "Bruno", "Aai", "Baba", "kaydenw_2016", "@diego_vlc_87", "Leicestershire", "Derbyshire", "Paraguay",
            "Jamaica", "Australia", "NWL/HR/77412", "RHI-2", "Nanna", "Uncle", "dada", "tai", "doña", "Ña", "Señora", "abuela", "4410")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s101)


def test_the_counts():
    checks.counts(s101, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s101, HARD, UNMARKED, split=("name", "address", "date"))


def test_its_own_hard_cases():
    spans = checks.spans(s101)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Devanagari
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # a place in Devanagari


def test_the_checks_can_fail():
    bad = ((s101.RECORD_B, [("bad", "Ring [[0116 946 221|phone]] about [[Arnav|name]], [[Aai Sunanda|name]], [[Ña Cristina|name]],"
                                    " [[Uncle Del|name]], [[HV Hinckley|name]] and [[Arnu dada|name]] on"
                                    " [[Sunday 8 November|date]] in [[Leicestershire|place]], [[Paraguay|place]] and"
                                    " [[Jamaica|place]].\nNHS [[541 162 7967|nhs]]. Arnav said no.")]),)
    found = s101.problems(bad, record_ids=["5411627967"], record_phones=["0116 946 221"])
    assert any("phone is not a valid number: 0116 946 221" in p for p in found)
    for word in ("Aai", "Ña", "Uncle", "HV"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("kinship word after a name" in p and "dada" in p for p in found)
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Leicestershire", "Paraguay", "Jamaica"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 541 162 7967" in p for p in found)
    assert any("'Arnav' is marked as a name elsewhere" in p for p in found)
