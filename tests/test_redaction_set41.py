"""Checks of the hand-written held-out redaction set 41 (bench/redaction_set41.py) that do not use the detector:
its size, its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set41 as s41
from tests import hand_set_checks as checks

NAMES, TOTAL = 547, 944
# names that are words, towns or counties; scripts; short forms
HARD = (("MOUNTFORD, Kaden", "name"), ("BOULTON, Paisley", "name"), ("TOKTOSUNOV, Bekzat", "name"), ("AL-SHAMMARI, Jaber", "name"),
        ("PREECE, Willow Grace", "name"), ("AL-SHAMMARI Maryam", "name"), ("Jade MOUNTFORD", "name"), ("M Jervis", "name"),
        ("G Stone", "name"), ("Willow P", "name"), ("Jade Louise", "name"), ("Gemma Stone", "name"), ("Alf Fenton", "name"),
        ("Sophie Ketley", "name"), ("Owen Meole", "name"), ("Meole", "name"), ("Leanne Audley", "name"), ("Bethan Hanley", "name"),
        ("Hattie Ledbury", "name"), ("Ledbury", "name"), ("Shropshire", "name"), ("Beth Shropshire", "name"), ("Wrekin-Hall", "name"),
        ("Amy Wrekin-Hall", "name"), ("Hannah Dawley", "name"), ("Summer", "name"), ("Willow", "name"), ("Ivy", "name"),
        ("Harley", "name"), ("Amber Lea", "name"), ("Dot", "name"), ("Ca11um", "name"), ("Doreen\nPreece", "name"), ("Khalid", "name"),
        ("Mimi", "name"), ("Jaz", "name"), ("kade", "name"), ("chels", "name"), ("kerry", "name"), ("dean", "name"), ("ryan", "name"),
        ("Айгерим Токтосунова", "name"), ("Олеся", "name"), ("Нурлан", "name"), ("Бекзат", "name"), ("Айка", "name"), ("Бека", "name"),
        ("مريم", "name"), ("جابر الشمري", "name"), ("علي", "name"), ("نوف", "name"), ("بيثان", "name"), ("Audley", "place"),
        ("Hanley", "place"), ("Stafford", "place"), ("kiddy", "place"), ("welly", "place"), ("longton", "place"),
        ("Newton\nFarm", "place"), ("Ош", "place"), ("Лестер", "place"), ("الجهراء", "place"), ("تيماء", "place"), ("Osh", "place"),
        ("Bishkek", "place"), ("Al Jahra", "place"), ("Los Cristianos", "place"), ("Telford", "place"), ("SHREWSBURY", "place"),
        ("HEREFORD", "place"), ("Sutton Hill", "place"), ("Wellington", "place"), ("Wolstanton", "place"), ("holy trinity", "school"),
        ("woodlands", "school"), ("St Marys", "school"), ("Little Acorns Nursery", "school"), ("Al-Jahra girls' school", "school"),
        ("Hereford College", "school"), ("HANLEY ST LUKE'S CofE PRIMARY ACADEMY", "school"), ("Flat 3,\n27 Harlescott Lane", "address"),
        ("Commercial\nRoad", "address"), ("Calle Gran Bretaña 9", "address"), ("no. 24", "address"), ("no. 63", "address"),
        ("38", "address"), ("2", "address"), ("hamil rd", "address"), ("Flat 12 Oakfield Court", "address"), ("Castle Street", "address"),
        ("8th of No-\nvember", "date"), ("٢٢ نوفمبر ٢٠٢٦", "date"), ("2026-11-03", "date"), ("2 Mar 22", "date"), ("29th", "date"),
        ("30th", "date"), ("19.11.26", "date"), ("09.04.2017", "dob"), ("20 July 2026", "dob"), ("+996 555 274 916", "phone"),
        ("+965 6623 8814", "phone"), ("+34 622 481 930", "phone"), ("0345 678 9021", "phone"), ("JH 63 51 27 C", "ni"),
        ("FN17 KZX", "vehicle"), ("WU63 PXL", "vehicle"), ("YR15 CHV", "vehicle"), ("419 064 3157", "nhs"), ("R861593521389", "upn"),
        ("Z884788919759", "upn"), ("imran.aziz1@nhs.net", "email"), ("duty.north@lymevale.gov.uk", "email"))
UNMARKED = ("Burslem Family Hub", "Port Vale", "Royal Stoke", "HMP Stoke Heath", "North Staffordshire Justice Centre",
            "Citizens Advice Staffordshire North", "Middleport Methodist centre", "Woodside Medical Practice", "Telford Bus Station",
            "Princess Royal", "Telford Mind", "Bee U", "Sutton Hill Community Centre", "Shrewsbury Library", "Darwin Centre",
            "the Quarry", "Shrewsbury Town", "Royal Shrewsbury", "Knutton Lane Pharmacy", "Silverdale Library", "St Giles", "Changes",
            "Tenerife", "Hereford Women's Aid", "Hereford County Hospital", "Wye Migrant Advice Project", "Serco",
            "Hanley Health and Wellbeing Centre", "Birmingham Children's", "Haywood Hospital", "Refugee Action", "Migrant Help", "Kuwait",
            "Abu", "Апа", "байке", "PRH", "SK", "D.M.", "S1402377", "SN-26-08812", "WV-RU-4471", "4471/26", "Papa")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s41)


def test_the_counts():
    checks.counts(s41, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s41, HARD, UNMARKED, split=("name", "address", "place", "date"))


def test_its_own_hard_cases():
    spans = checks.spans(s41)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Cyrillic and Arabic script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled and hyphenated names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Cyrillic and Arabic


def test_the_checks_can_fail():
    bad = ((s41.RECORD_A, [("bad", "Ring [[01782 234 56|phone]] about [[Kaden|name]], [[Auntie Michelle|name]], [[Great Nan Iris|name]],"
                                    " [[Mrs Kaur|name]], [[Mrs Lowe senior|name]] on [[Thursday 12 November|date]] in"
                                    " [[Kuwait|place]], [[Staffordshire|place]] and [[Tenerife|place]].\n"
                                    "NHS [[419 064 3158|nhs]], UPN [[A861593521389|upn]]. Kaden said no.")]),)
    found = s41.problems(bad, record_ids=["4190643158"], record_phones=["01782 234 56"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 01782 234 56" in p for p in found)
    for word in ("Auntie", "Great", "Mrs"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("kinship word after a name" in p and "senior" in p for p in found)
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Kuwait", "Staffordshire", "Tenerife"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 419 064 3158" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("'Kaden' is marked as a name elsewhere" in p for p in found)
