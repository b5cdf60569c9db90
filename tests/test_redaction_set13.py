"""Checks of the hand-written held-out redaction set 13 (bench/redaction_set13.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set13 as s13
from tests import hand_set_checks as checks

# names that are words, towns that are words, short forms, odd formats
HARD = (("Precious", "name"), ("Favour", "name"), ("Comfort Ayodele", "name"), ("Blessing Okoro", "name"), ("Hope", "name"),
        ("Holly Sparrow", "name"), ("Irene Swift", "name"), ("Flint", "name"), ("Sutton", "name"), ("Helen Ashby", "name"),
        ("Onions", "name"), ("Bubba", "name"), ("bubba", "name"), ("Inês", "name"), ("Conceição", "name"), ("ملاذ", "name"),
        ("Ayo B", "name"), ("Tegan L", "name"), ("JJ", "name"), ("Adam Ishag", "name"), ("Rodrigo Gouveia Freitas", "name"),
        ("Quayle", "name"), ("Kinnear", "name"), ("Teixeira", "name"), ("Hall", "name"), ("mollie", "name"), ("reece", "name"),
        ("Madeley", "school"), ("Madeley Academy", "school"), ("Holmer Lake", "place"), ("Holmer Lake", "school"),
        ("birkenhead park", "school"), ("Lilian Baylis", "school"), ("Allen Edwards", "school"), ("Lord Grey", "school"),
        ("MK Academy", "school"), ("Derby College", "school"), ("Yarmouth", "place"), ("St Helier", "place"),
        ("Central Milton Keynes", "place"), ("Faisal", "place"), ("rock ferry", "place"), ("27 Bembridge", "address"),
        ("The Old Forge", "address"), ("Kett's Hill", "address"), ("Rider Haggard\nRoad", "address"), ("drayton rd", "address"),
        ("ay19 kfd", "vehicle"), ("9th of March", "dob"), ("01/01/1991", "dob"), ("10th", "date"), ("WE316908A", "ni"),
        ("999-080-9372", "nhs"), ("+44 (0)1603 224816", "phone"))
UNMARKED = ("Gucci", "the Matthew Project", "Benjamin Foundation", "Black Prince Trust", "Evelina London Children's Hospital",
            "Guy's and St Thomas'", "Princess Royal Hospital", "Olive Morris House", "Chapel of Grace", "Saxon Lad", "Tommy Shelby",
            "Sandy", "Joseph in the Year 1 nativity", "Haboba", "@nunofreitas.85", "#Nigerianparents", "Spain", "Madeira", "Jersey",
            "South Darfur", "Nigeria", "MERSEYSIDE POLICE", "Wirral Ways to Recovery", "the Iron Bridge", "Pride Park", "Tranmere Rovers",
            "Family Court at Derby", "Pakistan Community Centre", "Derby Young Carers", "Wrekin Housing Group", "Casa da Madeira",
            "Arrowe Park Hospital", "Norfolk and Norwich University Hospital", "Milton Keynes University Hospital", "T owes",
            "Mind Of My Own", "in\nfavour", "Glen's vodka", "Air Max", "0800 028 3550")


def test_the_hard_cases_are_there():
    checks.hard_cases(s13, HARD, UNMARKED, split=("name", "date", "dob", "address", "postcode", "school", "place"))


def test_its_own_hard_cases():
    spans = checks.spans(s13)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not name.isascii() and any(c.isascii() for c in name) for name in names)  # diacritics the record spells plainly
    assert any(not any(c.isascii() for c in name) for name in names)  # a name in Arabic script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.startswith("+44") for words, kind in spans if kind == "phone")  # UK phones in international form
    for kind in ("place", "address", "vehicle", "school"):
        assert any(words.islower() for words, k in spans if k == kind), kind  # lower case in messages


def test_the_checks_can_fail():
    bad = ((s13.RECORD_F, [("bad", "Ring [[01332 0000|phone]] about [[Khalti Mariam|name]], [[Nanny Sandra|name]], [[Bisi Aunty|name]],"
                                    " [[Brother Femi|name]] and [[Dona Conceição|name]] on [[Tue 6 October|date]] in [[Madeira|place]],"
                                    " [[Norfolk|place]] and [[South Darfur|place]].\n"
                                    "NHS [[676 873 2608|nhs]], UPN [[A831249458073|upn]], NI [[QQ 12 34 56 E|ni]]. Mariam said no.")]),)
    found = s13.problems(bad, record_ids=["6768732608"], record_phones=["01332 00"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("phone is not a valid number: 01332 0000" in p for p in found)
    assert any("title or kinship word" in p and "Khalti" in p for p in found)
    assert any("title or kinship word" in p and "Nanny" in p for p in found)
    assert any("title or kinship word" in p and "Brother" in p for p in found)
    assert any("title or kinship word" in p and "Dona" in p for p in found)
    assert any("kinship word after a name" in p and "Aunty" in p for p in found)
    assert any("weekday inside a date span" in p for p in found)
    assert any("country, county or region" in p and "Madeira" in p for p in found)
    assert any("country, county or region" in p and "Norfolk" in p for p in found)
    assert any("country, county or region" in p and "South Darfur" in p for p in found)
    assert any("NHS number fails its check digit: 676 873 2608" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Mariam' is marked as a name elsewhere" in p for p in found)
