"""Checks of the hand-written held-out redaction set 32 (bench/redaction_set32.py) that do not use the detector:
its own marking problems, size, hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set32 as s32
from tests import hand_set_checks as checks

NAMES, TOTAL = 348, 655
# names that are towns or words; scripts; short forms; odd formats
HARD = (("CEBAN, Daniela", "name"), ("GEMECHU, Lensa", "name"), ("BATES, Summer", "name"), ("HURST, Logan", "name"),
        ("ORTON, Shannon", "name"), ("BATES Tyler", "name"), ("HARLOW Jade", "name"), ("Gemechu L.", "name"), ("B Sharnford", "name"),
        ("R Bablake", "name"), ("D. HARTSHlLL", "name"), ("Esperança\nKiala", "name"), ("Валентина Русу", "name"), ("kayd", "name"),
        ("lew", "name"), ("shan", "name"), ("mișu", "name"), ("hodan", "name"), ("lensa", "name"), ("nicola moss", "name"),
        ("logan hurst", "name"), ("Dani", "name"), ("Dănuța", "name"), ("Ionel", "name"), ("Toli", "name"), ("Edi", "name"),
        ("Ty-Ty", "name"), ("tee", "name"), ("Gadaa", "name"), ("Summer", "name"), ("Dawn", "name"), ("dawn", "name"),
        ("Sam Whitwick", "name"), ("Becky Sharnford", "name"), ("Owen Spondon", "name"), ("Naomi Allestree", "name"),
        ("Kim Ansley", "name"), ("Dan Hartshill", "name"), ("Weddington", "name"), ("Craig Attleborough", "name"),
        ("Mason Greenhill", "name"), ("Kai Donington", "name"), ("Jamie Blaby", "name"), ("Ruth Caldecote", "name"),
        ("Jayden Arbury", "name"), ("Luke Byfield", "name"), ("Joanne Staverton", "name"), ("Filomena", "name"), ("Raisa", "name"),
        ("Greenhill", "place"), ("Whitwick", "place"), ("Market\nHarborough", "place"), ("Nunea ton", "place"), ("coalville", "place"),
        ("shepshed", "place"), ("barwell", "place"), ("Bălți", "place"), ("Chișinău", "place"), ("Soroca", "place"), ("Luanda", "place"),
        ("Adama", "place"), ("Shashemene", "place"), ("Addis Ababa", "place"), ("Royal Oak", "place"), ("Hollycroft", "place"),
        ("Southbrook", "place"), ("Chaddesden", "place"), ("Tile Hill", "place"), ("Camp Hill", "place"),
        ("str. Alba Iulia 14, ap. 22", "address"), ("Strada Alba Iulia 14", "address"), ("Kebele 04", "address"),
        ("42 Hollystitches\nRd", "address"), ("Flat 3, 18 Leicester\nStreet", "address"), ("no. 16", "address"), ("number 16", "address"),
        ("16", "address"), ("no. 44", "address"), ("Stoney Stanton Road", "address"), ("23 linford cres", "address"),
        ("le67 4ql", "postcode"), ("Richmond Primary\nSchool", "school"), ("richmond", "school"), ("castle rock", "school"),
        ("Little Acorns", "school"), ("Nuneaton Acad.", "school"), ("Cavendish Close", "school"), ("10 December\n2026", "date"),
        ("O1/10/2026", "date"), ("19/O3/2014", "dob"), ("17/4/12", "dob"), ("2026-12-04", "date"), ("11 Jun 25", "date"), ("5th", "date"),
        ("6th", "date"), ("8/12", "date"), ("+373 69 482 317", "phone"), ("+244 923 456 781", "phone"), ("+251 91 147 2836", "phone"),
        ("07907341562", "phone"), ("NR 52 71 33 B", "ni"), ("JT 18 40 62 D", "ni"), ("KX19", "vehicle"), ("FY19 KXD", "vehicle"),
        ("YR68 TZP", "vehicle"), ("A855294580730", "upn"), ("132 437 0017", "nhs"), ("nicky.moss83@hotmail.co.uk", "email"),
        ("swad", "place"), ("Kelsey Stoney", "name"), ("Stoney Stanton", "place"), ("Evie Braunston", "name"), ("Imran Sinfin", "name"),
        ("june 14th", "date"), ("pat moss", "name"), ("+244 912 604 338", "phone"))
UNMARKED = ("George Eliot Hospital", "Hinckley Health Visiting Team", "Coalville Library", "Royal Derby Hospital",
            "London Road Community Hospital", "Derbyshire Constabulary", "WARWlCKSHIRE POLICE", "LEICESTERSHIRE POLICE",
            "Danetre Medical Practice", "Camp Hill Family Hub", "Nuneaton Borough", "FAMILY COURT AT COVENTRY", "Riversley Park",
            "burbage woods", "Blue Bird chippy", "Asda", "b&m", "kfc", "mcdonalds", "Triple P", "Mum 💕", "Moldova", "Angola", "Ethiopia",
            "Doamna", "Dona", "mamã", "tata", "SW", "HFB-26-8841", "CV26F00412", "MFH 26/019944", "S47/26/3391", "in March 2026?",
            "Sept 2025", "summer", "Sonic", "Chaddesden Park surgery", "Oromo community centre", "MK/1")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s32)


def test_the_counts():
    checks.counts(s32, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s32, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s32)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() and c.isalpha() for c in name) for name in names)  # a name in Cyrillic
    assert any(words.islower() for words, k in spans if k == "school")


def test_the_checks_can_fail():
    bad = (
        (
            s32.RECORD_B,
            [
                (
                    "bad",
                    "Ring [[0132 770 655|phone]] about [[Daniela|name]], [[Dona Filomena|name]], [[Doamna Raisa|name]],"
                    " [[tata Ion|name]] and [[Mrs Weddington|name]] on [[Tuesday 8 December|date]] in"
                    " [[Moldova|place]], [[Angola|place]] and [[Warwickshire|place]].\n"
                    "NHS [[585 087 5906|nhs]], NI [[DQ 12 34 56 E|ni]]. Daniela said no.",
                )
            ],
        ),
    )
    found = s32.problems(bad, record_ids=["5850875906"], record_phones=["0132 770 655"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    for word in ("Dona", "Doamna", "tata", "Mrs"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Moldova", "Angola", "Warwickshire"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Daniela' is marked as a name elsewhere" in p for p in found)
