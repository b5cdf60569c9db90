"""Checks of the hand-written held-out redaction set 82 (bench/redaction_set82.py) that do not use the detector:
its marking passes the shared checker, its counts, its own hard cases and its unmarked organisations and landmarks."""

from bench import redaction_set82 as s82
from tests import hand_set_checks as checks

NAMES, TOTAL = 515, 913
# names that are words, towns or counties; scripts; short forms
HARD = (("LIBURD, Kadeem", "name"), ("KINGSCOTT, Riley", "name"), ("TOVEY, Tyler", "name"), ("ASHMAN, Dean Michael", "name"),
        ("Haskins, Poppy", "name"), ("Zuhura SAID", "name"), ("B Cottle", "name"), ("riley k", "name"), ("Pat A", "name"),
        ("S. WILTSHIRE", "name"), ("Sam Wiltshire", "name"), ("Hannah Yate", "name"), ("Yate", "name"), ("Joy Rose", "name"),
        ("Carys Hope", "name"), ("Hope", "name"), ("Keith Summers", "name"), ("bishop", "name"), ("Summer", "name"), ("summer", "name"),
        ("Autumn", "name"), ("Precious Ndlovu", "name"), ("Brooklyn", "name"), ("Myrtle Tyson", "name"), ("Kenz1e", "name"),
        ("Ja5on", "name"), ("Pops", "name"), ("pops", "name"), ("mase", "name"), ("Jordy", "name"), ("jordy", "name"), ("Tommy", "name"),
        ("Bren", "name"), ("nas", "name"), ("Dex", "name"), ("Deano", "name"), ("Pav", "name"), ("Liburds", "name"), ("Baber", "name"),
        ("CRAIG", "name"), ("Icilda\nMaynard", "name"), ("Halima\nAli", "name"), ("Gina\n  Dyer", "name"), ("مواناجوما سعيد", "name"),
        ("Kayla-Marie", "name"), ("Verona Daniel-Phipps", "name"), ("Gemma-Louise Bracey", "name"), ("Sandhu", "name"), ("Yate", "place"),
        ("yate", "place"), ("Lockleaze", "place"), ("Lawrence\nWeston", "place"), ("law west", "place"), ("bedmo", "place"),
        ("Weston", "place"), ("Dar", "place"), ("cribbs", "place"), ("Cribbs Causeway", "place"), ("dings", "place"),
        ("kingswood", "place"), ("staple hill", "place"), ("knowle west", "place"), ("Chipping\nSodbury", "place"),
        ("Frampton\nCotterell", "place"), ("Charlestown", "place"), ("Gingerland", "place"), ("Basseterre", "place"),
        ("Stone Town", "place"), ("Mkokotoni", "place"), ("Donge", "place"), ("Mombasa", "place"), ("mombasa", "place"),
        ("Muscat", "place"), ("BRISTOL", "place"), ("Hamilton Estate", "address"), ("House 4, Mtaa wa Malindi", "address"),
        ("16", "address"), ("Ridingleaze", "address"), ("Coniston Rd", "address"), ("filwood broadway", "address"),
        ("Flat 3, 22 Long Cross", "address"), ("Flat 7, 19\nPassage Road", "address"), ("Brightstowe", "school"), ("Orchard", "school"),
        ("Coniston", "school"), ("The Bridge", "school"), ("Little Acorns", "school"), ("STOKE PARK PRIMARY SCHOOL", "school"),
        ("Connaught", "school"), ("October 3rd", "date"), ("Christmas Eve 2024", "date"), ("6th", "date"), ("23rd", "date"),
        ("8", "date"), ("6 nov", "date"), ("28-9-26", "date"), ("3rd of December", "date"), ("10-Sep-2026", "date"),
        ("09 / 01 / 2011", "dob"), ("18-Jul-2020", "dob"), ("+1 869 469 2754", "phone"), ("+255 777 412 903", "phone"),
        ("+968 9214 3307", "phone"), ("+48 512 384 907", "phone"), ("JT 48 22 91 B", "ni"), ("NH 52 71 09 C", "ni"),
        ("WU19 KXD", "vehicle"), ("WX22 HNF", "vehicle"), ("083 016 6130", "nhs"), ("U801715167665", "upn"), ("R803908753810", "upn"),
        ("w.claxton@stpaulssda.org.uk", "email"))
UNMARKED = ("Bristol City Council", "South Gloucestershire Council", "Patchway Medical Centre", "Southmead Hospital",
            "Bristol Royal Infirmary", "HMP Bristol", "Bristol Youth Court", "Bristol Magistrates'", "Yate Library",
            "Easton Jamia Masjid", "Southmead police station", "Trinity Road police station", "Hengrove Park", "Hengrove Leisure Centre",
            "Aztec West business park", "Bradshaw airport", "Patchway Community Centre", "City of Bristol College",
            "IN THE FAMILY COURT AT BRISTOL", "Barnardo's", "Safer Options", "Youth Moves", "Next Link", "the Rovers", "the Gas", "Tesco",
            "londis", "Amazon", "Seventh-day Adventist", "Tyson\"", "Bruno", "Luna", "blue corsa", "grey Octavia", '"WX"', "kaiboi.bs15",
            "masonc_12", "Nevis", "West Indies", "Zanzibar", "Unguja", "Somerset", "England", "South Glos", "in March 2025",
            "from January 2027", "A6621EX", "BS26F01172", "5226/118402", '"T"', "WILTSHIRE 4471", "Nannys", "Bibi", "Sheikh", "Ustadh",
            "Pastor", "Brother", "Sister")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s82)


def test_the_counts():
    checks.counts(s82, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s82, HARD, UNMARKED, split=("name", "place", "address"))


def test_its_own_hard_cases():
    spans = checks.spans(s82)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name.replace(" ", "")) for name in names)  # a name in Arabic script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
