"""Checks of the hand-written held-out redaction set 120 (bench/redaction_set120.py) that do not use the detector:
its marking passes the checker, its size, its own hard cases and the strings it leaves unmarked."""

from bench import redaction_set120 as s120
from tests import hand_set_checks as checks

NAMES, TOTAL = 622, 1067
# names that are words or towns; scripts; short forms; odd formats
HARD = (("GREENWOOD, Tyler-Jay", "name"), ("SUTCLIFFE, Lacey", "name"), ("CRABTREE, Maisie Jane", "name"), ("ORMEROD, Keeley", "name"),
        ("WIGLEY, Joy Elizabeth", "name"), ("Esperanza AJÚ TZOC", "name"), ("Shannon SUTCLIFFE", "name"), ("Ayaan MAHMOOD", "name"),
        ("Dulce María Tzoc Batz", "name"), ("Walter Cux Pérez", "name"), ("Santos Ajú\nXiloj", "name"), ("S. Huss\nain", "name"),
        ("Nav eed", "name"), ("Ayaan Mahm00d", "name"), ("lnaya", "name"), ("R. Mellor", "name"), ("T. J. Rowbotham", "name"),
        ("Chantelle C.", "name"), ("Kyle Brook", "name"), ("Brook", "name"), ("Lord", "name"), ("Tom Hebden", "name"), ("Hebden", "name"),
        ("Sam Brighouse", "name"), ("Jess Sunderland", "name"), ("Jordan", "name"), ("Joy", "name"), ("Hope", "name"), ("hope", "name"),
        ("faith", "name"), ("Grace", "name"), ("Grace Hales", "name"), ("Luz", "name"), ("Dulce", "name"), ("Esperanza", "name"),
        ("Santos", "name"), ("Precious", "name"), ("Ty", "name"), ("Bev", "name"), ("Espe", "name"), ("Esperancita", "name"),
        ("Nev", "name"), ("Nevvy", "name"), ("Dezzy", "name"), ("Dez", "name"), ("Ste", "name"), ("shan", "name"), ("daz", "name"),
        ("kyle", "name"), ("SHANNON", "name"), ("Raquel", "name"), ("Pati", "name"), ("Vilma", "name"), ("زبیدہ بیگم", "name"),
        ("ایان", "name"), ("Shelf", "place"), ("shelf", "place"), ("Tod", "place"), ("Momos", "place"), ("Momostenango", "place"),
        ("Cantón Xolajap", "place"), ("Xolajap", "place"), ("Quetzaltenango", "place"), ("Molina de Segura", "place"),
        ("Spanish Town", "place"), ("Dadyal", "place"), ("dadyal", "place"), ("mirpur", "place"), ("sowerby", "place"),
        ("holmfield", "place"), ("walsden", "place"), ("Brighouse", "place"), ("Elland", "place"), ("Harehills", "place"),
        ("Cheetham", "place"), ("Great\nHorton", "place"), ("Mixenden", "place"), ("Siddal", "place"), ("Lee Mount", "place"),
        ("Walsden", "place"), ("Lightcliffe", "place"), ("Boothtown", "place"), ("HALIFAX", "place"), ("Calle Mayor\n12, 3ºB", "address"),
        ("30500", "postcode"), ("14 Old Harbour\nRoad", "address"), ("no. 16", "address"), ("no. 9", "address"), ("casa 9", "address"),
        ("number 9", "address"), ("no.21", "address"), ("no. 42", "address"), ("Gibraltar Road", "address"), ("Gibraltar Rd", "address"),
        ("Bramley Lane", "address"), ("Horton Street", "address"), ("Flat 2, Rose Court", "address"), ("hopwood ln", "address"),
        ("gibbet st", "address"), ("wakefield rd", "address"), ("Range Bank", "address"), ("tod high", "school"), ("Focus", "school"),
        ("Focus School", "school"), ("Moorbank", "school"), ("Woolshops", "school"), ("Little Acorns", "school"),
        ("Ravenscliffe", "school"), ("Shibden Vale", "school"), ("l6th", "date"), ("1 8/11", "date"), ("6 de diciembre de 2026", "date"),
        ("2 de noviembre", "date"), ("9 de enero", "date"), ("18th", "date"), ("9th", "date"), ("10th", "date"), ("16th", "date"),
        ("11 feb", "date"), ("19-Jan-2011", "dob"), ("3.3.1979", "dob"), ("19/1/11", "dob"), ("O7975 398922", "phone"),
        ("+34 635 32 59 14", "phone"), ("+502 5318 4270", "phone"), ("+92 300 5417823", "phone"), ("+1 876-329-4417", "phone"),
        ("JR 46 09 21 B", "ni"), ("YJ15 KXV", "vehicle"), ("YJ15", "vehicle"), ("MA67 ZPT", "vehicle"), ("630 171 5896", "nhs"),
        ("7856262478", "nhs"), ("N381220438788", "upn"), ("joywigley.free@gmail.com", "email"))
UNMARKED = ("Calderdale Royal Hospital", "Huddersfield Royal Infirmary", "Todmorden Health Centre", "Royal Halifax Infirmary",
            "Shelf Village Hall", "Lightcliffe Medical Centre", "Lightcliffe Methodist", "Halifax Town Hall", "HMP Leeds",
            "the Family Court sitting at Bradford", "the Halifax", "Keighley Road Surgery", "Boothtown Medical Practice",
            "Beechwood Health Centre", "Woodhouse Surgery", "Plane Trees Group Practice", "Jamia Noor-ul-Huda", "Masjid-e-Umar",
            "Pennine Buses", "Calder Learning Centre", "Calder Cabs", "Plymouth Brethren Christian Church", "Westgate House",
            "Guatemalan Maya Centre", "New Testament Church of God", "Barnardo's", "Calderdale College", "Bruno", "Pippin", "Biscuit",
            "KB", "JC", "CSC/AM/4471", "Z.G.", "D B Plastering", "Guatemala", "Spain", "Murcia", "Jamaica", "AJK", "West Yorkshire",
            "Calder Valley", "Abuelita", "Papi", "Qari sahib", "Dadi ji", "MFH-2611-0337", "HX26C00418", "13260419882", "PNB No. 0088217",
            "Front Door", "HOPELINE", "JazakAllah khair", "Dios")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s120)


def test_the_counts():
    checks.counts(s120, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s120, HARD, UNMARKED, split=("name", "address", "place"))


def test_its_own_hard_cases():
    spans = checks.spans(s120)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Urdu script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(words.islower() for words, k in spans if k == "address")
