"""Checks of the hand-written held-out redaction set 49 (bench/redaction_set49.py) that do not use the detector:
its marking is clean, its size, its own hard cases and the organisations and landmarks it leaves unmarked."""

from bench import redaction_set49 as s49
from tests import hand_set_checks as checks

NAMES, TOTAL = 489, 901
HARD = (("PETTIT, Lily-Mae", "name"), ("PARK, Joon-ho", "name"), ("MAMANI, Wara", "name"), ("FRASER-BOYCE, Jaden", "name"),
        ("KOUAMÉ Yao", "name"), ("AKISSI Marie", "name"), ("A. Thorne", "name"), ("A. Kouassi", "name"), ("Wara M", "name"),
        ("박준호", "name"), ("김민지", "name"), ("준호", "name"), ("박성우", "name"), ("Lils", "name"), ("lils", "name"), ("Jun", "name"),
        ("Faith", "name"), ("Sterling", "name"), ("Bromley", "name"), ("Ricky Bromley", "name"), ("Skinny", "name"),
        ("Flor Choque", "name"), ("Rosa", "name"), ("Chelsea Dove", "name"), ("Stacey Hill", "name"), ("Adjoua N'Guessan", "name"),
        ("Rosa Quispe Mamani", "name"), ("Teo", "name"), ("O5/11/2O2O", "dob"), ("Chola", "name"), ("Warita", "name"),
        ("addington village", "place"), ("RK17 HNB", "vehicle"), ("이순자", "name"), ("11월 20일", "date"), ("수원", "place"),
        ("Mouse", "name"), ("Mae-Mae", "name"), ("8th March 2011", "dob"), ("Gaz", "name"), ("14 Bromley Road", "address"),
        ("Keane", "name"), ("Awa", "name"), ("Kissi", "name"), ("Haberdashers' Hatcham", "school"), ("+592 623 4419", "phone"),
        ("성우", "name"), ("93100", "postcode"), ("에스더", "name"), ("K-Dot", "name"), ("sterling", "name"),
        ("14 de septiembre", "date"), ("Connor", "name"), ("박혜진", "name"), ("Bromley", "place"), ("darrick wood", "school"),
        ("swpark83@naver.com", "email"), ("+225 07 48 31 26 55", "phone"), ("Bouaké", "place"), ("Brigitte", "name"),
        ("Jaden F-B", "name"), ("Ricky B", "name"), ("PETTIT Shannon", "name"), ("27-Oct-2026", "date"), ("Crystal Palace", "place"),
        ("Owen", "name"), ("ricky", "name"), ("Linda Dove", "name"), ("Kim Min-ji", "name"), ("moorside rd", "address"),
        ("sydenham", "place"), ("Villa Fátima", "place"), ("New Malden", "place"), ("Serge", "name"), ("min-ji", "name"),
        ("lily-mae", "name"), ("okafor", "name"), ("selsdon", "place"), ("Selsdon", "place"), ("New Addington", "place"),
        ("Fieldway", "place"), ("South Norwood", "place"), ("Busan", "place"), ("El Alto", "place"), ("Achacachi", "place"),
        ("Georgetown", "place"), ("Linden", "place"), ("Yopougon", "place"), ("Cocody", "place"), ("Mottingham", "place"),
        ("Elephant and Castle", "place"), ("no. 16", "address"), ("16", "address"), ("31", "address"), ("no. 29", "address"),
        ("Flat 2", "address"), ("Farley Road", "address"), ("9 Griffin Rd", "address"), ("Flat 3, 41 Portland Road", "address"),
        ("Comber Grove", "school"), ("Plumcroft", "school"), ("Bonus Pastor", "school"), ("Ecole Primaire Les Palmiers", "school"),
        ("19 / 02 / 2015", "dob"), ("02.04.2019", "dob"), ("2026.11.02", "date"), ("31st", "date"), ("the 27th", "date"),
        ("12 nov", "date"), ("1", "date"), ("3 Jul 2026", "date"), ("3/11", "date"), ("+82 10-4728-3916", "phone"),
        ("+591 71234588", "phone"), ("+592 623 4419", "phone"), ("+33 6 41 28 75 90", "phone"), ("U306184123457", "upn"),
        ("156 158 8008", "nhs"), ("JK 42 81 37 B", "ni"), ("KX19 BVF", "vehicle"), ("GN68 XWT", "vehicle"),
        ("gazzam1970@hotmail.co.uk", "email"))
UNMARKED = ("Queen Elizabeth Hospital", "Addington Hills", "King Henry's Drive", "Purley Way", "Croydon Family Justice Centre",
            "London Bridge", "Civic Centre", "Korean church", "Latin American shops", "Biscuit", "KakaoTalk", "Ring",
            "since September from", "halmeoni", "이모", "Mere", "Señora", "tío", "Mme", "Guyana", "& Sons", "Lewisham Hospital",
            "Wetherspoons", "Glyndon Medical Centre", "Princess Royal", "Plumstead clinic", "JFB", "PN / AT", "madrina", "Mamie",
            "Christmas 2022", "Peckham Rye children's")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s49)


def test_the_counts():
    checks.counts(s49, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    spans = checks.spans(s49)
    names = [words for words, kind in spans if kind == "name"]
    assert any(name.islower() for name in names)  # lower-case names in notes typed on a phone and a neighbour's email
    assert any("," in name and name.split(",")[0].isupper() for name in names)  # SURNAME, First
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Hangul
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.startswith("+") and not words.startswith("+44") for words, kind in spans if kind == "phone")  # foreign
    assert any(words.islower() for words, k in spans if k == "place")  # lower case in notes
    for words, kind in HARD:
        assert (words, kind) in spans, (words, kind)
    texts = "\n".join(doc.text for doc in s49.sets()[s49.NAME])
    for word in UNMARKED:
        assert word in texts, word
        assert all(word not in words for words, _kind in spans), word
