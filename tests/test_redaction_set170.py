"""Checks of the hand-written held-out redaction set 170 (bench/redaction_set170.py) that do not use the detector:
its marking checks, its size, its own hard cases and the organisations and landmarks it leaves unmarked."""

from bench import redaction_set170 as s170
from tests import hand_set_checks as checks

NAMES, TOTAL = 584, 1001
# names that are words or days; scripts; short forms; odd formats
HARD = (("SOWERBY, Ellie-Mae", "name"), ("AG ALHASSANE, Moussa", "name"), ("WALET IBRAHIM, Fatimata", "name"),
        ("WALET MOUSSA, Tinhinan", "name"), ("DEEBOM, Nubari", "name"), ("ASHBY, Dean", "name"), ("Craig DENT", "name"),
        ("Kayleigh T", "name"), ("Poppy G", "name"), ("jack L", "name"), ("Kpobari D", "name"), ("Blessing D.", "name"),
        ("H Tweddle", "name"), ("G. Snowdon", "name"), ("P. Nair", "name"), ("Ryan\nBell", "name"), ("Friday\nNwibani", "name"),
        ("Bradley\nOgle", "name"), ("Moussa Ag Alhassane", "name"), ("Tinhinan Walet Moussa", "name"), ("Walet Ibrahim", "name"),
        ("Ag Alhassane", "name"), ("ⵜⵉⵏⵀⵉⵏⴰⵏ", "name"), ("ⵎⵓⵙⴰ", "name"), ("موسى", "name"), ("Nubari", "name"), ("Kabari", "name"),
        ("Baby D", "name"), ("Hope", "name"), ("hope", "name"), ("Summer", "name"), ("summer", "name"), ("Brooke", "name"),
        ("Skye", "name"), ("skye", "name"), ("Sunday", "name"), ("Comfort", "name"), ("Blessing", "name"), ("Joy", "name"),
        ("Raine", "name"), ("deano", "name"), ("ellie", "name"), ("Tracey", "name"), ("k y l e", "name"), ("crai g", "name"),
        ("Elllie", "name"), ("lveson", "name"), ("Masen", "name"), ("Mase", "name"), ("Kpo", "name"), ("Fati", "name"), ("Tinou", "name"),
        ("jade", "name"), ("daz", "name"), ("nic", "name"), ("stu", "name"), ("Fi", "name"), ("Ellie-Mae", "name"), ("Ava-Rose", "name"),
        ("Ruby-Jo", "name"), ("Anne-Marie", "name"), ("Toronto", "place"), ("Tor onto", "place"), ("Cockton HiII", "place"),
        ("Pelaw", "place"), ("Chester lee street", "place"), ("Ferry Hill", "place"), ("ferry", "place"), ("spenny", "place"),
        ("Spenny", "place"), ("Bishop", "place"), ("Darlo", "place"), ("Darlington", "place"), ("Dagmanet", "place"), ("Agadez", "place"),
        ("Tamanrasset", "place"), ("Niamey", "place"), ("Marseille", "place"), ("Bori", "place"), ("Port Harcourt", "place"),
        ("Page\nBank", "place"), ("page bank", "place"), ("Dover", "place"), ("Kirk Merrington", "place"), ("Middlestone Moor", "place"),
        ("Henknowle", "place"), ("Tudhoe", "place"), ("West Cornforth", "place"), ("attlee estate", "address"), ("14", "address"),
        ("Attlee", "address"), ("no. 16", "address"), ("no. 9", "address"), ("no. 10", "address"), ("flat 2", "address"),
        ("9 colingwood", "address"), ("whitworth rd", "address"), ("Merrington rd", "address"), ("number 10 chapel road", "address"),
        ("chapel row", "address"), ("Whitworth\nRoad", "address"), ("3\nBracks Road", "address"), ("13 rue Loubon", "address"),
        ("Cornforth Lane", "address"), ("13003", "postcode"), ("whitworth moor", "school"), ("merrington lane", "school"),
        ("King James", "school"), ("Ferryhill Moor", "school"), ("Cockton Vale", "school"), ("l9th", "date"), ("16th", "date"),
        ("12th", "date"), ("14 Nov", "date"), ("6 Nov", "date"), ("23rd November 2026", "date"), ("30th November, 2026", "date"),
        ("5.12.13", "dob"), ("3.10.11", "dob"), ("+227 96 48 21 37", "phone"), ("+213 661 48 27 93", "phone"),
        ("+33 6 52 41 87 30", "phone"), ("+234 803 517 2964", "phone"), ("07309815472", "phone"), ("NZ 48 26 91 B", "ni"),
        ("NK17 VXW", "vehicle"), ("ND69 KHE", "vehicle"), ("D840472674981", "upn"), ("912 014 8100", "nhs"),
        ("stu.wardle82@gmail.com", "email"))
UNMARKED = ("Darlington Memorial Hospital", "Bishop Auckland Hospital", "Escomb Road Surgery", "Cornforth Surgery",
            "Tudhoe Community Centre", "Spennymoor Family Hub", "Ferryhill Athletic", "Bishop Auckland FC", "Durham Constabulary",
            "Jubilee Medical Group", "Living Waters Redemption Assembly", "Spennymoor Leisure Centre", "Durham Young Carers",
            "Bishop Auckland Foodbank", "University Hospital of North Durham", "Red Cross", "Cornforth Partnership", "Woodhouses Park",
            "the Rec", "Cornforth Beacon", "Grand Marché", "Kel Agadez UK", "Bane", "bane", "Naija", "Libya", "Italy", "Khana",
            "Ogoniland", "the Aïr", "Mam", "N.D.", "FC", "M1920744", "DUR-26-1119-0432", "ID 30871", "oh seven eight six five",
            "Working Men's Club", "Gaunless Vale")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s170)


def test_the_counts():
    checks.counts(s170, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s170, HARD, UNMARKED, split=("name", "address", "place"))


def test_its_own_hard_cases():
    spans = checks.spans(s170)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Tifinagh and Arabic script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled first names
    assert any(words.islower() for words, k in spans if k == "school")
