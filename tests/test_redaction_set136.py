"""Checks of the hand-written held-out redaction set 136 (bench/redaction_set136.py) that do not use the detector:
its size, its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set136 as s136
from tests import hand_set_checks as checks

NAMES, TOTAL = 480, 912
# names that are words or towns; scripts; short forms; odd formats
HARD = (("HOLDEN, Tyler-Jay", "name"), ("DELLAL, Eli", "name"), ("Cropper, Ben", "name"), ("Tyler-Jay HOLDEN", "name"), ("TJ", "name"),
        ("tj", "name"), ("cal", "name"), ("Cal", "name"), ("K. Fairhurst", "name"), ("L Openshaw", "name"), ("H. Greenhalgh", "name"),
        ("D. Kenyon", "name"), ("Gemma Pi1kington", "name"), ("Mase", "name"), ("Big T", "name"), ("big t", "name"), ("mason w", "name"),
        ("Deano", "name"), ("Izzy", "name"), ("izzy", "name"), ("Fionn", "name"), ("maisie", "name"), ("aoife", "name"),
        ("Isla Grace", "name"), ("FARRINGTON", "name"), ("KHOSA", "name"), ("KAIDEN", "name"), ("Summer", "name"), ("Hope", "name"),
        ("Sunshine", "name"), ("sunshine", "name"), ("Sunderland", "name"), ("Bolton", "name"), ("Brenda Bolton", "name"),
        ("Heywood", "name"), ("Mark Lord", "name"), ("Bren", "name"), ("Nona", "name"), ("Sabi", "name"), ("sabi", "name"),
        ("Ghulam\nFarid Khosa", "name"), ("Hamza", "name"), ("Farrington", "name"), ("רחל", "name"), ("נונה", "name"), ("שמש", "name"),
        ("יהודה מועלם", "name"), ("عائشہ", "name"), ("حمزہ شہباز", "name"), ("Lily-Grace", "name"), ("Ava-Rose", "name"),
        ("Bolton", "place"), ("Bury", "place"), ("BURY", "place"), ("Radc1iffe", "place"), ("radcliffe", "place"),
        ("walmersley", "place"), ("stand", "place"), ("Stand", "place"), ("Besses", "place"), ("whitefield", "place"),
        ("Rams-\nbottom", "place"), ("Dera\nGhazi Khan", "place"), ("DG Khan", "place"), ("D.G. Khan", "place"), ("רמת גן", "place"),
        ("Ramat Gan", "place"), ("Kfar Saba", "place"), ("Bombay", "place"), ("Tenerife", "place"), ("Los Cristianos", "place"),
        ("Drogheda", "place"), ("dundalk", "place"), ("finglas", "place"), ("Holcombe Brook", "place"), ("Edenfield", "place"),
        ("Fishpool", "place"), ("Unsworth", "place"), ("Room 6, 118 Manchester Old\nRoad", "address"), ("no. 25", "address"),
        ("no. 43", "address"), ("14", "address"), ("twenty-two", "address"), ("forty-three", "address"), ("16 Mi1ltown St", "address"),
        ("Calle Bélgica 12", "address"), ("Block 14", "address"), ("Qasimpur Colony", "address"), ("butterstile lane", "address"),
        ("water st", "address"), ("coronation rd", "address"), ("Bury Old Road", "address"), ("Tiferet High School\nfor Girls", "school"),
        ("fishpool brook", "school"), ("derby high", "school"), ("Bury college", "school"), ("Bury College", "school"),
        ("Tiny Toes", "school"), ("Little Acorns", "school"), ("Rainbow Tots", "school"), ("15\nNovember 2026", "date"), ("13", "date"),
        ("7", "date"), ("14th", "date"), ("24th", "date"), ("16th", "date"), ('כ"א כסלו תשפ"ז', "date"), ("07-Dec-2026", "date"),
        ("30th june", "date"), ("17-Oct-2011", "dob"), ("+353 87 614 2095", "phone"), ("+34 622 418 907", "phone"),
        ("+972 52-834-1167", "phone"), ("+92 333 7425160", "phone"), ("+44 7539 804126", "phone"), ("SK 71 20 93 A", "ni"),
        ("YC19 HWL", "vehicle"), ("MW17 ZPD", "vehicle"), ("4614961886", "nhs"), ("R351500315274", "upn"),
        ("r.farrington@farringtonsurveyors.co.uk", "email"))
UNMARKED = ("Irwell Moss Council", "Tottington Medical Practice", "Radcliffe Library", "Bury Town Hall", "Radcliffe Market",
            "Ramsbottom Health Centre", "Royal Bolton Hospital", "Kirklees Valley trail", "Tottington St", "Family Court at Manchester",
            "North Manchester General Hospital", "Whitefield Medical Practice", "Kehal Sephardi Whitefield", "Fishpool Children's Centre",
            "Manchester Airport", "Victoria station", "close park", "Philips Park", "St George's", "Bramble", "Abba", "אבא", "Dadi",
            "chacha", "ammi", "HG", "RW/3", "grace.xo11", "fionn_dda", "m.whittle_rdc", "MAN-ISB-MUX", "K4471309", "MFH/26/118402",
            "CME/26/0388", "MA26C00914", "Israel", "pakistan", "Chanukah", "Shabbos", "Feb 2023", "Jan 2024", "Man City", "Bluey",
            "Discord", "Tesco")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s136)


def test_the_counts():
    checks.counts(s136, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s136, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s136)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Hebrew and Urdu (Shahmukhi) script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(not any(c.isascii() and c.isalpha() for c in words) for words, k in spans if k == "place")  # Hebrew script


def test_the_checks_can_fail():
    bad = ((s136.RECORD_E, [("bad", "Ring [[0161 946 221|phone]] about [[Eli|name]], [[Rabbi Moallem|name]], [[הרב יהודה|name]],"
                                     " [[Nanna Bren|name]], [[Dadi Rasoolan|name]], [[Rabbanit Tova|name]], [[Abba Naim|name]],"
                                     " [[Mrs Sassoon|name]] and [[Hamza bhai|name]] on [[Sunday 8 November|date]] in"
                                     " [[Israel|place]], [[Pakistan|place]], [[Lancashire|place]] and [[Ireland|place]].\n"
                                     "NHS [[541 162 7967|nhs]], UPN [[A351258430021|upn]], NI [[DQ 12 34 56 E|ni]]. Eli said no.")]),)
    found = s136.problems(bad, record_ids=["5411627967"], record_phones=["0161 946 221"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 0161 946 221" in p for p in found)
    for word in ("Rabbi", "הרב", "Nanna", "Dadi", "Rabbanit", "Abba", "Mrs"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("kinship word after a name" in p and "bhai" in p for p in found)
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Israel", "Pakistan", "Lancashire", "Ireland"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 541 162 7967" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Eli' is marked as a name elsewhere" in p for p in found)
