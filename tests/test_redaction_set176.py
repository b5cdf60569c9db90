"""Checks of the hand-written held-out redaction set 176 (bench/redaction_set176.py) that do not use the detector: its
marking checks, its counts, its own hard cases and its unmarked organisations and landmarks."""

from bench import redaction_set176 as s176
from tests import hand_set_checks as checks

NAMES, TOTAL = 543, 928
# names that are words or towns; scripts; short forms; odd formats
HARD = (("COLE, Tyler", "name"), ("GADZHIEVA, Patimat", "name"), ("MAGOMEDOV, Rasul", "name"), ("WINTERSTEIN, Mélodie", "name"),
        ("LAGRÈNE, Django", "name"), ("MERRETT, Ivy", "name"), ("Kayden SOLLIS", "name"), ("S Cole", "name"), ("M. Winterstein", "name"),
        ("T. Lagrène", "name"), ("nat o", "name"), ("ruth c", "name"), ("Tony L", "name"), ("M. Hathera\nll", "name"),
        ("Lewis\nMerrett", "name"), ("Ruth Cheltenham", "name"), ("Fiona Stratton", "name"), ("Summer", "name"), ("summer", "name"),
        ("Pat", "name"), ("Brook", "name"), ("Alfie Organ", "name"), ("Ward", "name"), ("Stretch", "name"), ("stretch", "name"),
        ("Bugsy", "name"), ("Tay", "name"), ("Mo", "name"), ("E1lery", "name"), ("Cr1pps", "name"), ("Patya", "name"), ("Mélo", "name"),
        ("Arsik", "name"), ("Dédé", "name"), ("Aminat", "name"), ("Патимат", "name"), ("Патя", "name"), ("Зайнаб", "name"),
        ("Аминат", "name"), ("Шамиль", "name"), ("poppy-mae daw", "name"), ("Lily-Mae Hatton", "name"), ("shannon cole", "name"),
        ("gem", "name"), ("Nina", "name"), ("Josette", "name"), ("Kaur", "name"), ("Cheltenham", "place"), ("Stratton", "place"),
        ("Preston", "place"), ("ciren", "place"), ("priors pk", "place"), ("siddington", "place"), ("Schilick", "place"),
        ("Walton\nCardiff", "place"), ("Махачкала", "place"), ("Москвы", "place"), ("Буйнакск", "place"), ("Kings Heath", "place"),
        ("The Beeches", "place"), ("Tewkesbury", "place"), ("Gloucester", "place"), ("Ashchurch", "place"), ("Shannon Way", "address"),
        ("Trinity Road", "address"), ("trinity rd", "address"), ("barton st", "address"), ("queens rd", "address"), ("no. 16", "address"),
        ("No 9", "address"), ("18", "address"), ("Plot 3, Orchard View", "address"), ("plot 2", "address"), ("plot 5", "address"),
        ("12 rue des Chasseurs", "address"), ("ул. Ленина, 14", "address"), ("Church\nRoad", "address"), ("67300", "postcode"),
        ("gl7 1jw", "postcode"), ("Kingshill", "school"), ("kingshill", "school"), ("watermoor", "school"), ("tewkes acad", "school"),
        ("glos college", "school"), ("ciren college", "school"), ("Powell's", "school"), ("Powe11s", "school"), ("john moore", "school"),
        ("Little Acorns", "school"), ("Walton Cardiff\nPrimary", "school"), ("14 февраля", "date"), ("3\nDecember", "date"),
        ("21", "date"), ("22 October 2026", "date"), ("15th", "date"), ("23rd", "date"), ("2026-11-21", "date"), ("05-Dec-2026", "date"),
        ("27/08/99", "dob"), ("01-Apr-1994", "dob"), ("+7 928 514 37 82", "phone"), ("+7 872 267 41 09", "phone"),
        ("+33 6 12 48 73 95", "phone"), ("+33 3 88 41 26 07", "phone"), ("07824611309", "phone"), ("JT 48 20 61 B", "ni"),
        ("WU19 KXE", "vehicle"), ("586 702 7368", "nhs"), ("D916805525534", "upn"), ("shannon.cole99@icloud.com", "email"))
UNMARKED = ("Cirencester Town", "Ciren Town", "the Crown", "Royal Hop Pole", "Phoenix Surgery", "Church Street Surgery",
            "Rendcomb Surgery", "Springbank Surgery", "Tewkesbury Community Hospital", "Tewkesbury Hospital", "Gloucestershire Royal",
            "Chesterton Community Centre", "Vineyards Youth Hub", "Word360", "GDASS", "Abbey meadows", "McDonald's", "Co-op",
            "Cotswold Locality Team", "Family Court", "Marley", "Biscuit", "Sooty", "kaydz_12", "T.R.00", "Tata", "Tonton", "Mamie",
            "Uncle", "Gloucestershire", "Dagestan", "France", "West Midlands", "01285 (I have", "ATT/26/04417", "26000091456")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s176)


def test_the_counts():
    checks.counts(s176, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s176, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s176)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Cyrillic script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Cyrillic script
