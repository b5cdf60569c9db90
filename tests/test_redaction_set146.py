"""Checks of the hand-written held-out redaction set 146 (bench/redaction_set146.py) that do not use the detector:
its marking is clean, its size, its own hard cases and failing checks."""

from bench import redaction_set146 as s146
from tests import hand_set_checks as checks

NAMES, TOTAL = 515, 927
# names that are words or towns; scripts; short forms; odd formats
HARD = (("KETTLE, Tayla", "name"), ("BIRCH, Carl", "name"), ("REZAEI, Nika", "name"), ("GRANT, Malachi", "name"),
        ("HOPE, Precious", "name"), ("DUDLEY, Roy", "name"), ("SHANNON KETTLE", "name"), ("Harley SUTTON", "name"), ("J. Mander", "name"),
        ("K Bhatti", "name"), ("R Bowen", "name"), ("C Doyle", "name"), ("A. Sandhu", "name"), ("Ty G", "name"), ("Ty", "name"),
        ("Trace", "name"), ("shan", "name"), ("gem", "name"), ("Nikoo", "name"), ("Sami", "name"), ("Mari", "name"), ("harls", "name"),
        ("Jase", "name"), ("bernie", "name"), ("Little T", "name"), ("little t", "name"), ("Kaz", "name"), ("kuba", "name"),
        ("Kuba", "name"), ("Precious", "name"), ("Poppy", "name"), ("Precious Hope", "name"), ("Val", "name"), ("Birch", "name"),
        ("Kettle", "name"), ("Dudley", "name"), ("Roy Dudley", "name"), ("kirsty dudley", "name"), ("Angela Bright", "name"),
        ("o'leary", "name"), ("Beverley O'Leary", "name"), ("Marek Zieliński", "name"), ("Halina Zielińska", "name"), ("مهسا", "name"),
        ("نیکا", "name"), ("فرهاد", "name"), ("پروین", "name"), ("Tracey\nKettle", "name"), ("Marcia\nHope", "name"),
        ("Kerry-Ann Walters", "name"), ("Dudley", "place"), ("Whitmore Reans", "place"), ("Blakenhall", "place"), ("Pennfields", "place"),
        ("Fallings\nPark", "place"), ("fallings park", "place"), ("Pendeford", "place"), ("pendeford", "place"), ("Lanesfield", "place"),
        ("ettingshall", "place"), ("dunstall", "place"), ("tettenhall", "place"), ("Low Hill", "place"), ("Aldersley", "place"),
        ("Shiraz", "place"), ("Maaliabad", "place"), ("Tehran", "place"), ("Toronto", "place"), ("Youhanabad", "place"),
        ("lahore", "place"), ("Wrocław", "place"), ("wroclaw", "place"), ("Oleśnica", "place"), ("Mandeville", "place"),
        ("Handsworth", "place"), ("bloxwich", "place"), ("Penn", "place"), ("Flat 3, 118 Dudley Road", "address"),
        ("118 Dudley Rd", "address"), ("Room 4,\n23 Church Street", "address"), ("church st", "address"), ("avion close", "address"),
        ("hordern road", "address"), ("lea rd", "address"), ("thorneycroft", "address"), ("ryefield", "address"), ("no. 24", "address"),
        ("number 20", "address"), ("number 8", "address"), ("flat 2", "address"), ("Flat 3", "address"), ("31", "address"),
        ("Holloway House", "address"), ("ul. Ogrodowa 7/12", "address"), ("50-213", "postcode"), ("wv4 6qg", "postcode"),
        ("Woodfield\nJunior School", "school"), ("Woodfield", "school"), ("springdale", "school"), ("st eds", "school"),
        ("lanesfield primary", "school"), ("Little Wolves", "school"), ("Little Learners", "school"), ("Colton Hills", "school"),
        ("28 października 2026", "date"), ("19 grudnia 2013", "dob"), ("21 October\n2026", "date"), ("6th Oct 2026", "date"),
        ("06.10.26", "date"), ("7/10", "date"), ("6th", "date"), ("9th", "date"), ("19th", "date"), ("20th", "date"), ("3", "date"),
        ("9 March 2026", "date"), ("14th December 2025", "date"), ("21-09-2012", "dob"), ("08/10/96", "dob"), ("19.12.13", "dob"),
        ("+98 912 418 3307", "phone"), ("+98 21 8852 4416", "phone"), ("+92 300 641 2287", "phone"), ("+92 42 3571 8840", "phone"),
        ("+1 416 782 3391", "phone"), ("+48 601 274 883", "phone"), ("JK 48 21 93 C", "ni"), ("RT 27 64 10 B", "ni"),
        ("FD18 WXK", "vehicle"), ("BV71 ZKP", "vehicle"), ("FV62 OEW", "vehicle"), ("229 512 9419", "nhs"), ("W336266417758", "upn"),
        ("marek.zielinski@wp.pl", "email"), ("pastor.ebhatti@gmail.com", "email"))
UNMARKED = ("New Cross", "new cross", "Pendeford Health Centre", "Bilston Street Surgery", "Penn Manor Medical Practice", "HMP Oakwood",
            "Base 25", "Black Country Women's Aid", "Lullaby Trust", "BILSTON FOODBANK", "New Testament Church of God",
            "Bilston Town Hall", "Wolves v Villa", "Brownies", "Exploitation Hub", "Black Country Healthcare NHS FT",
            "WEST MIDLANDS POLICE", "Discord", "CPOMS", "McDonald's", "Co-op", "Jamaica", "Poland", "Pakistan", "hxrley_wv8",
            "kuba_wro99", "olly_pend", "Maman", "Dayi", "khanum", "bhai", "baji", "Pops", "Nana", "Auntie", "Uncle", "Pastor",
            "Fr Michael", "MASH/26/88412", "BFB-26-30917", "PH/1", "22154", "KB", "Mr D", "Pupi1", "D0B", "weight in March", "until 2019",
            "Christmas Day")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s146)


def test_the_counts():
    checks.counts(s146, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s146, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s146)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Persian script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(words.islower() for words, k in spans if k == "address")


def test_the_checks_can_fail():
    bad = ((s146.RECORD_B, [("bad", "Ring [[01902 350 23|phone]] about [[Nika|name]], [[Dayi Kourosh|name]], [[Pastor Emmanuel|name]],"
                                    " [[Auntie Jean|name]], [[Fr Michael Doran|name]], [[Yousaf bhai|name]], [[Parvin khanum|name]]"
                                    " on [[Tuesday 3 November|date]] in [[Jamaica|place]], [[Poland|place]] and"
                                    " [[the Black Country|place]].\nNHS [[229 512 9418|nhs]]. Nika said no.")]),)
    found = s146.problems(bad, record_ids=["2295129418"], record_phones=["01902 350 23"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    for word in ("Dayi", "Pastor", "Auntie", "Fr"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    for word in ("bhai", "khanum"):
        assert any("kinship word after a name" in p and word in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Jamaica", "Poland", "the Black Country"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("'Nika' is marked as a name elsewhere" in p for p in found)
