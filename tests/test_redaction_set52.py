"""Checks of the hand-written held-out redaction set 52 (bench/redaction_set52.py) that do not use the detector:
its marking is clean, its size, its own hard cases and failing checks (the checks every set shares are in
test_redaction_hand_sets.py)."""

from bench import redaction_set52 as s52
from tests import hand_set_checks as checks

NAMES, TOTAL = 534, 1015
# names that are words or towns; scripts; short forms; odd formats
HARD = (("MUSTOE, Poppy", "name"), ("BROMLEY, Kai", "name"), ("TAPPER, Ashley John", "name"), ("MERRIMAN, Skye", "name"),
        ("RONDON Yusmary", "name"), ("PARRA RONDÓN", "name"), ("Amber STROUD", "name"), ("Jordan\nKeen", "name"), ("Jor dan", "name"),
        ("J Dobbs", "name"), ("M. Pike", "name"), ("J Wiltshire", "name"), ("Isla-Rose K", "name"), ("Kai K", "name"),
        ("Willow B", "name"), ("Tyler-Jay", "name"), ("TJ", "name"), ("Dawn", "name"), ("River", "name"), ("Wren", "name"),
        ("Ash", "name"), ("Skye", "name"), ("Willow", "name"), ("Sparrow", "name"), ("Hook", "name"), ("Chepe", "name"),
        ("Luisito", "name"), ("Vale", "name"), ("Caro", "name"), ("Fin", "name"), ("Jordan", "name"), ("tay", "name"), ("kai", "name"),
        ("ruby mae", "name"), ("darren", "name"), ("jacob wheeler", "name"), ("prabin", "name"), ("harnett", "name"), ("thapa", "name"),
        ("Sunita", "name"), ("Hom", "name"), ("अनिशा", "name"), ("सीता", "name"), ("होम", "name"), ("Stroud", "place"), ("Wuss", "place"),
        ("wuster", "place"), ("Kiddy", "place"), ("Brum", "place"), ("Bradford", "place"), ("Durs1ey", "place"), ("Durs ley", "place"),
        ("dines green", "place"), ("st johns", "place"), ("habberley", "place"), ("pokhara", "place"),
        ("Royal\nWootton Bassett", "place"), ("Lamachaur", "place"), ("Carabanchel", "place"), ("Maracaibo", "place"), ("Bath", "place"),
        ("Churchfields", "place"), ("Foxhangers", "place"), ("Seend", "place"), ("Yuen Long", "place"), ("+852 6123 4587", "phone"),
        ("Lapwing", "address"), ("LAPWING", "address"), ("Otter's Pocket", "address"), ("Ward 8,\nLamachaur", "address"),
        ("Calle de Oca 58", "address"), ("Flat 2", "address"), ("no. 24", "address"), ("no. 60", "address"), ("offmore rd", "address"),
        ("Coniston Road", "address"), ("Christ\nChurch", "school"), ("Archway", "school"), ("Baxter", "school"),
        ("Oakwood Lane", "school"), ("ST EDMUND'S GIRLS' SCHOOL", "school"), ("Cashes Green", "school"), ("5 January\n2027", "date"),
        ("5th Novenber", "date"), ("7 th", "date"), ("25th", "date"), ("21st", "date"), ("Sept 14th", "date"), ("11-11-2026", "date"),
        ("3.8.12", "dob"), ("14-01-2012", "dob"), ("07794 318026", "phone"), ("+58 412 736 4815", "phone"), ("+34 612 483 907", "phone"),
        ("+977 984 112 7356", "phone"), ("+44 7960 385127", "phone"), ("SK 37 62 09 A", "ni"), ("KX68 NVW", "vehicle"),
        ("WU17 HZK", "vehicle"), ("570 546 8059", "nhs"), ("Q885216393488", "upn"), ("amberstroud90@hotmail.co.uk", "email"))
UNMARKED = ("Cheltenham General", "Cheltenham West Team", "Neighbourhood Centre", "Penhill Family Hub", "Gloucestershire Royal",
            "Locking Hill Surgery", "Moredon Medical Centre", "Wyre Forest Safeguarding Team", "Gloucestershire Young Carers",
            "West Mercia", "Royal United Hospital", "Holy Cross", "Change Grow Live", "Stratford Park", "Kennet and Avon", "Caen Hill",
            "Foregate Street", "Wharf Theatre", "Barge Inn", "Brook Bridge", "Tyson", "Biscuit", "Tihar", "Gurkhas", "Aama", "Buwa",
            "बजै", "Negra", "DO NOT ANSWER", "Guru Ama", "Watch Manager", "Venezuela", "Inglaterra", "Hong Kong", "Language",
            "Op Courage", "Citizens Advice", "NRPSI 30417", "518337", "HR/2026/48113", "22/MIS/77104", "CL", "April 2025")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s52)


def test_the_counts():
    checks.counts(s52, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s52, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s52)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Devanagari script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names


def test_the_checks_can_fail():
    bad = ((s52.RECORD_D, [("bad", "Ring [[0152 743 21|phone]] about [[Sunita didi|name]], [[Hom uncle|name]], [[Guru Ama Sarita|name]],"
                                    " [[Father Nowak|name]], [[Mrs Harnett|name]] on [[Sunday 1 November|date]] in [[Nepal|place]],"
                                    " [[Wiltshire|place]] and [[Venezuela|place]].\n"
                                    "NHS [[442 528 0645|nhs]], UPN [[A865186770379|upn]], NI [[DQ 12 34 56 E|ni]]. Sunita said no.")]),)
    found = s52.problems(bad, record_ids=["4425280645"], record_phones=["0152 743 21"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 0152 743 21" in p for p in found)
    for word in ("Guru", "Father", "Mrs"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    for word in ("didi", "uncle"):
        assert any("kinship word after a name" in p and word in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Nepal", "Wiltshire", "Venezuela"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 442 528 0645" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Sunita' is marked as a name elsewhere" in p for p in found)
