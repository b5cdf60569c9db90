"""Checks of the hand-written held-out redaction set 76 (bench/redaction_set76.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set76 as s76
from tests import hand_set_checks as checks

NAMES, TOTAL = 496, 936
# names that are words or towns; scripts; short forms; odd formats
HARD = (("CARTWRIGHT, Brody", "name"), ("HADLEY, Kacie-Leigh", "name"), ("SANDHU, Gurpreet Kaur", "name"),
        ("SANDHU, Kuldeep Singh", "name"), ("NOWAK, Zuzanna", "name"), ("WIŚNIEWSKA, Agnieszka", "name"), ("ABAKAR ISSA H.", "name"),
        ("MAHAMAT A.", "name"), ("K Bastable", "name"), ("C Bytheway", "name"), ("Sello L", "name"), ("Brody Cartwr1ght", "name"),
        ("Skeng", "name"), ("Zoo-zha", "name"), ("Iyah", "name"), ("Hyacinth", "name"), ("Deano", "name"), ("Bev", "name"),
        ("kacie leigh", "name"), ("liam", "name"), ("harjot", "name"), ("hawa", "name"), ("kai", "name"), ("Mason", "name"),
        ("Rowley", "name"), ("Ruth Onions", "name"), ("Sandhu", "name"), ("Kubę", "name"), ("Oliwii", "name"), ("Aga", "name"),
        ("Tomek", "name"), ("Krysia", "name"), ("Ania", "name"), ("حسن", "name"), ("عبد الكريم", "name"), ("كلتومة", "name"),
        ("ਕੁਲਦੀਪ", "name"), ("ਗੁਰਪ੍ਰੀਤ", "name"), ("ਸਿਮਰਨ", "name"), ("Manjit", "name"), ("Sukhi", "name"), ("Geoff Tonks", "name"),
        ("أبشة", "place"), ("Abéché", "place"), ("N'Djamena", "place"), ("Wrocławia", "place"), ("Wrocław", "place"),
        ("Wałbrzych", "place"), ("Spanish Town", "place"), ("Phagwara", "place"), ("west brom", "place"), ("perry barr", "place"),
        ("netherton", "place"), ("Rowley", "place"), ("Cradley", "place"), ("Perry Barr", "place"), ("Friar Park", "place"),
        ("Carters Green", "place"), ("Cape Hill", "place"), ("Rood End Road", "address"), ("7 swan st", "address"),
        ("hydes rd", "address"), ("no 4 Woden Rd", "address"), ("16", "address"), ("Flat 4", "address"), ("no. 50", "address"),
        ("Soho Road", "address"), ("14 Brunswick Avenue", "address"), ("ul. Słowackiego 17/4", "address"), ("Legnicka 55/12", "address"),
        ("58-300", "postcode"), ("LITTLE ACORNS NURSERY", "school"), ("corngreaves", "school"), ("wodensborough", "school"),
        ("mesty croft", "school"), ("Phoenix", "school"), ("Whiteheath", "school"), ("Little Gems", "school"),
        ("Polska Szkoła Sobotnia im. Jana Pawła II", "school"), ("3 PAŹ 2026", "date"), ("੨੮ ਨਵੰਬਰ", "date"), ("9th March", "dob"),
        ("17.04.2023", "dob"), ("19th", "date"), ("08-10-2026", "date"), ("+1 876 572 3318", "phone"), ("+235 66 24 81 37", "phone"),
        ("+91 98154 27736", "phone"), ("+48 22 584 73 20", "phone"), ("FD68 XKR", "vehicle"), ("KX17 BWN", "vehicle"),
        ("BV65 OKE", "vehicle"), ("NP 63 19 42 C", "ni"), ("576 340 6346", "nhs"), ("Z333736484284", "upn"))
UNMARKED = ("Sandwell General", "Russells Hall Hospital", "Walsall Manor Hospital", "Rowley Regis Hospital", "Rood End Medical Centre",
            "Rowley Regis Medical Centre", "Cradley Surgery", "Sandwell College", "Sandwell Council House", "Sandwell Children's Trust",
            "Black Country Women's Aid", "Children's Society", "Refugee Council", "Serco", "LanguageLine", "Kingdom Hall",
            "Guru Nanak Gurdwara", "Lightwoods", "the Fountain", "Merry Hill", "Albion", "the Family Court sitting at Wolverhampton",
            "Jamaica", "Chad", "Poland", "St Catherine", "Bella", "Biscuit", "Kotek", "Biji", "Tata", "Babcia", "Massi", "Chacha",
            "kai.m.tip", "tata_tomek89", "KB", "K-AB", "E-M", "MEA-77120", "Log 4471", "June 2025")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s76)


def test_the_counts():
    checks.counts(s76, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s76, HARD, UNMARKED, split=("name",))


def test_its_own_hard_cases():
    spans = checks.spans(s76)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Arabic and Gurmukhi script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # a place in Arabic script


def test_the_checks_can_fail():
    bad = ((s76.RECORD_D, [("bad", "Ring [[0121 946 221|phone]] about [[Ras Iyah|name]], [[Manjit Massi|name]],"
                                    " [[Brother Geoff|name]], [[خالي عبد الكريم|name]] on [[Sunday 8 November|date]] in"
                                    " [[Jamaica|place]] and [[Sandwell|place]]. NHS [[541 162 7967|nhs]].")]),)
    found = s76.problems(bad, record_ids=[], record_phones=[])
    assert any("phone is not a valid number: 0121 946 221" in p for p in found)
    for word in ("Ras", "Brother", "خالي"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("kinship word after a name" in p and "Massi" in p for p in found)
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Jamaica", "Sandwell"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 541 162 7967" in p for p in found)
