"""Checks of the hand-written held-out redaction set 45 (bench/redaction_set45.py) that do not use the detector:
its counts, its own hard cases, the strings it leaves unmarked and its failing checks."""

from bench import redaction_set45 as s45
from tests import hand_set_checks as checks

NAMES, TOTAL = 505, 903
HARD = (("SHARP, Tyler", "name"), ("Hope Sharp", "name"), ("Hope", "name"), ("Dennis Faith", "name"), ("ESPOSITO, Luca", "name"),
        ("BADESHA, Nikhil", "name"), ("SANDHU, Simran Kaur", "name"), ("LOVELL, D0nna", "name"), ("BAPTlSTE, Kai", "name"),
        ("Amber HADDOW", "name"), ("amber", "name"), ("okafor", "name"), ("T-Bone", "name"), ("Salvo", "name"), ("Cettina", "name"),
        ("Pili", "name"), ("Anto", "name"), ("ROJAS VALENZUELA", "name"), ("G. Oyelaran", "name"), ("J Whitbread", "name"),
        ("ਕੁਲਦੀਪ ਸਿੰਘ ਗਰੇਵਾਲ", "name"), ("ਸਿਮਰਨ ਕੌਰ", "name"), ("Esposito", "name"), ("Amarjit Singh", "name"), ("Hollybush", "place"),
        ("hollybush", "place"), ("Rye Park", "place"), ("Rye\nPark", "place"), ("Pond Park", "place"), ("Valparaíso", "place"),
        ("Viña", "place"), ("Cerro Alegre", "place"), ("Palermo", "place"), ("Bagheria", "place"), ("Jalandhar", "place"),
        ("Amritsar", "place"), ("Tottenham", "place"), ("Hoddesd0n", "place"), ("welwyn", "place"), ("Calle Blanco 1187", "address"),
        ("Via Maqueda 214", "address"), ("House 112, Model Town", "address"), ("16", "address"), ("6", "address"),
        ("19 ludwick way", "address"), ("90134", "postcode"), ("144003", "postcode"), ("EN11 ODR", "postcode"),
        ("Thomas Harding", "school"), ("Goffs-Churchgate", "school"), ("John Warner", "school"), ("28 marzo 2026", "date"),
        ("7th", "date"), ("O9/11/2O26", "date"), ("O7/O7/2O12", "dob"), ("+56 9 6624 8173", "phone"), ("+39 091 612 3847", "phone"),
        ("+91 98140 27365", "phone"), ("SK 62 40 19 C", "ni"), ("KX21 HFB", "vehicle"), ("Y825251246103", "upn"), ("467 414 5015", "nhs"))
UNMARKED = ("Lowndes Park", "Rocco", "Frosty Jack's", "Chesham Medical Centre", "CGL", "Theobald Medical Centre", "Lister Hospital",
            "Hertfordshire Constabulary", "Thames Valley Police", "Forced Marriage Unit", "Karma Nirvana", "QEII Hospital",
            "Stockwell Lodge Medical Centre", "Carers in Hertfordshire", "Nurseries", "Essex Police", "British Transport Police", "Spurs",
            "Heathrow", "Air India", "Abuela", "nonno", "zia ", "bibi", "chacha", "Bhai Sahib", "Punjab, India", "Chile", "MASH Bucks",
            "3412", "MP/26/88104")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s45)


def test_the_counts():
    checks.counts(s45, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    spans = checks.spans(s45)
    names = [words for words, kind in spans if kind == "name"]
    assert any(name.islower() for name in names)  # lower-case names in texts and a phone note
    assert any("," in name and name.split(",")[0].isupper() for name in names)  # SURNAME, First
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Gurmukhi
    assert any(words.startswith("+") and not words.startswith("+44") for words, kind in spans if kind == "phone")  # foreign
    assert any(words.islower() for words, k in spans if k == "place")  # lower case in a phone note
    assert any("\n" in words for words, k in spans if k == "place")  # split across a line break
    for words, kind in HARD:
        assert (words, kind) in spans, (words, kind)
    texts = "\n".join(doc.text for doc in s45.sets()[s45.NAME])
    for word in UNMARKED:
        assert word in texts, word
        assert all(word not in words for words, _kind in spans), word


def test_the_checks_can_fail():
    bad = ((s45.RECORD_A, [("bad", "Ring [[0161 946 221|phone]] about [[nonno Salvo|name]], [[zia Cettina|name]], [[Mrs Sharp|name]]"
                                    " on [[Thursday 12 November|date]] in [[Chile|place]] and [[Hertfordshire|place]].\n"
                                    "NHS [[541 162 7967|nhs]]. Tyler and [[Tyler|name]].")]),)
    found = s45.problems(bad, record_ids=["5411627967"], record_phones=["0161 946 221"])
    assert any("phone is not a valid number: 0161 946 221" in p for p in found)
    for word in ("nonno", "zia", "Mrs"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Chile", "Hertfordshire"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 541 162 7967" in p for p in found)
    assert any("'Tyler' is marked as a name elsewhere" in p for p in found)
