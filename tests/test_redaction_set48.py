"""Checks of the hand-written held-out redaction set 48 (bench/redaction_set48.py) that do not use the detector:
its counts, its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set48 as s48
from tests import hand_set_checks as checks

NAMES, TOTAL = 529, 920
# names that are words or towns; scripts; short forms; odd formats
HARD = (("COWELL, Jason Lee", "name"), ("BRASS, Ellie", "name"), ("ROBSON, Callum James", "name"), ("KOLLIE, Precious Musu", "name"),
        ("COULTHARD, Tyler", "name"), ("Kaiden FAIRLESS", "name"), ("Tanner MITCHELL", "name"), ("P. Tindale", "name"),
        ("M A Butt", "name"), ("Irina\nMunteanu", "name"), ("Chantelle\nWalton", "name"), ("Agnieszka\nWójcik", "name"),
        ("Waltons", "name"), ("Chanty", "name"), ("macy", "name"), ("ellie", "name"), ("darren", "name"), ("kai", "name"),
        ("harls", "name"), ("stace", "name"), ("Robbo", "name"), ("Tez", "name"), ("Tank", "name"), ("Sully", "name"), ("T", "name"),
        ("t", "name"), ("Precious", "name"), ("Junior", "name"), ("Hope", "name"), ("Blessing", "name"), ("Comfort Zubah", "name"),
        ("Darren Brass", "name"), ("Toe", "name"), ("Leanne Ferry", "name"), ("Gill Chester", "name"), ("Sam Durham", "name"),
        ("Stanley Robson", "name"), ("Roman", "name"), ("Okafor", "name"), ("Musu", "name"), ("Наташа", "name"), ("Мишенька", "name"),
        ("Васенька", "name"), ("Дорина", "name"), ("Natasha", "name"), ("Rosie-Mae", "name"), ("Ferry", "place"), ("boro", "place"),
        ("Bishop", "place"), ("Бишоп", "place"), ("Дарлингтоне", "place"), ("Stanley", "place"), ("Seaton", "place"),
        ("Columbia", "place"), ("Washington", "place"), ("Ferryhill Station", "place"), ("Easington", "place"),
        ("Chester-le-Street", "place"), ("Newcastle", "place"), ("Gdańsk", "place"), ("Comrat", "place"), ("Chișinău", "place"),
        ("Monrovia", "place"), ("Paynesville", "place"), ("Suakoko", "place"), ("eldon", "place"), ("Henknowle", "place"),
        ("Henknowle", "school"), ("WOODHOUSE CLOSE", "place"), ("BISHOP AUCKLAND", "place"), ("no. 6", "address"), ("no. 9", "address"),
        ("no. 13", "address"), ("jubilee rd", "address"), ("durham rd", "address"), ("36 Dale\nRoad", "address"),
        ("ul. Jaśkowa Dolina 14/3", "address"), ("42 ESCOMB RD", "address"), ("80-252", "postcode"), ("Dawdon Cliff", "school"),
        ("Ferryhill Moor", "school"), ("Prince Bishops", "school"), ("Skerne Park", "school"), ("Park View", "school"),
        ("Hackworth", "school"), ("Timothy\nHackworth", "school"), ("Henknowle Primary\nSchool", "school"), ("Lyceum No. 2", "school"),
        ("10", "date"), ("13", "date"), ("14th", "date"), ("16th", "date"), ("22-го", "date"), ("22nd", "date"), ("21.05.2017", "dob"),
        ("18-Feb-2011", "dob"), ("03 / 03 / 2014", "dob"), ("+373 69 123 456", "phone"), ("+373 22 223 344", "phone"),
        ("+231 77 012 3456", "phone"), ("+231 88 654 3210", "phone"), ("+48 512 345 678", "phone"), ("+48 601 234 567", "phone"),
        ("JT 42 81 09 B", "ni"), ("NL68 XWD", "vehicle"), ("YS19 KHV", "vehicle"), ("852 884 8361", "nhs"), ("X840263720859", "upn"),
        ("W841238021989", "upn"), ("ivan.topal88@mail.ru", "email"), ("stanrobbo84@wp.pl", "email"))
UNMARKED = ("Durham Constabulary", "HMP Durham", "Seaham Library", "Seaham Medical Group", "Ferryhill Health Centre",
            "Shildon Civic Hall", "Shildon Cars", "Pelton Fell Stores", "Darlington Memorial Hospital", "Darlington Assist",
            "Eastbourne Community Hall", "Woodhouses Practice", "Church St Pharmacy", "Mid Durham Council", "Wear Coast Council",
            "SKERNE VALE COUNCIL", "Durham Interpreting Service", "the Lighthouse", "Harbour", "Gaunless", "the Light", "Morton Palms",
            "Aycliffe Business Park", "Dolphin Centre", "Stocznia Remontowa", "CHRIST FULL GOSPEL MISSION", "Sande bush", "Bonnie",
            "Moldova", "Lofa County", "Poland", "March 2023", "07/2025", "Christmas", "Boxing Day", "mcy.k_xo", "kyyyle44", "MAB/1",
            "(RS)", "Kızım", "Papa 🇱🇷")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s48)


def test_the_counts():
    checks.counts(s48, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s48, HARD, UNMARKED, split=("name", "address", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s48)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Cyrillic
    assert any("-" in name and name[0].isupper() for name in names)  # hyphenated names
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Cyrillic


def test_the_checks_can_fail():
    bad = ((s48.RECORD_C, [("bad", "Ring [[0191 946 221|phone]] about [[Natalia|name]], [[Tanti Lidia|name]], [[Тётя Лида|name]],"
                                    " [[Pastor Emmanuel Toe|name]], [[Panie Owen|name]] on [[Monday 7 December|date]] in"
                                    " [[Moldova|place]], [[County Durham|place]] and [[Liberia|place]].\n"
                                    "NHS [[541 162 7967|nhs]], UPN [[A840236718961|upn]], NI [[DQ 12 34 56 E|ni]]. Natalia said no.")]),)
    found = s48.problems(bad, record_ids=["5411627967"], record_phones=["0191 946 221"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("phone is not a valid number: 0191 946 221" in p for p in found)
    for word in ("Tanti", "Тётя", "Pastor", "Panie"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Moldova", "County Durham", "Liberia"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 541 162 7967" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Natalia' is marked as a name elsewhere" in p for p in found)
