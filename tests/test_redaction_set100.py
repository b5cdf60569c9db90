"""Checks of the hand-written held-out redaction set 100 (bench/redaction_set100.py) that do not use the detector:
its size, its own hard cases and its unmarked organisations and landmarks."""

from bench import redaction_set100 as s100
from tests import hand_set_checks as checks

NAMES, TOTAL = 406, 741
HARD = (("ARMSTRONG, Kyle", "name"), ("HEWITSON, Lee", "name"), ("NIXON, Gemma", "name"), ("IRVING, Nicola", "name"), ("Craigy", "name"),
        ("shelley", "name"), ("Rose", "name"), ("rose", "name"), ("Dawn", "name"), ("Fell", "name"), ("Bell", "name"),
        ("ماہ نور", "name"), ("Hinemoa", "name"), ("Ian\nBlamire", "name"), ("Isla R", "name"), ("J Bugti", "name"),
        ("HUSSEIN, Zakariya", "name"), ("Danielle Pool", "name"), ("bell", "name"), ("Belle Vue", "place"), ("jo t", "name"),
        ("Deano", "name"), ("morton", "place"), ("denton holme", "place"), ("Ōhinemutu", "place"), ("Rotorua", "place"),
        ("Raffles", "place"), ("Pategill", "place"), ("Botcherby", "place"), ("Quetta", "place"), ("upperby", "place"),
        ("Low Liddel Farm", "address"), ("low liddel", "address"), ("54", "address"), ("dalston rd", "address"), ("Skirsgill", "address"),
        ("wm howard", "school"), ("st cuthberts", "school"), ("Pennine\nWay", "school"), ("O6/11/2O26", "date"), ("1O/1O/1995", "dob"),
        ("3rd", "date"), ("30th october", "dob"), ("+92 81 3067651", "phone"), ("+64 7 711 4189", "phone"), ("+971 50 228 9225", "phone"),
        ("PN19 WKT", "vehicle"), ("V909683931776", "upn"), ("277 265 6810", "nhs"))
UNMARKED = ("Cumberland Infirmary", "Spencer Street Surgery", "Birbeck Medical Group", "Carlisle Islamic Centre", "Tullie House",
            "Methodist", "Northumbria Police", "Bruno", "koro", "nanny", "Dubai", "Snapchat", "EDEN BORDER COUNCIL",
            "CUMBRIA CONSTABULARY", "Front Street", "Fusehill Medical Practice", "Rheged", "Kai", "Civic Centre", "Hammonds Pond",
            "Bitts Park")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s100)


def test_the_counts():
    checks.counts(s100, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s100, HARD, UNMARKED, split=("name", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s100)
    names = [words for words, kind in spans if kind == "name"]
    assert any("\n" not in name and name.islower() for name in names)  # lower-case names in messages and notes
    assert any(not any(c.isascii() and c.isalpha() for c in name) for name in names)  # a name in Urdu script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
