"""Checks of the hand-written held-out redaction set 12 (bench/redaction_set12.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set12 as s12
from tests import hand_set_checks as checks

# names that are words, towns that are words, short forms
HARD = (("Summer", "name"), ("Willow", "name"), ("Shiny", "name"), ("Baby Joseph", "name"), ("Sunny Varghese", "name"), ("Swan", "name"),
        ("Lee", "name"), ("Tanner", "name"), ("Moss", "name"), ("Hy", "name"), ("Kay-Kay", "name"), ("jayden", "name"),
        ("bella w", "name"), ("Андрій", "name"), ("Zoë Heddon", "name"), ("Farringdon", "place"), ("Farringdon", "school"),
        ("Westward Ho!", "place"), ("brum", "place"), ("manny", "place"), ("Hele", "place"), ("A360", "school"), ("OSFC", "school"),
        ("Gloscol", "school"), ("Petroc", "school"), ("Bilton Grange", "school"), ("Fuchsia Cottage", "address"),
        ("Glebe Farm", "address"), ("nd63 lkv", "vehicle"), ("11th", "dob"), ("20th", "date"))
UNMARKED = ("Clare's Law", "Verity", "Tunnels Beaches", "Stadium of Light", "Spindles", "the Stray", "Gloucester Quays",
            "Wearside Women in Need", "Broadfield Health Centre", "Nelson Trust", "Baby Shark", "Мама", "glos", "#justiceforchels",
            "Kerala", "Ukraine", "Azad Kashmir", "Gatwick Airport", "Sunderland AFC", "Devon and Cornwall Police",
            "Ilfracombe Children's Centre", "Glodwick Medical Practice", "Manchester Crown Court", "Harrogate Ukrainian Hub", "Tyson",
            "@jaydn.mcr")


def test_the_hard_cases_are_there():
    checks.hard_cases(s12, HARD, UNMARKED, split=("name", "date", "address", "postcode"))


def test_its_own_hard_cases():
    spans = checks.spans(s12)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not name.isascii() and any(c.isascii() for c in name) for name in names)  # a diaeresis the record spells plainly
    assert any(not any(c.isascii() for c in name) for name in names)  # a name in Cyrillic
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, kind in spans if kind == "address")
    assert any(words.islower() for words, kind in spans if kind == "vehicle")


def test_the_checks_can_fail():
    bad = ((s12.RECORD_F, [("bad", "Ring [[01293 0000|phone]] about [[Nanna Pat|name]], [[Jomon chettan|name]] and "
                                    "[[Zain Bhai|name]] on [[Wed 7 October|date]] in [[Glos|place]] and [[Kerala|place]].\n"
                                    "NHS [[769 270 5209|nhs]], NI [[QQ 12 34 56 E|ni]]. Jomon said no.")]),)
    found = s12.problems(bad, record_ids=["7692705209"], record_phones=["01293 00"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("phone is not a valid number: 01293 0000" in p for p in found)
    assert any("title or kinship word" in p and "Nanna" in p for p in found)
    assert any("kinship word after a name" in p and "chettan" in p for p in found)
    assert any("kinship word after a name" in p and "Bhai" in p for p in found)
    assert any("weekday inside a date span" in p for p in found)
    assert any("country, county or region" in p and "Glos" in p for p in found)
    assert any("country, county or region" in p and "Kerala" in p for p in found)
    assert any("NHS number fails its check digit: 769 270 5209" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Jomon' is marked as a name elsewhere" in p for p in found)
