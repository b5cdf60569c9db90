"""Checks of the hand-written held-out redaction set 163 (bench/redaction_set163.py) that do not use the detector:
its name, size, marking problems, hard cases and unmarked organisations and landmarks."""

from bench import redaction_set163 as s163
from tests import hand_set_checks as checks

NAMES, TOTAL = 575, 1013
# names that are words; scripts; short forms; OCR errors; odd formats
HARD = (("MARSH, Alfie", "name"), ("ROLLE, Dwayne Anthony", "name"), ("ROOK, Amber", "name"), ("Kai BRIDGES", "name"),
        ("DE SMET", "name"), ("L. Penny", "name"), ("H. Van Darnme", "name"), ("Lotte De Srnet", "name"), ("Vermeu1en", "name"),
        ("Pearline\nKnowles", "name"), ("Hannah\n                            Ridley", "name"), ("Ellie-Mae", "name"), ("Tee", "name"),
        ("shaniya c", "name"), ("tee", "name"), ("junior", "name"), ("Junior", "name"), ("KJ", "name"), ("Smudge", "name"),
        ("Deano", "name"), ("Oaks", "name"), ("Caz", "name"), ("Amb", "name"), ("Bridgey", "name"), ("Reese", "name"),
        ("kayleigh", "name"), ("connor", "name"), ("jordan", "name"), ("kirsty", "name"), ("okafor", "name"), ("quist", "name"),
        ("lucy v", "name"), ("nic", "name"), ("Kayleigh Marsh", "name"), ("Reece Bishop", "name"), ("Dale Hunt", "name"),
        ("Tyler Grace", "name"), ("Mark Rook", "name"), ("Mark", "name"), ("Callum Frost", "name"), ("Gemma Lock", "name"),
        ("Tyrese Hall", "name"), ("Wilde", "name"), ("Hartley", "name"), ("Quinn", "name"), ("Стоян Петров", "name"),
        ("Росица Петрова", "name"), ("Росица", "name"), ("Деси", "name"), ("Ели", "name"), ("Pompey", "place"), ("Hook", "place"),
        ("Soton", "place"), ("soton", "place"), ("leesland", "place"), ("bridgemary", "place"), ("fratton", "place"), ("forton", "place"),
        ("warsash", "place"), ("Sarisbury\nGreen", "place"), ("Lee on the Solent", "place"), ("Lee-on-the-Solent", "place"),
        ("Sint-Arnandsberg", "place"), ("Sint-Amandsberg", "place"), ("Lokeren", "place"), ("Пловдив", "place"), ("Plovdiv", "place"),
        ("Eight Mile Rock", "place"), ("Fox Hill", "place"), ("Freeport", "place"), ("nassau", "place"), ("PORTSMOUTH", "place"),
        ("Gosport", "place"), ("Fareham", "place"), ("Osborn House", "address"), ("#22 Coral Road", "address"), ("Wulff Road", "address"),
        ("Kerkstraat 18", "address"), ("ул. „Капитан Райчо“ 15", "address"), ("nummer 39", "address"), ("number 39", "address"),
        ("no. 16", "address"), ("Brewers Lane", "address"), ("crofton ln", "address"), ("14 tichborne way", "address"),
        ("5 Marine\nParade West", "address"), ("9040", "postcode"), ("4000", "postcode"), ("wych lane", "school"),
        ("Wych Lane", "school"), ("brookfield", "school"), ("crofton", "school"), ("Little Acorns", "school"),
        ("Elson Infant\nSchool", "school"), ("BASISSCHOOL DE REGENBOOG", "school"), ("Maurice Moore", "school"),
        ("Fareham Academy", "school"), ("4 november\n2024", "date"), ("12 oktober 2026", "date"), ("21 januari 2025", "date"),
        ("October 19th 2026", "date"), ("31st", "date"), ("12th", "date"), ("5/11", "date"), ("20.12", "date"), ("28 NOV 2026", "date"),
        ("3rd September 2011", "dob"), ("30/06/2015", "dob"), ("+1-242-352-7318", "phone"), ("+1 242 357 6104", "phone"),
        ("+32 475 38 62 91", "phone"), ("+359 88 714 2503", "phone"), ("+32 9 228 61 04", "phone"), ("KX19 DFE", "vehicle"),
        ("GU16 TYA", "vehicle"), ("HN68 WUP", "vehicle"), ("JT 19 64 02 D", "ni"), ("525 754 4806", "nhs"), ("R850433618593", "upn"),
        ("adminoffice@castleview.hants.sch.uk", "email"), ("stoyan.petrov87@abv.bg", "email"))
UNMARKED = ("HMS Sultan", "HMS Prince of Wales", "Royal Navy Police", "Gosport War Memorial Hospital", "Bridgemary Medical",
            "Gosport Baptist Church", "Gosport Community Noticeboard", "Gosport Contact Centre", "Fareham Civic Offices",
            "Hill Head Sailing Club", "Fareham Nomads", "Portchester Community Centre", "Portchester Health Centre", "Portchester Castle",
            "Stokes Bay", "stokes bay", "Titchfield Haven", "HMP Winchester", "Southampton General", "Sarisbury Green Surgery",
            "Willow Group Surgery", "South East Hampshire Youth Court", "Hampton Trust", "Language Line", "the Rand", "Gatwick",
            "Grand Bahama", "Hampshire", "Isle of Wight", "Belgium", "Bulgaria", "Spain", "Tank", "pickle", "Nijntje", "Dee", "A.L.",
            "nans", "Grammy", "Nanny", "juf", "mevrouw", "meneer", "oma", "баба", "LET", "Kingfishers", "Pompey\nduvet", "QA",
            "44260418833", "PO26C00417", "HCC-WEB-2026-114907", "CED/26/0911", "40217")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s163)


def test_the_counts():
    checks.counts(s163, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s163, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s163)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Cyrillic
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # a place in Cyrillic
    assert any(not any(c.isascii() for c in words if c.isalpha()) for words, k in spans if k == "address")  # a Bulgarian address


def test_the_checks_can_fail():
    bad = ((s163.RECORD_F, [("bad", "Ring [[0161 946 221|phone]] about [[Amber|name]], [[баба Росица|name]], [[juf Anne|name]],"
                                    " [[oma Mieke|name]], [[LET Dwayne Rolle|name]], [[Grammy Pearline|name]] on"
                                    " [[Monday 7 December|date]] in [[Grand Bahama|place]], [[Bulgaria|place]] and"
                                    " [[Hampshire|place]].\nNHS [[783 323 0465|nhs]], UPN [[A850371821995|upn]]. Amber said no.")]),)
    found = s163.problems(bad, record_ids=["7833230465"], record_phones=["0161 946 221"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 0161 946 221" in p for p in found)
    for word in ("баба", "juf", "oma", "LET", "Grammy"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Grand Bahama", "Bulgaria", "Hampshire"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 783 323 0465" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("'Amber' is marked as a name elsewhere" in p for p in found)
