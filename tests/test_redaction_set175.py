"""Checks of the hand-written held-out redaction set 175 (bench/redaction_set175.py) that do not use the detector:
its own hard cases, counts and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set175 as s175
from tests import hand_set_checks as checks

NAMES, TOTAL = 557, 965
# names that are words or towns; scripts; short forms; odd formats
HARD = (("Tyler HISCOCK", "name"), ("Pat ODY", "name"), ("DORZHIEVA, Saryuna", "name"), ("MIZEN, Darren Paul", "name"),
        ("BELLANCE, Maëva", "name"), ("SHEPPARD, Kai", "name"), ("PATEL, Aarav", "name"), ("PATEL Aarav", "name"), ("Ketty JL", "name"),
        ("J. Jean-Louis", "name"), ("Matilda\nRowe", "name"), ("Daz", "name"), ("Gem", "name"), ("Wazza", "name"), ("wazza", "name"),
        ("Ty", "name"), ("ty", "name"), ("Sara", "name"), ("tills", "name"), ("Aaru", "name"), ("Jojo", "name"), ("Sarjuna", "name"),
        ("Strange", "name"), ("Pike", "name"), ("Emma Box", "name"), ("Dale Lacock", "name"), ("Sandy", "name"), ("Hathaway", "name"),
        ("Kayleigh Hathaway", "name"), ("Dean", "name"), ("roux", "name"), ("kayleigh", "name"), ("imogen", "name"), ("ludo", "name"),
        ("marie line", "name"), ("Kokila", "name"), ("Jean", "name"), ("Patel", "name"), ("Алдар", "name"), ("Дульма", "name"),
        ("Оюны", "name"), ("Баиру", "name"), ("Туяна", "name"), ("આરવ", "name"), ("કોકિલા", "name"), ("Box", "place"), ("Calne", "place"),
        ("calne", "place"), ("hardenhuish", "place"), ("bowerhill", "place"), ("lowden", "place"), ("derry hill", "place"),
        ("Pewsham", "place"), ("Улан-Удэ", "place"), ("Мелкшеме", "place"), ("Ulan-Ude", "place"), ("Pointe-à-Pitre", "place"),
        ("Pointe-a-Pitre", "place"), ("pointe a pitre", "place"), ("Créteil", "place"), ("Sainte-Anne", "place"), ("Irkutsk", "place"),
        ("Nairobi", "place"), ("nine Halifax Road", "address"), ("Nine Halifax Road", "address"), ("no. 16", "address"),
        ("Flat 3", "address"), ("Market Place", "address"), ("12 rue Frébault", "address"), ("ul. Babushkina 14, kv. 56", "address"),
        ("Hathaway Retail Park", "address"), ("Langley Park", "address"), ("Lowbourne", "address"), ("Seymour Rd", "address"),
        ("97110", "postcode"), ("670000", "postcode"), ("oak", "school"), ("Frogwell", "school"), ("Sheldon", "school"),
        ("forest and sandridge", "school"), ("Busy Bees", "school"), ("Little Acorns", "school"), ("REDLAND PRIMARY SCHOOL", "school"),
        ("wiltshire college", "school"), ("14 novembre 2026", "date"), ("3 janvier", "date"), ("3 january", "date"),
        ("27\nOctober", "date"), ("30th", "date"), ("12th", "date"), ("20-22 November", "date"), ("2.4.19", "dob"),
        ("+590 690 41 27 83", "phone"), ("+7 3012 44 18 27", "phone"), ("+33 6 12 48 73 91", "phone"), ("+7 914 632 18 45", "phone"),
        ("NW 23 61 88 D", "ni"), ("WV18 KZP", "vehicle"), ("WU09", "vehicle"), ("630 983 4916", "nhs"), ("R865257567707", "upn"),
        ("josette.jeanlouis971@orange.fr", "email"))
UNMARKED = ("Hathaway Surgery", "Rowden Surgery", "Spa Medical Centre", "RUH Bath", "Wiltshire Police", "Turning Point", "Temple Meads",
            "Emery Gate", "Cold Harbour", "Olympiad", "Cod Father", "Westinghouse", "LanguageLine", "Barnardo's", "Sainsbury's", "Cocoon",
            "Kingfishers", "Pickle", "Nugget", "Бабушка", "Ехэ эжы", "Guadeloupe", "guadeloupe", "WILTSHIRE YOUNG CARERS", "Manman",
            "masi", "Nani", "Dada", "AV", "26/11887", "daffodils")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s175)


def test_the_counts():
    checks.counts(s175, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s175, HARD, UNMARKED, split=("name", "date"))


def test_its_own_hard_cases():
    spans = checks.spans(s175)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Cyrillic and Gujarati script
    assert any("-" in name and name[0].isupper() for name in names)  # hyphenated names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Cyrillic script


def test_the_checks_can_fail():
    bad = ((s175.RECORD_C, [("bad", "Ring [[07458 410 52|phone]] about [[Dulma|name]], [[Manman Jojo|name]],"
                                    " [[masi Pooja|name]], [[Kokila ben|name]], [[Mrs Pike|name]] on [[Sunday 8 November|date]]"
                                    " in [[Guadeloupe|place]] and [[Wiltshire|place]].\n"
                                    "NHS [[630 983 4917|nhs]]. Dulma said no.")]),)
    found = s175.problems(bad, record_ids=["6309834917"], record_phones=["07458 410 52"])
    assert any("phone is not a valid number: 07458 410 52" in p for p in found)
    for word in ("Manman", "masi", "Mrs"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("kinship word after a name" in p and "ben" in p for p in found)
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Guadeloupe", "Wiltshire"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 630 983 4917" in p for p in found)
    assert any("'Dulma' is marked as a name elsewhere" in p for p in found)
