"""Checks of the hand-written held-out redaction set 143 (bench/redaction_set143.py) that do not use the detector:
its own hard cases, counts and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set143 as s143
from tests import hand_set_checks as checks

NAMES, TOTAL = 479, 905
HARD = (("CATCHPOLE, Kayden", "name"), ("BRIMBLE, Jade", "name"), ("HARFIELD, Dylan", "name"), ("GREENAWAY, Reece James", "name"),
        ("Sam\nWhitlock", "name"), ("Ellie-Mae", "name"), ("Ellie", "name"), ("Kaz", "name"), ("kaz", "name"), ("dyl", "name"),
        ("Jos", "name"), ("Tumi", "name"), ("Kgau", "name"), ("Dean P", "name"), ("K. Maphutha", "name"), ("J. Awolowo", "name"),
        ("Kaur", "name"), ("Maphutha", "name"), ("Lavina D'Souza", "name"), ("HARFlELD", "name"), ("Dy1an", "name"),
        ("pat gosling", "name"), ("ಜೋಸ್ವಿನ್", "name"), ("ಲವೀನಾ", "name"), ("23 ಡಿಸೆಂಬರ್", "date"), ("ಮಂಗ್ಳುರ್", "place"),
        ("Mangalore", "place"), ("Sa1isbury", "place"), ("oakley", "place"), ("winklebury", "place"), ("kempshott", "place"),
        ("South Ham", "place"), ("Hatch Warren", "place"), ("Brighton Hill", "place"), ("Augusta Park", "place"), ("Seshego", "place"),
        ("Kulshekar", "place"), ("Stand 2214, Zone 3", "address"), ("Pinto House", "address"), ("575005", "postcode"),
        ("SP1O 5DN", "postcode"), ("costello", "school"), ("Merton Fields", "school"), ("16", "date"), ("17 December", "date"),
        ("the 19th", "date"), ("7th Dec", "date"), ("29 / 11 / 2O26", "date"), ("17/O2/2O12", "dob"), ("12/1/19", "dob"),
        ("+27 82 614 3907", "phone"), ("+91 824 243 7719", "phone"), ("+971 50 318 2264", "phone"), ("WU17 HNF", "vehicle"),
        ("E850000419471", "upn"), ("400 012 3459", "nhs"))
UNMARKED = ("Civic Offices", "Basingstoke and North Hampshire Hospital", "Hatch Warren Surgery", "St John the Baptist", "Bane", "Vivid",
            "Inspire", "deanoo_88", "D 👀", "Koko", "Rakgadi", "Ajji", "RG21 4AH", "44260478112", "HAM-20261127-0893", "Loddon Chalk",
            "Anton Downs", "Festival Place", "Heathrow", "Milestones", "OR Tambo", "Adelaide Medical Centre", "Pappa")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s143)


def test_the_counts():
    checks.counts(s143, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s143, HARD, UNMARKED, split=("name",))


def test_its_own_hard_cases():
    spans = checks.spans(s143)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # a name in Kannada script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
