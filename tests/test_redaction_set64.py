"""Checks of the hand-written held-out redaction set 64 (bench/redaction_set64.py) that do not use the detector:
its own marking, counts, hard cases and unmarked organisations and landmarks (the checks every set shares are in
test_redaction_hand_sets.py)."""

from bench import redaction_set64 as s64
from tests import hand_set_checks as checks

NAMES, TOTAL = 511, 938
# names that are words or towns; scripts; short forms; odd formats
HARD = (("SHARPE, Kayden", "name"), ("GILL, Poppy-Mae", "name"), ("SHARPE , Kayden", "name"), ("TUITT, Jaden", "name"),
        ("MORAN, Ellis-Jay", "name"), ("PETROVA, Viktoria", "name"), ("PETROV, Nikolai", "name"), ("Leanne\nSharpe", "name"),
        ("Jignesh\nMehta", "name"), ("Mason Bowden-Pickering", "name"), ("Evie-Rose Bailey", "name"), ("Poppy-Mae", "name"),
        ("G. Petrov", "name"), ("A Patel", "name"), ("C. Sapcote", "name"), ("Amber We lls", "name"), ("Jo C ragg", "name"),
        ("Terry Melton", "name"), ("Melton", "name"), ("Amber Wells", "name"), ("Joanne Birstall", "name"), ("Natasha Corby", "name"),
        ("Karen Market", "name"), ("Market", "name"), ("Summer", "name"), ("summer", "name"), ("Kyle Onions", "name"), ("Onions", "name"),
        ("Big T", "name"), ("Pearlie", "name"), ("Desi", "name"), ("Hollie Sileby", "name"), ("Daniel Misterton", "name"),
        ("Mark Ullesthorpe", "name"), ("Helen Quorn", "name"), ("Michelle Groby", "name"), ("Marcus Thurlaston", "name"),
        ("Tyler", "name"), ("Evie", "name"), ("lacey", "name"), ("LACEY", "name"), ("lace", "name"), ("kay", "name"), ("jordz", "name"),
        ("rio ashby", "name"), ("kerry-ann", "name"), ("craig", "name"), ("amber", "name"), ("tash", "name"), ("hyacinth", "name"),
        ("PETROVA", "name"), ("SHAH", "name"), ("Vicky", "name"), ("રિયા", "name"), ("કુસુમ", "name"), ("જોઆન", "name"),
        ("જયંત મહેતા", "name"), ("Деси", "name"), ("Жоро", "name"), ("Георги", "name"), ("Ваня", "name"), ("Десислава", "name"),
        ("Melton Mowbray", "place"), ("Egerton", "place"), ("Asfordby", "place"), ("asfordby", "place"), ("thorpe arnold", "place"),
        ("Corby", "place"), ("corby", "place"), ("Blaby", "place"), ("blaby", "place"), ("Wigston", "place"), ("wigston mag", "place"),
        ("South Wigston", "place"), ("south wigston", "place"), ("Market\nHarborough", "place"), ("harborough", "place"),
        ("Harborough", "place"), ("Little Bowden", "place"), ("great bowden", "place"), ("Burb age", "place"), ("Salem", "place"),
        ("Brades", "place"), ("Look Out", "place"), ("Plymouth", "place"), ("rio", "place"), ("Шумен", "place"), ("Лестър", "place"),
        ("Лътъруърт", "place"), ("Варна", "place"), ("નૈરોબી", "place"), ("ઓડબી", "place"), ("અમદાવાદ", "place"), ("Parklands", "place"),
        ("Sofia", "place"), ("5 Scotland Road", "address"), ("27 Blaby Road", "address"), ("27 blaby rd", "address"),
        ("11 Bitteswell\nRoad", "address"), ("17 Windsor\nStreet", "address"), ("Flat 2", "address"), ("no. 27", "address"),
        ("no 29", "address"), ("no25", "address"), ("Gun Hill Road", "address"), ("ул. Цар Освободител 48", "address"),
        ("бул. Владислав Варненчик 112", "address"), ("૯ ગ્લેન રોડ", "address"), ("Unit 4, Argosy Court", "address"),
        ("Narborough Road", "address"), ("9000", "postcode"), ("ANKLE HILL PRIMARY SCHOOL", "school"), ("Ankle Hill\nPrimary", "school"),
        ("ankle hill", "school"), ("greenfield", "school"), ("welland park academy", "school"), ("Welland Park", "school"),
        ("Beauchamp", "school"), ("Manor High", "school"), ("Sherrier", "school"), ("Wigston Academy", "school"),
        ("Little Acorns Nursery", "school"), ("Rainbows Nursery", "school"), ("9 September\n2026", "date"), ("14/O5/2018", "dob"),
        ("૧૮-૧૦-૨૦૨૬", "date"), ("02 Nov 2026", "date"), ("4th Nov", "date"), ("29th", "date"), ("5th", "date"), ("31st", "date"),
        ("21", "date"), ("22/09/2026", "date"), ("20-10-26", "date"), ("9 септември", "dob"), ("9 September", "dob"),
        ("+1 664 491 2274", "phone"), ("+1 664 496 3381", "phone"), ("+254 722 418 093", "phone"), ("+359 87 655 2014", "phone"),
        ("01455 554 101", "phone"), ("attendance@lutterworthhigh.org", "email"), ("JS 62 40 81 B", "ni"), ("SN 90 15 47 D", "ni"),
        ("RX19 KTO", "vehicle"), ("AJ68 PWU", "vehicle"), ("FY17 OHB", "vehicle"), ("262 837 4978", "nhs"), ("K855165482702", "upn"))
UNMARKED = ("Leicester Royal Infirmary", "Leicester General Hospital", "The Oadby Group Practice", "UNIVERSITY HOSPITALS OF LEICESTER",
            "Bosworth Vale Council", "Wreake Vale Council", "Swift Vale Council", "Women's Aid", "Wigston youth centre",
            "Evington Centre", "Heath Lane Surgery", "Latham House", "Fosse Park", "Magna Park", "Burbage Common",
            "St Margaret's bus station", "Vue Pointe", "the A47", "Turning Point", "Barnardo's", "Symington Building", "Parkside",
            "People First Staffing", "Flixbus", "childrensfrontdoor@swiftvale.gov.uk", "Tank", "Didi", "Masi", "Jai Jinendra",
            "Paryushan", "Ayambil", "tylr.g_99", "laceyb.x", "kirsty_b90", "Мама", "баба", "Leicestershire", "Northamptonshire",
            "Rutland", "Montserrat", "Bulgaria", "CAD 1184", "S2209184", "JH/4")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s64)


def test_the_counts():
    checks.counts(s64, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s64, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s64)
    names = [words for words, kind in spans if kind == "name"]
    assert any("," in name and name.split(",")[0].strip().isupper() for name in names)  # SURNAME, First
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Gujarati and Cyrillic script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Gujarati and Cyrillic
