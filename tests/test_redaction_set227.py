"""Checks of the hand-written held-out redaction set 227 (bench/redaction_set227.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set227 as s227
from tests import hand_set_checks as checks

NAMES, TOTAL = 502, 907
HARD = (("DOBSON, Tyler", "name"), ("NANGOMA, Felismina", "name"), ("MPALUME, Domingos", "name"), ("HIRST, Megan", "name"),
        ("PICKERSGILL, Harvey", "name"), ("Tyler DOBSON", "name"), ("Ava-Mae SHARPE", "name"), ("Ernesto LIKUMBO", "name"),
        ("Joanne\nFirth", "name"), ("Ruth\nGarside", "name"), ("Lídia Macuácua", "name"), ("Graça", "name"), ("graca", "name"),
        ("Zaca", "name"), ("Mingo", "name"), ("N0ah OKOR0", "name"), ("Car0l Lund", "name"), ("Ka1", "name"), ("Ha1gh", "name"),
        ("0koro", "name"), ("meg hirst", "name"), ("kayleighs", "name"), ("lee towler", "name"), ("dizzy", "name"),
        ("lace", "name"), ("teegs", "name"), ("Pip", "name"), ("PICKERSGILL", "name"), ("N Pickersgill", "name"),
        ("Barleyfields", "place"), ("barleyfields", "place"), ("Boston\nSpa", "place"), ("boston spa", "place"), ("spa", "place"),
        ("Thorp\nArch", "place"), ("thorp arch", "place"), ("Mueda", "place"), ("mueda", "place"), ("Barwick-in-Elmet", "place"),
        ("BramhaM", "place"), ("Kirk Deighton", "place"), ("Chapeltown", "place"), ("Collingham", "place"),
        ("14 Barleyfields Close", "address"), ("ll Aberf0rd Road", "address"), ("9 Mill\nLane", "address"),
        ("Compton\nRoad", "address"), ("Rua 25 de Junho, casa 14", "address"), ("Oakwood Lodge", "address"),
        ("no. 16", "address"), ("LS22 6PN", "postcode"), ("LS7 4AW", "postcode"), ("deighton gates", "school"),
        ("St Edward's", "school"), ("2l November 2O26", "date"), ("l5 January 2O27", "date"), ("27th of\nJanuary", "date"),
        ("Boxing Day", "date"), ("27/0l/2Ol8", "dob"), ("+258 82 456 7812", "phone"), ("01937 843 119", "phone"),
        ("PE 41 73 26 B", "ni"), ("JK 62 48 19 D", "ni"), ("651 736 6016", "nhs"), ("148 078 5873", "nhs"),
        ("Y383487316146", "upn"), ("YJ20 WKT", "vehicle"), ("YD71 RNX", "vehicle"), ("janetdobson61@hotmail.co.uk", "email"))
UNMARKED = ("Mozambique", "Shimakonde", "Wetherby Health Centre", "Wetherby Town Hall", "Leeds Civic Hall", "Leeds City Council",
            "Carers Leeds", "Forward Leeds", "Wharfedale Medical Practice", "St James's University Hospital",
            "WEST YORKSHIRE POLICE", "Morrisons", "BL (", "to tio ", "avó", "Grandad", "Sgt")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s227)


def test_the_counts():
    checks.counts(s227, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s227, HARD, UNMARKED, split=('name', 'place'))
