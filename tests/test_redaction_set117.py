"""Checks of the hand-written held-out redaction set 117 (bench/redaction_set117.py) that do not use the detector:
its size, its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set117 as s117
from tests import hand_set_checks as checks

NAMES, TOTAL = 572, 1048
# names that are words or towns; accents; short forms; odd formats
HARD = (("ASPULL, Summer", "name"), ("WINSTANLEY, Alfie-Jay", "name"), ("VILARÓ CASALS, Núria", "name"), ("LETSIE, Thabo", "name"),
        ("LETSIE,\nLineo", "name"), ("GASKELL ,  Lee", "name"), ("Thabo Let-\nsie", "name"), ("L  Ainscough", "name"),
        ("D  MARSH", "name"), ("'M. Letsie", "name"), ("'Mathabo", "name"), ("'Malineo Letsie", "name"), ("Roser Ferrer i Pujol", "name"),
        ("Jordi VILARÓ PUIG", "name"), ("Montserrat CASALS FERRER", "name"), ("Ana Lucía", "name"), ("Shell W", "name"), ("skye", "name"),
        ("mase", "name"), ("tyler", "name"), ("nic", "name"), ("harv", "name"), ("pau", "name"), ("penketh", "name"), ("ryan", "name"),
        ("lewy", "name"), ("Nuri", "name"), ("Mo", "name"), ("Shaz", "name"), ("Bev", "name"), ("Rose", "name"), ("Rose Melling", "name"),
        ("Summer", "name"), ("Pau", "name"), ("Lamb", "name"), ("Gary Shevington", "name"), ("Pat Hindley", "name"),
        ("Nathan Pennington", "name"), ("Gail Lowton", "name"), ("Lowton", "name"), ("Bethany Hulton", "name"),
        ("Carla Tyldesley", "name"), ("Marsden", "name"), ("Rawsthorn", "name"), ("CHARLlE", "name"), ("HOUGHT0N", "name"),
        ("Hindley", "place"), ("Hindley\n    Green", "place"), ("Tyldesley", "place"), ("Scholes", "place"), ("Whelley", "place"),
        ("Worsley Mesnes", "place"), ("Higher Folds", "place"), ("Norley Hall", "place"), ("Ince", "place"), ("Higher Ince", "place"),
        ("Abram", "place"), ("abram", "place"), ("Salt", "place"), ("Girona", "place"), ("Banyoles", "place"), ("Maseru", "place"),
        ("Teyateyaneng", "place"), ("Trafford Park", "place"), ("HINDLEY", "place"), ("chorley", "place"), ("leigh", "place"),
        ("Newtown", "place"), ("Goose Green", "place"), ("Carrer de la Força 14", "address"), ("17004", "postcode"),
        ("Ha Thamae", "address"), ("Kitt Green\nRoad", "address"), ("no. 25", "address"), ("no. 11", "address"), ("N0 .  14", "address"),
        ("16  BORSDANE  AVE", "address"), ("kenyon rd", "address"), ("belle green lane", "address"), ("Atherleigh Court", "address"),
        ("Hallgate\nPrimary", "school"), ("borsdane", "school"), ("Kitt Green", "school"), ("Institut Santiago Sobrequés", "school"),
        ("Escola Montjuïc", "school"), ("Ince Clough", "school"), ("PEMBERTON HEATH ACADEMY", "school"), ("21 d'octubre de 2026", "date"),
        ("15 de març de 2023", "date"), ("17/1O/2O26", "date"), ("18 March\n2027", "date"), ("1 oct", "date"), ("11/10", "date"),
        ("17", "date"), ("O9/O2/1988", "dob"), ("23-09-1998", "dob"), ("+34 636 54 53 77", "phone"), ("+266 5261 2011", "phone"),
        ("+44 7510 906 850", "phone"), ("07903  692707", "phone"), ("MX2O  KFB", "vehicle"), ("SG16 HWN", "vehicle"),
        ("SZ 48 19 62 B", "ni"), ("556 454 6857", "nhs"), ("U359543231948", "upn"), ("pastor.tumelo@kingdomlightwigan.org", "email"))
UNMARKED = ("Borsdane Vale Council", "Wigan Life Centre", "Wigan Young Carers", "Leigh Infirmary", "Worsley Mesnes Health Centre",
            "LAMBERHEAD GREEN MEDICAL PRACTICE", "Hallgate Medical", "Wigan and Leigh Women's Aid", "Wigan Women's Aid",
            "LEIGH AND DISTRICT FOODBANK", "HMP Forest Bank", "Kingdom Light Ministries", "Makerfield Pest Control",
            "Royal Albert Edward Infirmary", "GP Ince Clinic", "Pennington Flash", "Lilford\nPark", "robin park", "the Douglas", "Bruno",
            "Tilly", "Catalonia", "Lesotho", "Spain", "Nkhono", "àvia", "Nanas", "summz", "(no. 14)", "Children in Need",
            "since September", "MPC-26-10482", "2026/10/17-0388", "GMC 7054419", "LanguageLine", "Kooth", "St William's")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s117)


def test_the_counts():
    checks.counts(s117, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s117, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s117)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not name.isascii() for name in names)  # Catalan accents
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled first names
    assert any(name.startswith("'") for name in names)  # Sesotho teknonyms
    assert any(words.islower() for words, k in spans if k == "school")


def test_the_checks_can_fail():
    bad = ((s117.RECORD_F, [("bad", "Ring [[0194 260 054|phone]] about [[Mme Lerato|name]], [[Ntate Khotso|name]],"
                                     " [[senyora Pilar Bosch|name]], [[Pastor Tumelo|name]], [[Father McGrath|name]] and"
                                     " [[Mrs Heaton senior|name]] on [[Tuesday 3 November|date]] in [[Lesotho|place]],"
                                     " [[Catalonia|place]] and [[Spain|place]].\n"
                                     "NHS [[556 454 6858|nhs]]. Lineo is fine and [[Lineo|name]] said so.")]),)
    found = s117.problems(bad, record_ids=["5564546858"], record_phones=["0194 260 054"])
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 0194 260 054" in p for p in found)
    for word in ("Mme", "Ntate", "senyora", "Pastor", "Father", "Mrs"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("kinship word after a name" in p and "senior" in p for p in found)
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Lesotho", "Catalonia", "Spain"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("'Lineo' is marked as a name elsewhere" in p for p in found)
