"""Checks of the hand-written held-out redaction set 54 (bench/redaction_set54.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set54 as s54
from tests import hand_set_checks as checks

NAMES, TOTAL = 566, 1013
# names that are words or towns; scripts; short forms; odd formats
HARD = (("KEMP, Chelsea", "name"), ("PRYCE, Rin", "name"), ("HADDAD, Rania", "name"), ("KEMP, Tyler-Jay", "name"), ("G MUNDY", "name"),
        ("C Kemp", "name"), ("H. Marchetti", "name"), ("Maya H", "name"), ("Tyler-Jay", "name"), ("Kenzie-Rae", "name"),
        ("Ella-Mae", "name"), ("Alfie-Ray", "name"), ("TJ", "name"), ("tj", "name"), ("chels", "name"), ("kirst", "name"),
        ("pops", "name"), ("Kenz", "name"), ("harls", "name"), ("kayden", "name"), ("big t", "name"), ("Big T", "name"), ("Benz", "name"),
        ("Dre", "name"), ("Ty", "name"), ("Ash", "name"), ("ash", "name"), ("Hale", "name"), ("Stone", "name"), ("Lee Stone", "name"),
        ("Rin", "name"), ("Imogen Farant", "name"), ("shannon weller", "name"), ("凛", "name"), ("遥", "name"), ("りん", "name"),
        ("そうた", "name"), ("ステイシー", "name"), ("ダニエル", "name"), ("中村", "name"), ("森本", "name"), ("رانيا", "name"),
        ("مايا", "name"), ("كريم", "name"), ("خوري", "name"), ("Khoury", "name"), ("Rony", "name"), ("Saab", "name"),
        ("Partridge", "name"), ("Aoife Ní Bhriain", "name"), ("Fiona\nGallacher", "name"), ("ash", "place"), ("camp", "place"),
        ("maybury", "place"), ("st johns", "place"), ("Guildf\nord", "place"), ("Goldsworth\nPark", "place"), ("North\nCamp", "place"),
        ("堺", "place"), ("ギルフォード", "place"), ("زحلة", "place"), ("ووكينغ", "place"), ("والتون", "place"), ("Zahlé", "place"),
        ("Zahle", "place"), ("Dublin 10", "place"), ("Woking", "place"), ("Hollingbury", "place"), ("Ash Vale", "place"),
        ("Old Dean", "place"), ("Stanwell Moor", "place"), ("Mar\nElias", "address"), ("مار الياس", "address"), ("no. 15", "address"),
        ("no. 61", "address"), ("frenches rd", "address"), ("Flat 8, Hermitage House", "address"),
        ("Apartment 14, Clonard Court", "address"), ("D10 X2F4", "postcode"), ("Kings\nCollege", "school"),
        ("Winston Churchill", "school"), ("broadmere", "school"), ("stanwell fields", "school"), ("Surrey Hoshuko", "school"),
        ("Puddleducks", "school"), ("12 January\n2027", "date"), ("12日", "date"), ("12th", "date"), ("24th", "date"),
        ("2026/10/09", "date"), ("30/1O/26", "date"), ("2 NOV 2026", "date"), ("25/11", "date"), ("9 Sep", "date"),
        ("21 / 02 / 2O14", "dob"), ("30/03/2007", "dob"), ("+81 72 238 5519", "phone"), ("+961 8 812 445", "phone"),
        ("+353 87 214 6639", "phone"), ("+353 1 620 6400", "phone"), ("07957685019", "phone"), ("JE 55 31 72 A", "ni"),
        ("GK21 WZT", "vehicle"), ("HV19 PLK", "vehicle"), ("LD72 XMV", "vehicle"), ("195 666 6265", "nhs"), ("Z936334717945", "upn"),
        ("femi.adebayo-reid@weymole.gov.uk", "email"), ("shannonw89@icloud.com", "email"))
UNMARKED = ("Bruno", "Pickle", "Mum 💕", "おばあちゃん", "ماما", "Obaachan", "kaydz_gu12", "Sheerwater Health Centre", "Frimley Park",
            "Frimley Health", "Royal Surrey", "Staines\nMagistrates' Court", "Guildford\nMagistrates'", "Family Court at Guildford",
            "Stanwell Road Surgery", "East Surrey College", "Raven Housing Trust", "Redhill Streetwork", "Spelthorne Lofts",
            "Bishops Removals", "Londis", "Harlequin", "Stoke Park", "Thorpe Park", "Memorial Park", "Heathrow", "Gatwick", "関空",
            "Kansai", "Surrey Heath", "Spelthorne", "Hampshire", "Lebanon", "Japan", "Tusla", "Mindworks Surrey", "Your Sanctuary",
            "Catch22", "Bluey", "Paw Patrol", "nandos", "pastoral@reigatepriory.org.uk", "07700", "SHW/BC/0023", "PR/26/118842",
            "URN: 45/GF/1188/26", "GU26C00419", "BWV-4471", "MF", "mrs D")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s54)


def test_the_counts():
    checks.counts(s54, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s54, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s54)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Japanese and Arabic script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Japanese and Arabic


def test_the_checks_can_fail():
    bad = ((s54.RECORD_C, [("bad", "Ring [[0148 369 428|phone]] about [[Maya|name]], [[Teta Nadia|name]], [[Khalto Lina|name]],"
                                    " [[Supt Lowther|name]], [[Rin chan|name]] and [[Mrs Pinto|name]] on [[Saturday 14 November|date]]"
                                    " in [[Surrey|place]], [[Lebanon|place]], [[Japan|place]] and [[Spelthorne|place]].\n"
                                    "NHS [[195 666 6266|nhs]], UPN [[A936334717945|upn]], NI [[DQ 12 34 56 E|ni]]. Maya said no.")]),)
    found = s54.problems(bad, record_ids=["1956666266"], record_phones=["0148 369 428"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 0148 369 428" in p for p in found)
    for word in ("Teta", "Khalto", "Supt", "Mrs"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("kinship word after a name" in p and "chan" in p for p in found)
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Surrey", "Lebanon", "Japan", "Spelthorne"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 195 666 6266" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Maya' is marked as a name elsewhere" in p for p in found)
