"""Checks of the hand-written held-out redaction set 67 (bench/redaction_set67.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set67 as s67
from tests import hand_set_checks as checks

NAMES, TOTAL = 491, 914
# names that are words or towns; scripts; short forms; odd formats
HARD = (("TAIT, Kayden", "name"), ("DUDAYEV, Adam", "name"), ("DUDAYEVA, Zarema", "name"), ("HESLOP, Tyler", "name"),
        ("PURVIS, Ruby", "name"), ("THANT, Phyo", "name"), ("LAMB, Ellie-Mae", "name"), ("ROWELL, Steven", "name"),
        ("Brenda\nDOBBING", "name"), ("Maureen\nGowland", "name"), ("Nadia\nSharif", "name"), ("P. HEBBURN", "name"),
        ("G. Rutter", "name"), ("C Scorer", "name"), ("Paul Hebburn", "name"), ("Hebburn", "name"), ("Hebburn", "place"),
        ("Hope", "name"), ("Kelly Rose", "name"), ("Sharon Patience", "name"), ("Anne Summers", "name"), ("Tank", "name"),
        ("tank", "name"), ("Kels", "name"), ("Jonno", "name"), ("kayd", "name"), ("Kev", "name"), ("Mo", "name"), ("leanne", "name"),
        ("stevie", "name"), ("paul hebburn", "name"), ("ellie-mae", "name"), ("naing", "name"), ("Naing", "name"), ("Su Su", "name"),
        ("Tin Hla", "name"), ("Мадина Мусаева", "name"), ("Аслан", "name"), ("Адамка", "name"), ("Хеда", "name"),
        ("ခင်မြတ်အောင်", "name"), ("ကိုနိုင်", "name"), ("ဖြိုး", "name"), ("ဇော်မင်းသန့်", "name"), ("Грозный", "place"),
        ("Гейтсхеде", "place"), ("Гудермес", "place"), ("Шали", "place"), ("မန္တလေး", "place"), ("Shields", "place"),
        ("shields", "place"), ("boldon coll", "place"), ("West\nBoldon", "place"), ("Bunny Hill", "place"), ("Whiteleas", "place"),
        ("Concord", "place"), ("Washington", "place"), ("pennywell", "place"), ("millfield", "place"), ("Thanlyin No. 2", "school"),
        ("Hudson\nRoad Primary", "school"), ("Gateshead\nCollege", "school"), ("heworth grange", "school"), ("Bede Burn", "school"),
        ("St Alban's", "school"), ("Thomas Hepburn Community Academy", "school"), ("Flat\n3", "address"), ("Flat 4", "address"),
        ("no. 9", "address"), ("19", "address"), ("number 60", "address"), ("ул. Мира, 14", "address"),
        ("ул. Профсоюзная, 93", "address"), ("9 north rd", "address"), ("hendon road", "address"), ("28 November\n2026", "date"),
        ("29th", "date"), ("12th", "date"), ("11", "date"), ("3rd", "date"), ("20-11-26", "date"), ("19 11", "date"),
        ("14.06.2019", "dob"), ("14/06/19", "dob"), ("12-09-2010", "dob"), ("+7 928 417 35 62", "phone"), ("+95 9 451 238 764", "phone"),
        ("+95 1 254 873", "phone"), ("NK71 WZB", "vehicle"), ("NL68 RFO", "vehicle"), ("116 764 9672", "nhs"), ("M394141167649", "upn"),
        ("l.brannigan@valleyroad.sch.uk", "email"))
UNMARKED = ("Mowbray Park", "Sunderland Royal", "Hebburn Central", "Gateshead Civic Centre", "Heworth Interchange", "Jarrow Metro",
            "Millfield Medical Centre", "Middle Engine Lane", "South Tyneside District Hospital", "HMP Durham", "St Aloysius",
            "Migrant Help", "Forced Marriage Unit", "Team Valley", "Tyne Mouth", "Wear Vale", "Nissan", "the Leas", "biscuit", "crismas",
            "Russia", "Chechnya", "Myanmar", "бабушка", "အမေ", "ဆရာမ", "Baba", "Nanna", "Daw", "O/P")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s67)


def test_the_counts():
    checks.counts(s67, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s67, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s67)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Cyrillic and Burmese script
    assert any("-" in name and name[0].isupper() for name in names)  # hyphenated names
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Cyrillic


def test_the_checks_can_fail():
    bad = ((s67.RECORD_C, [("bad", "Ring [[0191 946 221|phone]] about [[Adam|name]], [[Baba Khava|name]], [[Ko Naing|name]],"
                                    " [[Mr Dent|name]] on [[Monday 7 December|date]] in [[Russia|place]] and [[Myanmar|place]].\n"
                                    "NHS [[541 162 7967|nhs]]. Adam said no.")]),)
    found = s67.problems(bad, record_ids=["5411627967"], record_phones=["0191 946 221"])
    assert any("phone is not a valid number: 0191 946 221" in p for p in found)
    for word in ("Baba", "Ko", "Mr"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Russia", "Myanmar"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 541 162 7967" in p for p in found)
    assert any("'Adam' is marked as a name elsewhere" in p for p in found)
