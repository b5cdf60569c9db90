"""Checks of the hand-written held-out redaction set 61 (bench/redaction_set61.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set61 as s61
from tests import hand_set_checks as checks

NAMES, TOTAL = 541, 989
# names that are words or towns; scripts; short forms; odd formats
HARD = (("PADDICK, Poppy", "name"), ("TAUFA, Viliami", "name"), ("TAUFA, Salote", "name"), ("LALWANI, Rhea", "name"),
        ("LALWANI, Dev", "name"), ("TULL, Reece James", "name"), ("PINNOCK, Kenzie", "name"), ("Rhea LALWANI", "name"),
        ("Ezra VOKINS", "name"), ("Dylan CHENEY", "name"), ("EFUA ADWOA MENSAH", "name"), ("TAUFA", "name"), ("ASANTE", "name"),
        ("Comfort ASANTE", "name"), ("Alfie-Ray", "name"), ("Lily-Rose", "name"), ("Lacey-Mae", "name"), ("Imber-Okoye", "name"),
        ("A1fie", "name"), ("She1by", "name"), ("T. Coxon", "name"), ("K Gallimore", "name"), ("H S Sangha", "name"),
        ("Harjinder Singh SANGHA", "name"), ("Jakey S", "name"), ("Dyl", "name"), ("dyl", "name"), ("Gaz", "name"), ("Kyron", "name"),
        ("Vili", "name"), ("vili", "name"), ("Effie", "name"), ("Akos", "name"), ("Harj", "name"), ("Baz", "name"), ("Sue", "name"),
        ("Blessing", "name"), ("Precious", "name"), ("Comfort", "name"), ("Nhyira Adjei", "name"), ("Becca Low", "name"),
        ("Dawn Tull", "name"), ("Afua", "name"), ("Afua Boateng", "name"), ("'Ana", "name"), ("‘Ana Fifita", "name"), ("Lose", "name"),
        ("Lupe", "name"), ("Blandy", "name"), ("Kirby", "name"), ("Haslam", "name"), ("Kelsey", "name"), ("रिया", "name"),
        ("जमुना", "name"), ("sunil", "name"), ("Pooja", "name"), ("Rhea", "name"), ("shelby", "name"), ("alfie", "name"),
        ("lewis", "name"), ("kayleigh", "name"), ("ezra vokins", "name"), ("Fiona\nTarrant", "name"), ("Gifty\nAmoako", "name"),
        ("Kyron\nWalsh", "name"), ("Precious\nAdjei", "name"), ("Shaw", "place"), ("Sutton Courtney", "place"),
        ("Sutton\nCourtenay", "place"), ("leys", "place"), ("blackbird", "place"), ("oxford", "place"), ("cookham", "place"),
        ("ulhasnagar", "place"), ("thatcham", "place"), ("kintbury", "place"), ("Ladygrove", "place"), ("Great Western Park", "place"),
        ("Northbourne", "place"), ("Shippon", "place"), ("Nuku'alofa", "place"), ("Mangere", "place"), ("Auckland", "place"),
        ("Furze Platt", "place"), ("Ulhasnagar", "place"), ("Mumbai", "place"), ("Dubai", "place"), ("Greenham", "place"),
        ("Blackbird Leys", "place"), ("Madley Park", "place"), ("Norreys", "place"), ("Kumasi", "place"), ("Asafo", "place"),
        ("Bekwai", "place"), ("Gloucester", "place"), ("Rose Hill", "place"), ("Abingdon", "place"), ("Witney", "place"),
        ("Kestrel House", "address"), ("kestrel hse", "address"), ("no. 12", "address"), ("no. 15", "address"), ("16", "address"),
        ("Sandpiper", "address"), ("Pegasus Road", "address"), ("Barrow Road", "address"), ("Market Street", "address"),
        ("Shute End", "address"), ("AK-214-6610", "address"), ("House No. AK-214-6610, Asafo", "address"),
        ("Block A-4, Room 112, Section 17", "address"), ("2 Brook Cottages\nHigh St", "address"), ("Flat 6,\n40 Mill Street", "address"),
        ("Pyle\nHill", "address"), ("Dunmore", "school"), ("Forest", "school"), ("Wesley Girls", "school"), ("St Louis JHS", "school"),
        ("Furze Platt\nSenior", "school"), ("Madley Brook", "school"), ("Wood Green", "school"), ("Ladygrove Park", "school"),
        ("21.09.26", "dob"), ("18 / 03 / 2012", "dob"), ("09-05-2017", "dob"), ("23 Jul 2011", "dob"), ("19 March\n2027", "date"),
        ("9th Nov", "date"), ("5th", "date"), ("sept 3", "date"), ("12/09", "date"), ("27-28 November 2026", "date"),
        ("2-6 November", "date"), ("26 October", "date"), ("+64 21 458 3307", "phone"), ("+233 24 417 8832", "phone"),
        ("+233 20 651 1049", "phone"), ("+91 98230 41765", "phone"), ("+971 50 318 2746", "phone"), ("01235 812466", "phone"),
        ("RX19 KTF", "vehicle"), ("LR15 VKH", "vehicle"), ("NP 27 61 03 C", "ni"), ("839 093 5457", "nhs"), ("J931005790419", "upn"),
        ("N868379157202", "upn"), ("pastor.amoako@copuk-wokingham.org", "email"))
UNMARKED = ("Reading Buses", "Uni of Reading", "Wokingham Medical Centre", "Cookham Road Surgery", "Falkland Surgery",
            "Woodlands Medical Centre", "Malthouse Surgery", "Loddon Valley Police Station", "Wexham Park Hospital", "HMP Eastwood Park",
            "Dalton Barracks", "St George's Barracks", "Ladygrove Pavilion", "Leys Convenience Store", "Thames Valley Park", "the Kassam",
            "Heathrow", "Asafo market", "Kejetia market", "Woosehill Community Hall", "Abbey House", "Agape Centre",
            "Cowley Road Methodist", "Bluebird Care", "John Radcliffe", "Royal Berkshire", "greenham business park", "Tank", "Biscuit",
            "Fa'e", "fa'e", "Kui", "Dadi", "दादी", "beta", "phuphi", "mama", "Nana", "Deaconess", "Elder", "Pastor", "madam",
            "a blessing", "nhyira wo", "mother low", "form of Rose", "leyzboi_ox4", "kenz.p.x", "lilyrose_ak", "LL62", "LL63",
            "Oxfordshire", "Berkshire", "South Gloucestershire", "Tonga", "Ghana", "India", "Estonia", "March 2023", "November 2025?",
            "43TV/18822/26", "MISS/26/55120", "ASC-448201", "GMC 6102774", "HSS/1")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s61)


def test_the_counts():
    checks.counts(s61, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s61, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s61)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Devanagari
    assert any("-" in name and name[0].isupper() for name in names)  # hyphenated names


def test_the_checks_can_fail():
    bad = ((s61.RECORD_B, [("bad", "Ring [[01235 527 39|phone]] about [[Viliami|name]], [[Kui Ana|name]], [[Cpl Sione Taufa|name]],"
                                    " [[Pastor Samuel|name]], [[Sunil mama|name]] and [[Rhea beta|name]] on [[Monday 14 September|date]]"
                                    " in [[Tonga|place]], [[Ghana|place]], [[Oxfordshire|place]] and [[Berkshire|place]].\n"
                                    "NHS [[745 622 1058|nhs]], UPN [[A931275073997|upn]], NI [[DQ 12 34 56 E|ni]]. Viliami said no.")]),)
    found = s61.problems(bad, record_ids=["7456221058"], record_phones=["01235 527 39"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 01235 527 39" in p for p in found)
    for word in ("Kui", "Cpl", "Pastor"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    for word in ("mama", "beta"):
        assert any("kinship word after a name" in p and word in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Tonga", "Ghana", "Oxfordshire", "Berkshire"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 745 622 1058" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Viliami' is marked as a name elsewhere" in p for p in found)
