"""Checks of the hand-written held-out redaction set 114 (bench/redaction_set114.py) that do not use the detector: its
marking passes its own checker, its size, its hard cases and the organisations and landmarks left unmarked."""

from bench import redaction_set114 as s114
from tests import hand_set_checks as checks

NAMES, TOTAL = 665, 1186
# names that are words or towns; scripts; short forms; odd formats
HARD = (("SYKES, Kaiden Lee", "name"), ("BROOK, Paisley-Mae", "name"), ("MARSDEN, Reece", "name"), ("WADSWORTH, Lynne", "name"),
        ("MARTINEZ FLORES, Yesenia Guadalupe", "name"), ("RIVAS MARTINEZ, Josue", "name"), ("HEMINGWAY, Tyrese", "name"),
        ("Kayden ROBSON", "name"), ("J Kelsall", "name"), ("D. Oxley", "name"), ("Chantelle B", "name"), ("D & M Cutts", "name"),
        ("Oluwaseun\nAdeyemi", "name"), ("kyle\nathorpe", "name"), ("E\nHolroyd", "name"), ("kayleigh", "name"), ("jodie", "name"),
        ("jode", "name"), ("kay", "name"), ("Kay", "name"), ("zion", "name"), ("nic", "name"), ("genesis", "name"), ("Yesi", "name"),
        ("Lola", "name"), ("Neto", "name"), ("Gene", "name"), ("Wil", "name"), ("Zizi", "name"), ("Glo", "name"), ("Tiz", "name"),
        ("Brook", "name"), ("Beverley Rose", "name"), ("Swift", "name"), ("Wood", "name"), ("Kelly Senior", "name"), ("Dale", "name"),
        ("Tyler", "name"), ("Bailey-Campbell", "name"), ("Rivas Martínez", "name"), ("Taylor", "name"), ("Bracewell", "name"),
        ("حرا", "name"), ("عثمان", "name"), ("خالد", "name"), ("Fardoussa Omar Robleh", "name"), ("Abdourahman Daher Moussa", "name"),
        ("Ilhan Abdourahman", "name"), ("Ismaël", "name"), ("Maltby", "place"), ("Ma1tby", "place"), ("hellaby", "place"),
        ("Hellaby", "place"), ("Ferham", "place"), ("Canklow", "place"), ("Dinnington", "place"), ("dinnington", "place"),
        ("Thurcroft", "place"), ("thurcroft", "place"), ("Wath-upon-Dearne", "place"), ("wath", "place"), ("Brampton Bierlow", "place"),
        ("Brampton", "place"), ("Swinton", "place"), ("Kiveton Park", "place"), ("Page Hall", "place"), ("Mirpur", "place"),
        ("Dadyal", "place"), ("Balbala", "place"), ("Ali Sabieh", "place"), ("Ali-Sabieh", "place"), ("Djibouti City", "place"),
        ("Djibouti-ville", "place"), ("Château d'eau", "place"), ("Marseille", "place"), ("Ciudad Barrios", "place"),
        ("Milagro de la Paz", "place"), ("Silver Spring", "place"), ("May Pen", "place"), ("14 Sa1isbury Road", "address"),
        ("salisbury rd", "address"), ("kirk st", "address"), ("Dale Rd", "address"), ("Dale Road", "address"), ("no. 18", "address"),
        ("no. 29", "address"), ("Flat 1", "address"), ("nineteen", "address"), ("21", "address"), ("14 rue Félix Pyat", "address"),
        ("13003", "postcode"), ("Maltby Manor", "school"), ("Winterhill", "school"), ("Wath Vic", "school"), ("comm primary", "school"),
        ("dinnington high", "school"), ("Wales High School", "school"), ("Busy Bees Wath", "school"), ("22/04/20l7", "dob"),
        ("0 9/07/2025", "date"), ("21st", "date"), ("17", "date"), ("30 novembre 2026", "date"), ("25 de noviembre", "date"),
        ("14/9/26", "date"), ("+92 300 5827413", "phone"), ("+253 77 84 12 56", "phone"), ("+33 6 12 48 73 90", "phone"),
        ("+503 7612 4580", "phone"), ("+1 240 918 4427", "phone"), ("+1 876 986 4471", "phone"), ("01709 590471", "phone"),
        ("yd68", "vehicle"), ("SF19 XKT", "vehicle"), ("JK 52 81 07 B", "ni"), ("391 539 0283", "nhs"), ("D372204119464", "upn"),
        ("megan.cusworth@nhs.net", "email"))
UNMARKED = ("Rotherham Hospital", "Maltby Community Larder", "Maltby Library", "Blyth Road Medical Centre", "Canklow Health Centre",
            "Clifton Medical Centre", "Montgomery House", "Sheffield Family Court", "Dinnington Resource Centre",
            "Rotherham Central Library", "Ferham Centre", "Wath Athletic", "Wath Library", "Riverside House", "Masjid Noor ul Huda",
            "Jessop Wing", "Clifton Park", "meadowhall", "Dearne Valley", "Rother Dearne", "frontdoor@rotherdearne.gov.uk", "Mears",
            "Apna Haq", "Ríos de Agua Viva", "Tank", "Mami", "Papi", "dadi", "abbu", "ayeeyo", "jaan", "R.M.", "L.W", "KP/4", "RT-559014",
            "M2281904", "NRPSI 31207", "El Salvador", "Somalia", "Pakistan", "Maryland", "Clarendon", "Jamaica", "South Yorkshire")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s114)


def test_the_counts():
    checks.counts(s114, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s114, HARD, UNMARKED, split=("name", "address"))


def test_its_own_hard_cases():
    spans = checks.spans(s114)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Urdu script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")


def test_the_checks_can_fail():
    bad = ((s114.RECORD_C, [("bad", "Ring [[0161 946 221|phone]] about [[Ilhan|name]], [[Mufti Imran|name]], [[Hafiz Bilal|name]],"
                                    " [[Sheikh Hassan|name]], [[Sra Yesenia|name]], [[Tío Neto|name]], [[ayeeyo Hasna|name]],"
                                    " [[Usman bhai|name]] on [[Friday 13 November|date]] in [[Somalia|place]] and"
                                    " [[El Salvador|place]]. Ilhan said no.")]),)
    found = s114.problems(bad, record_ids=[], record_phones=[])
    assert any("phone is not a valid number: 0161 946 221" in p for p in found)
    for word in ("Mufti", "Hafiz", "Sheikh", "Sra", "Tío", "ayeeyo"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("kinship word after a name" in p and "bhai" in p for p in found)
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Somalia", "El Salvador"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("'Ilhan' is marked as a name elsewhere" in p for p in found)
