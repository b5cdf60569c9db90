"""Checks of the hand-written held-out redaction set 22 (bench/redaction_set22.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set22 as s22
from tests import hand_set_checks as checks

# names that are words or towns; scripts; short forms; odd formats
HARD = (("BAGNALL, Kayleigh", "name"), ("WELLARD, Summer-Rose", "name"), ("Vine, Maureen", "name"), ("MAYFIELD-GRANT, Tiana", "name"),
        ("DANDO, Lily-Mae", "name"), ("TESFAYE Meskerem", "name"), ("Chan Ka-ming", "name"), ("Selam G", "name"), ("ollie b", "name"),
        ("TJ", "name"), ("tj", "name"), ("AJ", "name"), ("K A I", "name"), ("Okafors", "name"), ("Hendersons", "name"),
        ("Szetos", "name"), ("Jordan Salt", "name"), ("Marcus Plant", "name"), ("heath", "name"), ("Badger", "name"),
        ("Rachel Onions", "name"), ("Kerry Deal", "name"), ("Aaron Minster", "name"), ("Bethan Arundel", "name"),
        ("Natalie Evesham", "name"), ("Lorna Stourton", "name"), ("Phil Salmon", "name"), ("Biscuit", "name"), ("Tank", "name"),
        ("Bethlehem", "name"), ("Dre", "name"), ("Smithy", "name"), ("Zeke", "name"), ("Ethan", "name"), ("Maisie", "name"),
        ("Tee", "name"), ("lily mae dando", "name"), ("chan ho yin", "name"), ("Tiana Jade MAYF1ELD-GRANT", "name"),
        ("Nata1ie Evesham", "name"), ("陳家明", "name"), ("黃美玲", "name"), ("阿賢", "name"), ("曾詠詩", "name"), ("李", "name"),
        ("መስከረም ተስፋዬ", "name"), ("ሰላም ግርማ", "name"), ("Minster", "place"), ("Reading", "place"), ("雷丁", "place"), ("曼徹斯特", "place"),
        ("ቢልስተን", "place"), ("Bradley", "place"), ("Wick", "place"), ("Leek", "place"), ("leek", "place"), ("Westwood", "place"),
        ("Sha Tin", "place"), ("sha tin", "place"), ("Tseung Kwan O", "place"), ("Addis", "place"), ("Debre Markos", "place"),
        ("Brum", "place"), ("B'ham", "place"), ("Redd1tch", "place"), ("Church Hi11", "place"), ("Stoke", "place"), ("Digbeth", "place"),
        ("Stockport", "place"), ("Canterbury", "place"), ("abbey\nhulton", "place"), ("Wyre Brook House", "address"),
        ("Wyre Brook", "address"), ("Flat 3", "address"), ("no. 25", "address"), ("no 15", "address"), ("dawlish", "address"),
        ("beaconsfield rd", "address"), ("44 Lowans Hi11 View", "address"), ("Mount\nPleasant", "address"), ("B98 98Z", "postcode"),
        ("3O/O9/2O11", "dob"), ("18/11/2O26", "date"), ("2026-10-27", "date"), ("12月20號", "date"), ("19th", "date"),
        ("27\nOctober", "date"), ("KX17", "vehicle"), ("FN7O", "vehicle"), ("GX19 KDZ", "vehicle"), ("+251 911 482 370", "phone"),
        ("+852 9137 4286", "phone"), ("+353 87 641 2298", "phone"), ("wildridings", "school"), ("Moat House", "school"),
        ("Larks Hill", "school"), ("Sandon", "school"), ("Trentham", "school"), ("Little Acorns", "school"), ("greenways", "school"),
        ("Ubberley Hill\nAcademy", "school"), ("Birchfie1d Midd1e", "school"), ("D861526018159", "upn"), ("PB 23 61 97 C", "ni"),
        ("6155908273", "nhs"), ("715 460 7386", "nhs"))
UNMARKED = ("Bilston Family Hub", "Bilston Health Centre", "Great Hollands Health Centre", "Church Hill Surgery", "Ramsgate Smile Centre",
            "Thanet Coast Food Bank", "the Family Court at Canterbury", "Worthing Hospital", "the Royal Stoke", "ABBEY HULTON PHARMACY",
            "Wickbourne Centre", "Barnardo's", "Stockport County", "曼聯", "Heathrow", "希斯路", "Moor Street", "South Hill Park",
            "East Green", "River Arun", "Westwood Cross", "Kidus Gabriel", "Whooley", "1442-30102026", "85258", "HoYinMC", "pxl_moth",
            "Kestrel_09", "ethanc_hk", "OwlMod", "老公", "媽咪", "mum 😤", "nanny 💕", "Popo", "婆婆", "W/ro", "ወ/ሮ", "Emaye", "Abba",
            "Deacon", "Pastor", "Capt", "Chef", "生", "Staffordshire", "Worcestershire", "Hong Kong", "Ethiopia", "EH", "MD", "MP]")


def test_the_hard_cases_are_there():
    checks.hard_cases(s22, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s22)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Chinese and Ge'ez (Amharic) script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled and hyphenated names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(words.islower() for words, k in spans if k == "address")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Chinese and Ge'ez


def test_the_checks_can_fail():
    bad = ((s22.RECORD_B, [("bad", "Ring [[0121 946 221|phone]] about [[Selam|name]], [[W/ro Almaz Tadesse|name]],"
                                    " [[Ato Girma Alemu|name]], [[Abba Haile|name]], [[Emaye Tsehay|name]],"
                                    " [[Deacon Yonas Bekele|name]], [[Fr Haile Woldemariam|name]], [[Pastor Daniel Kwan|name]],"
                                    " [[Capt Ian Whitbread|name]], [[Chef Kev|name]], [[CRO Nathan Ede|name]] and"
                                    " [[Mr Salt senior|name]] on [[Thursday 10 December|date]] in [[Staffordshire|place]],"
                                    " [[the Black Country|place]], [[Berkshire|place]], [[Kent|place]], [[West Sussex|place]],"
                                    " [[Ethiopia|place]], [[Tigray|place]] and [[Hong Kong|place]].\n"
                                    "NHS [[615 590 8274|nhs]], UPN [[E336996030824|upn]], NI [[DQ 12 34 56 E|ni]]. Selam said no.")]),)
    found = s22.problems(bad, record_ids=["6155908274"], record_phones=["0121 946 221"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 0121 946 221" in p for p in found)
    for word in ("W/ro", "Ato", "Abba", "Emaye", "Deacon", "Fr", "Pastor", "Capt", "Chef", "CRO", "Mr"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("kinship word after a name" in p and "senior" in p for p in found)
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Staffordshire", "the Black Country", "Berkshire", "Kent", "West Sussex", "Ethiopia", "Tigray", "Hong Kong"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 615 590 8274" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Selam' is marked as a name elsewhere" in p for p in found)
