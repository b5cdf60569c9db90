"""Checks of the hand-written held-out redaction set 162 (bench/redaction_set162.py) that do not use the detector:
its size, its own hard cases and its unmarked organisations and landmarks (the checks every set shares are in
test_redaction_hand_sets.py)."""

from bench import redaction_set162 as s162
from tests import hand_set_checks as checks

NAMES, TOTAL = 527, 923
# names that are words or towns; scripts; short forms; odd formats
HARD = (("FISHER, Riley", "name"), ("NICHOLSON, Skye", "name"), ("RITSON Jordan Lee", "name"), ("Tucker J. Hollis", "name"),
        ("J. Ponsonby", "name"), ("G Wren", "name"), ("L Fearon", "name"), ("D. Lowther", "name"), ("Hannah L", "name"),
        ("Ruth\nIredale", "name"), ("Dean\nRitson", "name"), ("Kendal", "name"), ("Kendal", "place"), ("Kenny", "name"), ("Ken", "name"),
        ("Stitchy", "name"), ("Keswick", "place"), ("Carol Keswick", "name"), ("Storm", "name"), ("Fell", "name"),
        ("Alasdair Fell", "name"), ("Steel", "name"), ("Rachael Steel", "name"), ("Heather", "name"), ("heather", "name"),
        ("Gillian Wren", "name"), ("Skye", "name"), ("daz", "name"), ("ri", "name"), ("tuck", "name"), ("bryn", "name"), ("clay", "name"),
        ("lowther", "name"), ("kyle", "name"), ("Dee", "name"), ("Tay", "name"), ("Jibin", "name"), ("JIBIN", "name"), ("Rilev", "name"),
        ("Harlev", "name"), ("Sewe11", "name"), ("അലൻ", "name"), ("അലീന", "name"), ("ജിബിൻ", "name"), ("കോട്ടയം", "place"),
        ("Kumaranalloor", "place"), ("Wh1tehaven", "place"), ("flimby", "place"), ("seaton", "place"), ("kennewick", "place"),
        ("camerton", "place"), ("adelaide", "place"), ("Siddick", "place"), ("Ewanrigg", "place"), ("Netherhall", "place"),
        ("Pasco", "place"), ("Manchester", "place"), ("WORKINGTON", "place"), ("St Bees", "place"), ("no. 24", "address"),
        ("no.7", "address"), ("no. 10", "address"), ("no. 8", "address"), ("Main Street", "address"), ("Harrington Road", "address"),
        ("2214 Davison Ave", "address"), ("5 Risehow Terr", "address"), ("99354", "postcode"), ("St Bens", "school"),
        ("Hanford High", "school"), ("Seaton St Paul's", "school"), ("03/14/2011", "dob"), ("08/28/2024", "date"),
        ("November 9, 2026", "date"), ("27th", "date"), ("4th", "date"), ("Dec 20", "date"), ("06 / 11 / 26", "date"),
        ("+1 (509) 946-2178", "phone"), ("+91 94471 28356", "phone"), ("+61 412 538 907", "phone"), ("01900 61 72 40", "phone"),
        ("PN19 XKE", "vehicle"), ("PK17 UHT", "vehicle"), ("SK 27 90 41 A", "ni"), ("794 664 5953", "nhs"), ("E909224045977", "upn"),
        ("kabernathy@rsd.edu", "email"))
UNMARKED = ("Workington Town Hall", "Whitehaven Family Hub", "Flatt Walks Health Centre", "Harrington Surgery",
            "Maryport Health Services", "Richland School District", "West Cumberland Hospital", "Carlisle Crown Court", "HMP Haverigg",
            "Haverigg", "HMP Durham", "Beech House practice", "WORKINGTON CHRISTADELPHIAN ECCLESIA", "Bell Park Solicitors", "Kadlec",
            "Sellafield", "Haig Pit", "Marchon", "Carr's", "Cumbria County Council", "Cumbria Law Centre", "West Cumbria",
            "Washington State", "Kerala", "England", "australia", "Bruno", "kendal.dx_13", "taylarose.h", "Ammachi", "Pappa", "Mom:",
            "Dad:", "കുടുംബം", "JR", "10LF", "CS/208814/TK", "GMC 7041236", "CC-20261031-0722", "July 2025", "February 2027",
            "March 2027", "Women's Aid", "LanguageLine", "Caring Dads", "Triple P", "Trafford Centre", "Home Group", "the fells")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s162)


def test_the_counts():
    checks.counts(s162, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s162, HARD, UNMARKED, split=("name",))


def test_its_own_hard_cases():
    spans = checks.spans(s162)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Malayalam script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # a town in Malayalam script
