"""Checks of the hand-written held-out redaction set 138 (bench/redaction_set138.py) that do not use the detector:
its marking is clean, its counts, its own hard cases and the organisations and landmarks it leaves unmarked."""

from bench import redaction_set138 as s138
from tests import hand_set_checks as checks

NAMES, TOTAL = 461, 928
# names that are words or towns; scripts; short forms; odd formats
HARD = (("ELLIOTT, Kayden", "name"), ("LIMBU, Sumnima", "name"), ("Tyler DODDS", "name"), ("Gary LIDDLE", "name"), ("Sum\nmer", "name"),
        ("Amina Kh", "name"), ("S Lumsden", "name"), ("D Bell", "name"), ("G Ord", "name"), ("Gaz", "name"), ("gaz", "name"),
        ("Deano", "name"), ("Kez", "name"), ("kel", "name"), ("Chel", "name"), ("Jax", "name"), ("Rusik", "name"), ("sumi", "name"),
        ("ty", "name"), ("Dawn", "name"), ("Summer", "name"), ("Robin Swan", "name"), ("HERON", "name"), ("Grace Tweddle", "name"),
        ("Ruby-Mae", "name"), ("ruby mae", "name"), ("Ngozi Achebe-Hall", "name"), ("Sophie Charlton-Reay", "name"), ("Хава", "name"),
        ("Хава Евлоева", "name"), ("Мадина Цечоева", "name"), ("Руслан", "name"), ("Лейла", "name"), ("सुम्निमा लिम्बू", "name"),
        ("मनमाया", "name"), ("बिमला", "name"), ("हेम", "name"), ("हेम बहादुर लिम्बु", "name"), ("nar bahadur", "name"), ("Islam", "name"),
        ("Назрань", "place"), ("Карабулак", "place"), ("Москва", "place"), ("धरान", "place"), ("Dharan", "place"), ("Itahari", "place"),
        ("Nazran", "place"), ("Barley Mow", "place"), ("Barley mow", "place"), ("birtley", "place"), ("Felling", "place"),
        ("Rowlands gill", "place"), ("Winlaton Mill", "place"), ("Sheriff Hill", "place"), ("Windy Nook", "place"),
        ("Bill Quay", "place"), ("low fell", "place"), ("Gateshead", "place"), ("Kell\nCrescent", "address"), ("no. 14", "address"),
        ("16", "address"), ("9", "address"), ("Flat 4", "address"), ("no. 7", "address"), ("ул. Московская, 17", "address"),
        ("front st", "address"), ("market ln", "address"), ("Flat 9, Eggars Court", "address"), ("west lane", "school"),
        ("lord lawson", "school"), ("Ravensworth Terrace", "school"), ("Fellside", "school"), ("front street infants", "school"),
        ("NK19", "vehicle"), ("NK19 TWF", "vehicle"), ("YH68 KPU", "vehicle"), ("1st", "date"), ("30th", "date"), ("7", "date"),
        ("11 December", "date"), ("23 dec", "date"), ("19.01.12", "dob"), ("4/4/99", "dob"), ("+7 928 795 41 62", "phone"),
        ("+977 984-2561873", "phone"), ("+852 6194 2738", "phone"), ("0191 478 2291", "phone"), ("NW 62 08 41 C", "ni"),
        ("J390204117318", "upn"), ("438 217 6050", "nhs"), ("irene.heron57@gmail.com", "email"))
UNMARKED = ("Gateshead Civic Centre", "Blaydon Family Practice", "Harbour IDVA", "Northumbria Police", "Karma Nirvana",
            "Kirat Yakthung Chumlung", "Gateshead Recovery Partnership", "the Metrocentre", "Queen Elizabeth Hospital",
            "Newcastle Civil and Family Courts", "the Tyne Theatre", "Saltwell Park", "the Galleries", "jumpin jaks", "the co op",
            "the Aldi", "the Freeman", "the QE", "NorthLingo", "Royal Gurkha Rifles", "Oxford Terrace and Rawling Road Medical Group",
            "Operation Sentinel", "Blue Line", "Derwent Valley cadets", "a Limbu boy", "Hong Kong", "County Durham", "11 oclock",
            "June 2025", "दिदी", "आमा", "baba", "दाइ")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s138)


def test_the_counts():
    checks.counts(s138, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s138, HARD, UNMARKED, split=("name", "address"))


def test_its_own_hard_cases():
    spans = checks.spans(s138)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Cyrillic and Devanagari
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # Cyrillic and Devanagari places


def test_the_checks_can_fail():
    bad = ((s138.RECORD_C, [("bad", "Ring [[0191 478 229|phone]] about [[Khava|name]], [[Nana Brenda|name]], "
                                    "[[Mr Islam|name]] on [[Wednesday 2 December|date]] in [[Nepal|place]] and [[Ingushetia|place]]."
                                    " Khava said no.")]),)
    found = s138.problems(bad)
    assert any("phone is not a valid number" in p for p in found)
    assert any("title or kinship word" in p and "'Nana " in p for p in found)
    assert any("title or kinship word" in p and "'Mr " in p for p in found)
    assert any("weekday inside a date span" in p for p in found)
    assert any("country, county or region" in p and "Nepal" in p for p in found)
    assert any("country, county or region" in p and "Ingushetia" in p for p in found)
    assert any("'Khava' is marked as a name elsewhere" in p for p in found)
